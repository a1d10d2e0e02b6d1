// The iterative measures split their matrix products over cores on large graphs: the scores
// must be the same, bit for bit, on one core and on two.
#include <catch2/catch.hpp>
#include <random>

#include "analysis/centrality.hpp"

using namespace pactgraph;

TEST_CASE("PageRank, HITS and Katz do not depend on the thread count", "[analysis][metrics][threads]") {
    // 20k entities, 300k relations: above the size where the products run in parallel.
    PartnershipGraph g;
    const KindId company = *g.vocabulary().find_kind("company");
    const RelationTypeId owns = *g.vocabulary().find_type("owns");
    constexpr std::size_t n = 20'000;
    for (std::size_t i = 0; i < n; ++i) {
        Entity e;
        e.id = "e" + std::to_string(i);
        e.kind = company;
        g.add_entity(e);
    }
    std::mt19937 rng(11);
    std::uniform_int_distribution<std::size_t> pick(0, n - 1);
    for (std::size_t k = 0; k < 300'000; ++k) {
        Relation r;
        r.type = owns;
        g.add_relation(pick(rng), pick(rng), r, RelationDetails{});
    }
    const Projection p = project(g, false, false);
    REQUIRE(p.pair_count() > 200'000);
    CHECK(pagerank(p, 0.85, 1e-6, 100, 1) == pagerank(p, 0.85, 1e-6, 100, 2));
    const HitsScores one = hits(p, 1e-8, 100, 1), two = hits(p, 1e-8, 100, 2);
    CHECK(one.hubs == two.hubs);
    CHECK(one.authorities == two.authorities);
    CHECK(katz_centrality(p, 0.01, 1.0, 1e-6, 1000, 1) == katz_centrality(p, 0.01, 1.0, 1e-6, 1000, 2));
}
