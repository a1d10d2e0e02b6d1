#include "analysis/stats.hpp"

#include <algorithm>

namespace pactgraph {

namespace {

std::vector<CountRow> present(std::vector<CountRow> rows) {
    std::erase_if(rows, [](const CountRow& r) { return r.count == 0; });
    return rows;
}

void add_amount(CountRow& row, const Relation& r) {
    ++row.count;
    if (r.has_amount()) {
        row.amount_usd += r.amount_usd;
        ++row.with_amount;
    }
}

}  // namespace

std::vector<CertaintyGroup> certainty_groups() {
    using S = Status;
    return {{"firm", "closed or signed", {S::signed_, S::closed}},
            {"reported", "reported, announced or non-binding", {S::reported, S::announced, S::non_binding}},
            {"speculative", "rumored or considered", {S::rumored, S::considered}},
            {"disputed", "disputed", {S::disputed}},
            {"ended", "ended", {S::ended}}};
}

GraphStats compute_stats(const PartnershipGraph& g) {
    const Vocabulary& vocab = g.vocabulary();
    GraphStats s;
    s.amounts_by_certainty = certainty_groups();
    s.entities = g.entity_count();
    s.relations = g.relation_count();
    std::vector<CountRow> kinds(vocab.kind_count()), types(vocab.type_count());
    std::vector<CountRow> statuses(status_names().size());
    for (std::size_t i = 0; i < kinds.size(); ++i) kinds[i].name = vocab.kind(static_cast<KindId>(i)).name;
    for (std::size_t i = 0; i < types.size(); ++i)
        types[i].name = vocab.type(static_cast<RelationTypeId>(i)).name;
    for (std::size_t i = 0; i < statuses.size(); ++i) statuses[i].name = status_names()[i];

    for (EntityId v = 0; v < g.entity_count(); ++v) ++kinds[g.entity(v).kind].count;
    for (RelationEdge e : g.relations()) {
        const Relation& r = g.relation(e);
        add_amount(types[r.type], r);
        add_amount(statuses[static_cast<std::size_t>(r.status)], r);
        if (r.exclusive) ++s.exclusive;
        if (!g.details(r.id).sources.empty()) ++s.sourced;
        for (CertaintyGroup& group : s.amounts_by_certainty) {
            if (std::find(group.statuses.begin(), group.statuses.end(), r.status) == group.statuses.end()) continue;
            ++group.relations;
            if (r.has_amount()) {
                group.amount_usd += r.amount_usd;
                ++group.with_amount;
            }
        }
        if (r.has_amount()) ++s.with_amount;
        if (!r.date.empty() && r.date_bound != DateBound::exact) ++s.bounded;
        if (!r.date.empty() && r.date_bound == DateBound::exact) {
            ++s.dated;
            if (s.first_date.empty() || r.date < s.first_date) s.first_date = r.date;
            if (s.last_date.empty() || s.last_date < r.date) s.last_date = r.date;
        }
        if (!r.end_date.empty() && (s.last_date.empty() || s.last_date < r.end_date))
            s.last_date = r.end_date;
    }
    s.by_kind = present(std::move(kinds));
    s.by_type = present(std::move(types));
    s.by_status = present(std::move(statuses));
    return s;
}

}  // namespace pactgraph
