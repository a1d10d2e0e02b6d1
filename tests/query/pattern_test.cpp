// query/pattern: the match language parsed against the vocabulary, with caret errors.
#include <catch2/catch.hpp>

#include "../cli/run_cli.hpp"
#include "io/graph_reader.hpp"
#include "query/pattern.hpp"

using namespace pactgraph;

namespace {
const PartnershipGraph& seed() {
    static const PartnershipGraph g = load_graph(test::kSeedGraph).graph;
    return g;
}

std::string error_of(const std::string& text) {
    try {
        parse_pattern(text, seed().vocabulary());
    } catch (const InputError& e) {
        return e.what();
    }
    return "(no error)";
}
}  // namespace

TEST_CASE("A pattern parses into nodes, edges, kinds, types and conditions", "[query][pattern]") {
    const Pattern p = parse_pattern("(a:company|investor)-[r:invests_in {amount >= 1e9}]->(b), (b)<--(c:cloud)",
                                    seed().vocabulary());
    REQUIRE(p.nodes.size() == 3);
    CHECK(p.nodes[0].name == "a");
    CHECK(p.nodes[0].kinds.size() == 2);
    CHECK(p.nodes[2].kinds == std::vector<KindId>{*seed().vocabulary().find_kind("cloud")});
    REQUIRE(p.edges.size() == 2);
    CHECK(p.edges[0].name == "r");
    CHECK(p.edges[0].where.has_value());
    CHECK(p.edges[0].from == 0);
    CHECK(p.edges[0].to == 1);
    CHECK(p.edges[1].from == 2);  // <-- points back: c -> b
    CHECK(p.edges[1].to == 1);
    CHECK(p.edges[1].types.empty());
}

TEST_CASE("Pattern errors point at the column and say what was expected", "[query][pattern]") {
    CHECK_THAT(error_of("(a:compny)"), Catch::StartsWith("PATTERN:1:4: error: unknown entity kind 'compny'; did you mean 'company'?"));
    CHECK_THAT(error_of("(a)-[:invest]->(b)"), Catch::StartsWith("PATTERN:1:7: error: unknown relation type 'invest'"));
    CHECK_THAT(error_of("(a)--(b)"), Catch::StartsWith("PATTERN:1:4: error: an edge without a direction"));
    CHECK_THAT(error_of("(a"), Catch::StartsWith("PATTERN:1:3: error:"));
}

TEST_CASE("A parsed pattern matches the seed graph's investments in what offers Frontier", "[query][pattern]") {
    const Pattern p = parse_pattern("(a:company)-[:invests_in]->(b)-[:offers]->(p:platform)", seed().vocabulary());
    const MatchResult r = match_pattern(seed(), to_match_pattern(p, seed()), 100);
    REQUIRE(r.matches.size() == 2);  // the 2019 and the 2023 investment, both into OpenAI
    for (const Match& m : r.matches) {
        CHECK(seed().entity(m.nodes[0]).id == "microsoft");
        CHECK(seed().entity(m.nodes[2]).id == "frontier");
    }
    CHECK(r.matches[0].edges[0] != r.matches[1].edges[0]);
    CHECK_FALSE(r.truncated);
    CHECK(match_pattern(seed(), to_match_pattern(p, seed()), 1).truncated);
}
