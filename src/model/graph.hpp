// PartnershipGraph: the one concrete graph type of pactgraph. A Boost.Graph bidirectional
// adjacency list with bundled Entity/Relation properties, an id index (ids and aliases), the
// vocabulary the file used, and the side table of relation details.
//
// Compact at scale: relations live in one array in file order (the adjacency list's edge
// vector, 48 bytes each); the per-entity in/out lists Boost algorithms walk are built only when
// graph() is first asked for; details are stored only for the relations that have some, and
// where each relation was declared sits in an 8-byte side array.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/date.hpp"
#include "model/entity.hpp"
#include "model/relation.hpp"
#include "model/vocabulary.hpp"

namespace pactgraph {

// The edge list is a vector (vecS, the last parameter): relations sit in one array in file
// order instead of one list node each. Its growth moves them, so an edge descriptor taken
// before an add_relation() call may be stale after it; PartnershipGraph keeps its own (see
// relations()) up to date.
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Entity, Relation,
                                    boost::no_property, boost::vecS>;
using EntityId = boost::graph_traits<Graph>::vertex_descriptor;
using RelationEdge = boost::graph_traits<Graph>::edge_descriptor;
inline constexpr EntityId kNoEntity = std::numeric_limits<EntityId>::max();

// Where a relation was declared in its file (1-based; 0 when it was not read from a file).
struct RelationPosition {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
};

struct GraphInfo {
    std::string title;
    std::string description;
    PartialDate as_of;
    std::string source_name;  // the file it was read from, for messages
};

class PartnershipGraph {
public:
    PartnershipGraph();
    explicit PartnershipGraph(Vocabulary vocabulary);
    // A move keeps the storage (edge descriptors stay valid); a copy re-derives them.
    PartnershipGraph(const PartnershipGraph& other);
    PartnershipGraph(PartnershipGraph&& other) noexcept;
    PartnershipGraph& operator=(const PartnershipGraph& other);
    PartnershipGraph& operator=(PartnershipGraph&& other) noexcept;
    ~PartnershipGraph();

    // Makes room for this many entities and relations in all (readers that know the size ahead).
    void reserve(std::size_t entities, std::size_t relations);

    // Adds an entity; the caller has checked that its id is new (see find()).
    EntityId add_entity(Entity entity);
    // Adds a relation in file order; its `id` is set to its position. The descriptor returned
    // (and any other taken before) may be stale after the next add_relation(); relations()
    // always holds current ones.
    RelationEdge add_relation(EntityId from, EntityId to, Relation relation, RelationDetails details);
    // The same for a relation without details, declared at `at` (the cheap way for big files).
    RelationEdge add_relation(EntityId from, EntityId to, Relation relation, RelationPosition at);
    // Makes `alias` find `entity` too (case-insensitive); false if the alias is taken.
    bool add_alias(std::string_view alias, EntityId entity);

    // Looks up an id, then an alias, case-insensitively; kNoEntity when absent. Commands use
    // resolve_entity() below, which says what was meant when nothing is found.
    EntityId find(std::string_view id_or_alias) const;
    std::vector<std::string> ids() const;  // in file order, for "did you mean"

    std::size_t entity_count() const { return graph_->m_vertices.size(); }
    std::size_t relation_count() const { return relation_edges_.size(); }
    const Entity& entity(EntityId v) const { return (*graph_)[v]; }
    const Relation& relation(RelationEdge e) const { return (*graph_)[e]; }
    // Everything about a relation beyond its edge: text, sources, attributes and where it was
    // declared. A relation without any is given a value made on first request (thread-safe, and
    // kept): loops over every relation should read stored_details() and position() instead.
    const RelationDetails& details(RelationId id) const;
    const RelationDetails& details(RelationEdge e) const { return details(relation(e).id); }
    // The same without the position: a relation without details shares one empty value (its
    // line and column are 0; position() has them). Costs nothing for any relation.
    const RelationDetails& stored_details(RelationId id) const;
    const RelationDetails& stored_details(RelationEdge e) const { return stored_details(relation(e).id); }
    bool has_details(RelationId id) const { return detail_slot_.at(id) != kNoDetails; }
    RelationPosition position(RelationId id) const { return positions_.at(id); }
    // What-if analysis: a relation whose exclusivity is voided stays, no longer exclusive.
    void set_exclusive(RelationEdge e, bool exclusive) { (*graph_)[e].exclusive = exclusive; }
    // Relations in file order.
    const std::vector<RelationEdge>& relations() const { return relation_edges_; }
    EntityId source(RelationEdge e) const { return boost::source(e, *graph_); }
    EntityId target(RelationEdge e) const { return boost::target(e, *graph_); }

