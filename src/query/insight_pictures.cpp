#include "query/insight_pictures.hpp"


namespace pactgraph {

namespace {

KindId kind_in(const PartnershipGraph& from, EntityId v, Vocabulary& vocab) {
    const KindInfo& k = from.vocabulary().kind(from.entity(v).kind);
    if (auto id = vocab.find_kind(k.name)) return *id;
    return vocab.add_kind(k);
}

RelationTypeId type_in(const PartnershipGraph& from, RelationEdge e, Vocabulary& vocab) {
    const RelationTypeInfo& t = from.vocabulary().type(from.relation(e).type);
    if (auto id = vocab.find_type(t.name)) return *id;
    return vocab.add_type(t);
}

// Marks entities at the ends of marked relations `none` (they are context), the others faded.
void fade_untouched(const PartnershipGraph& g, DiffPicture& p) {
    for (RelationEdge e : g.relations()) {
        if (p.relation_marks[g.relation(e).id] == Mark::faded) continue;
        for (EntityId v : {g.source(e), g.target(e)})
            if (p.entity_marks[v] == Mark::faded) p.entity_marks[v] = Mark::none;
    }
}

}  // namespace

void mark_conflicts(const PartnershipGraph& g, const ConflictReport& report, RenderOptions& o) {
    o.relation_marks.resize(g.relation_count(), Mark::none);
    o.entity_marks.resize(g.entity_count(), Mark::none);
    for (const Conflict& c : report.conflicts) {
        std::vector<RelationEdge> all{c.first, c.second};
        all.insert(all.end(), c.chain.begin(), c.chain.end());
        for (RelationEdge e : all) {
            o.relation_marks[g.relation(e).id] = Mark::conflict;
            o.entity_marks[g.source(e)] = Mark::conflict;
            o.entity_marks[g.target(e)] = Mark::conflict;
        }
    }
}

DiffPicture diff_picture(const PartnershipGraph& before, const PartnershipGraph& after,
                         const GraphDiff& diff) {
    DiffPicture p{after, std::vector<Mark>(after.entity_count(), Mark::faded),
                  std::vector<Mark>(after.relation_count(), Mark::faded)};
    PartnershipGraph& g = p.graph;
    g.info().as_of = {};  // the picture spans two states; its title names both
    for (const EntityChange& c : diff.entities) {
        if (c.change != Change::removed) {
            p.entity_marks[*c.after] = c.change == Change::added ? Mark::added : Mark::changed;
            continue;
        }
        Entity copy = before.entity(*c.before);
        copy.kind = kind_in(before, *c.before, g.vocabulary());
        copy.aliases.clear();
        g.add_entity(std::move(copy));
        p.entity_marks.push_back(Mark::removed);
    }
    for (const RelationChange& c : diff.relations) {
        if (c.change != Change::removed) {
            p.relation_marks[after.relation(*c.after).id] = c.change == Change::added ? Mark::added : Mark::changed;
            continue;
        }
        Relation copy = before.relation(*c.before);
        copy.type = type_in(before, *c.before, g.vocabulary());
        g.add_relation(g.find(before.entity(before.source(*c.before)).id),
                       g.find(before.entity(before.target(*c.before)).id), copy, before.details(*c.before));
        p.relation_marks.push_back(Mark::removed);
    }
    fade_untouched(g, p);
    return p;
}

}  // namespace pactgraph
