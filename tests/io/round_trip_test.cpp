// TOML -> X -> TOML for every format X: each entity, relation and field X can carry comes back.
// What a format drops is listed in docs/formats.md and left out of the comparison here.
#include <catch2/catch.hpp>

#include "graph_text.hpp"
#include "io/csv_reader.hpp"
#include "io/csv_writer.hpp"
#include "io/graph_reader.hpp"
#include "io/toml_writer.hpp"
#include "io_test_support.hpp"

using namespace pactgraph;
using pactgraph::testing::Describe;
using pactgraph::testing::describe_graph;

namespace {

PartnershipGraph toml_again(const PartnershipGraph& g) {
    return reader_for("toml")->read(std::string_view(to_toml(g)), "again.toml").graph;
}

PartnershipGraph fixture(const std::string& name) {
    return load_graph(std::string(PACTGRAPH_SOURCE_DIR) + "/" + name).graph;
}

}  // namespace

TEST_CASE("TOML -> CSV nodes and edges -> TOML keeps every entity, relation and field", "[io][csv][round_trip]") {
    const std::string name = GENERATE(std::string("tests/data/roundtrip.toml"),
                                      std::string("graphs/openai-frontier.toml"),
                                      std::string("graphs/ai-compute-web.toml"));
    CAPTURE(name);
    const PartnershipGraph g = fixture(name);
    const std::string nodes = write_csv_nodes(g), edges = write_csv_edges(g);
    const LoadResult back = read_csv_graph(nodes, "n.csv", edges, "e.csv");
    CHECK(describe_graph(toml_again(back.graph), Describe::data_only) ==
          describe_graph(g, Describe::data_only));
}

TEST_CASE("The CSV writer quotes what needs quoting and nothing else", "[io][csv]") {
    const PartnershipGraph g = fixture("tests/data/roundtrip.toml");
    const std::string edges = write_csv_edges(g);
    CHECK_THAT(edges, Catch::StartsWith(
        "source,target,type,label,amount_usd,date,end_date,status,exclusive,scope,note,source_url,"
        "source_citation,source_publisher,source_date,source_confidence,deal_id,\"with, comma\"\n"
        "a-1,b_2,resells,l,2500000000,2023-06-01,2025,ended,true,everything \\ all,n,\"https://example.com/x\n\","
        "\"\nFT, 2023\",\"\nFT\",\"\n2023-06\",\"\nconfirmed\",X-1,\"a \"\"quoted\"\"\nvalue\"\n"));
    const std::string nodes = write_csv_nodes(g);
    CHECK_THAT(nodes, Catch::StartsWith("id,name,kind,roles,aliases,tags,url,note,ticker,two words\n"
                                        "a-1,Ünïcödé — “quoted”,fund,\"investor|odd \"\"role\"\"\",A one,t1|t2,"));
}

TEST_CASE("TOML -> Neo4j or GraphFrames CSVs -> TOML keeps every entity, relation and field", "[io][csv][round_trip]") {
    using Writer = std::string (*)(const PartnershipGraph&);
    const auto [nodes_writer, edges_writer, nodes_header, edges_header] = GENERATE(table<Writer, Writer, std::string, std::string>({
        {write_neo4j_nodes, write_neo4j_relationships,
         "id:ID,name,:LABEL,roles:string[],aliases:string[],tags:string[],url,note,ticker,two words\n",
         ":START_ID,:END_ID,:TYPE,label,amount_usd:double,date,end_date,status,exclusive:boolean,scope,note,"},
        {write_graphframes_vertices, write_graphframes_edges,
         "id,name,kind,roles,aliases,tags,url,note,ticker,two words\n",
         "src,dst,relationship,label,amount_usd,date,end_date,status,exclusive,scope,note,"},
    }));
    const PartnershipGraph g = fixture("tests/data/roundtrip.toml");
    const std::string nodes = nodes_writer(g), edges = edges_writer(g);
    CHECK_THAT(nodes, Catch::StartsWith(nodes_header));
    CHECK_THAT(edges, Catch::StartsWith(edges_header));
    const LoadResult back = read_csv_graph(nodes, "n.csv", edges, "e.csv");
    CHECK(describe_graph(toml_again(back.graph), Describe::data_only) == describe_graph(g, Describe::data_only));
}
