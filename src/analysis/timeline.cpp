#include "analysis/timeline.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace pactgraph {

std::vector<RelationEdge> timeline(const PartnershipGraph& g, bool include_undated) {
    std::vector<RelationEdge> dated, undated;
    for (RelationEdge e : g.relations())
        (g.relation(e).date.empty() ? undated : dated).push_back(e);
    std::stable_sort(dated.begin(), dated.end(), [&](RelationEdge a, RelationEdge b) {
        const Relation& x = g.relation(a);
        const Relation& y = g.relation(b);
        return std::tie(x.date, x.end_date, x.id) < std::tie(y.date, y.end_date, y.id);
    });
    if (include_undated) dated.insert(dated.end(), undated.begin(), undated.end());
    return dated;
}

std::vector<int> relation_years(const PartnershipGraph& g) {
    std::set<int> years;
    for (RelationEdge e : g.relations()) {
        const Relation& r = g.relation(e);
        if (!r.date.empty() && r.date_bound != DateBound::before) years.insert(r.date.year());
        if (!r.end_date.empty()) years.insert(r.end_date.year());
    }
    return {years.begin(), years.end()};
}

}  // namespace pactgraph
