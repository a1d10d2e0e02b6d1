#include <catch2/catch.hpp>

#include "io/graph_reader.hpp"
#include "model/relation_ids.hpp"

using namespace pactgraph;

TEST_CASE("Derived relation ids name the ends and the type, numbering repeats", "[model]") {
    const PartnershipGraph g =
        load_graph(std::string(PACTGRAPH_SOURCE_DIR) + "/graphs/openai-frontier.toml").graph;
    const std::vector<std::string> ids = relation_ids(g);
    REQUIRE(ids.size() == g.relation_count());
    // Microsoft's two investments in OpenAI, in file order.
    CHECK(ids[0] == "microsoft-invests_in-openai");
    CHECK(ids[1] == "microsoft-invests_in-openai#2");
    CHECK(ids[2] == "microsoft-owns-azure");
    std::vector<std::string> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());

    const auto aws = find_relation(g, "AWS-exclusive_cloud_for-Frontier");
    REQUIRE(aws);
    CHECK(g.entity(g.source(*aws)).id == "aws");
    CHECK(g.relation(*aws).exclusive);
    CHECK(g.relation(*find_relation(g, "microsoft-invests_in-openai#2")).amount_usd == 1e10);
    CHECK_FALSE(find_relation(g, "microsoft-invests_in-openai#3"));
}
