// PartnershipGraph: the one concrete graph type of pactgraph. A Boost.Graph bidirectional
// adjacency list with bundled Entity/Relation properties, an id index (ids and aliases), the
// vocabulary the file used, and the side table of relation details.
//
// Compact at scale: the Boost graph sits behind a pointer, so moving a graph (a LoadResult
// returned through a reader, a filter, the CLI) moves a pointer; Boost 1.74's adjacency_list has
// no move constructor, and a "move" of it copied every entity and relation. Details are stored
// only for relations that have some (a plain edge list's relations share one empty value and
// need no slot), and where each relation was declared sits in a side array (4 bytes when its
// column is the usual 1). Relations are stored in one vector (Boost's EdgeList vecS) in file
// order: adding a relation costs no allocation of its own, and freeing a graph frees a few
// large blocks instead of a million list nodes. Nothing removes relations, so relation id i is
// the i-th stored edge, and relations() makes descriptors from the vector instead of keeping a
// list of them.
//
// The entities' lists of relations (Boost's out- and in-edge lists, 24 bytes a relation end)
// are made when first asked for: relations loaded in bulk are linked by the first graph(), not
// by the reader. A job that needs only the relations themselves (the analysis view is built
// from them) never makes them: at 10M relations that is 480 MB not written and 0.3 s of
// linking not done.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <atomic>
#include <cstddef>
#include <iterator>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/entity.hpp"
#include "model/relation.hpp"
#include "model/vocabulary.hpp"
#include "support/string_index.hpp"

namespace pactgraph {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Entity, Relation,
                                    boost::no_property, boost::vecS>;
using EntityId = boost::graph_traits<Graph>::vertex_descriptor;
using RelationEdge = boost::graph_traits<Graph>::edge_descriptor;
inline constexpr EntityId kNoEntity = std::numeric_limits<EntityId>::max();

// The relations of a graph in file order: a view over its relation vector that makes each edge
// descriptor when asked (the graph keeps no list of descriptors). Valid while the graph is alive
// and gets no new relations.
class RelationList {
public:
    using Edges = Graph::EdgeContainer;

    class iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = RelationEdge;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = RelationEdge;

        iterator() = default;
        iterator(const Edges* edges, std::size_t i) : edges_(edges), i_(i) {}
        RelationEdge operator*() const { return edge_at(*edges_, i_); }
        RelationEdge operator[](difference_type k) const { return edge_at(*edges_, i_ + static_cast<std::size_t>(k)); }
        iterator& operator++() { ++i_; return *this; }
        iterator operator++(int) { iterator old = *this; ++i_; return old; }
        iterator& operator--() { --i_; return *this; }
        iterator& operator+=(difference_type k) { i_ += static_cast<std::size_t>(k); return *this; }
        iterator operator+(difference_type k) const { iterator r = *this; return r += k; }
        difference_type operator-(const iterator& o) const {
            return static_cast<difference_type>(i_) - static_cast<difference_type>(o.i_);
        }
        bool operator==(const iterator& o) const { return i_ == o.i_; }
        bool operator!=(const iterator& o) const { return i_ != o.i_; }
        bool operator<(const iterator& o) const { return i_ < o.i_; }

    private:
        const Edges* edges_ = nullptr;
        std::size_t i_ = 0;
    };

    explicit RelationList(const Edges& edges) : edges_(&edges) {}
    std::size_t size() const { return edges_->size(); }
    bool empty() const { return edges_->empty(); }
    iterator begin() const { return {edges_, 0}; }
    iterator end() const { return {edges_, size()}; }
    RelationEdge operator[](std::size_t i) const { return edge_at(*edges_, i); }
    RelationEdge at(std::size_t i) const;  // throws std::out_of_range past the end
    RelationEdge front() const { return (*this)[0]; }
    RelationEdge back() const { return (*this)[size() - 1]; }

private:
    static RelationEdge edge_at(const Edges& edges, std::size_t i) {
        const auto& stored = edges[i];
        return RelationEdge(stored.m_source, stored.m_target, &stored.get_property());
    }

