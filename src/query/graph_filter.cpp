#include "query/graph_filter.hpp"

#include "query/where.hpp"
#include "support/diagnostics.hpp"
#include "support/suggest.hpp"

namespace pactgraph {

namespace {

template <typename Find>
std::vector<bool> word_mask(const std::vector<std::string>& words, std::size_t size, Find find,
                            const std::vector<std::string>& known, const std::string& what,
                            const std::string& option) {
    std::vector<bool> mask(size, false);
    for (const std::string& w : words) {
        const auto id = find(w);
        if (!id)
            throw UsageError(option + ": unknown " + what + " '" + w + "'" + did_you_mean(w, known) +
                             " (known: " + join_choices(known, ", ") + ")");
        mask[*id] = true;
    }
    return mask;
}

// Entities kept by the --as-of rule: those with a relation in force, or without dated relations.
void keep_as_of_entities(const PartnershipGraph& g, const std::vector<bool>& kept_relations,
                         std::vector<bool>& keep) {
    std::vector<bool> touched(g.entity_count(), false), dated(g.entity_count(), false);
    for (RelationEdge e : g.relations()) {
        const Relation& r = g.relation(e);
        for (EntityId v : {g.source(e), g.target(e)}) {
            if (kept_relations[r.id]) touched[v] = true;
            if (!r.date.empty() || !r.end_date.empty()) dated[v] = true;
        }
    }
    for (EntityId v = 0; v < g.entity_count(); ++v) keep[v] = keep[v] && (touched[v] || !dated[v]);
}

}  // namespace

PartialDate parse_as_of(const std::string& text) {
    if (auto d = PartialDate::parse(text)) return *d;
    throw UsageError("--as-of: found '" + text + "'; expected a date YYYY, YYYY-MM or YYYY-MM-DD");
}

bool in_force_on(const Relation& r, const PartialDate& day) {
    const bool started = r.date.empty() || r.date <= day;
    const bool not_ended = r.end_date.empty() || r.end_date >= day;
    return started && not_ended;
}

PartnershipGraph apply_filter(const PartnershipGraph& g, const GraphFilter& f) {
    if (f.empty()) return g;
    const Vocabulary& vocab = g.vocabulary();
    std::vector<bool> keep_entity(g.entity_count(), true);
    if (!f.kinds.empty()) {
        const auto kinds = word_mask(f.kinds, vocab.kind_count(), [&](const std::string& w) { return vocab.find_kind(w); },
                                     vocab.kind_names(), "entity kind", "--kinds");
        for (EntityId v = 0; v < g.entity_count(); ++v) keep_entity[v] = kinds[g.entity(v).kind];
    }
    std::vector<bool> types;
    if (!f.types.empty())
        types = word_mask(f.types, vocab.type_count(), [&](const std::string& w) { return vocab.find_type(w); },
                          vocab.type_names(), "relation type", "--types");
    std::optional<WhereExpr> where;
    if (f.where) where = WhereExpr::parse(*f.where, vocab);

    std::vector<bool> keep_relation(g.relation_count(), false);
    for (RelationEdge e : g.relations()) {
        const Relation& r = g.relation(e);
        keep_relation[r.id] = keep_entity[g.source(e)] && keep_entity[g.target(e)] &&
                              (types.empty() || types[r.type]) && (!f.as_of || in_force_on(r, *f.as_of)) &&
                              (!where || where->matches(g, e));
    }
    if (f.as_of) keep_as_of_entities(g, keep_relation, keep_entity);
    if (!types.empty() || where) {  // edge-induced: only the ends of kept relations
        std::vector<bool> ends(g.entity_count(), false);
        for (RelationEdge e : g.relations())
            if (keep_relation[g.relation(e).id]) ends[g.source(e)] = ends[g.target(e)] = true;
        for (EntityId v = 0; v < g.entity_count(); ++v) keep_entity[v] = keep_entity[v] && ends[v];
    }
    return filtered_by_masks(g, keep_entity, keep_relation);
}

}  // namespace pactgraph
