// Every DOT file of Graphviz's own examples (Debian's graphviz-doc) loads with the node and edge
// counts Graphviz's `gc` reports, or is refused with a FILE:LINE message. Runs when the package
// is installed.
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <regex>

#include "io/dot_reader.hpp"
#include "io_test_support.hpp"

using namespace pactgraph;

namespace {

const std::filesystem::path kExamples = "/usr/share/doc/graphviz/examples";

// gc's counts of the first graph in `path`: "      10      15 name (path)".
std::pair<long, long> gc_counts(const std::filesystem::path& path) {
    const std::string command = "gc -n -e '" + path.string() + "' 2>/dev/null";
    FILE* pipe = popen(command.c_str(), "r");
    long nodes = -1, edges = -1;
    if (pipe) {
        if (std::fscanf(pipe, "%ld %ld", &nodes, &edges) != 2) nodes = edges = -1;
        pclose(pipe);
    }
    return {nodes, edges};
}

}  // namespace

TEST_CASE("Graphviz's example DOT files load with gc's counts or are refused at FILE:LINE", "[io][dot][graphviz_examples]") {
    if (!std::filesystem::is_directory(kExamples)) {
        SUCCEED("graphviz-doc is not installed; skipped (scripts/setup installs it)");
        return;
    }
    std::size_t loaded = 0, refused = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(kExamples)) {
        if (entry.path().extension() != ".gv") continue;
        const std::string path = entry.path().string();
        CAPTURE(path);
        const std::string text = pactgraph::testing::file_text(path);
        try {
            const LoadResult r = DotReader().read(std::string_view(text), path);
            const auto [nodes, edges] = gc_counts(entry.path());
            CHECK(static_cast<long>(r.graph.entity_count()) == nodes);
            CHECK(static_cast<long>(r.graph.relation_count()) == edges);
            ++loaded;
        } catch (const InputError& e) {
            CHECK(std::regex_search(std::string(e.what()), std::regex("^" + std::regex_replace(path, std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)") + ":[0-9]+(:[0-9]+)?: error: ")));
            WARN(pactgraph::testing::first_line(e.what()));
            ++refused;
        }
    }
    CHECK(loaded > 0);
    WARN(std::to_string(loaded) + " example files loaded, " + std::to_string(refused) + " refused");
}
