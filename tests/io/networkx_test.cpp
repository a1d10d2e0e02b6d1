// NetworkX (an independent implementation) loads what pactgraph writes with the same counts.
// Runs when /usr/bin/python3 can import networkx (Debian's python3-networkx).
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "../cli/run_cli.hpp"
#include "io/graph_reader.hpp"
#include "io/gexf_writer.hpp"
#include "io/graphml.hpp"
#include "io/json_graph.hpp"

using namespace pactgraph;

namespace {

bool have_networkx() { return std::system("/usr/bin/python3 -c 'import networkx' 2>/dev/null") == 0; }

// Writes `text` to a scratch file and runs scripts/check-networkx.py on it.
int networkx_check(const std::string& file_name, const std::string& text, const PartnershipGraph& g) {
    const std::filesystem::path dir = test::scratch_root() / "networkx";
    std::filesystem::create_directories(dir);
    const std::filesystem::path path = dir / file_name;
    std::ofstream(path, std::ios::binary) << text;
    const std::string command = "/usr/bin/python3 " + test::source_path("scripts/check-networkx.py") + " " +
                                path.string() + " " + std::to_string(g.entity_count()) + " " +
                                std::to_string(g.relation_count());
    return std::system(command.c_str());
}

}  // namespace

TEST_CASE("NetworkX's node_link_graph loads the node-link JSON of the shipped graphs", "[io][json][networkx]") {
    if (!have_networkx()) {
        SUCCEED("python3-networkx is not installed; skipped (scripts/setup installs it)");
        return;
    }
    const std::string name = GENERATE(std::string("graphs/openai-frontier.toml"),
                                      std::string("graphs/ai-compute-web.toml"),
                                      std::string("tests/data/roundtrip.toml"));
    const PartnershipGraph g = load_graph(test::source_path(name)).graph;
    CHECK(networkx_check("g.json", write_node_link_json(g), g) == 0);
}

TEST_CASE("NetworkX's read_graphml loads the GraphML of the shipped graphs", "[io][graphml][networkx]") {
    if (!have_networkx()) {
        SUCCEED("python3-networkx is not installed; skipped (scripts/setup installs it)");
        return;
    }
    const std::string name = GENERATE(std::string("graphs/openai-frontier.toml"),
                                      std::string("graphs/ai-compute-web.toml"),
                                      std::string("tests/data/roundtrip.toml"));
    const PartnershipGraph g = load_graph(test::source_path(name)).graph;
    CHECK(networkx_check("g.graphml", write_graphml(g), g) == 0);
}

TEST_CASE("NetworkX's read_gexf loads the GEXF of the shipped graphs", "[io][gexf][networkx]") {
    if (!have_networkx()) {
        SUCCEED("python3-networkx is not installed; skipped (scripts/setup installs it)");
        return;
    }
    const std::string name = GENERATE(std::string("graphs/openai-frontier.toml"),
                                      std::string("tests/data/roundtrip.toml"));
    const PartnershipGraph g = load_graph(test::source_path(name)).graph;
    CHECK(networkx_check("g.gexf", write_gexf(g), g) == 0);
}
