// Node-link JSON: NetworkX's and D3's forms read, what we write reads back, errors at LINE:COLUMN.
#include <catch2/catch.hpp>

#include "graph_text.hpp"
#include "io/graph_reader.hpp"
#include "io/json_graph.hpp"
#include "io/toml_writer.hpp"
#include "io_test_support.hpp"

using namespace pactgraph;
using pactgraph::testing::describe_graph;
using pactgraph::testing::error_text;
using pactgraph::testing::first_line;
using namespace std::string_literals;

namespace {

LoadResult read_json(const std::string& text, ImportOptions o = {}) {
    return JsonReader(o).read(std::string_view(text), "g.json");
}
std::string json_error(const std::string& text, ImportOptions o = {}) {
    return first_line(error_text([&] { read_json(text, o); }));
}

}  // namespace

TEST_CASE("NetworkX node-link JSON reads into entities and relations", "[io][json]") {
    // As networkx.node_link_data(nx.MultiDiGraph) writes it, with a numeric id and extra keys.
    const LoadResult r = read_json(R"({"directed": true, "multigraph": true, "graph": {"name": "Deals"},
  "nodes": [{"id": "Microsoft", "kind": "company", "founded": 1975},
            {"id": 7, "label": "Seven", "type": "Fund"}],
  "links": [{"source": "Microsoft", "target": 7, "key": 0, "type": "invests_in", "weight": 2.5,
             "date": "2023-01", "exclusive": true, "sources": ["https://x.test", {"citation": "FT"}]},
            {"source": 7, "target": "Microsoft", "key": 0, "relation": "advises", "extra": [1, 2]}]})");
    const PartnershipGraph& g = r.graph;
    CHECK(g.info().title == "Deals");
    REQUIRE(g.entity_count() == 2);
    CHECK(g.entity(0).id == "microsoft");
    CHECK(g.entity(0).name == "Microsoft");
    CHECK(g.entity(0).attributes == std::vector<std::pair<std::string, std::string>>{{"founded", "1975"}});
    CHECK(g.entity(1).id == "7");
    CHECK(g.entity(1).name == "Seven");
    CHECK(g.kind_name(1) == "fund");
    REQUIRE(g.relation_count() == 2);
    const Relation& r0 = g.relation(g.relations()[0]);
    CHECK(g.target(g.relations()[0]) == 1);
    CHECK(r0.amount_usd == 2.5);
    CHECK(r0.exclusive);
    CHECK(r0.date.to_string() == "2023-01");
    REQUIRE(g.details(0).sources.size() == 2);
    CHECK(g.details(0).sources[0].url == "https://x.test");
    CHECK(g.details(0).sources[1].citation == "FT");
    CHECK(g.type_name(g.relations()[1]) == "advises");
    CHECK(g.details(1).attributes == std::vector<std::pair<std::string, std::string>>{{"extra", "[1,2]"}});
    CHECK(g.position(1).line == 6);  // the link's object
    CHECK(g.position(1).column == 13);
}

TEST_CASE("D3's links may name nodes by their index", "[io][json]") {
    const LoadResult r = read_json(R"({"nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": 1, "target": 0}]})");
    CHECK(r.graph.source(r.graph.relations()[0]) == 1);
    CHECK(r.graph.target(r.graph.relations()[0]) == 0);
    CHECK(r.graph.type_name(r.graph.relations()[0]) == "related_to");
}

TEST_CASE("TOML -> node-link JSON -> TOML keeps everything, the vocabulary included", "[io][json][round_trip]") {
    const std::string name = GENERATE(std::string("tests/data/roundtrip.toml"),
                                      std::string("graphs/openai-frontier.toml"));
    const PartnershipGraph g = load_graph(std::string(PACTGRAPH_SOURCE_DIR) + "/" + name).graph;
    const std::string json = write_node_link_json(g);
    const PartnershipGraph back = read_json(json).graph;
    const PartnershipGraph again = reader_for("toml")->read(std::string_view(to_toml(back)), "again.toml").graph;
    CHECK(describe_graph(again) == describe_graph(g));
    CHECK(write_node_link_json(back) == json);  // and the writer is stable
}

