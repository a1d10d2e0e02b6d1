#include "analysis/structure.hpp"

#include <algorithm>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/strong_components.hpp>

#include "analysis/centrality.hpp"

namespace pactgraph {

namespace {

using UndirectedView = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// Renumbers Boost's component labels by each component's first entity in file order.
Components renumbered(const std::vector<std::uint32_t>& label, std::size_t count) {
    Components c;
    c.of.assign(label.size(), 0);
    std::vector<std::uint32_t> order(count, UINT32_MAX);
    for (std::size_t v = 0; v < label.size(); ++v) {
        std::uint32_t& to = order[label[v]];
        if (to == UINT32_MAX) {
            to = c.count++;
            c.sizes.push_back(0);
        }
        c.of[v] = to;
        ++c.sizes[to];
    }
    return c;
}

// A row of a CSR as a range of (target, weight) positions.
struct Row {
    const std::uint32_t* begin;
    const std::uint32_t* end;
};
Row row(const Csr& c, std::size_t v) {
    return {c.targets.data() + c.offsets[v], c.targets.data() + c.offsets[v + 1]};
}

// The neighbours of each entity other than itself (predecessors and successors merged, each
// once) with the mutual weight of the pair: a_uv + a_vu, arcs weighing 1 when unweighted.
struct Mutual {
    std::vector<std::uint32_t> offsets{0};
    std::vector<std::uint32_t> nbr;
    std::vector<double> weight;
    std::vector<double> sum;  // Σ mutual weights of v
    std::vector<double> max;  // max mutual weight of v
};

double arc_weight(const Projection& p, const Csr& c, std::size_t at) {
    return p.weighted ? c.weights[at] : 1.0;
}

Mutual mutual_of(const Projection& p) {
    Mutual m;
    m.sum.assign(p.n, 0);
    m.max.assign(p.n, 0);
    for (std::size_t v = 0; v < p.n; ++v) {
        std::size_t i = p.out.offsets[v], ie = p.out.offsets[v + 1];
        std::size_t j = p.in.offsets[v], je = p.in.offsets[v + 1];
        while (i < ie || j < je) {
            std::uint32_t u;
            double w = 0;
            if (j >= je || (i < ie && p.out.targets[i] < p.in.targets[j])) {
                u = p.out.targets[i];
                w = arc_weight(p, p.out, i++);
            } else if (i >= ie || p.in.targets[j] < p.out.targets[i]) {
                u = p.in.targets[j];
                w = arc_weight(p, p.in, j++);
            } else {
                u = p.out.targets[i];
                w = arc_weight(p, p.out, i++) + arc_weight(p, p.in, j++);
            }
            if (u == v) continue;
            m.nbr.push_back(u);
            m.weight.push_back(w);
            m.sum[v] += w;
            m.max[v] = std::max(m.max[v], w);
        }
        m.offsets.push_back(static_cast<std::uint32_t>(m.nbr.size()));
    }
    return m;
}

// Batagelj–Zaversnik on the multigraph where each arc u -> v is an edge (a reciprocated pair
// counts twice), which is what nx.core_number does on a DiGraph (degree = in + out).
std::vector<std::uint32_t> cores_of(const Projection& p) {
    const std::size_t n = p.n;
    std::vector<std::uint32_t> deg(n, 0);
    std::uint32_t top = 0;
    for (std::size_t v = 0; v < n; ++v) {
        deg[v] = static_cast<std::uint32_t>(p.out.offsets[v + 1] - p.out.offsets[v] +
                                            p.in.offsets[v + 1] - p.in.offsets[v]) -
                 2u * p.self_loop[v];
        top = std::max(top, deg[v]);
    }
    std::vector<std::uint32_t> bin(top + 2, 0), pos(n), vert(n);
    for (std::size_t v = 0; v < n; ++v) ++bin[deg[v] + 1];
    for (std::size_t d = 1; d < bin.size(); ++d) bin[d] += bin[d - 1];
    for (std::size_t v = 0; v < n; ++v) {
        pos[v] = bin[deg[v]]++;
        vert[pos[v]] = static_cast<std::uint32_t>(v);
    }
    for (std::size_t d = top + 1; d > 0; --d) bin[d] = bin[d - 1];
    bin[0] = 0;
    auto lower = [&](std::uint32_t u, std::uint32_t v) {
        if (u == v || deg[u] <= deg[v]) return;
        const std::uint32_t du = deg[u], pu = pos[u], pw = bin[du], w = vert[pw];
        if (u != w) {
            pos[u] = pw;
            vert[pu] = w;
            pos[w] = pu;
            vert[pw] = u;
        }
        ++bin[du];
        --deg[u];
    };
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t v = vert[i];
        for (Row r = row(p.out, v); r.begin != r.end; ++r.begin) lower(*r.begin, v);
        for (Row r = row(p.in, v); r.begin != r.end; ++r.begin) lower(*r.begin, v);
    }
    return deg;
}

// nx.clustering on a DiGraph (Fagiolo): directed triangles through v over
// 2 (d_tot (d_tot - 1) - 2 d_bi), self-loops left out.
std::vector<double> clustering_of(const Projection& p) {
    std::vector<double> c(p.n, 0.0);
    std::vector<std::uint8_t> in_pred(p.n, 0), in_succ(p.n, 0);
    for (std::size_t i = 0; i < p.n; ++i) {
        const Row preds = row(p.in, i), succs = row(p.out, i);
        for (auto* k = preds.begin; k != preds.end; ++k) in_pred[*k] = *k != i;
        for (auto* k = succs.begin; k != succs.end; ++k) in_succ[*k] = *k != i;
        in_pred[i] = in_succ[i] = 0;
        std::uint64_t triangles = 0, total = 0, both = 0;
        auto through = [&](std::uint32_t j) {
            if (j == i) return;
            ++total;
            for (Row r : {row(p.in, j), row(p.out, j)})
                for (auto* k = r.begin; k != r.end; ++k)
                    if (*k != j) triangles += in_pred[*k] + in_succ[*k];
        };
        for (auto* j = preds.begin; j != preds.end; ++j) {
            through(*j);
            both += in_succ[*j];
        }
        for (auto* j = succs.begin; j != succs.end; ++j) through(*j);
        if (triangles > 0) {
            const double t = static_cast<double>(total), b = static_cast<double>(both);
            c[i] = static_cast<double>(triangles) / ((t * (t - 1) - 2 * b) * 2);
        }
        for (auto* k = preds.begin; k != preds.end; ++k) in_pred[*k] = 0;
        for (auto* k = succs.begin; k != succs.end; ++k) in_succ[*k] = 0;
    }
    return c;
}

// nx.constraint and nx.effective_size: with p_vw = m_vw / Σ_x m_vx,
//   constraint(v) = Σ_{n ∈ N(v)} (p_vn + Σ_{w ∈ N(v)} p_vw p_wn)²
//   effective_size(v) = Σ_{u ∈ N(v)} (1 - Σ_{w ∈ N(v)} p_vw m_uw / max_x m_ux)
Brokerage brokerage_of(const Projection& p) {
    const Mutual m = mutual_of(p);
    Brokerage b;
    b.constraint.assign(p.n, std::nullopt);
    b.effective_size.assign(p.n, std::nullopt);
    std::vector<double> indirect(p.n, 0.0);
    std::vector<std::uint8_t> in_ego(p.n, 0);
    auto share = [&](std::uint32_t x, std::size_t at) {
        return m.sum[x] == 0 ? 0.0 : m.weight[at] / m.sum[x];
    };
    for (std::uint32_t v = 0; v < p.n; ++v) {
        const std::size_t begin = m.offsets[v], end = m.offsets[v + 1];
        if (begin == end) continue;
        for (std::size_t a = begin; a < end; ++a) in_ego[m.nbr[a]] = 1;
        double redundancy = 0;
        for (std::size_t a = begin; a < end; ++a) {
            const std::uint32_t w = m.nbr[a];
            const double pvw = share(v, a);
            for (std::size_t c = m.offsets[w]; c < m.offsets[w + 1]; ++c) {
                const std::uint32_t x = m.nbr[c];
                indirect[x] += pvw * share(w, c);
                if (in_ego[x] && m.max[x] > 0) redundancy += pvw * m.weight[c] / m.max[x];
            }
        }
        double constraint = 0;
        for (std::size_t a = begin; a < end; ++a) {
            const double local = share(v, a) + indirect[m.nbr[a]];
            constraint += local * local;
        }
        b.constraint[v] = constraint;
        b.effective_size[v] = static_cast<double>(end - begin) - redundancy;
        for (std::size_t a = begin; a < end; ++a) {
            const std::uint32_t w = m.nbr[a];
            in_ego[w] = 0;
            for (std::size_t c = m.offsets[w]; c < m.offsets[w + 1]; ++c) indirect[m.nbr[c]] = 0;
        }
    }
    return b;
}

double density_of(const Projection& p) {
    if (p.n <= 1) return 0;
    const double n = static_cast<double>(p.n);
    return static_cast<double>(p.pair_count()) / (n * (n - 1));
}

// nx.overall_reciprocity: 2 × (reciprocated unordered pairs) / pairs.
std::optional<double> reciprocity_of(const Projection& p) {
    if (p.pair_count() == 0) return std::nullopt;
    std::size_t mutual = 0;
    for (std::size_t v = 0; v < p.n; ++v)
        for (Row r = row(p.out, v); r.begin != r.end; ++r.begin) {
            const Row back = row(p.out, *r.begin);
            if (*r.begin != v && std::binary_search(back.begin, back.end, v)) ++mutual;
        }
    return static_cast<double>(mutual) / static_cast<double>(p.pair_count());
}

// nx.reciprocity(G, v): self included in both predecessors and successors, as NetworkX does.
std::vector<std::optional<double>> entity_reciprocity_of(const Projection& p) {
    std::vector<std::optional<double>> r(p.n);
    for (std::size_t v = 0; v < p.n; ++v) {
        const Row preds = row(p.in, v), succs = row(p.out, v);
        const auto total = (preds.end - preds.begin) + (succs.end - succs.begin);
        if (total == 0) continue;
        std::vector<std::uint32_t> both;
        std::set_intersection(preds.begin, preds.end, succs.begin, succs.end,
                              std::back_inserter(both));
        r[v] = 2.0 * static_cast<double>(both.size()) / static_cast<double>(total);
    }
    return r;
}

}  // namespace

