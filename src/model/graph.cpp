#include "model/graph.hpp"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <mutex>
#include "support/diagnostics.hpp"
#include "support/suggest.hpp"
#include "support/text.hpp"

namespace pactgraph {

struct PartnershipGraph::Lazy {
    std::once_flag adjacency;           // graph()'s in/out lists, built once
    std::atomic<bool> linked = false;   // built: add_relation() extends them
    std::mutex made_mutex;
    std::unordered_map<RelationId, RelationDetails> made;  // details() of relations without any
};

namespace {

bool empty_details(const RelationDetails& d) {
    return d.label.empty() && d.scope.empty() && d.note.empty() && d.id.empty() && d.sources.empty() &&
           d.attributes.empty();
}

}  // namespace

PartnershipGraph::PartnershipGraph() : graph_(std::make_unique<Graph>()), lazy_(std::make_unique<Lazy>()) {}

PartnershipGraph::PartnershipGraph(Vocabulary vocabulary) : PartnershipGraph() {
    vocabulary_ = std::move(vocabulary);
}

PartnershipGraph::~PartnershipGraph() = default;

PartnershipGraph::PartnershipGraph(const PartnershipGraph& other)
    : graph_(std::make_unique<Graph>()),
      vocabulary_(other.vocabulary_),
      info_(other.info_),
      positions_(other.positions_),
      detail_slot_(other.detail_slot_),
      details_(other.details_),
      index_(other.index_),
      lazy_(std::make_unique<Lazy>()) {
    // The entities and the edge array, without the in/out lists (graph() builds them when asked).
    graph_->m_vertices.reserve(other.entity_count());
    for (EntityId v = 0; v < other.entity_count(); ++v) boost::add_vertex(other.entity(v), *graph_);
    graph_->m_edges = other.graph_->m_edges;
    rebuild_relation_edges();
}

PartnershipGraph::PartnershipGraph(PartnershipGraph&& other) noexcept : PartnershipGraph() {
    *this = std::move(other);
}

PartnershipGraph& PartnershipGraph::operator=(const PartnershipGraph& other) {
    if (this != &other) *this = PartnershipGraph(other);
    return *this;
}

PartnershipGraph& PartnershipGraph::operator=(PartnershipGraph&& other) noexcept {
    // Swapping leaves `other` a valid graph (this one's old contents); the storage itself does
    // not move, so every edge descriptor stays valid.
    std::swap(graph_, other.graph_);
    std::swap(vocabulary_, other.vocabulary_);
    std::swap(info_, other.info_);
    std::swap(relation_edges_, other.relation_edges_);
    std::swap(positions_, other.positions_);
    std::swap(detail_slot_, other.detail_slot_);
    std::swap(details_, other.details_);
    std::swap(index_, other.index_);
    std::swap(lazy_, other.lazy_);
    return *this;
}

void PartnershipGraph::reserve(std::size_t entities, std::size_t relations) {
    graph_->m_vertices.reserve(entities);
    const auto* before = graph_->m_edges.data();
    graph_->m_edges.reserve(relations);
    if (graph_->m_edges.data() != before) rebuild_relation_edges();
    relation_edges_.reserve(relations);
    positions_.reserve(relations);
    detail_slot_.reserve(relations);
}

void PartnershipGraph::rebuild_relation_edges() {
    auto& edges = graph_->m_edges;
    relation_edges_.resize(edges.size());
    for (std::size_t i = 0; i < edges.size(); ++i)
        relation_edges_[i] = RelationEdge(edges[i].m_source, edges[i].m_target, &edges[i].get_property());
}

void PartnershipGraph::link(std::size_t i) {
    using StoredEdge = Graph::StoredEdge;
    auto& edges = graph_->m_edges;
    const auto at = edges.begin() + static_cast<std::ptrdiff_t>(i);
    graph_->m_vertices[at->m_source].m_out_edges.push_back(StoredEdge(at->m_target, at, &edges));
    graph_->m_vertices[at->m_target].m_in_edges.push_back(StoredEdge(at->m_source, at, &edges));
}

const Graph& PartnershipGraph::graph() const {
    std::call_once(lazy_->adjacency, [this] {
        // Exact sizes first: no list grows past its degree.
        auto& vertices = graph_->m_vertices;
        std::vector<std::uint32_t> out(vertices.size()), in(vertices.size());
        for (const auto& e : graph_->m_edges) ++out[e.m_source], ++in[e.m_target];
        for (std::size_t v = 0; v < vertices.size(); ++v) {
            vertices[v].m_out_edges.reserve(out[v]);
            vertices[v].m_in_edges.reserve(in[v]);
        }
        auto* self = const_cast<PartnershipGraph*>(this);
        for (std::size_t i = 0; i < graph_->m_edges.size(); ++i) self->link(i);
        lazy_->linked = true;
    });
    return *graph_;
}

EntityId PartnershipGraph::add_entity(Entity entity) {
    const std::string key = to_lower(entity.id);
    const EntityId v = boost::add_vertex(std::move(entity), *graph_);
    index_[key] = v;  // an id wins over an alias of the same spelling
    return v;
}

RelationEdge PartnershipGraph::add_relation(EntityId from, EntityId to, Relation relation,
                                            RelationPosition at) {
    if (relation_edges_.size() >= std::numeric_limits<RelationId>::max())
        throw Error("more than " + std::to_string(std::numeric_limits<RelationId>::max()) +
                    " relations; expected at most that many in one graph");
    const auto id = static_cast<RelationId>(relation_edges_.size());
    relation.id = id;
    auto& edges = graph_->m_edges;
    const auto* before = edges.data();
    edges.emplace_back(from, to, relation);
    if (edges.data() != before) rebuild_relation_edges();  // the array moved: fresh descriptors
    else relation_edges_.emplace_back(from, to, &edges.back().get_property());
    if (lazy_->linked) link(id);
    positions_.push_back(at);
    detail_slot_.push_back(kNoDetails);
    return relation_edges_.back();
}

RelationEdge PartnershipGraph::add_relation(EntityId from, EntityId to, Relation relation,
                                            RelationDetails details) {
    const RelationEdge e = add_relation(from, to, relation, RelationPosition{details.line, details.column});
    if (!empty_details(details)) {
        detail_slot_.back() = static_cast<std::uint32_t>(details_.size());
        details_.push_back(std::move(details));
    }
    return e;
}

const RelationDetails& PartnershipGraph::stored_details(RelationId id) const {
    static const RelationDetails kNone;
    const std::uint32_t slot = detail_slot_.at(id);
    return slot == kNoDetails ? kNone : details_[slot];
}

const RelationDetails& PartnershipGraph::details(RelationId id) const {
    const std::uint32_t slot = detail_slot_.at(id);
    if (slot != kNoDetails) return details_[slot];
    const std::lock_guard<std::mutex> lock(lazy_->made_mutex);
    auto [it, fresh] = lazy_->made.try_emplace(id);
    if (fresh) {
        it->second.line = positions_[id].line;
        it->second.column = positions_[id].column;
    }
    return it->second;
}

bool PartnershipGraph::add_alias(std::string_view alias, EntityId entity) {
    return index_.emplace(to_lower(alias), entity).second;
}

EntityId PartnershipGraph::find(std::string_view id_or_alias) const {
    auto it = index_.find(to_lower(id_or_alias));
    return it == index_.end() ? kNoEntity : it->second;
}

std::vector<std::string> PartnershipGraph::ids() const {
    std::vector<std::string> out;
    out.reserve(entity_count());
    for (EntityId v = 0; v < entity_count(); ++v) out.push_back(entity(v).id);
    return out;
}

PartnershipGraph filtered_by_masks(const PartnershipGraph& g, const std::vector<bool>& keep_entity,
                                   const std::vector<bool>& keep_relation) {
    PartnershipGraph out(g.vocabulary());
    out.info() = g.info();
    out.reserve(static_cast<std::size_t>(std::count(keep_entity.begin(), keep_entity.end(), true)),
                static_cast<std::size_t>(std::count(keep_relation.begin(), keep_relation.end(), true)));
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
        RelationDetails d = g.stored_details(r.id);
        d.line = g.position(r.id).line;
        d.column = g.position(r.id).column;
        out.add_relation(s, t, r, std::move(d));
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
