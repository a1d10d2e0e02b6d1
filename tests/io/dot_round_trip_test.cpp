// pactgraph's own `-T dot` reads back with every field: TOML -> render -T dot -> DOT reader
// gives the same entities, relations and fields (the styling is ignored), with or without
// clusters, dark theme or reversed (both-ways) edges.
#include <catch2/catch.hpp>

#include <algorithm>

#include "../cli/run_cli.hpp"
#include "graph_text.hpp"
#include "io/dot_reader.hpp"
#include "io/graph_reader.hpp"

using namespace pactgraph;
using pactgraph::testing::Describe;
using pactgraph::testing::describe_graph;

namespace {

// describe_graph's lines, sorted: the DOT lists clustered entities and both-ways edges in
// another order than the TOML.
std::vector<std::string> sorted_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

}  // namespace

TEST_CASE("render -T dot reads back through the DOT reader with every field", "[io][dot][round_trip]") {
    const std::string name = GENERATE(std::string("tests/data/roundtrip.toml"),
                                      std::string("graphs/openai-frontier.toml"),
                                      std::string("graphs/ai-compute-web.toml"));
    const std::vector<std::string> extra = GENERATE(std::vector<std::string>{},
                                                    std::vector<std::string>{"--cluster-by", "kind", "--theme", "dark"});
    CAPTURE(name, extra);
    const std::string path = test::source_path(name);
    std::vector<std::string> args = {"render", path, "-T", "dot", "-q"};
    args.insert(args.end(), extra.begin(), extra.end());
    const test::CliResult dot = test::run_cli(args);
    REQUIRE(dot.status == 0);
    const PartnershipGraph original = load_graph(path).graph;
    const LoadResult back = DotReader().read(std::string_view(dot.out), "back.dot");
    CHECK(sorted_lines(describe_graph(back.graph, Describe::data_only)) ==
          sorted_lines(describe_graph(original, Describe::data_only)));
    CHECK(back.graph.info().title == original.info().title);
    CHECK(back.graph.info().description == original.info().description);
    CHECK(back.graph.info().as_of == original.info().as_of);
}

TEST_CASE("The data attributes of -T dot do not reach Graphviz's SVG", "[io][dot]") {
    const test::CliResult svg = test::run_cli({"render", test::kSeedGraph, "-T", "svg", "-q"});
    REQUIRE(svg.status == 0);
    CHECK_THAT(svg.out, !Catch::Contains("pactgraph_"));
}