Components weak_components(const PartnershipGraph& g) {
    UndirectedView u(g.entity_count());
    for (RelationEdge e : g.relations()) boost::add_edge(g.source(e), g.target(e), u);
    std::vector<std::uint32_t> label(g.entity_count());
    const auto count = boost::connected_components(u, label.data());
    return renumbered(label, static_cast<std::size_t>(count));
}

// On the projection, so a symmetric relation (an agreement) joins its ends both ways, as the
// other measures count it.
Components strong_components(const PartnershipGraph& g) {
    const Projection p = project(g, false, false);
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS> d(p.n);
    for (std::size_t v = 0; v < p.n; ++v)
        for (std::uint32_t i = p.out.offsets[v]; i < p.out.offsets[v + 1]; ++i)
            boost::add_edge(v, p.out.targets[i], d);
    std::vector<std::uint32_t> label(g.entity_count());
    const auto count = boost::strong_components(d, label.data());
    return renumbered(label, static_cast<std::size_t>(count));
}

std::vector<std::uint32_t> core_numbers(const PartnershipGraph& g) {
    return cores_of(project(g, false, false));
}

std::vector<double> directed_clustering(const PartnershipGraph& g) {
    return clustering_of(project(g, false, false));
}

Brokerage brokerage(const PartnershipGraph& g, bool weighted) {
    return brokerage_of(project(g, false, weighted));
}

StructureResult compute_structure(const PartnershipGraph& g, const StructureOptions& options) {
    StructureResult r;
    const Projection p = project(g, false, false);
    r.weak = weak_components(g);
    r.strong = strong_components(g);
    r.density = density_of(p);
    r.reciprocity = reciprocity_of(p);
    r.entity_reciprocity = entity_reciprocity_of(p);
    r.core_number = cores_of(p);
    r.clustering = clustering_of(p);
    Brokerage b = options.weighted ? brokerage(g, true) : brokerage_of(p);
    r.constraint = std::move(b.constraint);
    r.effective_size = std::move(b.effective_size);
    return r;
}

}  // namespace pactgraph
