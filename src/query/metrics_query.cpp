#include "query/metrics_query.hpp"

#include <algorithm>
#include <chrono>
#include <numeric>

namespace pactgraph {

namespace {

// The first `count` entities (all when 0) by `by`, highest first, ties by id: only those are
// sorted, so the top 20 of a million entities costs one pass, not a sort of the million.
std::vector<EntityId> ranking(const PartnershipGraph& g, const std::vector<double>& by, std::size_t count) {
    // (score, entity) pairs side by side: the comparisons of a million entities read
    // neighbouring memory instead of the scores here and there.
    std::vector<std::pair<double, EntityId>> order(g.entity_count());
    for (EntityId v = 0; v < order.size(); ++v) order[v] = {by[v], v};
    const auto before = [&](const std::pair<double, EntityId>& a, const std::pair<double, EntityId>& b) {
        if (a.first != b.first) return a.first > b.first;
        return g.entity(a.second).id < g.entity(b.second).id;
    };
    if (count == 0 || count >= order.size()) std::sort(order.begin(), order.end(), before);
    else std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(count), order.end(), before);
    order.resize(std::min(count == 0 ? order.size() : count, order.size()));
    std::vector<EntityId> out(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) out[k] = order[k].second;
    return out;
}

Metric default_sort(const std::vector<Metric>& metrics) {
    if (metrics.empty() ||
        std::find(metrics.begin(), metrics.end(), Metric::pagerank) != metrics.end())
        return Metric::pagerank;
    return metrics.front();
}

std::size_t distinct_pairs(const Projection& p) {
    if (p.directed) return p.pair_count();
    const auto loops = static_cast<std::size_t>(std::count(p.self_loop.begin(), p.self_loop.end(), 1));
    return (p.pair_count() + loops) / 2;
}

}  // namespace

bool exact_paths_too_costly(std::size_t entities, std::size_t relations) {
    constexpr double kStepsInHalfAMinute = 2e10;
    const double n = static_cast<double>(entities);
    return n * (n + static_cast<double>(relations)) > kStepsInHalfAMinute;
}

bool is_path_measure(Metric m) {
    return m == Metric::betweenness || m == Metric::closeness || m == Metric::harmonic;
}

bool searches_every_entity(Metric m, const MetricsRequest& r) {
    if (!is_path_measure(m) || r.approx) return false;  // --approx samples or refuses all three
    return !(m == Metric::betweenness && r.sampled_sources);
}

MetricRefusal refusal(Metric m, const MetricsRequest& r) {
    if (r.undirected && metric_needs_direction(m)) return MetricRefusal::needs_direction;
    if (r.weighted && metric_uses_distances(m)) return MetricRefusal::reads_distances;
    if (r.approx && m == Metric::closeness) return MetricRefusal::no_estimate;
    return MetricRefusal::none;
}

std::vector<Metric> requested_metrics(const MetricsRequest& r) {
    std::vector<Metric> out;
    if (r.metrics.empty()) {
        for (Metric m : all_metrics())
            if (refusal(m, r) == MetricRefusal::none && !(r.skip_path_measures && searches_every_entity(m, r)))
                out.push_back(m);
        return out;
    }
    for (Metric m : r.metrics)
        if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
    return out;
}

CentralityOptions centrality_options(const MetricsRequest& r) {
    CentralityOptions o;
    if (r.compat == Compat::igraph) {
        o.direction = DistanceDirection::out;
        o.normalized = false;
        o.harmonic_mean = true;
        o.scale_to_max = true;
        if (!r.tol) o.pagerank_tol = 1e-10;  // igraph solves PageRank exactly (PRPACK)
    }
    if (r.direction) o.direction = *r.direction;
    if (r.normalized) o.normalized = *r.normalized;
    if (r.alpha) o.pagerank_alpha = *r.alpha;
    if (r.katz_alpha) o.katz_alpha = *r.katz_alpha;
    o.tol = r.tol;
    o.max_iter = r.max_iter;
    o.approx = r.approx;
    o.sampled_sources = r.sampled_sources;
    o.threads = r.threads;
    o.drop_unconverged = r.metrics.empty();  // only measures asked for by name fail the command
    return o;
}

MetricsAnswer answer_metrics(const PartnershipGraph& g, const MetricsRequest& r) {
    const std::vector<Metric> metrics = requested_metrics(r);
    MetricsAnswer a;
    a.options = centrality_options(r);
    a.compat = r.compat;
    const auto start = std::chrono::steady_clock::now();
    const Projection p = project(g, r.undirected, r.weighted, ArcRelations::dropped);
    a.view_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    a.result = compute_centrality(p, metrics, a.options);
    a.sort = r.sort.value_or(default_sort(metrics));
    if (!a.result.find(a.sort)) a.sort = a.result.metrics.front();
    a.rows = ranking(g, *a.result.find(a.sort), r.top);
    a.entities = g.entity_count();
    a.pairs = distinct_pairs(p);
    a.directed = p.directed;
    a.weighted = p.weighted;
    return a;
}

PartnershipGraph top_subgraph(const PartnershipGraph& g, const std::vector<double>& scores,
                              std::size_t count) {
    std::vector<bool> keep(g.entity_count(), false);
    if (count > 0)
        for (const EntityId v : ranking(g, scores, count)) keep[v] = true;
    return filtered(g, [&](EntityId v) { return keep[v]; }, [](RelationEdge) { return true; });
}

std::vector<double> metric_scores(const PartnershipGraph& g, Metric metric) {
    return compute_centrality(project(g, false, false, ArcRelations::dropped), {metric}, CentralityOptions{}).scores.front();
}

}  // namespace pactgraph
