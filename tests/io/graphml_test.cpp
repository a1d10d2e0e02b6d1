// GraphML: what we write reads back (here and in NetworkX), other tools' files read, errors at
// LINE:COLUMN.
#include <catch2/catch.hpp>

#include "graph_text.hpp"
#include "io/graph_reader.hpp"
#include "io/graphml.hpp"
#include "io/toml_writer.hpp"
#include "io_test_support.hpp"

using namespace pactgraph;
using pactgraph::testing::Describe;
using pactgraph::testing::describe_graph;
using pactgraph::testing::error_text;
using pactgraph::testing::first_line;
using namespace std::string_literals;

namespace {

LoadResult read_graphml(const std::string& text, ImportOptions o = {}) {
    return GraphmlReader(o).read(std::string_view(text), "g.graphml");
}

}  // namespace

TEST_CASE("TOML -> GraphML -> TOML keeps every entity, relation and field", "[io][graphml][round_trip]") {
    const std::string name = GENERATE(std::string("tests/data/roundtrip.toml"),
                                      std::string("graphs/openai-frontier.toml"));
    CAPTURE(name);
    const PartnershipGraph g = load_graph(std::string(PACTGRAPH_SOURCE_DIR) + "/" + name).graph;
    const LoadResult back = read_graphml(write_graphml(g));
    const PartnershipGraph again = reader_for("toml")->read(std::string_view(to_toml(back.graph)), "again.toml").graph;
    CHECK(again.info().title == g.info().title);
    CHECK(again.info().as_of.to_string() == g.info().as_of.to_string());
    // XML 1.0 cannot carry the bell character of roundtrip.toml: it comes back as U+FFFD.
    std::string expected = describe_graph(g, Describe::data_only);
    if (const auto bell = expected.find('\a'); bell != std::string::npos) expected.replace(bell, 1, "\xEF\xBF\xBD");
    CHECK(describe_graph(again, Describe::data_only) == expected);
}

TEST_CASE("The GraphML writer declares typed keys and escapes text", "[io][graphml]") {
    const PartnershipGraph g = load_graph(PACTGRAPH_SOURCE_DIR "/tests/data/roundtrip.toml").graph;
    const std::string xml = write_graphml(g);
    CHECK_THAT(xml, Catch::Contains(R"(<key id="e2" for="edge" attr.name="amount_usd" attr.type="double"/>)"));
    CHECK_THAT(xml, Catch::Contains(R"(<key id="e6" for="edge" attr.name="exclusive" attr.type="boolean"/>)"));
    CHECK_THAT(xml, Catch::Contains(R"(<data key="g0">AT&amp;T &quot;Labs&quot; \ &lt;script&gt;</data>)"));
    CHECK_THAT(xml, Catch::Contains(R"(<edge id="r0" source="a-1" target="b_2">)"));
}

TEST_CASE("GraphML from other tools reads: defaults, yEd labels, nested graphs, undeclared keys", "[io][graphml]") {
    const LoadResult r = read_graphml(R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key id="d0" for="node" attr.name="kind" attr.type="string"><default>company</default></key>
  <key id="d1" for="node" yfiles.type="nodegraphics"/>
  <key id="d2" for="edge" attr.name="weight" attr.type="double"/>
  <key id="d3" for="node" attr.name="sector" attr.type="string"/>
  <graph id="G" edgedefault="undirected">
    <node id="n0"><data key="d1"><y:ShapeNode><y:NodeLabel>Alpha Corp</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="d0">Fund</data><data key="d3">finance</data>
      <graph id="n1:"><node id="n1::n0"/></graph>
    </node>
    <edge source="n0" target="n1"><data key="d2">3</data></edge>
    <edge source="n1" target="n1::n0"/>
  </graph>
</graphml>)");
    const PartnershipGraph& g = r.graph;
    REQUIRE(g.entity_count() == 3);
    CHECK(g.kind_name(0) == "company");
    CHECK(g.entity(0).attributes == std::vector<std::pair<std::string, std::string>>{{"d1", "Alpha Corp"}});
    CHECK(g.kind_name(1) == "fund");
    CHECK(g.entity(1).attributes == std::vector<std::pair<std::string, std::string>>{{"sector", "finance"}});
    CHECK(g.entity(2).id == "n1-n0");
    REQUIRE(g.relation_count() == 2);
    CHECK(g.relation(g.relations()[0]).amount_usd == 3);
    CHECK(g.type_name(g.relations()[1]) == "related_to");
    CHECK(g.position(1).line == 13);
}

TEST_CASE("Bad GraphML ends with FILE:LINE:COLUMN and what was expected", "[io][graphml]") {
    using Row = std::pair<std::string, std::string>;
    const auto [text, expected] = GENERATE(table<std::string, std::string>({
        Row{"<graphml>\n  <graph>\n    <node id=\"a\">\n", "g.graphml:3:18: error: XML syntax: Start-end tags mismatch; expected a well-formed GraphML document"},
        Row{"<graphml><graph><node id=\"a\"/><edge source=\"a\"/></graph></graphml>", "g.graphml:1:31: error: an <edge> has no target; expected <edge source=\"…\" target=\"…\">"},
        Row{"<graphml><graph>\n<node/></graph></graphml>", "g.graphml:2:1: error: a <node> has no id; expected <node id=\"…\">"},
        Row{"<gexf/>", "g.graphml:1:1: error: no <graphml> element; expected a GraphML document"},
        Row{"<graphml><graph><node id=\"a\"/><node id=\"a\"/></graph></graphml>", "g.graphml:1:31: error: duplicate entity id 'a'; expected each id once (first declared at line 1)"},
        Row{"<graphml><key id=\"w\" for=\"edge\" attr.name=\"amount\"/><graph><node id=\"a\"/>\n<edge source=\"a\" target=\"a\"><data key=\"w\">x</data></edge></graph></graphml>", "g.graphml:2:1: error: amount 'x' is not a number; expected a non-negative number of US dollars such as 1e9, 1,000,000,000 or 1.5B"},
        Row{"<graphml>\0</graphml>"s, "g.graphml:1:10: error: found binary data (a NUL byte); expected a GraphML file in UTF-8"},
    }));
    CAPTURE(text);
    CHECK(first_line(error_text([&] { read_graphml(text); })) == expected);
}

TEST_CASE("Deeply nested GraphML graphs are refused, not recursed into", "[io][graphml]") {
    std::string xml = "<graphml><graph>";
    for (int i = 0; i < 100; ++i) xml += "<node id=\"n" + std::to_string(i) + "\"><graph>";
    for (int i = 0; i < 100; ++i) xml += "</graph></node>";
    xml += "</graph></graphml>";
    CHECK_THAT(first_line(error_text([&] { read_graphml(xml); })),
               Catch::EndsWith("error: graphs nested deeper than 64 levels; expected a flatter GraphML document"));
}
