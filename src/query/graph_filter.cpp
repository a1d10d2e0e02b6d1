#include "query/graph_filter.hpp"

#include "analysis/time_slice.hpp"
#include "query/where.hpp"
#include "support/diagnostics.hpp"
#include "support/suggest.hpp"

namespace pactgraph {

namespace {

template <typename Id, typename Find>
std::vector<Id> resolve(const std::vector<std::string>& words, Find find,
                        const std::vector<std::string>& known, const std::string& what) {
    std::vector<Id> ids;
    for (const std::string& w : words) {
        const auto id = find(w);
        if (!id)
            throw UsageError("unknown " + what + " '" + w + "'" + did_you_mean(w, known) +
                             " (known: " + join_choices(known, ", ") + ")");
        ids.push_back(*id);
    }
    return ids;
}

std::vector<bool> mask_of(const std::vector<std::uint16_t>& ids, std::size_t size) {
    std::vector<bool> mask(size, false);
    for (auto id : ids) mask[id] = true;
    return mask;
}

}  // namespace

std::vector<KindId> resolve_kinds(const Vocabulary& vocab, const std::vector<std::string>& words) {
    return resolve<KindId>(words, [&](const std::string& w) { return vocab.find_kind(w); },
                           vocab.kind_names(), "entity kind");
}

std::vector<RelationTypeId> resolve_types(const Vocabulary& vocab, const std::vector<std::string>& words) {
    return resolve<RelationTypeId>(words, [&](const std::string& w) { return vocab.find_type(w); },
                                   vocab.type_names(), "relation type");
}

PartnershipGraph apply_filter(const PartnershipGraph& g, const GraphFilter& f) {
    if (f.empty()) return g;
    std::vector<bool> keep_entity(g.entity_count(), true);
    if (!f.kinds.empty()) {
        const auto kinds = mask_of(f.kinds, g.vocabulary().kind_count());
        for (EntityId v = 0; v < g.entity_count(); ++v) keep_entity[v] = kinds[g.entity(v).kind];
    }
    const auto types = mask_of(f.types, g.vocabulary().type_count());
    std::optional<WhereExpr> where;
    if (f.where) where = WhereExpr::parse(f.where->text, g.vocabulary(), f.where->source_name);

    std::vector<bool> keep_relation(g.relation_count(), false);
    for (RelationEdge e : g.relations()) {
        const Relation& r = g.relation(e);
        keep_relation[r.id] = keep_entity[g.source(e)] && keep_entity[g.target(e)] &&
                              (f.types.empty() || types[r.type]) && (!f.as_of || in_force_on(r, *f.as_of, f.undated)) &&
                              (!where || where->matches(g, e));
    }
    if (f.as_of) keep_entities_in_force(g, keep_relation, keep_entity);
    if (!f.types.empty() || where) {  // edge-induced: only the ends of kept relations
        std::vector<bool> ends(g.entity_count(), false);
        for (RelationEdge e : g.relations())
            if (keep_relation[g.relation(e).id]) ends[g.source(e)] = ends[g.target(e)] = true;
        for (EntityId v = 0; v < g.entity_count(); ++v) keep_entity[v] = keep_entity[v] && ends[v];
    }
    PartnershipGraph out = filtered_by_masks(g, keep_entity, keep_relation);
    if (f.as_of) out.info().as_of = *f.as_of;  // the view shows that day, not the file's date
    return out;
}

std::size_t unknown_start_count(const PartnershipGraph& g, const GraphFilter& filter) {
    if (!filter.as_of) return 0;
    GraphFilter others = filter;
    others.as_of.reset();
    return count_unknown_on(apply_filter(g, others), *filter.as_of);
}

}  // namespace pactgraph
