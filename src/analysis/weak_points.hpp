// Weak points of the deal web: the entities and the relations whose loss disconnects part of it.
//
// Both are found on the undirected view (every relation joins its two ends; self-loops left
// out) with Boost.Graph's biconnected_components, as nx.articulation_points and nx.bridges on
// the undirected graph. A pair joined by two or more relations (parallel deals, or one each way)
// is never a bridge: ending one of them leaves the other. So a bridge is one relation, as
// nx.bridges reports it on the MultiGraph of relations.
//
// What a weak point cuts off: removing it splits its component into parts; the largest part
// stays (on a tie, the part holding the smallest entity in file order), and every entity of
// the other parts is cut off. Cut-off lists are sorted by EntityId (file order).
#pragma once

#include <vector>

#include "model/graph.hpp"

namespace pactgraph {

struct ArticulationPoint {
    EntityId entity = kNoEntity;
    std::size_t parts = 0;              // components its removal leaves of its own component
    std::vector<EntityId> cut_off;      // all entities outside the largest remaining part
};

struct Bridge {
    RelationEdge relation;
    std::vector<EntityId> cut_off;  // the smaller side (on a tie, the side without the smallest id)
};

struct WeakPoints {
    std::vector<ArticulationPoint> articulation_points;  // by EntityId
    std::vector<Bridge> bridges;                         // by relation file order
    std::vector<bool> is_articulation_point;             // indexed by EntityId
};

WeakPoints find_weak_points(const PartnershipGraph& g);

}  // namespace pactgraph
