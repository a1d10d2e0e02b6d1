// analysis/centrality_approx: sampled betweenness and harmonic stay within their stated bound
// of the exact values (which tests/analysis/centrality_test.cpp checks against NetworkX), and
// do not depend on the number of threads.
#include <catch2/catch.hpp>
#include <cmath>
#include <random>

#include "../cli/run_cli.hpp"
#include "analysis/centrality_approx.hpp"
#include "io/graph_reader.hpp"

using namespace pactgraph;

namespace {
// A seeded random directed graph, large enough that sampling beats one search per entity.
PartnershipGraph random_graph(std::size_t n, std::size_t m, unsigned seed) {
    PartnershipGraph g;
    const KindId company = *g.vocabulary().find_kind("company");
    const RelationTypeId owns = *g.vocabulary().find_type("owns");
    for (std::size_t i = 0; i < n; ++i) {
        Entity e;
        e.id = "e" + std::to_string(i);
        e.name = e.id;
        e.kind = company;
        g.add_entity(e);
    }
    std::mt19937 rng(seed);
    std::uniform_int_distribution<std::size_t> pick(0, n - 1);
    for (std::size_t k = 0; k < m; ++k) {
        Relation r;
        r.type = owns;
        g.add_relation(pick(rng), pick(rng), r, RelationDetails{});
    }
    return g;
}

double max_error(const std::vector<double>& a, const std::vector<double>& b) {
    double worst = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) worst = std::max(worst, std::fabs(a[i] - b[i]));
    return worst;
}
}  // namespace

TEST_CASE("Sample sizes follow Riondato-Kornaropoulos and Hoeffding", "[analysis][approx]") {
    // (0.5 / 0.1^2) * (floor(log2(8)) + 1 + ln(10)) = 50 * (3 + 1 + 2.302585) = 315.13 -> 316
    CHECK(rk_sample_size(0.1, 0.1, 10) == 316);
    // vertex diameter 3 or less: only the 1 + ln(1/delta) term: 50 * 3.302585 -> 166
    CHECK(rk_sample_size(0.1, 0.1, 3) == 166);
    // (100/99)^2 * ln(2*100/0.1) / (2 * 0.05^2) = 1.020304 * 7.600902 / 0.005 = 1551.07 -> 1552
    CHECK(harmonic_sample_size(0.05, 0.1, 100) == 1552);
}

TEST_CASE("The vertex diameter bound holds on a path and a directed graph", "[analysis][approx]") {
    const PartnershipGraph g = load_graph(test::source_path("tests/data/gen-60.toml")).graph;
    const Projection directed = project(g, false, false);
    const Projection undirected = project(g, true, false);
    CHECK(vertex_diameter_bound(directed) <= g.entity_count());
    CHECK(vertex_diameter_bound(undirected) >= 2);
}

TEST_CASE("Approximate betweenness and harmonic are within their bound of the exact scores",
          "[analysis][approx]") {
    const PartnershipGraph g = random_graph(3000, 9000, 5);
    const bool undirected = GENERATE(false, true);
    const Projection p = project(g, undirected, false);
    ApproxOptions o;
    o.epsilon = 0.1;
    o.delta = 0.1;
    o.seed = GENERATE(1u, 7u);
    const ApproxScores b = approx_betweenness(p, true, o);
    const std::vector<double> exact_b = betweenness_centrality(p, true, 1);
    INFO("samples " << b.samples << ", bound " << b.bound << ", max error " << max_error(b.scores, exact_b));
    CHECK_FALSE(b.exact);
    CHECK(b.samples == rk_sample_size(0.1, 0.1, b.vertex_diameter_bound));
    CHECK(max_error(b.scores, exact_b) <= b.bound);
    // The same sampling, judged on the scale where the bound is eps: the error is far inside it.
    CHECK(max_error(b.scores, exact_b) < b.bound / 2);

    const ApproxScores h = approx_harmonic(p, DistanceDirection::in, o);
    const std::vector<double> exact_h = distance_centralities(p, DistanceDirection::in, true, 1).harmonic;
    CHECK_FALSE(h.exact);
    CHECK(max_error(h.scores, exact_h) <= h.bound);
}

TEST_CASE("When the bound needs more samples than there are entities the measure is exact",
          "[analysis][approx]") {
    const PartnershipGraph g = load_graph(test::source_path("tests/data/gen-60.toml")).graph;
    const Projection p = project(g, false, false);
    const ApproxScores b = approx_betweenness(p, true, ApproxOptions{});
    CHECK(b.exact);
    CHECK(b.bound == 0.0);
    CHECK(b.scores == betweenness_centrality(p, true, 1));
}

TEST_CASE("Sampled scores depend on the seed, not on the thread count", "[analysis][approx]") {
    const Projection p = project(random_graph(3000, 9000, 6), false, false);
    ApproxOptions one;
    one.epsilon = 0.1;
    one.threads = 1;
    ApproxOptions two = one;
    two.threads = 2;
    CHECK(approx_betweenness(p, true, one).scores == approx_betweenness(p, true, two).scores);
    CHECK(approx_harmonic(p, DistanceDirection::out, one).scores ==
          approx_harmonic(p, DistanceDirection::out, two).scores);
    ApproxOptions other = one;
    other.seed = 99;
    CHECK(approx_betweenness(p, true, one).scores != approx_betweenness(p, true, other).scores);
}
