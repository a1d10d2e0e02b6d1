// `metrics`: a typed request (which measures, which conventions) turned into centrality options,
// computed on the graph's projection and ranked. The answer is data; format/metrics_format.hpp
// writes it. Option names and ranges are cli's (cli/metrics.cpp); this layer checks nothing a
// parser could.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "analysis/centrality.hpp"
#include "support/enum_names.hpp"

namespace pactgraph {

// Whose conventions: NetworkX 2.8's (the default) or python-igraph's (docs/metrics.md).
enum class Compat : std::uint8_t { networkx, igraph };
inline constexpr EnumNames<Compat, 2> kCompatNames{
    "convention", {{{Compat::networkx, "networkx"}, {Compat::igraph, "igraph"}}}};

struct MetricsRequest {
    std::vector<Metric> metrics;  // empty: all that apply
    std::optional<Metric> sort;   // none: pagerank if computed, else the first
    std::size_t top = 0;          // 0: every entity
    bool weighted = false;        // by summed disclosed amounts
    bool undirected = false;
    Compat compat = Compat::networkx;  // presets for direction and the three below
    std::optional<DistanceDirection> direction;
    std::optional<bool> normalized;
    std::optional<double> alpha;  // PageRank damping
    std::optional<double> katz_alpha;
    std::optional<double> tol;
    std::optional<int> max_iter;
    // Sample betweenness and harmonic with a guarantee instead of computing them exactly.
    std::optional<ApproxSettings> approx;
    // Or betweenness from sampled sources (NetworkX's k), without a stated bound.
    std::optional<SourceSample> sampled_sources;
    // Leave the measures that would search from every entity out of the default overview.
    bool skip_path_measures = false;
    unsigned threads = 0;  // 0: every core; the scores do not depend on it
};

// Why a measure cannot be asked for with these settings (in_degree on an undirected graph, a
// distance measure with amounts as weights), or nothing.
enum class MetricRefusal : std::uint8_t { none, needs_direction, reads_distances, no_estimate };
MetricRefusal refusal(Metric m, const MetricsRequest& request);

// True when the exact shortest-path measures (a breadth-first search from every entity, about
// n * (n + m) steps) would take more than about half a minute on this kind of machine.
bool exact_paths_too_costly(std::size_t entities, std::size_t relations);
bool is_path_measure(Metric m);  // betweenness, closeness, harmonic
// Whether `m`, as this request computes it, runs a search from every entity: a path measure
// neither sampled (--approx; --sources for betweenness) nor refused.
bool searches_every_entity(Metric m, const MetricsRequest& request);

// The measures a request names, without repeats, or all that apply (canonical order) when it
// names none. The caller has refused those with a refusal().
std::vector<Metric> requested_metrics(const MetricsRequest& request);
CentralityOptions centrality_options(const MetricsRequest& request);

struct MetricsAnswer {
    CentralityResult result;
    Metric sort = Metric::pagerank;  // the measure the rows are ranked by
    std::vector<EntityId> rows;      // ranked (ties by id), cut to `top`
    CentralityOptions options;       // as used
    Compat compat = Compat::networkx;
    // What the measures ran on: NetworkX's DiGraph (or Graph) of distinct pairs.
    std::size_t entities = 0;
    std::size_t pairs = 0;
    bool directed = true;
    bool weighted = false;
    double view_seconds = 0;  // building the view the measures ran on
};

// Computes and ranks. Throws NotConvergedError when a measure named in the request does not
// converge (unnamed ones are left out, with the reason in result.dropped).
MetricsAnswer answer_metrics(const PartnershipGraph& g, const MetricsRequest& request);

// The `count` entities with the highest scores (ties by id) and the relations among them: a
// picture of a large graph that still makes sense.
PartnershipGraph top_subgraph(const PartnershipGraph& g, const std::vector<double>& scores,
                              std::size_t count);

// One measure's scores with NetworkX's defaults, for pictures (render --size-by). Throws
// NotConvergedError.
std::vector<double> metric_scores(const PartnershipGraph& g, Metric metric);

}  // namespace pactgraph
