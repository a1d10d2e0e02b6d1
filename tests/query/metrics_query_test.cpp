// query/metrics_query: a typed request becomes centrality options and a ranked answer.
#include <catch2/catch.hpp>

#include "../cli/run_cli.hpp"
#include "io/graph_reader.hpp"
#include "query/metrics_query.hpp"

using namespace pactgraph;

namespace {
const PartnershipGraph& seed() {
    static const PartnershipGraph g = load_graph(test::kSeedGraph).graph;
    return g;
}
}  // namespace

TEST_CASE("Requests name measures once, or all that apply to the graph's settings", "[query][metrics]") {
    MetricsRequest r;
    CHECK(requested_metrics(r).size() == all_metrics().size());
    r.undirected = true;
    CHECK(refusal(Metric::in_degree, r) == MetricRefusal::needs_direction);
    CHECK(requested_metrics(r).size() == all_metrics().size() - 2);  // no in/out degree
    r = {};
    r.weighted = true;
    CHECK(refusal(Metric::closeness, r) == MetricRefusal::reads_distances);
    CHECK(refusal(Metric::pagerank, r) == MetricRefusal::none);
    r.metrics = {Metric::katz, Metric::degree, Metric::katz};
    CHECK(requested_metrics(r) == std::vector<Metric>{Metric::katz, Metric::degree});
}

TEST_CASE("igraph conventions preset distances, normalization and exact PageRank", "[query][metrics]") {
    MetricsRequest r;
    r.compat = Compat::igraph;
    const CentralityOptions o = centrality_options(r);
    CHECK(o.direction == DistanceDirection::out);
    CHECK_FALSE(o.normalized);
    CHECK(o.harmonic_mean);
    CHECK(o.pagerank_tol == 1e-10);
    r.direction = DistanceDirection::in;
    r.normalized = true;
    CHECK(centrality_options(r).direction == DistanceDirection::in);
    CHECK(centrality_options(r).normalized);
}

TEST_CASE("An answer ranks by PageRank by default, ties by id, cut to top", "[query][metrics]") {
    MetricsRequest r;
    r.metrics = {Metric::degree, Metric::pagerank};
    r.top = 3;
    const MetricsAnswer a = answer_metrics(seed(), r);
    CHECK(a.sort == Metric::pagerank);
    REQUIRE(a.rows.size() == 3);
    CHECK(seed().entity(a.rows[0]).id == "openai-api");  // as NetworkX ranks it (tests/cli/metrics_test.cpp)
    CHECK(a.entities == 9);
    CHECK(a.pairs == 16);  // 12 distinct pairs, and the 4 agreements counted each way
    CHECK(a.directed);
    r.sort = Metric::degree;
    CHECK(seed().entity(answer_metrics(seed(), r).rows[0]).id == "openai");  // degree 0.75
    r.metrics = {Metric::pagerank};
    r.max_iter = 2;
    CHECK_THROWS_AS(answer_metrics(seed(), r), NotConvergedError);
}

TEST_CASE("Exact shortest-path measures are judged too costly from about 140k entities", "[query][metrics]") {
    CHECK_FALSE(exact_paths_too_costly(10'000, 100'000));
    CHECK(exact_paths_too_costly(100'000, 1'000'000));  // 1.1e11 steps
}
