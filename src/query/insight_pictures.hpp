// Pictures of insights, made by marking the renderer's hooks (RenderOptions marks and fixed
// positions) instead of drawing anything here: conflicting relations and their linking chain;
// a diff as one graph with added, removed and changed parts marked and the rest faded; yearly
// frames of one graph that keep every entity where the full graph's layout put it.
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

struct Frame {
    int year = 0;
    PartialDate as_of;  // the last day of the year
    PartnershipGraph graph;
};
// One frame per year from the first to the last year any relation starts or ends: the graph as
// --as-of reads it on 31 December of that year.
std::vector<Frame> yearly_frames(const PartnershipGraph& g);

}  // namespace pactgraph