TEST_CASE("The JSON writer puts attributes flat unless a field has their name", "[io][json]") {
    PartnershipGraph g;
    Entity e;
    e.id = "a";
    e.name = "A";
    e.attributes = {{"ticker", "AAA"}, {"kind", "clash"}};
    g.add_entity(e);
    const std::string json = write_node_link_json(g);
    CHECK_THAT(json, Catch::Contains(R"("ticker": "AAA",)"));
    CHECK_THAT(json, Catch::Contains("\"attributes\": {\n        \"kind\": \"clash\"\n      }"));
    CHECK(read_json(json).graph.entity(0).attributes == e.attributes);
}

TEST_CASE("Bad JSON input ends with FILE:LINE:COLUMN and what was expected", "[io][json]") {
    using Row = std::pair<std::string, std::string>;
    const auto [text, expected] = GENERATE(table<std::string, std::string>({
        Row{"{\"nodes\": [\n  {\"id\": \"a\"},\n  {\"id\": \"b\"\n", "g.json:4:1: error: JSON syntax: syntax error while parsing object - unexpected end of input; expected '}'"},
        Row{"{\"nodes\": [{\"id\": \"a\"} {\"id\": 1}]}", "g.json:1:24: error: JSON syntax: syntax error while parsing array - unexpected '{'; expected ']'"},
        Row{"[1, 2]", "g.json:1:1: error: the top level is an array; expected an object with \"nodes\" and \"links\""},
        Row{"{\"links\": []}", "g.json:1:1: error: no \"nodes\" array; expected node-link JSON with \"nodes\" and \"links\""},
        Row{"{\"nodes\": [\n  {\"name\": \"a\"}]}", "g.json:2:3: error: a node has no \"id\"; expected \"id\": \"…\""},
        Row{"{\"nodes\": [{\"id\": \"a\"}],\n \"links\": [\n  {\"source\": \"a\", \"target\": \"a\", \"amount_usd\": \"lots\"}]}", "g.json:3:3: error: amount 'lots' is not a number; expected a non-negative number of US dollars such as 1e9, 1,000,000,000 or 1.5B"},
        Row{"{\"nodes\": [{\"id\": \"a\"}], \"links\": [{\"target\": \"a\"}]}", "g.json:1:36: error: a link has no \"source\"; expected the id of a node"},
        Row{"{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"a\"}]}", "g.json:1:25: error: duplicate entity id 'a'; expected each id once (first declared at line 1)"},
        Row{"{\"nodes\": [{\"id\": \"a\", \"roles\": {\"x\": 1}}]}", "g.json:1:12: error: \"roles\" is an object; expected a string"},
        Row{"{\"nodes\": [\"a\0\"]}"s, "g.json:1:14: error: found binary data (a NUL byte); expected node-link JSON in UTF-8"},
        Row{"{\"nodes\": [{\"id\": \"\xE9t\xE9\"}]}", "g.json:1:20: error: found the byte 0xE9, which is not UTF-8 (is the file Latin-1 or Windows-1252? re-save it as UTF-8); expected node-link JSON in UTF-8"},
    }));
    CAPTURE(text);
    CHECK(json_error(text) == expected);
}

TEST_CASE("Deeply nested JSON is refused before it can exhaust the stack", "[io][json]") {
    const std::string deep = "{\"nodes\": [{\"id\": \"a\", \"x\": " + std::string(200000, '[') + std::string(200000, ']') + "}]}";
    CHECK(json_error(deep) == "g.json:1:" + std::to_string(28 + 254) +
                                  ": error: arrays and objects nested deeper than 256 levels; expected node-link "
                                  "JSON (nodes and links hold flat values)");
    const std::string ok = "{\"nodes\": [{\"id\": \"a\", \"x\": " + std::string(250, '[') + std::string(250, ']') + "}]}";
    CHECK(read_json(ok).graph.entity(0).attributes.at(0).second.size() == 500);
}

TEST_CASE("A links entry naming an unknown node creates it with a warning, or fails when strict", "[io][json]") {
    const std::string text = "{\"nodes\": [{\"id\": \"a\"}], \"links\": [{\"source\": \"a\", \"target\": \"zz\"}]}";
    const LoadResult r = read_json(text);
    CHECK(r.graph.entity_count() == 2);
    CHECK(format_diagnostic(r.warnings.at(0)) ==
          "g.json:1:36: warning: entity 'zz' is not in the list of entities; created it as 'zz' with kind 'unspecified'");
    CHECK(json_error(text, {.strict = true}) ==
          "g.json:1:36: error: unknown entity 'zz' (strict import; expected an id from the list of entities)");
}
