// Approximate betweenness and harmonic centrality with a stated guarantee, for graphs where the
// exact measures (a breadth-first search from every entity) would take hours.
//
// Betweenness: Riondato and Kornaropoulos, "Fast approximation of betweenness centrality
// through sampling" (WSDM 2014, DMKD 2016). Sample r ordered pairs (s, t) uniformly, pick one
// shortest s-t path uniformly at random, and credit 1/r to each vertex inside it. With
//   r = ceil((c / eps^2) * (floor(log2(VD - 2)) + 1 + ln(1 / delta))),  c = 0.5,
// where VD bounds the vertex diameter (the most vertices on a shortest path), every vertex's
// estimate is within eps of its betweenness normalized by n(n-1), all at once, with probability
// at least 1 - delta. pactgraph reports scores on NetworkX's scale (normalized by (n-1)(n-2),
// or raw), so the bound it reports is eps scaled the same way.
//
// Harmonic: sampled sources (Eppstein and Wang, SODA 2001): k sources drawn uniformly, each
// estimate n/k * sum 1/d(source, v). By Hoeffding's inequality and a union bound over the n
// vertices, k = ceil((n/(n-1))^2 * ln(2n / delta) / (2 eps^2)) sources keep every estimate of
// harmonic/(n-1) within eps with probability at least 1 - delta.
//
// Sampled sources (NetworkX's betweenness_centrality(k=K)): K distinct sources drawn uniformly
// (Floyd's algorithm on one SplitMix64 stream of the seed), Brandes' sums from them scaled by
// n/K: an unbiased estimate (Brandes and Pich, 2007) with no bound stated; K >= n is exact.
//
// When the guarantee needs at least as many samples as there are entities, the exact measure is
// cheaper and is computed instead (bound 0).
//
// Results do not depend on the number of threads: sample i draws from its own random stream
// (seed, i), and counts are integers summed in a fixed order.
#pragma once

#include <cstdint>
#include <vector>

#include "analysis/centrality.hpp"

namespace pactgraph {

struct ApproxOptions {
    double epsilon = 0.01;   // additive error on the [0, 1] scale described above
    double delta = 0.1;      // probability that some estimate misses by more
    std::uint64_t seed = 1;  // same seed, same graph: same scores
    unsigned threads = 0;
};

struct ApproxScores {
    std::vector<double> scores;  // on NetworkX's scale (see centrality.hpp)
    std::size_t samples = 0;     // pairs (betweenness) or sources (harmonic) drawn
    double bound = 0.0;          // the error bound on the scale of `scores`
    std::size_t vertex_diameter_bound = 0;  // betweenness only
    bool exact = false;  // the samples needed were more than the entities: computed exactly (bound 0)
};

// The sample sizes the guarantees above need.
std::size_t rk_sample_size(double epsilon, double delta, std::size_t vertex_diameter_bound);
std::size_t harmonic_sample_size(double epsilon, double delta, std::size_t n);

// An upper bound on the vertex diameter: for an undirected projection 2*ecc+1 from one
// breadth-first search per component; for a directed one the size of the largest weakly
// connected component (a shortest path is simple), since directed eccentricities bound nothing.
std::size_t vertex_diameter_bound(const Projection& p);

ApproxScores approx_betweenness(const Projection& p, bool normalized, const ApproxOptions& o);
// K distinct vertices of 0..n-1 drawn uniformly from `seed`, in increasing order (all when K >= n).
std::vector<std::uint32_t> sample_sources(std::size_t n, std::size_t k, std::uint64_t seed);
ApproxScores sampled_source_betweenness(const Projection& p, bool normalized, const SourceSample& sample,
                                        unsigned threads);
ApproxScores approx_harmonic(const Projection& p, DistanceDirection direction, const ApproxOptions& o);

}  // namespace pactgraph
