#include "analysis/diff.hpp"

#include <map>
#include <tuple>

namespace pactgraph {

namespace {

using Key = std::tuple<std::string, std::string, std::string>;

Key key_of(const PartnershipGraph& g, RelationEdge e) {
    return {g.entity(g.source(e)).id, g.entity(g.target(e)).id, std::string(g.type_name(e))};
}

bool same_sources(const std::vector<Source>& a, const std::vector<Source>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].url != b[i].url || a[i].citation != b[i].citation ||
            a[i].publisher != b[i].publisher || !a[i].date.same_as(b[i].date) ||
            a[i].confidence != b[i].confidence)
            return false;
    return true;
}

bool same_amount(const Relation& a, const Relation& b) {
    return a.has_amount() == b.has_amount() && (!a.has_amount() || a.amount_usd == b.amount_usd);
}

std::vector<std::string> relation_fields(const PartnershipGraph& g1, RelationEdge a,
                                         const PartnershipGraph& g2, RelationEdge b) {
    const Relation& x = g1.relation(a);
    const Relation& y = g2.relation(b);
    const RelationDetails& dx = g1.details(a);
    const RelationDetails& dy = g2.details(b);
    std::vector<std::string> f;
    if (x.status != y.status) f.push_back("status");
    if (x.exclusive != y.exclusive) f.push_back("exclusive");
    if (!same_amount(x, y)) f.push_back("amount_usd");
    if (!x.date.same_as(y.date) || x.date_bound != y.date_bound) f.push_back("date");
    if (!x.end_date.same_as(y.end_date)) f.push_back("end_date");
    if (dx.scope != dy.scope) f.push_back("scope");
    if (dx.label != dy.label) f.push_back("label");
    if (dx.note != dy.note) f.push_back("note");
    if (!same_sources(dx.sources, dy.sources)) f.push_back("sources");
    return f;
}

std::vector<std::string> entity_fields(const PartnershipGraph& g1, EntityId a,
                                       const PartnershipGraph& g2, EntityId b) {
    const Entity& x = g1.entity(a);
    const Entity& y = g2.entity(b);
    std::vector<std::string> f;
    if (x.name != y.name) f.push_back("name");
    if (g1.kind_name(a) != g2.kind_name(b)) f.push_back("kind");
    if (x.roles != y.roles) f.push_back("roles");
    if (x.aliases != y.aliases) f.push_back("aliases");
    if (x.tags != y.tags) f.push_back("tags");
    if (x.url != y.url) f.push_back("url");
    if (x.note != y.note) f.push_back("note");
    if (x.attributes != y.attributes) f.push_back("attributes");
    return f;
}

void diff_entities(const PartnershipGraph& a, const PartnershipGraph& b, GraphDiff& out) {
    std::vector<EntityChange> added;
    for (EntityId v = 0; v < a.entity_count(); ++v) {
        const std::string& id = a.entity(v).id;
        const EntityId w = b.find(id);
        if (w == kNoEntity || b.entity(w).id != id) {
            out.entities.push_back({Change::removed, id, v, std::nullopt, {}});
        } else if (auto f = entity_fields(a, v, b, w); !f.empty()) {
            out.entities.push_back({Change::changed, id, v, w, std::move(f)});
        } else {
            ++out.unchanged_entities;
        }
    }
    for (EntityId w = 0; w < b.entity_count(); ++w) {
        const std::string& id = b.entity(w).id;
        const EntityId v = a.find(id);
        if (v == kNoEntity || a.entity(v).id != id)
            out.entities.push_back({Change::added, id, std::nullopt, w, {}});
    }
}

// Pairs old and new relations of one key: same date first, then in file order.
void pair_group(const PartnershipGraph& a, std::vector<RelationEdge>& olds,
                const PartnershipGraph& b, std::vector<RelationEdge>& news,
                std::vector<std::pair<RelationEdge, RelationEdge>>& pairs) {
    for (auto pass : {0, 1}) {
        for (auto o = olds.begin(); o != olds.end();) {
            auto n = news.begin();
            while (n != news.end() && pass == 0 && !a.relation(*o).date.same_as(b.relation(*n).date)) ++n;
            if (n == news.end()) {
                ++o;
                continue;
            }
            pairs.emplace_back(*o, *n);
            news.erase(n);
            o = olds.erase(o);
        }
    }
}

void diff_relations(const PartnershipGraph& a, const PartnershipGraph& b, GraphDiff& out) {
    std::map<Key, std::pair<std::vector<RelationEdge>, std::vector<RelationEdge>>> groups;
    for (RelationEdge e : a.relations()) groups[key_of(a, e)].first.push_back(e);
    for (RelationEdge e : b.relations()) groups[key_of(b, e)].second.push_back(e);
    std::map<RelationId, RelationChange> old_side;  // removed/changed, by old file order
    std::map<RelationId, RelationChange> new_side;  // added, by new file order
    for (auto& [key, group] : groups) {
        std::vector<std::pair<RelationEdge, RelationEdge>> pairs;
        pair_group(a, group.first, b, group.second, pairs);
        for (auto [o, n] : pairs) {
            auto f = relation_fields(a, o, b, n);
            if (f.empty()) ++out.unchanged_relations;
            else old_side[a.relation(o).id] = {Change::changed, o, n, std::move(f)};
        }
        for (RelationEdge o : group.first) old_side[a.relation(o).id] = {Change::removed, o, std::nullopt, {}};
        for (RelationEdge n : group.second) new_side[b.relation(n).id] = {Change::added, std::nullopt, n, {}};
    }
    for (auto& [id, c] : old_side) out.relations.push_back(std::move(c));
    for (auto& [id, c] : new_side) out.relations.push_back(std::move(c));
}

void diff_vocabulary(const Vocabulary& a, const Vocabulary& b, GraphDiff& out) {
    for (const auto& name : a.kind_names())
        if (!b.find_kind(name)) out.vocabulary.push_back({Change::removed, "kind", name, {}});
    for (const auto& name : b.kind_names())
        if (!a.find_kind(name)) out.vocabulary.push_back({Change::added, "kind", name, {}});
    for (const auto& name : a.type_names()) {
        const auto other = b.find_type(name);
        if (!other) {
            out.vocabulary.push_back({Change::removed, "type", name, {}});
            continue;
        }
        const RelationTypeInfo& x = a.type(*a.find_type(name));
        const RelationTypeInfo& y = b.type(*other);
        std::vector<std::string> f;
        if (x.links_targets != y.links_targets) f.push_back("links_targets");
        if (x.symmetric != y.symmetric) f.push_back("symmetric");
        if (x.description != y.description) f.push_back("description");
        if (!f.empty()) out.vocabulary.push_back({Change::changed, "type", name, std::move(f)});
    }
    for (const auto& name : b.type_names())
        if (!a.find_type(name)) out.vocabulary.push_back({Change::added, "type", name, {}});
}

}  // namespace

GraphDiff diff_graphs(const PartnershipGraph& before, const PartnershipGraph& after) {
    GraphDiff out;
    diff_vocabulary(before.vocabulary(), after.vocabulary(), out);
    diff_entities(before, after, out);
    diff_relations(before, after, out);
    return out;
}

}  // namespace pactgraph