    const Edges* edges_;
};

// Where each relation was declared, by relation id: 4 bytes a relation for its line, and its
// column only from the first relation whose column is not the usual one (1 for a relation read
// from a file, as a CSV row or a [[relations]] table is; 0 for one that was not), so a file's
// rows cost no column at all.
class RelationPositions {
public:
    void reserve(std::size_t n) { lines_.reserve(n); }
    void clear() {
        lines_.clear();
        columns_.clear();
    }
    void push_back(RelationPosition at) {
        if (at.column != usual_column(at.line)) {
            while (columns_.size() < lines_.size()) columns_.push_back(usual_column(lines_[columns_.size()]));
            columns_.push_back(at.column);
        }
        lines_.push_back(at.line);
    }
    // Slots for relations filled out of order (PartnershipGraph::open_relation_slots()): they
    // are declared at column 1 of their line, as a CSV record is.
    void resize(std::size_t n) { lines_.resize(n); }
    void set_line(std::size_t id, std::uint32_t line) { lines_[id] = line; }
    RelationPosition at(std::size_t id) const {  // throws std::out_of_range past the end
        const std::uint32_t line = lines_.at(id);
        return {line, id < columns_.size() ? columns_[id] : usual_column(line)};
    }

private:
    static std::uint32_t usual_column(std::uint32_t line) { return line == 0 ? 0 : 1; }

    std::vector<std::uint32_t> lines_;
    std::vector<std::uint32_t> columns_;  // ends at the last relation with an unusual column
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
    // Edge descriptors point into the graph's own storage: a copy re-derives the file-order
    // edge list, a move keeps it (the storage moves with its pointer).
    PartnershipGraph(const PartnershipGraph& other);
    PartnershipGraph(PartnershipGraph&& other) noexcept;
    PartnershipGraph& operator=(const PartnershipGraph& other);
    PartnershipGraph& operator=(PartnershipGraph&& other) noexcept;
    ~PartnershipGraph();

    // Makes room for this many more relations (readers that can tell ahead, such as a CSV's
    // line count); a hint only.
    void reserve_relations(std::size_t relations);
    // Makes room for about this many more entities (a hint): the entities' own storage gets a
    // quarter more, so that a few more than told do not move them all.
    void reserve_entities(std::size_t entities);
    // Bulk loading, for readers of large files. Between begin_bulk() and end_bulk(),
    // add_relation() stores each relation (in relations(), with its ends, details and position)
    // without linking it into its entities' lists of relations. They are linked when the lists
    // are first asked for (graph()): every list sized once, the relations linked in file order
    // with the lists of the relations ahead fetched, the outgoing and the incoming lists on two
    // threads. The result is the graph add_relation() alone would make, with one allocation per
    // list instead of one per doubling and the memory waits overlapped. Both ends must exist.
    void begin_bulk();
    void end_bulk();
    // Bulk loading from several threads (a large file read in parts), after begin_bulk():
    // open_relation_slots(n) stores n blank relations after those stored so far and returns the
    // first one's id; fill_relation() sets one, declared at column 1 of `line`, from any thread
    // (a slot from one thread only; meanwhile the graph may only get entities, on one other
    // thread). renumber_relations() then maps the ends and types of the slots [first, last)
    // through the filler's own numbering (entity_of, type_of) and moves them down to `to`, over
    // slots left blank; close_relation_slots(end) drops the slots from `end` on, and
    // set_details() adds details, in increasing id order. Ends must exist at end_bulk().
    RelationId open_relation_slots(std::size_t count);
    void fill_relation(RelationId slot, EntityId from, EntityId to, Relation relation, std::uint32_t line) {
        auto& e = graph_->m_edges[slot];
        relation.id = slot;
        e = {from, to, relation};
        positions_.set_line(slot, line);
    }
    void renumber_relations(RelationId first, RelationId last, RelationId to,
                            const std::vector<EntityId>& entity_of, const std::vector<RelationTypeId>& type_of);
    void close_relation_slots(RelationId end);
    void set_details(RelationId id, RelationDetails details);

