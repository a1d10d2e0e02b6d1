#include "query/whatif_query.hpp"

#include <algorithm>
#include <set>

#include "model/relation_ids.hpp"
#include "support/diagnostics.hpp"
#include "support/suggest.hpp"

namespace pactgraph {

WhatIfChange removal(const PartnershipGraph& g, std::string_view entity) {
    return WhatIfChange{WhatIfChange::Kind::remove_entity, resolve_entity(g, entity), 0};
}

WhatIfChange voiding(const PartnershipGraph& g, std::string_view entity) {
    return WhatIfChange{WhatIfChange::Kind::void_exclusivity, resolve_entity(g, entity), 0};
}

WhatIfChange ending(const PartnershipGraph& g, std::string_view relation_id) {
    if (const auto e = find_relation(g, relation_id))
        return WhatIfChange{WhatIfChange::Kind::end_relation, kNoEntity, g.relation(*e).id};
    throw UsageError("unknown relation '" + std::string(relation_id) + "'" +
                     did_you_mean(relation_id, relation_ids(g)) +
                     " (relation ids are from-type-to, e.g. microsoft-invests_in-openai; "
                     "whatif lists them all with FILE alone)");
}

std::vector<EntityId> affected_entities(const WhatIfResult& r, const PartnershipGraph& before) {
    std::set<EntityId> out;
    for (const KindLoss& loss : r.kind_losses) out.insert(loss.entity);
    for (const ComponentSplit& s : r.splits)
        for (std::size_t p = 1; p < s.parts.size(); ++p) out.insert(s.parts[p].begin(), s.parts[p].end());
    for (const Conflict& c : r.conflicts_gone)
        for (RelationEdge e : {c.first, c.second}) out.insert({before.source(e), before.target(e)});
    for (const Conflict& c : r.conflicts_appeared)
        for (RelationEdge e : {c.first, c.second})
            out.insert({r.entity_before[r.after.source(e)], r.entity_before[r.after.target(e)]});
    for (EntityId v : r.removed_entities) out.erase(v);
    return {out.begin(), out.end()};
}

void mark_whatif(const PartnershipGraph& before, const WhatIfResult& r, RenderOptions& o) {
    o.entity_marks.assign(before.entity_count(), Mark::none);
    o.relation_marks.assign(before.relation_count(), Mark::none);
    for (EntityId v : affected_entities(r, before)) o.entity_marks[v] = Mark::highlight;
    for (EntityId v : r.removed_entities) o.entity_marks[v] = Mark::removed;
    for (RelationId id : r.removed_relations) o.relation_marks[id] = Mark::removed;
    for (RelationId id : r.voided_exclusivities) o.relation_marks[id] = Mark::changed;
}

}  // namespace pactgraph
