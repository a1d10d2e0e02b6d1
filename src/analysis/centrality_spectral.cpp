// The iterative measures (PageRank, eigenvector, Katz, HITS) as NetworkX 2.8 iterates them:
// same start vector, same update, same convergence test, so the scores agree to the tolerance.
#include <algorithm>
#include <cmath>

#include "analysis/centrality.hpp"
#include "analysis/parallel.hpp"

namespace pactgraph {

namespace {

double weight_at(const Csr& c, std::uint32_t i) { return c.weights.empty() ? 1.0 : c.weights[i]; }

// y[v] = sum over arcs u -> v of x[u] * w(u, v): the product x^T A, pulled over predecessors.
// Each y[v] is one thread's sum in CSR order, so the result is the same on any number of cores;
// large graphs are split into blocks of vertices run on `threads` threads (0: every core).
void left_multiply(const Csr& in, const std::vector<double>& x, std::vector<double>& y,
                   unsigned threads) {
    const std::size_t n = in.offsets.size() - 1;
    constexpr std::size_t kParallelFrom = 200'000;  // relations; below it threads cost more than they save
    const std::size_t blocks = in.targets.size() < kParallelFrom ? 1 : 64;
    for_each_block(blocks, threads, [&](std::size_t b) {
        for (std::size_t v = n * b / blocks; v < n * (b + 1) / blocks; ++v) {
            double s = 0.0;
            for (std::uint32_t i = in.offsets[v]; i < in.offsets[v + 1]; ++i)
                s += x[in.targets[i]] * weight_at(in, i);
            y[v] = s;
        }
    });
}

double l1_distance(const std::vector<double>& a, const std::vector<double>& b) {
    double s = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) s += std::abs(a[i] - b[i]);
    return s;
}

double l2_norm(const std::vector<double>& x) {
    double s = 0.0;
    for (double v : x) s += v * v;
    return std::sqrt(s);
}

double sum_of(const std::vector<double>& x) {
    double s = 0.0;
    for (double v : x) s += v;
    return s;
}

}  // namespace

// networkx.pagerank (pagerank_scipy): x <- alpha (x^T P + dangling mass / N) + (1 - alpha) / N,
// P row-stochastic; stop when ||x - x_last||_1 < N tol.
std::vector<double> pagerank(const Projection& p, double alpha, double tol, int max_iter, unsigned threads) {
    const std::size_t n = p.n;
    if (n == 0) return {};
    const double nd = static_cast<double>(n);
    std::vector<double> inv_out(n, 0.0);
    for (std::size_t u = 0; u < n; ++u) {
        double s = 0.0;
        for (std::uint32_t i = p.out.offsets[u]; i < p.out.offsets[u + 1]; ++i)
            s += weight_at(p.out, i);
        inv_out[u] = s != 0.0 ? 1.0 / s : 0.0;
    }
    std::vector<double> x(n, 1.0 / nd), scaled(n), next(n);
    for (int it = 0; it < max_iter; ++it) {
        double dangling = 0.0;
        for (std::size_t u = 0; u < n; ++u) {
            scaled[u] = x[u] * inv_out[u];
            if (inv_out[u] == 0.0) dangling += x[u];
        }
        left_multiply(p.in, scaled, next, threads);
        const double base = alpha * dangling / nd + (1.0 - alpha) / nd;
        for (std::size_t v = 0; v < n; ++v) next[v] = alpha * next[v] + base;
        const double err = l1_distance(next, x);
        x.swap(next);
        if (err < nd * tol) return x;
    }
    throw NotConvergedError(Metric::pagerank, max_iter, tol);
}

// networkx.eigenvector_centrality: from x = 1/N, x <- normalize2(x + x^T A); stop when
// ||x - x_last||_1 < N tol.
std::vector<double> eigenvector_centrality(const Projection& p, double tol, int max_iter, unsigned threads) {
    const std::size_t n = p.n;
    if (n == 0) return {};
    const double nd = static_cast<double>(n);
    std::vector<double> x(n, 1.0 / nd), next(n);
    for (int it = 0; it < max_iter; ++it) {
        left_multiply(p.in, x, next, threads);
        for (std::size_t v = 0; v < n; ++v) next[v] += x[v];
        double norm = l2_norm(next);
        if (norm == 0.0) norm = 1.0;
        for (double& v : next) v /= norm;
        const double err = l1_distance(next, x);
        x.swap(next);
        if (err < nd * tol) return x;
    }
    throw NotConvergedError(Metric::eigenvector, max_iter, tol);
}

// networkx.katz_centrality: from x = 0, x <- alpha x^T A + beta; stop when ||x - x_last||_1 <
// N tol, then scale to unit Euclidean length.
std::vector<double> katz_centrality(const Projection& p, double alpha, double beta, double tol,
                                    int max_iter, unsigned threads) {
    const std::size_t n = p.n;
    if (n == 0) return {};
    const double nd = static_cast<double>(n);
    std::vector<double> x(n, 0.0), next(n);
    for (int it = 0; it < max_iter; ++it) {
        left_multiply(p.in, x, next, threads);
        for (double& v : next) v = alpha * v + beta;
        const double err = l1_distance(next, x);
        x.swap(next);
        if (err < nd * tol) {
            const double norm = l2_norm(x);
            const double s = norm != 0.0 ? 1.0 / norm : 1.0;
            for (double& v : x) v *= s;
            return x;
        }
    }
    throw NotConvergedError(Metric::katz, max_iter, tol);
}

// HITS as NetworkX's power iteration (_hits_python): from h = 1/N, a <- h^T A, h <- A a, both
// scaled to max 1; stop when ||h - h_last||_1 < tol; finally scale each to sum 1. Where the top
// singular value is simple this is the singular-vector pair networkx.hits gets from svds.
HitsScores hits(const Projection& p, double tol, int max_iter, unsigned threads) {
    const std::size_t n = p.n;
    if (n == 0) return {};
    const double nd = static_cast<double>(n);
    if (p.pair_count() == 0)  // no relations: every entity alike (NetworkX divides by zero)
        return {std::vector<double>(n, 1.0 / nd), std::vector<double>(n, 1.0 / nd)};
    std::vector<double> h(n, 1.0 / nd), a(n), next(n);
    auto scale_by_max = [](std::vector<double>& v) {
        const double top = *std::max_element(v.begin(), v.end());
        if (top != 0.0)
            for (double& x : v) x /= top;
    };
    bool converged = false;
    for (int it = 0; it < max_iter && !converged; ++it) {
        left_multiply(p.in, h, a, threads);
        left_multiply(p.out, a, next, threads);  // h = A a: pulled over successors
        scale_by_max(next);
        scale_by_max(a);
        converged = l1_distance(next, h) < tol;
        h.swap(next);
    }
    if (!converged) throw NotConvergedError(Metric::hub, max_iter, tol);
    for (auto* v : {&h, &a}) {
        const double s = sum_of(*v);
        if (s != 0.0)
            for (double& x : *v) x /= s;
    }
    return {h, a};
}

}  // namespace pactgraph
