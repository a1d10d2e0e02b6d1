#include "format/whatif_format.hpp"

#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>

#include "format/conflicts_format.hpp"
#include "format/numbers.hpp"
#include "format/structure_format.hpp"
#include "format/table.hpp"
#include "model/describe.hpp"
#include "model/relation_ids.hpp"
#include "support/text.hpp"

namespace pactgraph {

namespace {

using json = nlohmann::ordered_json;

// Derived ids of the graph before, and of after's relations through relation_before.
struct Names {
    const PartnershipGraph& before;
    const WhatIfResult& r;
    std::vector<std::string> ids = relation_ids(before);

    const std::string& relation(RelationId id) const { return ids[id]; }
    const std::string& before_edge(RelationEdge e) const { return ids[before.relation(e).id]; }
    const std::string& after_edge(RelationEdge e) const { return ids[r.relation_before[r.after.relation(e).id]]; }
    const std::string& entity(EntityId v) const { return before.entity(v).id; }
};

// Moves that change nothing (the change did not reach the entity) are left out.
std::vector<CentralityMove> real_moves(const WhatIfResult& r) {
    std::vector<CentralityMove> out;
    for (const CentralityMove& m : r.pagerank_moves)
        if (std::abs(m.after - m.before) > 1e-12) out.push_back(m);
    return out;
}

std::string change_words(const Names& n, const WhatIfChange& c) {
    switch (c.kind) {
        case WhatIfChange::Kind::remove_entity: return "remove " + n.entity(c.entity);
        case WhatIfChange::Kind::end_relation: return "end " + n.relation(c.relation);
        case WhatIfChange::Kind::void_exclusivity: return "void the exclusivities of " + n.entity(c.entity);
    }
    return "";
}

std::string conflict_pair(const PartnershipGraph& g, const Conflict& c) {
    return g.entity(g.source(c.first)).id + " vs " + g.entity(g.source(c.second)).id;
}

std::string loss_words(const PartnershipGraph& g, const KindLoss& loss, const std::string& kind) {
    std::string text;
    if (!loss.lost_direct.empty()) text = "no longer related to " + entity_names(g, loss.lost_direct);
    if (loss.lost_all()) text += (text.empty() ? "" : "; ") + std::string("no ") + kind + " reaches it any more";
    else if (loss.reached_by_after != kNoEntity)
        text += (text.empty() ? "" : "; ") + std::string("still reached by ") + entity_label(g, loss.reached_by_after);
    return text;
}

void write_removed(std::ostream& o, const Names& n) {
    const WhatIfResult& r = n.r;
    o << "removed entities: " << (r.removed_entities.empty() ? "none" : entity_names(n.before, r.removed_entities, 20))
      << "\n";
    o << "relations gone: " << r.removed_relations.size() << "\n";
    for (RelationId id : r.removed_relations) o << "  " << n.relation(id) << "\n";
    o << "exclusivities voided: " << r.voided_exclusivities.size() << "\n";
    for (RelationId id : r.voided_exclusivities) o << "  " << n.relation(id) << "\n";
}

void write_conflicts(std::ostream& o, const Names& n) {
    const WhatIfResult& r = n.r;
    o << "\nconflicts gone: " << r.conflicts_gone.size() << "\n";
    for (const Conflict& c : r.conflicts_gone)
        o << "  " << conflict_pair(n.before, c) << ": " << conflict_explanation(n.before, c) << "\n";
    o << "conflicts appeared: " << r.conflicts_appeared.size() << "\n";
    for (const Conflict& c : r.conflicts_appeared)
        o << "  " << conflict_pair(r.after, c) << ": " << conflict_explanation(r.after, c) << "\n";
}

void write_losses(std::ostream& o, const Names& n, const std::string& kind) {
    const WhatIfResult& r = n.r;
    o << "\nlose a " << kind << ": " << r.kind_losses.size() << "\n";
    for (const KindLoss& loss : r.kind_losses)
        o << "  " << entity_label(n.before, loss.entity) << ": " << loss_words(n.before, loss, kind) << "\n";
    o << "components split: " << r.splits.size() << "\n";
    for (const ComponentSplit& s : r.splits) {
        o << "  component " << s.component << " falls into " << s.parts.size() << " parts:";
        for (const auto& part : s.parts) o << " [" << entity_names(n.before, part) << "]";
        o << "\n";
    }
}

std::string moves_table(const Names& n) {
    using A = Table::Align;
    Table t({"id", "name", "pagerank_before", "pagerank_after", "change"},
            {A::left, A::left, A::right, A::right, A::right});
    for (const CentralityMove& m : real_moves(n.r))
        t.add_row({n.entity(m.entity), n.before.entity(m.entity).name, fixed(m.before), fixed(m.after),
                   (m.after >= m.before ? "+" : "") + fixed(m.after - m.before)});
    return t.to_text();
}

json ids_json(const Names& n, const std::vector<EntityId>& v) {
    json a = json::array();
    for (EntityId e : v) a.push_back(n.entity(e));
    return a;
}

json conflict_json(const PartnershipGraph& g, const Conflict& c, const std::string& first,
                   const std::string& second) {
    return {{"exclusive", first}, {"competing", second}, {"severity", severity_name(c.severity)},
            {"explanation", conflict_explanation(g, c)}};
}

}  // namespace

std::string whatif_text(const PartnershipGraph& before, const std::vector<WhatIfChange>& changes,
                        const WhatIfResult& r, const WhatIfOptions& options) {
    const Names n{before, r};
    std::ostringstream o;
    o << "what if:";
    for (std::size_t i = 0; i < changes.size(); ++i) o << (i ? "; " : " ") << change_words(n, changes[i]);
    o << "\nbefore: " << count_noun(before.entity_count(), "entity", "entities") << ", "
      << count_noun(before.relation_count(), "relation") << "; after: "
      << count_noun(r.after.entity_count(), "entity", "entities") << ", "
      << count_noun(r.after.relation_count(), "relation") << "\n\n";
    write_removed(o, n);
    write_conflicts(o, n);
    write_losses(o, n, options.kind);
    o << "\nlargest PageRank moves:\n";
    if (real_moves(r).empty()) o << "  none\n";
    else o << moves_table(n);
    return o.str();
}

std::string whatif_json(const PartnershipGraph& before, const std::vector<WhatIfChange>& changes,
                        const WhatIfResult& r, const WhatIfOptions& options) {
    const Names n{before, r};
    json doc;
    json cs = json::array();
    for (const WhatIfChange& c : changes) {
        if (c.kind == WhatIfChange::Kind::remove_entity) cs.push_back({{"remove", n.entity(c.entity)}});
        if (c.kind == WhatIfChange::Kind::end_relation) cs.push_back({{"end", n.relation(c.relation)}});
        if (c.kind == WhatIfChange::Kind::void_exclusivity) cs.push_back({{"void_exclusivity", n.entity(c.entity)}});
    }
    doc["changes"] = std::move(cs);
    doc["removed_entities"] = ids_json(n, r.removed_entities);
    json rel = json::array(), voided = json::array();
    for (RelationId id : r.removed_relations) rel.push_back(n.relation(id));
    for (RelationId id : r.voided_exclusivities) voided.push_back(n.relation(id));
    doc["removed_relations"] = std::move(rel);
    doc["voided_exclusivities"] = std::move(voided);
    json gone = json::array(), appeared = json::array();
    for (const Conflict& c : r.conflicts_gone)
        gone.push_back(conflict_json(before, c, n.before_edge(c.first), n.before_edge(c.second)));
    for (const Conflict& c : r.conflicts_appeared)
        appeared.push_back(conflict_json(r.after, c, n.after_edge(c.first), n.after_edge(c.second)));
    doc["conflicts_gone"] = std::move(gone);
    doc["conflicts_appeared"] = std::move(appeared);
    doc["kind"] = options.kind;
    json losses = json::array();
    for (const KindLoss& l : r.kind_losses)
        losses.push_back({{"id", n.entity(l.entity)}, {"lost_direct", ids_json(n, l.lost_direct)},
                          {"reached_before", l.reached_before},
                          {"reached_by_after", l.reached_by_after == kNoEntity ? json(nullptr) : json(n.entity(l.reached_by_after))},
                          {"lost_all", l.lost_all()}});
    doc["kind_losses"] = std::move(losses);
    json splits = json::array();
    for (const ComponentSplit& s : r.splits) {
        json parts = json::array();
        for (const auto& p : s.parts) parts.push_back(ids_json(n, p));
        splits.push_back({{"component", s.component}, {"parts", std::move(parts)}});
    }
    doc["splits"] = std::move(splits);
    json moves = json::array();
    for (const CentralityMove& m : real_moves(r))
        moves.push_back({{"id", n.entity(m.entity)}, {"before", m.before}, {"after", m.after}, {"change", m.after - m.before}});
    doc["pagerank_moves"] = std::move(moves);
    return doc.dump(2) + "\n";
}

std::string relation_id_list(const PartnershipGraph& g) {
    const std::vector<std::string> ids = relation_ids(g);
    Table t({"relation", "what"});
    for (RelationEdge e : g.relations()) t.add_row({ids[g.relation(e).id], relation_sentence(g, e)});
    return t.to_text();
}

}  // namespace pactgraph
