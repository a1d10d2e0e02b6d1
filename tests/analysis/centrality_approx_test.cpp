// analysis/centrality_approx: sampled betweenness and harmonic stay within their stated bound
// of the exact values (which tests/analysis/centrality_test.cpp checks against NetworkX), and
// do not depend on the number of threads.
#include <catch2/catch.hpp>
#include <algorithm>
#include <cmath>
#include <random>

#include "../cli/run_cli.hpp"
#include "analysis/centrality_approx.hpp"
#include "centrality_expected.hpp"
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

TEST_CASE("Betweenness from given sources is NetworkX's k-sampled betweenness from those sources",
          "[analysis][approx]") {
    // Expected: networkx.betweenness_centrality(G, k=len(S)) made to draw S (scripts/expected-metrics.py).
    for (const test::SourceCase& c : test::kSourceCases) {
        INFO(c.name << " (" << c.variant << ")");
        const LoadResult loaded = load_graph(test::source_path(c.file));
        const Projection p = project(loaded.graph, std::string(c.variant) == "undirected", false);
        const std::vector<std::uint32_t> sources(c.sources.begin(), c.sources.end());
        REQUIRE(sources.size() < p.n);
        for (unsigned threads : {1u, 2u}) {
            const std::vector<double> got = betweenness_from_sources(p, sources, true, threads);
            REQUIRE(got.size() == c.betweenness.size());
            for (std::size_t v = 0; v < got.size(); ++v) {
                INFO("entity " << loaded.graph.entity(v).id << ", threads " << threads);
                CHECK_THAT(got[v], Catch::WithinAbs(c.betweenness[v], 1e-12));
            }
        }
    }
}

TEST_CASE("Sampled sources are distinct, uniform, seeded, and all of them give the exact scores",
          "[analysis][approx]") {
    const std::vector<std::uint32_t> a = sample_sources(1000, 256, 1);
    REQUIRE(a.size() == 256);
    CHECK(std::is_sorted(a.begin(), a.end()));
    CHECK(std::adjacent_find(a.begin(), a.end()) == a.end());
    CHECK(a.back() < 1000);
    CHECK(sample_sources(1000, 256, 1) == a);
    CHECK(sample_sources(1000, 256, 2) != a);
    CHECK(sample_sources(5, 9, 1) == std::vector<std::uint32_t>{0, 1, 2, 3, 4});
    // Uniform: over 2,000 draws of 3 of 10, each vertex is drawn 600 times on average; a fair
    // sampler stays within 5 standard deviations (sqrt(2000 * 0.3 * 0.7) = 20.5) of it.
    std::vector<int> drawn(10, 0);
    for (std::uint64_t seed = 0; seed < 2000; ++seed)
        for (std::uint32_t v : sample_sources(10, 3, seed)) ++drawn[v];
    for (int count : drawn) CHECK(std::abs(count - 600) < 103);

    const PartnershipGraph g = load_graph(test::source_path("tests/data/gen-60.toml")).graph;
    const Projection p = project(g, false, false);
    const ApproxScores all = sampled_source_betweenness(p, true, SourceSample{60, 1}, 2);
    CHECK(all.exact);
    CHECK(all.scores == betweenness_centrality(p, true, 1));
    const ApproxScores some = sampled_source_betweenness(p, true, SourceSample{20, 4}, 1);
    CHECK_FALSE(some.exact);
    CHECK(some.samples == 20);
    CHECK(some.scores == sampled_source_betweenness(p, true, SourceSample{20, 4}, 2).scores);
}

TEST_CASE("Betweenness from sampled sources averages to the exact scores", "[analysis][approx]") {
    // Unbiased (n/k times a sum over a uniform k-subset): the mean of 400 seeds' estimates is
    // close to the exact score; one estimate is not.
    const Projection p = project(random_graph(300, 900, 8), false, false);
    const std::vector<double> exact = betweenness_centrality(p, true, 1);
    std::vector<double> mean(p.n, 0.0);
    constexpr int kSeeds = 400;
    for (int seed = 0; seed < kSeeds; ++seed) {
        const ApproxScores s = sampled_source_betweenness(p, true, SourceSample{30, static_cast<std::uint64_t>(seed)}, 0);
        for (std::size_t v = 0; v < p.n; ++v) mean[v] += s.scores[v] / kSeeds;
    }
    const double top = *std::max_element(exact.begin(), exact.end());
    INFO("max error of the mean " << max_error(mean, exact) << ", top score " << top);
    CHECK(max_error(mean, exact) < 0.05 * top);
    const ApproxScores one = sampled_source_betweenness(p, true, SourceSample{30, 1}, 0);
    CHECK(max_error(one.scores, exact) > max_error(mean, exact));
}
