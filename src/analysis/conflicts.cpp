#include "analysis/conflicts.hpp"

#include <algorithm>
#include <boost/graph/strong_components.hpp>
#include <deque>
#include <numeric>
#include <set>
#include <utility>

#include "support/diagnostics.hpp"
#include "support/suggest.hpp"

namespace pactgraph {

namespace {

bool in_force(const Relation& r) { return r.status != Status::ended; }

bool is_link(const PartnershipGraph& g, RelationEdge e) {
    const Relation& r = g.relation(e);
    return in_force(r) && g.vocabulary().type(r.type).links_targets;
}

// Unknown dates overlap everything; a relation that ends before the other starts does not.
bool periods_overlap(const Relation& a, const Relation& b) {
    if (!a.end_date.empty() && b.starts_at_or_after_date() && a.end_date < b.date) return false;
    if (!b.end_date.empty() && a.starts_at_or_after_date() && b.end_date < a.date) return false;
    return true;
}

// Parties joined by `owns` (Microsoft and Azure) are one party: union-find over owns relations.
class Families {
public:
    explicit Families(const PartnershipGraph& g) : parent_(g.entity_count()) {
        std::iota(parent_.begin(), parent_.end(), EntityId{0});
        const auto owns = g.vocabulary().find_type("owns");
        if (!owns) return;
        for (RelationEdge e : g.relations())
            if (g.relation(e).type == *owns && in_force(g.relation(e)))
                parent_[root(g.source(e))] = root(g.target(e));
    }
    EntityId root(EntityId v) {
        while (parent_[v] != v) v = parent_[v] = parent_[parent_[v]];
        return v;
    }

private:
    std::vector<EntityId> parent_;
};

// Everything an exclusivity over `target` reaches, walking linking relations backwards
// (X -[built_on]-> target puts X under it). `via[x]` is the link that leads from x toward target.
struct Coverage {
    std::vector<bool> reached;
    std::vector<RelationEdge> via;
    std::vector<bool> has_via;
};

Coverage cover(const PartnershipGraph& g, EntityId target, bool established_only) {
    Coverage c{std::vector<bool>(g.entity_count()), std::vector<RelationEdge>(g.entity_count()),
               std::vector<bool>(g.entity_count())};
    std::deque<EntityId> queue{target};
    c.reached[target] = true;
    while (!queue.empty()) {
        const EntityId y = queue.front();
        queue.pop_front();
        for (auto [it, end] = boost::in_edges(y, g.graph()); it != end; ++it) {
            const EntityId x = g.source(*it);
            if (c.reached[x] || !is_link(g, *it)) continue;
            if (established_only && is_claimed_link(g, *it)) continue;
            c.reached[x] = true;
            c.via[x] = *it;
            c.has_via[x] = true;
            queue.push_back(x);
        }
    }
    return c;
}

std::vector<RelationEdge> chain_from(const PartnershipGraph& g, const Coverage& c, EntityId x) {
    std::vector<RelationEdge> chain;
    while (c.has_via[x]) {
        chain.push_back(c.via[x]);
        x = g.target(c.via[x]);
    }
    return chain;
}

bool competes(const PartnershipGraph& g, RelationEdge exclusive, RelationEdge other,
              const std::vector<RelationTypeId>& competing, Families& families) {
    const Relation& r = g.relation(other);
    if (other == exclusive || !in_force(r)) return false;
    const EntityId holder = g.source(exclusive), party = g.source(other);
    if (families.root(holder) == families.root(party)) return false;
    if (!periods_overlap(g.relation(exclusive), r)) return false;
    if (r.exclusive) return true;
    return std::find(competing.begin(), competing.end(), r.type) != competing.end() &&
           g.entity(holder).kind == g.entity(party).kind;
}

std::vector<RelationTypeId> type_ids(const PartnershipGraph& g, const std::vector<std::string>& names) {
    std::vector<RelationTypeId> ids;
    for (const auto& n : names) {
        const auto id = g.vocabulary().find_type(n);
        if (!id) throw InvalidChoice("relation type", n, g.vocabulary().type_names());
        ids.push_back(*id);
    }
    return ids;
}

void add_conflicts_of(const PartnershipGraph& g, RelationEdge exclusive,
                      const std::vector<RelationTypeId>& competing, Families& families,
                      std::set<std::pair<RelationId, RelationId>>& seen, ConflictReport& out) {
    const EntityId target = g.target(exclusive);
    const Coverage all = cover(g, target, false);
    const Coverage firm = cover(g, target, true);
    for (EntityId u = 0; u < g.entity_count(); ++u) {
        if (!all.reached[u]) continue;
        for (auto [it, end] = boost::in_edges(u, g.graph()); it != end; ++it) {
            if (!competes(g, exclusive, *it, competing, families)) continue;
            const RelationId a = g.relation(exclusive).id, b = g.relation(*it).id;
            if (!seen.insert({std::min(a, b), std::max(a, b)}).second) continue;
            Conflict c{exclusive, *it, {}, ConflictSeverity::direct};
            if (u != target) {
                const bool established = firm.reached[u];
                c.chain = chain_from(g, established ? firm : all, u);
                c.severity = established ? ConflictSeverity::linked : ConflictSeverity::claimed_link;
            }
            out.conflicts.push_back(std::move(c));
        }
    }
}

// One cycle per strongly connected component of the linking relations (or self-loop).
std::vector<LinkCycle> find_link_cycles(const PartnershipGraph& g) {
    using Links = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    Links links(g.entity_count());
    for (RelationEdge e : g.relations())
        if (is_link(g, e)) boost::add_edge(g.source(e), g.target(e), links);
    std::vector<int> component(g.entity_count());
    const int count = g.entity_count() ? boost::strong_components(links, component.data()) : 0;
    std::vector<std::vector<EntityId>> members(static_cast<std::size_t>(count));
    for (EntityId v = 0; v < g.entity_count(); ++v) members[component[v]].push_back(v);

    std::vector<LinkCycle> cycles;
    for (const auto& m : members) {
        const EntityId start = m.front();  // smallest id: members are filled in id order
        std::vector<RelationEdge> via(g.entity_count());
        std::vector<bool> seen(g.entity_count());
        std::deque<EntityId> queue{start};
        seen[start] = true;
        std::optional<RelationEdge> closing;
        while (!queue.empty() && !closing) {
            const EntityId x = queue.front();
            queue.pop_front();
            for (auto [it, end] = boost::out_edges(x, g.graph()); it != end && !closing; ++it) {
                const EntityId y = g.target(*it);
                if (!is_link(g, *it) || component[y] != component[start]) continue;
                if (y == start) closing = *it;
                else if (!seen[y]) {
                    seen[y] = true;
                    via[y] = *it;
                    queue.push_back(y);
                }
            }
        }
        if (!closing) continue;
        LinkCycle cycle{{*closing}};
        for (EntityId x = g.source(*closing); x != start; x = g.source(via[x]))
            cycle.relations.push_back(via[x]);
        std::reverse(cycle.relations.begin(), cycle.relations.end());
        cycles.push_back(std::move(cycle));
    }
    return cycles;
}

}  // namespace

bool is_claimed_link(const PartnershipGraph& g, RelationEdge e) {
    const Relation& r = g.relation(e);
    if (r.status == Status::rumored || r.status == Status::disputed || r.status == Status::considered)
        return true;
    const auto& sources = g.details(r.id).sources;
    return !sources.empty() && std::all_of(sources.begin(), sources.end(), [](const Source& s) {
        return s.confidence == Confidence::claimed || s.confidence == Confidence::rumored;
    });
}

ConflictReport find_conflicts(const PartnershipGraph& g, const ConflictOptions& options) {
    ConflictReport out;
    Families families(g);
    const auto competing = type_ids(g, options.competing_types);
    std::set<std::pair<RelationId, RelationId>> seen;
    for (RelationEdge e : g.relations())
        if (g.relation(e).exclusive && in_force(g.relation(e))) {
            ++out.exclusives_checked;
            add_conflicts_of(g, e, competing, families, seen, out);
        }
    std::stable_sort(out.conflicts.begin(), out.conflicts.end(), [&](const Conflict& a, const Conflict& b) {
        auto key = [&](const Conflict& c) {
            return std::tuple(c.severity, g.relation(c.first).id, g.relation(c.second).id);
        };
        return key(a) < key(b);
    });
    out.cycles = find_link_cycles(g);
    return out;
}

}  // namespace pactgraph
