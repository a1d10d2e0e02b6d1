// The iterative measures (PageRank, eigenvector, Katz, HITS) as NetworkX 2.8 iterates them:
// same start vector, same update, same convergence test, so the scores agree to the tolerance.
#include <algorithm>
#include <cmath>
#include <type_traits>

#include "analysis/centrality.hpp"
#include "analysis/parallel.hpp"

namespace pactgraph {

namespace {

// The rows of a CSR as blocks of about equal work (analysis/parallel.hpp): products over them
// run on `threads` threads, partial sums are added in block order, so every score is the same
// on any number of cores.
using Bounds = std::vector<std::size_t>;

// sum over arcs u of row v of x[u] * w(arc): one row of the product x^T A (pulled over
// predecessors with `in`, or A x over successors with `out`), in CSR order.
template <bool Weighted>
double pull_row(const Csr& c, const double* x, std::size_t v) {
    double s = 0.0;
    const std::uint32_t* t = c.targets.data();
    if constexpr (Weighted) {
        const double* w = c.weights.data();
        for (std::uint32_t i = c.offsets[v], e = c.offsets[v + 1]; i < e; ++i) s += x[t[i]] * w[i];
    } else {
        for (std::uint32_t i = c.offsets[v], e = c.offsets[v + 1]; i < e; ++i) s += x[t[i]];
    }
    return s;
}

// Two sums at once, for a pass that gathers two quantities.
struct TwoSums {
    double first = 0.0;
    double second = 0.0;
    TwoSums& operator+=(const TwoSums& o) {
        first += o.first;
        second += o.second;
        return *this;
    }
};

// For every block of rows, calls row(v, pulled) with pulled = row v of the product with x;
// returns the sum of what row() returned (a double or TwoSums), per block, added in block order.
template <typename Row>
auto pulled_rows(const Csr& c, const Bounds& bounds, const std::vector<double>& x, unsigned threads,
                 Row row) {
    using Sum = std::invoke_result_t<Row, std::size_t, double>;
    const bool weighted = !c.weights.empty();
    const auto partial = block_partials<Sum>(bounds, threads, [&](std::size_t lo, std::size_t hi) {
        Sum sum{};
        if (weighted)
            for (std::size_t v = lo; v < hi; ++v) sum += row(v, pull_row<true>(c, x.data(), v));
        else
            for (std::size_t v = lo; v < hi; ++v) sum += row(v, pull_row<false>(c, x.data(), v));
        return sum;
    });
    Sum total{};
    for (const Sum& p : partial) total += p;
    return total;
}

// Sum over v of f(v), per block of `bounds`, added in block order.
template <typename F>
double blocked_sum(const Bounds& bounds, unsigned threads, F f) {
    const auto partial = block_partials<double>(bounds, threads, [&](std::size_t lo, std::size_t hi) {
        double sum = 0.0;
        for (std::size_t v = lo; v < hi; ++v) sum += f(v);
        return sum;
    });
    double total = 0.0;
    for (double p : partial) total += p;
    return total;
}

// Iteration `it` (0-based) met the tolerance: says how many iterations ran, when asked.
void count_iterations(int it, int* iterations) {
    if (iterations) *iterations = it + 1;
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
// P row-stochastic; stop when ||x - x_last||_1 < N tol. One pass over the in-arcs per iteration
// computes the new scores, their distance to the old ones and the next dangling mass.
std::vector<double> pagerank(const Projection& p, double alpha, double tol, int max_iter, unsigned threads,
                             int* iterations) {
    const std::size_t n = p.n;
    if (n == 0) return {};
    const double nd = static_cast<double>(n);
    const Bounds bounds = balanced_bounds(p.in.offsets);
    std::vector<double> inv_out(n, 0.0);
    for (std::size_t u = 0; u < n; ++u) {
        double s = p.weighted ? 0.0 : static_cast<double>(p.out.degree(u));
        if (p.weighted)
            for (std::uint32_t i = p.out.offsets[u]; i < p.out.offsets[u + 1]; ++i) s += p.out.weights[i];
        inv_out[u] = s != 0.0 ? 1.0 / s : 0.0;
    }
    std::vector<double> x(n, 1.0 / nd), next(n), scaled(n), next_scaled(n);
    double dangling = blocked_sum(bounds, threads, [&](std::size_t u) {
        scaled[u] = x[u] * inv_out[u];
        return inv_out[u] == 0.0 ? x[u] : 0.0;
    });
    for (int it = 0; it < max_iter; ++it) {
        const double base = alpha * dangling / nd + (1.0 - alpha) / nd;
        // first: ||next - x||_1; second: the dangling mass of next.
        const TwoSums sums = pulled_rows(p.in, bounds, scaled, threads, [&](std::size_t v, double pulled) {
            const double value = alpha * pulled + base;
            next[v] = value;
            next_scaled[v] = value * inv_out[v];
            return TwoSums{std::abs(value - x[v]), inv_out[v] == 0.0 ? value : 0.0};
        });
        x.swap(next);
        scaled.swap(next_scaled);
        dangling = sums.second;
        if (sums.first < nd * tol) {
            count_iterations(it, iterations);
            return x;
        }
    }
    throw NotConvergedError(Metric::pagerank, max_iter, tol);
}

// networkx.eigenvector_centrality: from x = 1/N, x <- normalize2(x + x^T A); stop when
// ||x - x_last||_1 < N tol.
std::vector<double> eigenvector_centrality(const Projection& p, double tol, int max_iter, unsigned threads,
                                           int* iterations) {
    const std::size_t n = p.n;
    if (n == 0) return {};
    const double nd = static_cast<double>(n);
    const Bounds bounds = balanced_bounds(p.in.offsets);
    std::vector<double> x(n, 1.0 / nd), next(n);
    for (int it = 0; it < max_iter; ++it) {
        const double squares = pulled_rows(p.in, bounds, x, threads, [&](std::size_t v, double pulled) {
            next[v] = x[v] + pulled;
            return next[v] * next[v];
        });
        double norm = std::sqrt(squares);
        if (norm == 0.0) norm = 1.0;
        const double err = blocked_sum(bounds, threads, [&](std::size_t v) {
            next[v] /= norm;
            return std::abs(next[v] - x[v]);
        });
        x.swap(next);
        if (err < nd * tol) {
            count_iterations(it, iterations);
            return x;
        }
    }
    throw NotConvergedError(Metric::eigenvector, max_iter, tol);
}

// networkx.katz_centrality: from x = 0, x <- alpha x^T A + beta; stop when ||x - x_last||_1 <
// N tol, then scale to unit Euclidean length.
std::vector<double> katz_centrality(const Projection& p, double alpha, double beta, double tol,
                                    int max_iter, unsigned threads, int* iterations) {
    const std::size_t n = p.n;
    if (n == 0) return {};
    const double nd = static_cast<double>(n);
    const Bounds bounds = balanced_bounds(p.in.offsets);
    std::vector<double> x(n, 0.0), next(n);
    for (int it = 0; it < max_iter; ++it) {
        const double err = pulled_rows(p.in, bounds, x, threads, [&](std::size_t v, double pulled) {
            next[v] = alpha * pulled + beta;
            return std::abs(next[v] - x[v]);
        });
        x.swap(next);
        if (err < nd * tol) {
            const double norm = l2_norm(x);
            const double s = norm != 0.0 ? 1.0 / norm : 1.0;
            for (double& v : x) v *= s;
            count_iterations(it, iterations);
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
    const Bounds in_bounds = balanced_bounds(p.in.offsets), out_bounds = balanced_bounds(p.out.offsets);
    std::vector<double> h(n, 1.0 / nd), a(n), next(n);
    bool converged = false;
    int it = 0;
    for (; it < max_iter && !converged; ++it) {
        pulled_rows(p.in, in_bounds, h, threads, [&](std::size_t v, double pulled) {
            a[v] = pulled;
            return 0.0;
        });
        pulled_rows(p.out, out_bounds, a, threads, [&](std::size_t v, double pulled) {  // h = A a
            next[v] = pulled;
            return 0.0;
        });
        const double top_h = *std::max_element(next.begin(), next.end());
        const double top_a = *std::max_element(a.begin(), a.end());
        const double err = blocked_sum(in_bounds, threads, [&](std::size_t v) {
            if (top_h != 0.0) next[v] /= top_h;
            if (top_a != 0.0) a[v] /= top_a;
            return std::abs(next[v] - h[v]);
        });
        converged = err < tol;
        h.swap(next);
    }
    if (!converged) throw NotConvergedError(Metric::hub, max_iter, tol);
    for (auto* v : {&h, &a}) {
        const double s = sum_of(*v);
        if (s != 0.0)
            for (double& x : *v) x /= s;
    }
    return {h, a, it};
}

}  // namespace pactgraph
