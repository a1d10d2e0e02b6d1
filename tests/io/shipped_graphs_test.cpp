#include <catch2/catch.hpp>
#include <filesystem>

#include "io/graph_reader.hpp"
#include "model/validate.hpp"
#include "support/escape.hpp"
#include "../cli/run_cli.hpp"

using namespace pactgraph;

TEST_CASE("Every shipped graph loads without warnings, and beyond the seed every relation cites "
          "a public URL", "[io][graphs]") {
    namespace fs = std::filesystem;
    std::size_t graphs = 0;
    for (const auto& entry : fs::directory_iterator(test::source_path("graphs"))) {
        if (entry.path().extension() != ".toml") continue;
        ++graphs;
        const std::string path = entry.path().string();
        INFO(path);
        const LoadResult r = load_graph(path);
        CHECK(r.warnings.empty());
        if (entry.path().filename() == "openai-frontier.toml") continue;  // cites its article
        for (RelationEdge e : r.graph.relations()) {
            bool has_url = false;
            for (const Source& s : r.graph.details(e).sources) has_url |= is_safe_link(s.url);
            INFO("line " << r.graph.position(e).line);
            CHECK(has_url);
        }
    }
    CHECK(graphs >= 2);
}