    // The Boost graph, for Boost's algorithms and in/out edge walks. Its in/out edge lists are
    // built on the first call (thread-safe; about 48 bytes per relation), so code that only
    // reads relations() never pays for them.
    const Graph& graph() const;
    const Vocabulary& vocabulary() const { return vocabulary_; }
    Vocabulary& vocabulary() { return vocabulary_; }
    const GraphInfo& info() const { return info_; }
    GraphInfo& info() { return info_; }

    std::string_view kind_name(EntityId v) const { return vocabulary_.kind((*graph_)[v].kind).name; }
    std::string_view type_name(RelationEdge e) const {
        return vocabulary_.type((*graph_)[e].type).name;
    }
    // Either direction means the same (agreement, partners_with, a file's symmetric types):
    // every traversal follows such a relation both ways.
    bool symmetric(RelationEdge e) const { return vocabulary_.type((*graph_)[e].type).symmetric; }

private:
    static constexpr std::uint32_t kNoDetails = std::numeric_limits<std::uint32_t>::max();
    struct Lazy;  // the in/out lists' build flag and the details made on request

    void rebuild_relation_edges();
    void link(std::size_t edge_index);  // adds edge i to its ends' in/out lists

    std::unique_ptr<Graph> graph_;  // on the heap: moving the graph moves no edge
    Vocabulary vocabulary_;
    GraphInfo info_;
    std::vector<RelationEdge> relation_edges_;
    std::vector<RelationPosition> positions_;  // by relation id
    std::vector<std::uint32_t> detail_slot_;   // by relation id: index into details_, or kNoDetails
    std::vector<RelationDetails> details_;     // only relations with some text, source or attribute
    std::unordered_map<std::string, EntityId> index_;  // lowercased id or alias -> entity
    std::unique_ptr<Lazy> lazy_;
};

// Keeps the entities and relations that pass the predicates (a relation also needs both ends
// kept). Ids, vocabulary, info and file order are preserved; relation ids are renumbered.
template <typename KeepEntity, typename KeepRelation>
PartnershipGraph filtered(const PartnershipGraph& g, KeepEntity keep_entity,
                          KeepRelation keep_relation);

// Same, as a non-template core: `keep_entity[v]` and `keep_relation[relation id]`.
PartnershipGraph filtered_by_masks(const PartnershipGraph& g, const std::vector<bool>& keep_entity,
                                   const std::vector<bool>& keep_relation);

template <typename KeepEntity, typename KeepRelation>
PartnershipGraph filtered(const PartnershipGraph& g, KeepEntity keep_entity,
                          KeepRelation keep_relation) {
    std::vector<bool> entities(g.entity_count()), relations(g.relation_count());
    for (EntityId v = 0; v < g.entity_count(); ++v) entities[v] = keep_entity(v);
    for (RelationEdge e : g.relations()) relations[g.relation(e).id] = keep_relation(e);
    return filtered_by_masks(g, entities, relations);
}

// The one entity lookup every command uses for an entity the user named: its id, an alias or its
// display name ("Amazon Web Services"), case-insensitively (ids and aliases first). Throws
// UsageError "unknown entity 'amazn'; did you mean 'amazon'?" (suggesting ids, aliases and
// names), or when a name belongs to several entities.
EntityId resolve_entity(const PartnershipGraph& g, std::string_view text);

}  // namespace pactgraph
