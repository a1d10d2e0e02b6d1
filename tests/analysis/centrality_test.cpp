#include <catch2/catch.hpp>
#include <cmath>

#include "../cli/run_cli.hpp"
#include "analysis/centrality.hpp"
#include "centrality_expected.hpp"
#include "io/graph_reader.hpp"
#include "query/metrics_query.hpp"

using namespace pactgraph;
using test::ExpectedCase;
using test::ExpectedMetric;

namespace {

bool is_iterative(Metric m) {
    return m == Metric::pagerank || m == Metric::eigenvector || m == Metric::katz ||
           m == Metric::hub || m == Metric::authority;
}


void check_case(const ExpectedCase& c, unsigned threads) {
    const LoadResult loaded = load_graph(test::source_path(c.file));
    const std::size_t n = c.ids.size();
    REQUIRE(loaded.graph.entity_count() == n);
    const std::string variant = c.variant;
    const Projection p = project(loaded.graph, variant == "undirected", variant == "weighted");
    for (const ExpectedMetric& e : c.metrics) {
        INFO(c.name << " (" << c.variant << "): " << e.metric);
        const Metric m = *parse_metric(e.metric);
        MetricsRequest request;
        if (variant == "igraph") request.compat = Compat::igraph;
        CentralityOptions options = centrality_options(request);
        options.threads = threads;
        options.drop_unconverged = false;
        if (e.status == ExpectedMetric::Status::not_converged) {
            CHECK_THROWS_AS(compute_centrality(p, {m}, options), NotConvergedError);
            continue;
        }
        const std::vector<double> got = compute_centrality(p, {m}, options).scores.front();
        REQUIRE(got.size() == n);
        if (e.status == ExpectedMetric::Status::no_value) {
            // NetworkX divides by zero on a graph without relations; pactgraph: all alike.
            for (double x : got) CHECK(x == 1.0 / static_cast<double>(n));
            continue;
        }
        // igraph's PageRank is exact (PRPACK), NetworkX's and ours stop at tol: compare at 1e-6.
        const double tol = is_iterative(m) ? 1e-6 : 1e-9;
        for (std::size_t v = 0; v < got.size(); ++v) {
            INFO("entity " << loaded.graph.entity(v).id);
            CHECK_THAT(got[v], Catch::WithinAbs(e.values[v], tol));
        }
    }
}

}  // namespace

TEST_CASE("Every measure matches NetworkX 2.8 on the reference graphs", "[analysis][metrics]") {
    // Filtered subgraphs (--types, --kinds) are checked through the CLI: tests/cli/metrics_test.cpp.
    const auto index = GENERATE(filter([](std::size_t i) { return !*test::kExpectedCases[i].filter; },
                                       range(std::size_t{0}, test::kExpectedCases.size())));
    check_case(test::kExpectedCases[index], 0);
}

TEST_CASE("Path measures give the same numbers on one thread and on several", "[analysis][metrics]") {
    const LoadResult loaded = load_graph(test::source_path("tests/data/metrics/karate.toml"));
    const Projection p = project(loaded.graph, false, false);
    for (Metric m : {Metric::betweenness, Metric::closeness, Metric::harmonic}) {
        CentralityOptions one, four;
        one.threads = 1;
        four.threads = 4;
        CHECK(compute_centrality(p, {m}, one).scores == compute_centrality(p, {m}, four).scores);
    }
}

TEST_CASE("The projection keeps distinct pairs and sums their amounts", "[analysis][metrics]") {
    // a -> b twice ($5M, undisclosed), b -> a once, a self-loop on c ($2M).
    const LoadResult loaded = load_graph(
        "-",
        "[[entity]]\nid = \"a\"\nkind = \"company\"\n[[entity]]\nid = \"b\"\nkind = \"company\"\n"
        "[[entity]]\nid = \"c\"\nkind = \"company\"\n"
        "[[relation]]\nfrom = \"a\"\nto = \"b\"\ntype = \"owns\"\namount_usd = 5e6\n"
        "[[relation]]\nfrom = \"a\"\nto = \"b\"\ntype = \"owns\"\n"
        "[[relation]]\nfrom = \"b\"\nto = \"a\"\ntype = \"owns\"\n"
        "[[relation]]\nfrom = \"c\"\nto = \"c\"\ntype = \"owns\"\namount_usd = 2e6\n");
    const Projection directed = project(loaded.graph, false, true);
    CHECK(directed.pair_count() == 3);
    CHECK(directed.out.weights == std::vector<double>{5e6, 0.0, 2e6});
    const Projection undirected = project(loaded.graph, true, false);
    CHECK(undirected.pair_count() == 3);  // a-b both ways, c-c once
    // NetworkX counts a self-loop twice in an undirected degree: c has degree 2 / (n - 1) = 1.
    CHECK(degree_centrality(undirected, Metric::degree, true) == std::vector<double>{0.5, 0.5, 1.0});
}

TEST_CASE("A measure that does not converge names itself and its iterations", "[analysis][metrics]") {
    const LoadResult loaded = load_graph(test::kSeedGraph);
    const Projection p = project(loaded.graph, false, false);
    CentralityOptions o;
    o.max_iter = 3;
    try {
        compute_centrality(p, {Metric::pagerank}, o);
        FAIL("expected NotConvergedError");
    } catch (const NotConvergedError& e) {
        CHECK(e.iterations() == 3);
        CHECK(std::string(e.what()) ==
              "error: pagerank did not converge in 3 iterations (tolerance 1e-06); no scores "
              "printed");
        CHECK(e.exit_code() == ExitCode::bad_input);
    }
    SECTION("or, in the default overview, is left out with a warning") {
        o.drop_unconverged = true;
        const CentralityResult r = compute_centrality(p, {Metric::degree, Metric::pagerank}, o);
        CHECK(r.metrics == std::vector<Metric>{Metric::degree});
        REQUIRE(r.dropped.size() == 1);
        CHECK(r.dropped[0].rfind("pagerank left out: it did not converge in 3 iterations", 0) == 0);
    }
}
