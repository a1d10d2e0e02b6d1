// The DOT reader (Graphviz's cgraph): fields by attribute name, the rest kept, file-reading
// attributes dropped, errors at FILE:LINE.
#include <catch2/catch.hpp>

#include "io/dot_reader.hpp"
#include "io_test_support.hpp"

using namespace pactgraph;
using pactgraph::testing::error_text;
using pactgraph::testing::first_line;

namespace {

LoadResult read_dot(const std::string& text, ImportOptions o = {}) {
    return DotReader(o).read(std::string_view(text), "g.dot");
}

}  // namespace

TEST_CASE("DOT reads nodes, edges, subgraphs and default attributes", "[io][dot]") {
    const LoadResult r = read_dot(R"(digraph "deals" {
  label="The deals";
  node [kind=company, shape=box];
  A [label="Alpha, Inc."];
  subgraph cluster_0 { a; B [kind=investor, image="/etc/passwd"]; }
  A -> B [type=invests_in, amount_usd="1e9", date="2023-01", color=red];
  B -> a [label=<<b>bold</b>>];
  a -> A;
})");
    const PartnershipGraph& g = r.graph;
    CHECK(g.info().title == "The deals");
    REQUIRE(g.entity_count() == 3);
    CHECK(g.entity(0).name == "Alpha, Inc.");
    CHECK(g.entity(0).id == "a");
    CHECK(g.entity(1).id == "a-2");  // "a" is another node: DOT names are case-sensitive
    CHECK(g.entity(1).name == "a");
    CHECK(g.kind_name(2) == "investor");
    CHECK(g.entity(0).attributes == std::vector<std::pair<std::string, std::string>>{{"shape", "box"}});
    REQUIRE(g.relation_count() == 3);
    const RelationEdge e0 = g.relations()[0];
    CHECK(g.type_name(e0) == "invests_in");
    CHECK(g.relation(e0).amount_usd == 1e9);
    CHECK(g.details(e0).attributes == std::vector<std::pair<std::string, std::string>>{{"color", "red"}});
    CHECK(g.details(1).label == "<b>bold</b>");
    CHECK(g.target(g.relations()[2]) == 0);
    bool dropped = false;
    for (const auto& w : r.warnings)
        dropped = dropped || w.message == "dropped the attribute 'image', which would make a render read local files";
    CHECK(dropped);
}

TEST_CASE("Bad DOT ends with FILE:LINE and what was expected", "[io][dot]") {
    CHECK(first_line(error_text([] { read_dot("digraph {\n  a -> b\n  c -> -> d\n}\n"); })) ==
          "g.dot:3: error: DOT syntax: syntax error in line 3 near '->'; expected a graph or digraph");
    CHECK(first_line(error_text([] { read_dot("digraph {\n  a;\n  a -> b [amount_usd=lots];\n}\n"); })) ==
          "g.dot:3:3: error: amount 'lots' is not a number; expected a non-negative number of US dollars such "
          "as 1e9, 1,000,000,000 or 1.5B");
    CHECK_THAT(first_line(error_text([] { read_dot("digraph { a -> b"); })), Catch::StartsWith("g.dot:1: error: DOT syntax: "));
    // cgraph reads the next file cleanly after an error.
    CHECK(read_dot("graph { x -- y }").graph.relation_count() == 1);
}
