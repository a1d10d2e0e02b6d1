// Pictures of insights, made by marking the renderer's hooks (RenderOptions marks and fixed
// positions) instead of drawing anything here: conflicting relations and their linking chain;
// a diff as one graph with added, removed and changed parts marked and the rest faded.
#pragma once

#include <vector>

#include "analysis/conflicts.hpp"
#include "analysis/diff.hpp"
#include "model/graph.hpp"
#include "render/render_options.hpp"

namespace pactgraph {

// Marks both relations of every conflict and its chain as `conflict`, and the entities they
// join; leaves the rest as it is.
void mark_conflicts(const PartnershipGraph& g, const ConflictReport& report, RenderOptions& options);

// `after` plus what `before` had and `after` dropped, with marks for the renderer.
struct DiffPicture {
    PartnershipGraph graph;
    std::vector<Mark> entity_marks;    // by EntityId of `graph`
    std::vector<Mark> relation_marks;  // by RelationId of `graph`
};
DiffPicture diff_picture(const PartnershipGraph& before, const PartnershipGraph& after,
                         const GraphDiff& diff);


}  // namespace pactgraph
