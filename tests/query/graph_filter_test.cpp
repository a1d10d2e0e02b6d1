// query/graph_filter: kinds (vertex-induced), types and where (edge-induced), as_of, together.
// Seed graph counts worked out from graphs/openai-frontier.toml by hand.
#include <catch2/catch.hpp>

#include "io/graph_reader.hpp"
#include "query/graph_filter.hpp"
#include "../cli/run_cli.hpp"

using namespace pactgraph;

namespace {
const PartnershipGraph& seed() {
    static const PartnershipGraph g = load_graph(test::kSeedGraph).graph;
    return g;
}
}  // namespace

TEST_CASE("Filter words resolve against the vocabulary with did-you-mean", "[query][filter]") {
    const Vocabulary& v = seed().vocabulary();
    CHECK(resolve_types(v, {"invests_in", "owns"}) == std::vector<RelationTypeId>{*v.find_type("invests_in"), *v.find_type("owns")});
    CHECK(resolve_kinds(v, {"cloud"}) == std::vector<KindId>{*v.find_kind("cloud")});
    CHECK_THROWS_WITH(resolve_types(v, {"invest_in"}),
                      Catch::StartsWith("error: unknown relation type 'invest_in'; did you mean 'invests_in'? (known: invests_in, "));
    CHECK_THROWS_WITH(resolve_kinds(v, {"clouds"}),
                      Catch::StartsWith("error: unknown entity kind 'clouds'; did you mean 'cloud'?"));
}

TEST_CASE("Kinds keep entities and the relations among them; types keep relations and their ends", "[query][filter]") {
    const Vocabulary& v = seed().vocabulary();
    GraphFilter companies;
    companies.kinds = resolve_kinds(v, {"company"});
    const PartnershipGraph c = apply_filter(seed(), companies);
    CHECK(c.entity_count() == 3);    // microsoft, openai, amazon
    CHECK(c.relation_count() == 6);  // 2 investments, 2 agreements, 2 considers_suing
    GraphFilter investments;
    investments.types = resolve_types(v, {"invests_in"});
    const PartnershipGraph i = apply_filter(seed(), investments);
    CHECK(i.entity_count() == 2);
    CHECK(i.relation_count() == 2);
}

TEST_CASE("All filters apply together and an empty filter keeps everything", "[query][filter]") {
    GraphFilter none;
    CHECK(none.empty());
    CHECK(apply_filter(seed(), none).relation_count() == seed().relation_count());
    GraphFilter f;
    f.types = resolve_types(seed().vocabulary(), {"invests_in"});
    f.as_of = *PartialDate::parse("2020-01-01");
    f.where = WhereText{"amount >= 1e9", "--where"};
    const PartnershipGraph g = apply_filter(seed(), f);
    CHECK(g.relation_count() == 1);  // the 2019 $1B investment only
    f.where = WhereText{"amount >", "EXPR"};
    CHECK_THROWS_WITH(apply_filter(seed(), f), Catch::StartsWith("EXPR:1:9: error:"));
}
