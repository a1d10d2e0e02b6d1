#include "analysis/match.hpp"

#include <algorithm>
#include <boost/graph/vf2_sub_graph_iso.hpp>

namespace pactgraph {

namespace {

using PatternGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property,
                                           std::size_t>;  // edge bundle: the pattern edge's index

PatternGraph pattern_graph(const MatchPattern& p) {
    PatternGraph pg(p.node_count);
    for (std::size_t i = 0; i < p.edges.size(); ++i) boost::add_edge(p.edges[i].from, p.edges[i].to, i, pg);
    return pg;
}

// Turns a node mapping into matches: each pattern edge takes one relation between its mapped
// ends that passes its predicate, no relation used twice (parallel relations multiply rows).
class EdgeChoices {
public:
    EdgeChoices(const PartnershipGraph& g, const Graph& both_ways, const MatchPattern& p, MatchResult& out,
                std::size_t limit)
        : g_(g), gr_(both_ways), p_(p), out_(out), limit_(limit) {}

    // False once the limit is passed (stops the search).
    bool expand(const std::vector<EntityId>& nodes) {
        current_.nodes = nodes;
        current_.edges.assign(p_.edges.size(), RelationEdge());
        return choose(0);
    }

private:
    bool choose(std::size_t i) {
        if (i == p_.edges.size()) {
            if (out_.matches.size() >= limit_) {
                out_.truncated = true;
                return false;
            }
            out_.matches.push_back(current_);
            return true;
        }
        const EntityId s = current_.nodes[p_.edges[i].from], t = current_.nodes[p_.edges[i].to];
        for (auto [it, end] = boost::out_edges(s, gr_); it != end; ++it) {
            const RelationEdge e = g_.relations()[gr_[*it].id];  // the relation itself, as written
            if (boost::target(*it, gr_) != t || !p_.edge_ok(i, e)) continue;
            if (std::find(current_.edges.begin(), current_.edges.begin() + static_cast<long>(i), e) !=
                current_.edges.begin() + static_cast<long>(i))
                continue;
            current_.edges[i] = e;
            if (!choose(i + 1)) return false;
        }
        return true;
    }

    const PartnershipGraph& g_;
    const Graph& gr_;
    const MatchPattern& p_;
    MatchResult& out_;
    std::size_t limit_;
    Match current_;
};

// The graph with each symmetric relation also written the other way (same bundle, so the same
// relation id): a pattern edge matches it in either direction.
Graph both_ways(const PartnershipGraph& g) {
    Graph out = g.graph();
    for (RelationEdge e : g.relations())
        if (g.symmetric(e)) boost::add_edge(g.target(e), g.source(e), g.relation(e), out);
    return out;
}

}  // namespace

MatchResult match_pattern(const PartnershipGraph& g, const MatchPattern& p, std::size_t limit) {
    MatchResult result;
    if (p.node_count == 0 || p.node_count > g.entity_count()) return result;
    const PatternGraph pg = pattern_graph(p);
    const Graph gr = both_ways(g);
    std::vector<std::vector<EntityId>> mappings;
    const auto collect = [&](auto f, auto) {
        std::vector<EntityId> nodes(p.node_count);
        for (std::size_t i = 0; i < p.node_count; ++i) nodes[i] = boost::get(f, i);
        mappings.push_back(std::move(nodes));
        return mappings.size() <= limit;  // one more than the limit proves there are more
    };
    const auto vertex_ok = [&](std::size_t node, EntityId v) { return p.node_ok(node, v); };
    // Some relation between the mapped ends must pass; EdgeChoices picks which ones after.
    const auto edge_ok = [&](PatternGraph::edge_descriptor pe, RelationEdge e) {
        return p.edge_ok(pg[pe], g.relations()[gr[e].id]);
    };
    boost::vf2_subgraph_mono(pg, gr, collect, boost::vertex_order_by_mult(pg),
                             boost::vertices_equivalent(vertex_ok).edges_equivalent(edge_ok));
    // Deterministic order: by the entity ids of the nodes, in pattern order.
    std::sort(mappings.begin(), mappings.end(), [&](const auto& a, const auto& b) {
        for (std::size_t i = 0; i < a.size(); ++i)
            if (a[i] != b[i]) return g.entity(a[i]).id < g.entity(b[i]).id;
        return false;
    });
    mappings.erase(std::unique(mappings.begin(), mappings.end()), mappings.end());
    EdgeChoices choices(g, gr, p, result, limit);
    for (const auto& nodes : mappings)
        if (!choices.expand(nodes)) break;
    if (mappings.size() > limit) result.truncated = true;
    return result;
}

}  // namespace pactgraph
