#include <catch2/catch.hpp>

#include "io/graph_reader.hpp"
#include "io/toml_reader.hpp"
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

TEST_CASE("A relation's own id wins, and derived ids step around the file's ids", "[model]") {
    const PartnershipGraph g = TomlReader().read(R"([[entity]]
id = "a"
kind = "company"

[[entity]]
id = "b"
kind = "company"

[[relation]]
from = "a"
to = "b"
type = "agreement"

[[relation]]
from = "a"
to = "b"
type = "agreement"
id = "a-agreement-b"

[[relation]]
from = "b"
to = "a"
type = "agreement"
id = "pact-2026"

[[relation]]
from = "a"
to = "b"
type = "agreement"
)", "g.toml").graph;
    // The second relation owns the plain text, so the first, derived, steps to "#2" and the
    // fourth to "#3".
    CHECK(relation_ids(g) ==
          std::vector<std::string>{"a-agreement-b#2", "a-agreement-b", "pact-2026", "a-agreement-b#3"});
    CHECK(find_relation(g, "PACT-2026") == g.relations()[2]);
    CHECK_FALSE(find_relation(g, "b-agreement-a"));  // a relation with its own id has no derived one
}
