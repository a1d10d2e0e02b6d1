#include "model/graph.hpp"

#include <cctype>
#include <future>
#include <stdexcept>
#include <system_error>
#include <type_traits>
#include <utility>
#include "support/diagnostics.hpp"
#include "support/prefault.hpp"
#include "support/suggest.hpp"
#include "support/text.hpp"

namespace pactgraph {

PartnershipGraph::PartnershipGraph() : graph_(std::make_unique<Graph>()) {}

PartnershipGraph::PartnershipGraph(Vocabulary vocabulary)
    : graph_(std::make_unique<Graph>()), vocabulary_(std::move(vocabulary)) {}

PartnershipGraph::~PartnershipGraph() = default;

// Boost's copy walks the entities' lists, so they are linked first (graph()).
PartnershipGraph::PartnershipGraph(const PartnershipGraph& other)
    : graph_(std::make_unique<Graph>(other.graph())),
      bulk_(other.bulk_),
      vocabulary_(other.vocabulary_),
      info_(other.info_),
      details_(other.details_),
      detail_slot_(other.detail_slot_),
      positions_(other.positions_),
      index_(other.index_) {}

// The Boost graph moves with its pointer, so the edge descriptors stay valid; the moved-from
// graph is left empty and usable.
PartnershipGraph::PartnershipGraph(PartnershipGraph&& other) noexcept
    : graph_(std::exchange(other.graph_, std::make_unique<Graph>())),
      bulk_(std::exchange(other.bulk_, false)),
      unlinked_from_(other.unlinked_from_.exchange(kAllLinked)),
      vocabulary_(std::move(other.vocabulary_)),
      info_(std::move(other.info_)),
      details_(std::move(other.details_)),
      detail_slot_(std::move(other.detail_slot_)),
      positions_(std::move(other.positions_)),
      index_(std::move(other.index_)) {
    other.details_.clear();
    other.detail_slot_.clear();
    other.positions_.clear();
    other.index_.clear();
}

PartnershipGraph& PartnershipGraph::operator=(const PartnershipGraph& other) {
    if (this != &other) *this = PartnershipGraph(other);
    return *this;
}

PartnershipGraph& PartnershipGraph::operator=(PartnershipGraph&& other) noexcept {
    if (this == &other) return *this;
    graph_ = std::exchange(other.graph_, std::make_unique<Graph>());
    bulk_ = std::exchange(other.bulk_, false);
    unlinked_from_.store(other.unlinked_from_.exchange(kAllLinked));
    vocabulary_ = std::move(other.vocabulary_);
    info_ = std::move(other.info_);
    details_ = std::exchange(other.details_, {});
    detail_slot_ = std::exchange(other.detail_slot_, {});
    positions_ = std::exchange(other.positions_, {});
    index_ = std::exchange(other.index_, {});
    return *this;
}

RelationEdge RelationList::at(std::size_t i) const {
    if (i >= size()) throw std::out_of_range("relation " + std::to_string(i) + " of " + std::to_string(size()));
    return (*this)[i];
}

void PartnershipGraph::reserve_relations(std::size_t relations) {
    const std::size_t total = relation_count() + relations;
    graph_->m_edges.reserve(total);
    positions_.reserve(total);
}

void PartnershipGraph::reserve_entities(std::size_t entities) {
    auto& vertices = graph_->m_vertices;
    vertices.reserve(entity_count() + entities + entities / 4);
    // The entities told of are made present on two threads (at 176 bytes an entity, a million
    // of them are 176 MB of fresh memory).
    prefault_in_parallel(vertices.data() + vertices.size(), entities * sizeof(vertices[0]));
    index_.reserve(index_.size() + entities);
}

void PartnershipGraph::begin_bulk() { bulk_ = true; }

void PartnershipGraph::end_bulk() { bulk_ = false; }

namespace {

// Sizes one side's lists for the stored relations from `first` on: `list_of(v)` is entity v's
// list on that side, `near(e)` the end whose list relation e goes in. Each list is sized once.
template <typename ListOf, typename Near>
void size_side(const Graph::EdgeContainer& edges, std::size_t first, std::size_t entities, ListOf list_of,
               Near near) {
    std::vector<std::uint32_t> count(entities);
    for (std::size_t i = first; i < edges.size(); ++i) ++count[near(edges[i])];
    for (std::size_t v = 0; v < entities; ++v)
        if (count[v] != 0) list_of(v).reserve(list_of(v).size() + count[v]);
}

// Links the stored relations from `first` on into one side's lists, sized by size_side(), in
// file order; `far(e)` is the end the list names. Two steps ahead, a list's header (where its
// elements are) and then the place its next element goes are fetched, so the memory waits of
// random entities overlap.
template <typename ListOf, typename Near, typename Far>
void link_side(Graph::EdgeContainer& edges, std::size_t first, ListOf list_of, Near near, Far far) {
    using StoredEdge = typename std::remove_reference_t<decltype(list_of(0))>::value_type;
    constexpr std::size_t kHeaders = 24, kSlots = 12;
    for (std::size_t i = first; i < edges.size(); ++i) {
        if (i + kHeaders < edges.size()) __builtin_prefetch(&list_of(near(edges[i + kHeaders])));
        if (i + kSlots < edges.size()) {
            const auto& list = list_of(near(edges[i + kSlots]));
            __builtin_prefetch(list.data() + list.size(), 1);
        }
        list_of(near(edges[i])).push_back(StoredEdge(far(edges[i]), edges.begin() + static_cast<std::ptrdiff_t>(i), &edges));
    }
}

// Links the stored relations from `first` on into their entities' lists, each list sized once.
void link_relations(Graph& g, std::size_t first) {
    auto& edges = g.m_edges;
    const std::size_t entities = boost::num_vertices(g);
    const auto source = [](const auto& e) { return e.m_source; };
    const auto target = [](const auto& e) { return e.m_target; };
    const auto out_list = [&g](EntityId v) -> auto& { return g.out_edge_list(v); };
    const auto in_list = [&g](EntityId v) -> auto& { return in_edge_list(g, v); };
    // Every list is allocated here, on this thread. glibc's other threads allocate from heaps
    // that grow a page at a time, each page an mprotect() call whose TLB flush the other core
    // must take part in: the incoming lists of 10M relations made 50,153 such calls and took
    // 0.8 s to allocate on their own thread, against 0.2 s here (41 calls in the whole run).
    size_side(edges, first, entities, out_list, source);
    size_side(edges, first, entities, in_list, target);
    const auto link_incoming = [&] { link_side(edges, first, in_list, target, source); };
    // The two sides then fill different lists: the incoming ones on a thread of their own, when
    // there are enough to be worth one and one can be had (a process near its memory limit
    // gets none).
    constexpr std::size_t kThreadFrom = 1 << 16;  // relations; a thread costs about 0.1 ms
    std::future<void> incoming;
    if (edges.size() - first < kThreadFrom) link_incoming();
    else try {
        incoming = std::async(std::launch::async, link_incoming);
    } catch (const std::system_error&) {
        link_incoming();
    }
    link_side(edges, first, out_list, source, target);
    if (incoming.valid()) incoming.get();
}

}  // namespace

void PartnershipGraph::link_now() const {
    std::lock_guard<std::mutex> lock(link_mutex_);
    const std::size_t first = unlinked_from_.load(std::memory_order_relaxed);
    if (first == kAllLinked) return;
    link_relations(*graph_, first);
    unlinked_from_.store(kAllLinked, std::memory_order_release);
}

RelationId PartnershipGraph::open_relation_slots(std::size_t count) {
    auto& edges = graph_->m_edges;
    const std::size_t first = edges.size();
    if (!bulk_) throw std::logic_error("open_relation_slots: not in bulk loading");
    if (first + count > std::numeric_limits<RelationId>::max())
        throw std::length_error("more than 2^32 relations");
    edges.reserve(first + count);
    // The new slots' memory is made present on two threads: zeroing fresh pages is a third of
    // the cost of filling the slots.
    prefault_in_parallel(edges.data() + first, count * sizeof(edges[0]));
    edges.resize(first + count);
    positions_.resize(first + count);
    mark_unlinked(first);
    return static_cast<RelationId>(first);
}

void PartnershipGraph::renumber_relations(RelationId first, RelationId last, RelationId to,
                                          const std::vector<EntityId>& entity_of,
                                          const std::vector<RelationTypeId>& type_of) {
    auto& edges = graph_->m_edges;
    if (to > first || last > edges.size()) throw std::logic_error("renumber_relations: a range that does not fit");
    for (RelationId i = first; i < last; ++i, ++to) {
        auto e = edges[i];
        e.m_source = entity_of.at(e.m_source);
        e.m_target = entity_of.at(e.m_target);
        e.m_property.type = type_of.at(e.m_property.type);
        e.m_property.id = to;
        edges[to] = e;
        if (to != i) positions_.set_line(to, positions_.at(i).line);
    }
}

void PartnershipGraph::close_relation_slots(RelationId end) {
    if (end > relation_count()) throw std::logic_error("close_relation_slots: past the last slot");
    const std::size_t unlinked = unlinked_from_.load(std::memory_order_relaxed);
    if (unlinked != kAllLinked && unlinked > end)
        throw std::logic_error("close_relation_slots: slots already linked to their entities");
    if (unlinked == end) unlinked_from_.store(kAllLinked, std::memory_order_relaxed);
    graph_->m_edges.resize(end);
    positions_.resize(end);
}

void PartnershipGraph::set_details(RelationId id, RelationDetails details) {
    if (id >= relation_count() || id < detail_slot_.size())
        throw std::logic_error("set_details: relation " + std::to_string(id) + " out of order");
    if (details.empty()) return;
    detail_slot_.resize(id, kNoDetails);
    detail_slot_.push_back(static_cast<std::uint32_t>(details_.size()));
    details_.push_back(std::move(details));
}

EntityId PartnershipGraph::add_entity(Entity entity) {
    const std::string key = to_lower(entity.id);
    // Moved into place: add_vertex(property, graph) would copy every string of it.
    const EntityId v = boost::add_vertex(*graph_);
    (*graph_)[v] = std::move(entity);
    index_.assign(key, v);  // an id wins over an alias of the same spelling
    return v;
}

RelationEdge PartnershipGraph::add_relation(EntityId from, EntityId to, Relation relation,
                                            RelationDetails details, RelationPosition at) {
    relation.id = static_cast<RelationId>(relation_count());
    RelationEdge e;
    if (!bulk_) {
        link_pending();  // the lists stay in file order
        e = boost::add_edge(from, to, relation, *graph_).first;
    } else {
        if (from >= entity_count() || to >= entity_count())
            throw std::logic_error("add_relation: an end that is no entity, in bulk loading");
        mark_unlinked(relation.id);
        graph_->m_edges.emplace_back(from, to, relation);
        e = RelationEdge(from, to, &graph_->m_edges.back().get_property());
    }
    positions_.push_back(at);
    if (!details.empty()) {
        detail_slot_.resize(relation.id, kNoDetails);
        detail_slot_.push_back(static_cast<std::uint32_t>(details_.size()));
        details_.push_back(std::move(details));
    }
    return e;
}

const RelationDetails& PartnershipGraph::details(RelationId id) const {
    static const RelationDetails kNone;
    if (id >= relation_count()) throw std::out_of_range("relation " + std::to_string(id) + " of " + std::to_string(relation_count()));
    const std::uint32_t slot = id < detail_slot_.size() ? detail_slot_[id] : kNoDetails;
    return slot == kNoDetails ? kNone : details_[slot];
}

bool PartnershipGraph::add_alias(std::string_view alias, EntityId entity) {
    return index_.insert(to_lower(alias), entity);
}

EntityId PartnershipGraph::find(std::string_view id_or_alias) const {
    const std::size_t v = index_.find(to_lower(id_or_alias));
    return v == StringIndex::kAbsent ? kNoEntity : static_cast<EntityId>(v);
}

void PartnershipGraph::prefetch_find(std::string_view id_or_alias) const {
    index_.prefetch(to_lower(id_or_alias));
}

std::vector<std::string> PartnershipGraph::ids() const {
    std::vector<std::string> out;
    out.reserve(entity_count());
    for (EntityId v = 0; v < entity_count(); ++v) out.push_back((*graph_)[v].id);
    return out;
}

PartnershipGraph filtered_by_masks(const PartnershipGraph& g, const std::vector<bool>& keep_entity,
                                   const std::vector<bool>& keep_relation) {
    PartnershipGraph out(g.vocabulary());
    out.info() = g.info();
    std::vector<EntityId> map(g.entity_count(), kNoEntity);
    for (EntityId v = 0; v < g.entity_count(); ++v) {
        if (!keep_entity[v]) continue;
        map[v] = out.add_entity(g.entity(v));
        for (const auto& alias : g.entity(v).aliases) out.add_alias(alias, map[v]);
    }
    for (RelationEdge e : g.relations()) {
        const Relation& r = g.relation(e);
        const EntityId s = map[g.source(e)], t = map[g.target(e)];
        if (!keep_relation[r.id] || s == kNoEntity || t == kNoEntity) continue;
        out.add_relation(s, t, r, g.details(r.id), g.position(r.id));
    }
    return out;
}

namespace {

// Every word that names an entity: ids, aliases and display names, in file order.
std::vector<std::string> entity_words(const PartnershipGraph& g) {
    std::vector<std::string> out;
    for (EntityId v = 0; v < g.entity_count(); ++v) {
        const Entity& e = g.entity(v);
        out.push_back(e.id);
        out.insert(out.end(), e.aliases.begin(), e.aliases.end());
        if (!e.name.empty()) out.push_back(e.name);
    }
    return out;
}

}  // namespace

EntityId resolve_entity(const PartnershipGraph& g, std::string_view text) {
    if (const EntityId v = g.find(text); v != kNoEntity) return v;
    const std::string wanted = to_lower(text);
    std::vector<EntityId> named;
    for (EntityId v = 0; v < g.entity_count(); ++v)
        if (!g.entity(v).name.empty() && to_lower(g.entity(v).name) == wanted) named.push_back(v);
    if (named.size() == 1) return named.front();
    if (named.size() > 1) {
        std::string ids;
        for (EntityId v : named) ids += (ids.empty() ? "" : ", ") + g.entity(v).id;
        throw UsageError("'" + std::string(text) + "' is the name of several entities (" + ids + "); give the id");
    }
    throw UsageError("unknown entity '" + std::string(text) + "'" + did_you_mean(text, entity_words(g)));
}

}  // namespace pactgraph
