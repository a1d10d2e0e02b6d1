// The measures split their work over cores in fixed blocks whose partial sums are added in block
// order: the scores must be the same, bit for bit, on one, two and three threads.
#include <catch2/catch.hpp>
#include <random>

#include "analysis/centrality.hpp"

using namespace pactgraph;

namespace {

// n entities and m random relations, every fifth one an agreement (symmetric), amounts on half.
PartnershipGraph random_graph(std::size_t n, std::size_t m, unsigned seed) {
    PartnershipGraph g;
    const KindId company = *g.vocabulary().find_kind("company");
    const RelationTypeId owns = *g.vocabulary().find_type("owns");
    const RelationTypeId agreement = *g.vocabulary().find_type("agreement");
    for (std::size_t i = 0; i < n; ++i) {
        Entity e;
        e.id = "e" + std::to_string(i);
        e.kind = company;
        g.add_entity(e);
    }
    std::mt19937 rng(seed);
    std::uniform_int_distribution<std::size_t> pick(0, n - 1);
    for (std::size_t k = 0; k < m; ++k) {
        Relation r;
        r.type = k % 5 == 0 ? agreement : owns;
        if (k % 2 == 0) r.amount_usd = static_cast<double>(1 + pick(rng)) * 1e6;
        g.add_relation(pick(rng), pick(rng), r, RelationDetails{});
    }
    return g;
}

}  // namespace

TEST_CASE("PageRank, HITS, Katz, eigenvector and degree do not depend on the thread count",
          "[analysis][metrics][threads]") {
    // 20k entities, 300k relations: above the size where the products run in parallel.
    const PartnershipGraph g = random_graph(20'000, 300'000, 11);
    const bool weighted = GENERATE(false, true);
    const Projection p = project(g, false, weighted);
    REQUIRE(p.pair_count() > 200'000);
    const auto pr1 = pagerank(p, 0.85, 1e-6, 100, 1);
    CHECK(pr1 == pagerank(p, 0.85, 1e-6, 100, 2));
    CHECK(pr1 == pagerank(p, 0.85, 1e-6, 100, 3));
    const HitsScores one = hits(p, 1e-8, 1000, 1), two = hits(p, 1e-8, 1000, 2), three = hits(p, 1e-8, 1000, 3);
    CHECK(one.hubs == two.hubs);
    CHECK(one.authorities == two.authorities);
    CHECK(one.hubs == three.hubs);
    CHECK(one.authorities == three.authorities);
    const double alpha = weighted ? 1e-12 : 0.01;  // below 1/(largest eigenvalue) either way
    const auto katz1 = katz_centrality(p, alpha, 1.0, 1e-6, 1000, 1);
    CHECK(katz1 == katz_centrality(p, alpha, 1.0, 1e-6, 1000, 2));
    CHECK(katz1 == katz_centrality(p, alpha, 1.0, 1e-6, 1000, 3));
    const auto eig1 = eigenvector_centrality(p, 1e-6, 1000, 1);
    CHECK(eig1 == eigenvector_centrality(p, 1e-6, 1000, 2));
    CHECK(eig1 == eigenvector_centrality(p, 1e-6, 1000, 3));
    for (Metric m : {Metric::degree, Metric::in_degree, Metric::out_degree}) {
        const auto d1 = degree_centrality(p, m, true, 1);
        CHECK(d1 == degree_centrality(p, m, true, 2));
        CHECK(d1 == degree_centrality(p, m, true, 3));
    }
}

TEST_CASE("Betweenness, closeness and harmonic do not depend on the thread count",
          "[analysis][metrics][threads]") {
    // Sources in 64 fixed blocks: with three threads, blocks finish out of order and wait for
    // their turn to be added.
    const PartnershipGraph g = random_graph(1'500, 6'000, 5);
    const bool undirected = GENERATE(false, true);
    const Projection p = project(g, undirected, false);
    const auto b1 = betweenness_centrality(p, true, 1);
    CHECK(b1 == betweenness_centrality(p, true, 2));
    CHECK(b1 == betweenness_centrality(p, true, 3));
    const DistanceScores d1 = distance_centralities(p, DistanceDirection::in, true, 1);
    for (unsigned threads : {2u, 3u}) {
        const DistanceScores d = distance_centralities(p, DistanceDirection::in, true, threads);
        CHECK(d1.closeness == d.closeness);
        CHECK(d1.harmonic == d.harmonic);
    }
}
