#include "query/structure_query.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>
#include <utility>

#include "analysis/centrality.hpp"

namespace pactgraph {

std::vector<EntityId> rank_brokers(const StructureResult& s) {
    std::vector<EntityId> rows(s.core_number.size());
    std::iota(rows.begin(), rows.end(), EntityId{0});
    // None sorts after every value: compare (has no value, -effective size, constraint).
    auto key = [&s](EntityId v) {
        const auto& es = s.effective_size[v];
        const auto& c = s.constraint[v];
        return std::tuple(!es.has_value(), es ? -*es : 0.0, !c.has_value(), c ? *c : 0.0);
    };
    std::stable_sort(rows.begin(), rows.end(), [&](EntityId a, EntityId b) { return key(a) < key(b); });
    return rows;
}

StructureAnswer answer_structure(const PartnershipGraph& g, const StructureRequest& request) {
    StructureAnswer a;
    a.measures = compute_structure(g, StructureOptions{request.weighted});
    a.weak_points = find_weak_points(g);
    a.rows = rank_brokers(a.measures);
    if (request.top > 0 && a.rows.size() > request.top) a.rows.resize(request.top);
    // The pairs the measures ran on: the projection's, where a symmetric relation counts each way.
    a.pairs = project(g, false, false).pair_count();
    for (std::uint32_t k : a.measures.core_number) a.max_core = std::max<std::size_t>(a.max_core, k);
    a.weighted = request.weighted;
    return a;
}

}  // namespace pactgraph