    // Adds an entity; the caller has checked that its id is new (see find()).
    EntityId add_entity(Entity entity);
    // Adds a relation in file order, declared at `at`; its `id` is set to its position. The
    // descriptor returned is valid until the next relation is added.
    RelationEdge add_relation(EntityId from, EntityId to, Relation relation, RelationDetails details,
                              RelationPosition at = {});
    // Makes `alias` find `entity` too (case-insensitive); false if the alias is taken.
    bool add_alias(std::string_view alias, EntityId entity);

    // Looks up an id, then an alias, case-insensitively; kNoEntity when absent. Commands use
    // resolve_entity() below, which says what was meant when nothing is found.
    EntityId find(std::string_view id_or_alias) const;
    // A hint that find(id_or_alias) comes soon: its lookup's memory is fetched ahead.
    void prefetch_find(std::string_view id_or_alias) const;
    std::vector<std::string> ids() const;  // in file order, for "did you mean"

    std::size_t entity_count() const { return boost::num_vertices(*graph_); }
    std::size_t relation_count() const { return graph_->m_edges.size(); }
    const Entity& entity(EntityId v) const { return (*graph_)[v]; }
    const Relation& relation(RelationEdge e) const { return (*graph_)[e]; }
    // Text, sources and attributes; a relation without any gives a shared empty value.
    const RelationDetails& details(RelationId id) const;
    const RelationDetails& details(RelationEdge e) const { return details(relation(e).id); }
    RelationPosition position(RelationId id) const { return positions_.at(id); }
    RelationPosition position(RelationEdge e) const { return position(relation(e).id); }
    // What-if analysis: a relation whose exclusivity is voided stays, no longer exclusive.
    void set_exclusive(RelationEdge e, bool exclusive) { (*graph_)[e].exclusive = exclusive; }
    // Relations in file order (relation id i is the i-th).
    RelationList relations() const { return RelationList(graph_->m_edges); }
    EntityId source(RelationEdge e) const { return boost::source(e, *graph_); }
    EntityId target(RelationEdge e) const { return boost::target(e, *graph_); }

    // The Boost graph, its entities' lists of relations complete (linked now if not yet).
    const Graph& graph() const {
        link_pending();
        return *graph_;
    }
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
    static constexpr std::size_t kAllLinked = std::numeric_limits<std::size_t>::max();

    // Links the relations from unlinked_from_ on into their entities' lists, once, whichever
    // thread asks first; the others wait for it.
    void link_pending() const {
        if (unlinked_from_.load(std::memory_order_acquire) != kAllLinked) link_now();
    }
    void link_now() const;
    // Relation `id` on (stored in bulk) is not linked yet.
    void mark_unlinked(std::size_t id) {
        if (unlinked_from_.load(std::memory_order_relaxed) == kAllLinked)
            unlinked_from_.store(id, std::memory_order_relaxed);
    }

    std::unique_ptr<Graph> graph_;  // never null
    bool bulk_ = false;  // between begin_bulk() and end_bulk()
    // The first relation not in its ends' lists (kAllLinked: none). Moves and copies of a graph
    // are not made while another thread reads it, so they need not take the mutex.
    mutable std::atomic<std::size_t> unlinked_from_{kAllLinked};
    mutable std::mutex link_mutex_;
    Vocabulary vocabulary_;
    GraphInfo info_;
    std::vector<RelationDetails> details_;    // of the relations that have some
    std::vector<std::uint32_t> detail_slot_;  // relation id -> index in details_, or kNoDetails; ends at the last relation with details
    RelationPositions positions_;  // relation id -> where it was declared
    StringIndex index_;  // lowercased id or alias -> entity
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
