// "What if this deal ends?": applies changes to a copy of the graph and compares before and
// after. Pure: returns the graph after and typed differences; callers print or draw them.
//
// The changes, applied together:
//  - remove_entity: the entity and every relation it is part of go. With
//    WhatIfOptions::with_owned (default), so do the entities it owns, following `owns`
//    relations from it transitively (removing Microsoft removes Azure).
//  - end_relation: the relation goes (a deal that ended links nobody).
//  - void_exclusivity: every exclusive relation the entity holds (it is the `from` end) stays,
//    no longer exclusive; with `with_owned`, those held by what it owns too (voiding
//    Microsoft's exclusivity voids Azure's).
//
// The comparison:
//  - conflicts (analysis/conflicts.hpp) that disappear or appear, a conflict being the pair
//    (exclusivity, competing relation);
//  - reach to a kind (default `cloud`): an entity "has a cloud" when some entity of that kind
//    reaches it following relations in their own direction (azure -> openai-api, or
//    aws -> frontier -> openai-api). For every entity that stays and is not of that kind, a loss
//    is reported when a kind entity it was directly related to (either direction) is gone or
//    no longer related to it, or when nothing of that kind reaches it any more (its only paths
//    are gone);
//  - weak components whose remaining entities fall apart into several;
//  - the ten largest PageRank moves (NetworkX's pagerank defaults on the DiGraph of distinct
//    pairs) among the entities that stay, by |after - before|, ties by file order.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analysis/conflicts.hpp"
#include "model/graph.hpp"

namespace pactgraph {

struct WhatIfChange {
    enum class Kind : std::uint8_t { remove_entity, end_relation, void_exclusivity };
    Kind kind = Kind::remove_entity;
    EntityId entity = kNoEntity;  // remove_entity, void_exclusivity
    RelationId relation = 0;      // end_relation
};

struct WhatIfOptions {
    std::string kind = "cloud";  // the kind whose reach is tracked; none when the file lacks it
    bool with_owned = true;  // removing or voiding reaches what the entity owns
    std::size_t top_moves = 10;
    ConflictOptions conflicts;
};

// Entity and relation ids below are the graph before's, unless said otherwise.
struct KindLoss {
    EntityId entity = kNoEntity;
    std::vector<EntityId> lost_direct;  // kind entities it was directly related to, no longer
    bool reached_before = false;
    EntityId reached_by_after = kNoEntity;  // a nearest kind entity reaching it; kNoEntity: none
    bool lost_all() const { return reached_before && reached_by_after == kNoEntity; }
};

struct ComponentSplit {
    std::uint32_t component = 0;  // weak component number before
    std::vector<std::vector<EntityId>> parts;  // largest first, then by first entity
};

struct CentralityMove {
    EntityId entity = kNoEntity;
    double before = 0;
    double after = 0;
};

struct WhatIfResult {
    PartnershipGraph after;
    std::vector<EntityId> entity_before;      // after's EntityId -> before's
    std::vector<RelationId> relation_before;  // after's RelationId -> before's
    std::vector<EntityId> removed_entities;   // the changes' and the owned ones, file order
    std::vector<RelationId> removed_relations;  // ended, or gone with an entity
    std::vector<RelationId> voided_exclusivities;
    std::vector<Conflict> conflicts_gone;      // edges of the graph before
    std::vector<Conflict> conflicts_appeared;  // edges of `after`
    std::vector<KindLoss> kind_losses;         // by entity
    std::vector<ComponentSplit> splits;        // by component
    std::vector<CentralityMove> pagerank_moves;
};

WhatIfResult what_if(const PartnershipGraph& g, const std::vector<WhatIfChange>& changes,
                     const WhatIfOptions& options = {});

}  // namespace pactgraph
