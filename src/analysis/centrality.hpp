// Centrality measures with NetworkX 2.8's definitions and defaults (see docs/metrics.md).
//
// Every measure runs on the analysis view (analysis/view.hpp): NetworkX's DiGraph of the
// distinct (from, to) pairs (or its Graph of unordered pairs with `undirected`), unweighted unless
// asked, stored as compact CSR arrays. Functions return scores indexed by EntityId and never
// print. Iterative measures that do not converge throw NotConvergedError (exit code 2).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/view.hpp"
#include "model/graph.hpp"
#include "support/diagnostics.hpp"
#include "support/enum_names.hpp"

namespace pactgraph {

enum class Metric : std::uint8_t {
    degree,
    in_degree,
    out_degree,
    betweenness,
    closeness,
    harmonic,
    pagerank,
    eigenvector,
    katz,
    hub,
    authority,
};

// All measures in their canonical (output column) order.
const std::vector<Metric>& all_metrics();
inline constexpr EnumNames<Metric, 11> kMetricNames{"metric",
                                                   {{{Metric::degree, "degree"},
                                                     {Metric::in_degree, "in_degree"},
                                                     {Metric::out_degree, "out_degree"},
                                                     {Metric::betweenness, "betweenness"},
                                                     {Metric::closeness, "closeness"},
                                                     {Metric::harmonic, "harmonic"},
                                                     {Metric::pagerank, "pagerank"},
                                                     {Metric::eigenvector, "eigenvector"},
                                                     {Metric::katz, "katz"},
                                                     {Metric::hub, "hub"},
                                                     {Metric::authority, "authority"}}}};
inline std::string_view metric_name(Metric m) { return kMetricNames.name(m); }
inline std::vector<std::string> metric_names() { return kMetricNames.names(); }
inline std::optional<Metric> parse_metric(std::string_view name) { return kMetricNames.find(name); }
// Betweenness, closeness and harmonic read edge weights as distances: an amount is not one.
bool metric_uses_distances(Metric m);
// in_degree and out_degree have no meaning on an undirected graph (NetworkX raises too).
bool metric_needs_direction(Metric m);

// Which way distances run for closeness and harmonic: `in` (NetworkX: distances from the
// others to the entity) or `out` (igraph's default mode: distances from the entity).
enum class DistanceDirection : std::uint8_t { in, out };
inline constexpr EnumNames<DistanceDirection, 2> kDistanceDirectionNames{
    "direction", {{{DistanceDirection::in, "in"}, {DistanceDirection::out, "out"}}}};

// Sampling settings for the approximate measures (see analysis/centrality_approx.hpp).
struct ApproxSettings {
    double epsilon = 0.01;
    double delta = 0.1;
    std::uint64_t seed = 1;
};

// Betweenness from `count` entities drawn at random as sources, as NetworkX's
// betweenness_centrality(k=count, seed=...) estimates it: unbiased, with no stated bound.
struct SourceSample {
    std::size_t count = 256;
    std::uint64_t seed = 1;
};

// What an approximate measure achieved: "within ±bound with probability 1 - delta", or, for
// sampled sources (`bounded` false), only how many were drawn.
struct ApproxBound {
    Metric metric = Metric::betweenness;
    double bound = 0.0;
    double delta = 0.0;
    std::size_t samples = 0;
    bool exact = false;  // fewer entities than samples: computed exactly instead
    bool bounded = true;
};

struct CentralityOptions {
    DistanceDirection direction = DistanceDirection::in;
    bool normalized = true;        // degree /(n-1), betweenness 1/((n-1)(n-2)), closeness WF
    bool harmonic_mean = false;    // igraph: harmonic divided by n-1
    bool scale_to_max = false;     // igraph: eigenvector, hub and authority scaled to max 1
    double pagerank_alpha = 0.85;  // damping
    double katz_alpha = 0.1;       // attenuation
    double katz_beta = 1.0;
    std::optional<double> tol;     // default: each measure's NetworkX default
    std::optional<double> pagerank_tol;  // overrides `tol` for PageRank (igraph's is exact)
    std::optional<int> max_iter;   // default: each measure's NetworkX default
    unsigned threads = 0;          // 0: the machine's cores (results do not depend on it)
    // Leave out a measure that does not converge (its message goes to `dropped`) instead of
    // throwing NotConvergedError: for the default overview of every measure.
    bool drop_unconverged = false;
    // Betweenness and harmonic by sampling with a guarantee (analysis/centrality_approx.hpp);
    // closeness has no such estimate and is refused by callers when this is set.
    std::optional<ApproxSettings> approx;
    // Betweenness from sampled sources (NetworkX's k) instead; not together with `approx`.
    std::optional<SourceSample> sampled_sources;
};

// Raised when a power iteration stops at max_iter before meeting its tolerance.
class NotConvergedError : public Error {
public:
    NotConvergedError(Metric metric, int iterations, double tol);
    Metric metric() const { return metric_; }
    int iterations() const { return iterations_; }
    double tol() const { return tol_; }

private:
    Metric metric_;
    int iterations_;
    double tol_;
};

// ---- the measures (scores indexed by EntityId) ----
std::vector<double> degree_centrality(const Projection& p, Metric which, bool normalized,
                                      unsigned threads = 0);
std::vector<double> betweenness_centrality(const Projection& p, bool normalized, unsigned threads);
// Brandes' sums from these sources only (distinct vertices), scaled as NetworkX 2.8's
// betweenness_centrality(k=len(sources)) scales them: by n/k on top of its normalization (see
// analysis/centrality_approx.hpp for how the sources are drawn).
std::vector<double> betweenness_from_sources(const Projection& p, std::span<const std::uint32_t> sources,
                                             bool normalized, unsigned threads);
// Closeness and harmonic share their breadth-first searches: one pass computes both.
struct DistanceScores {
    std::vector<double> closeness;
    std::vector<double> harmonic;
};
DistanceScores distance_centralities(const Projection& p, DistanceDirection direction,
                                     bool wf_improved, unsigned threads);
// The iterative measures run their matrix products on `threads` threads (0: every core) on
// large graphs; the scores do not depend on it. `iterations`, when given, receives the number
// of iterations run (for --timings).
std::vector<double> pagerank(const Projection& p, double alpha, double tol, int max_iter,
                             unsigned threads = 0, int* iterations = nullptr);
std::vector<double> eigenvector_centrality(const Projection& p, double tol, int max_iter,
                                           unsigned threads = 0, int* iterations = nullptr);
std::vector<double> katz_centrality(const Projection& p, double alpha, double beta, double tol,
                                    int max_iter, unsigned threads = 0, int* iterations = nullptr);
struct HitsScores {
    std::vector<double> hubs;
    std::vector<double> authorities;
    int iterations = 0;
};
HitsScores hits(const Projection& p, double tol, int max_iter, unsigned threads = 0);

// The requested measures, computed once each on one projection.
struct CentralityResult {
    std::vector<Metric> metrics;              // in the order asked
    std::vector<std::vector<double>> scores;  // scores[i][entity] for metrics[i]
    std::vector<double> seconds;              // compute time per metric (for --timings)
    std::vector<int> iterations;              // per metric: iterations run, 0 if not iterative
    // Why measures were left out (drop_unconverged): "pagerank left out: it did not converge in
    // 3 iterations (tolerance 1e-06)".
    std::vector<std::string> dropped;
    std::vector<ApproxBound> approximations;  // one per measure that was sampled

    const std::vector<double>* find(Metric m) const;
};
CentralityResult compute_centrality(const Projection& p, const std::vector<Metric>& metrics,
                                    const CentralityOptions& options);

}  // namespace pactgraph
