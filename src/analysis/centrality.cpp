#include "analysis/centrality.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <sstream>

#include "analysis/centrality_approx.hpp"

namespace pactgraph {

const std::vector<Metric>& all_metrics() {
    static const std::vector<Metric> all = {
        Metric::degree,   Metric::in_degree,   Metric::out_degree, Metric::betweenness,
        Metric::closeness, Metric::harmonic,   Metric::pagerank,   Metric::eigenvector,
        Metric::katz,     Metric::hub,         Metric::authority};
    return all;
}

bool metric_uses_distances(Metric m) {
    return m == Metric::betweenness || m == Metric::closeness || m == Metric::harmonic;
}

bool metric_needs_direction(Metric m) { return m == Metric::in_degree || m == Metric::out_degree; }

NotConvergedError::NotConvergedError(Metric metric, int iterations, double tol)
    : Error([&] {
          std::ostringstream s;
          s << "error: " << (metric == Metric::hub ? "hub/authority (HITS)" : metric_name(metric))
            << " did not converge in " << iterations
            << " iterations (tolerance " << tol
            << "); no scores printed";
          return s.str();
      }()),
      metric_(metric),
      iterations_(iterations),
      tol_(tol) {}

const std::vector<double>* CentralityResult::find(Metric m) const {
    for (std::size_t i = 0; i < metrics.size(); ++i)
        if (metrics[i] == m) return &scores[i];
    return nullptr;
}

namespace {

// NetworkX's defaults per measure (pagerank, eigenvector: 100 iterations; katz: 1000; hits:
// tol 1e-8). HITS: NetworkX lets ARPACK restart 100 times, dozens of products each; a power
// iteration needs more steps where the top two singular values are close, so it gets 1000.
double tol_for(Metric m, const CentralityOptions& o) {
    if (m == Metric::pagerank && o.pagerank_tol) return *o.pagerank_tol;
    if (o.tol) return *o.tol;
    return (m == Metric::hub || m == Metric::authority) ? 1e-8 : 1e-6;
}

int max_iter_for(Metric m, const CentralityOptions& o) {
    if (o.max_iter) return *o.max_iter;
    return m == Metric::katz || m == Metric::hub || m == Metric::authority ? 1000 : 100;
}

void scale_to_max(std::vector<double>& v) {
    double top = 0;
    for (double x : v) top = std::max(top, x);
    if (top > 0)
        for (double& x : v) x /= top;
}

}  // namespace

namespace {

ApproxOptions approx_options(const CentralityOptions& o) {
    return {o.approx->epsilon, o.approx->delta, o.approx->seed, o.threads};
}

}  // namespace

CentralityResult compute_centrality(const Projection& p, const std::vector<Metric>& metrics,
                                    const CentralityOptions& o) {
    CentralityResult r;
    std::optional<DistanceScores> distances;
    std::optional<HitsScores> hubs;
    for (Metric m : metrics) {
        const auto start = std::chrono::steady_clock::now();
        std::vector<double> s;
        int iterations = 0;
        try {
        switch (m) {
            case Metric::degree:
            case Metric::in_degree:
            case Metric::out_degree: s = degree_centrality(p, m, o.normalized, o.threads); break;
            case Metric::betweenness:
                if (o.approx) {
                    const ApproxScores a = approx_betweenness(p, o.normalized, approx_options(o));
                    r.approximations.push_back({m, a.bound, o.approx->delta, a.samples, a.exact});
                    s = a.scores;
                    break;
                }
                if (o.sampled_sources) {
                    const ApproxScores a = sampled_source_betweenness(p, o.normalized, *o.sampled_sources, o.threads);
                    r.approximations.push_back({m, 0.0, 0.0, a.samples, a.exact, false});
                    s = a.scores;
                    break;
                }
                s = betweenness_centrality(p, o.normalized, o.threads);
                break;
            case Metric::harmonic:
                if (o.approx) {
                    const ApproxScores a = approx_harmonic(p, o.direction, approx_options(o));
                    r.approximations.push_back({m, a.bound, o.approx->delta, a.samples, a.exact});
                    s = a.scores;
                    if (o.harmonic_mean && p.n > 1) {
                        for (double& x : s) x /= static_cast<double>(p.n - 1);
                        r.approximations.back().bound /= static_cast<double>(p.n - 1);
                    }
                    break;
                }
                [[fallthrough]];
            case Metric::closeness:
                if (!distances)
                    distances = distance_centralities(p, o.direction, o.normalized, o.threads);
                s = m == Metric::closeness ? distances->closeness : distances->harmonic;
                if (m == Metric::harmonic && o.harmonic_mean && p.n > 1)
                    for (double& x : s) x /= static_cast<double>(p.n - 1);
                break;
            case Metric::pagerank:
                s = pagerank(p, o.pagerank_alpha, tol_for(m, o), max_iter_for(m, o), o.threads,
                             &iterations);
                break;
            case Metric::eigenvector:
                s = eigenvector_centrality(p, tol_for(m, o), max_iter_for(m, o), o.threads,
                                           &iterations);
                break;
            case Metric::katz:
                s = katz_centrality(p, o.katz_alpha, o.katz_beta, tol_for(m, o),
                                    max_iter_for(m, o), o.threads, &iterations);
                break;
            case Metric::hub:
            case Metric::authority:
                if (!hubs) hubs = hits(p, tol_for(m, o), max_iter_for(m, o), o.threads);
                s = m == Metric::hub ? hubs->hubs : hubs->authorities;
                iterations = hubs->iterations;
                break;
        }
        } catch (const NotConvergedError& e) {
            if (!o.drop_unconverged) throw;
            std::ostringstream why;
            why << metric_name(m) << " left out: it did not converge in " << e.iterations()
                << " iterations (tolerance " << e.tol() << ")";
            r.dropped.push_back(why.str());
            continue;
        }
        if (o.scale_to_max &&
            (m == Metric::eigenvector || m == Metric::hub || m == Metric::authority))
            scale_to_max(s);
        r.metrics.push_back(m);
        r.scores.push_back(std::move(s));
        r.iterations.push_back(iterations);
        r.seconds.push_back(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    return r;
}

}  // namespace pactgraph
