// The compact analysis view: the partnership graph as compressed sparse row arrays, built once
// per command from the model and read by every algorithm of analysis/ (the centrality
// measures, structure, shortest paths, neighbourhoods).
//
// Vertices are EntityIds stored as 32-bit integers; an arc is a distinct ordered pair of
// entities (NetworkX's DiGraph) or unordered pair (its Graph), listing the relations it stands
// for, so the rich fields stay in the model and are reached by relation id. A symmetric relation
// (agreement, partners_with, a file's own symmetric types) is an arc each way, as every traversal
// follows it both ways.
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "model/graph.hpp"
#include "support/diagnostics.hpp"

namespace pactgraph {

// A read-only array of u32: its own elements, or a view of elements that outlive it (the
// arrays of a mapped snapshot, read in place instead of copied). Copies of a view view the same
// elements; copies of an owning array own a copy.
class U32Array {
public:
    U32Array() = default;
    U32Array(std::vector<std::uint32_t> own) : own_(std::move(own)), data_(own_.data()), size_(own_.size()) {}
    static U32Array view(std::span<const std::uint32_t> elements) {
        U32Array a;
        a.data_ = elements.data();
        a.size_ = elements.size();
        return a;
    }
    U32Array(const U32Array& o) : own_(o.own_), data_(o.own_.empty() ? o.data_ : own_.data()), size_(o.size_) {}
    U32Array(U32Array&& o) noexcept : own_(std::move(o.own_)), data_(o.data_), size_(o.size_) {
        o.data_ = nullptr;
        o.size_ = 0;
    }
    U32Array& operator=(U32Array o) noexcept {  // (a moved vector keeps its elements where they are)
        std::swap(own_, o.own_);
        std::swap(data_, o.data_);
        std::swap(size_, o.size_);
        return *this;
    }

    std::uint32_t operator[](std::size_t i) const { return data_[i]; }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    std::uint32_t front() const { return data_[0]; }
    std::uint32_t back() const { return data_[size_ - 1]; }
    const std::uint32_t* data() const { return data_; }
    const std::uint32_t* begin() const { return data_; }
    const std::uint32_t* end() const { return data_ + size_; }
    operator std::span<const std::uint32_t>() const { return {data_, size_}; }
    friend bool operator==(const U32Array& a, const U32Array& b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end());
    }

private:
    std::vector<std::uint32_t> own_;
    const std::uint32_t* data_ = nullptr;
    std::size_t size_ = 0;
};

// One direction of adjacency. Vertex v's arcs are offsets[v] .. offsets[v+1]-1; their targets
// ascend (by EntityId, i.e. file order). Arc i stands for relations[relation_offsets[i]] ..
// relations[relation_offsets[i+1]-1], in file order; both are empty in a view built with
// ArcRelations::dropped.
struct Csr {
    U32Array offsets{std::vector<std::uint32_t>{0}};  // size n+1
    U32Array targets;
    std::vector<double> weights;            // parallel to targets, or empty (unweighted)
    std::vector<std::uint32_t> relation_offsets{0};  // size arcs+1
    std::vector<RelationId> relations;

    std::size_t arc_count() const { return targets.size(); }
    std::uint32_t degree(std::size_t v) const { return offsets[v + 1] - offsets[v]; }
};

// The view every measure and search runs on: n vertices (= entities, same ids).
// Directed: `out` lists successors, `in` predecessors; a symmetric relation gives an arc each
// way. Undirected: both list the neighbours (a self-loop once). With `weighted`, an arc's weight
// is the summed disclosed amounts of its relations (undisclosed: 0; in the directed view a
// symmetric relation adds its amount to each of its two arcs, as NetworkX's G.add_edge(a, b) and
// G.add_edge(b, a) would).
struct Projection {
    std::size_t n = 0;
    bool directed = true;
    bool weighted = false;
    Csr out;
    Csr in;
    std::vector<std::uint8_t> self_loop;  // 1 where v -> v is a pair
    std::vector<double> self_weight;      // weighted only: the self-loop's weight

    std::size_t pair_count() const { return out.targets.size(); }  // undirected: twice, less loops
};

// Whether a view lists each arc's relations (Csr::relation_offsets and relations): what a path
// search needs to name them, and measures do not (a million-relation view is then 8 MB smaller
// per direction per million relations, and built sooner).
enum class ArcRelations { kept, dropped };

// Builds the view in one pass over the relations and one over the entities' own lists, each
// entity's ends sorted in place (time linear in entities + relations, but for the sort of each
// entity's few ends).
// Throws ViewTooLargeError when the graph does not fit 32-bit ids.
Projection project(const PartnershipGraph& g, bool undirected, bool weighted,
                   ArcRelations relations = ArcRelations::kept);

// A directed, unweighted view of `n` vertices holding only the adjacency (no relation lists):
// what a search by hops needs (ShortestPathSearch without the model), e.g. the arrays a
// snapshot stores, viewed in place. out_offsets/in_offsets have n + 1 entries, from 0 to their
// targets' count.
Projection adjacency_view(std::size_t n, U32Array out_offsets, U32Array out_targets, U32Array in_offsets,
                          U32Array in_targets);

// More entities or relations than 32-bit vertex ids and arc offsets can hold.
class ViewTooLargeError : public Error {
public:
    explicit ViewTooLargeError(const std::string& what) : Error(what) {}
};

// The check project() makes: `entities` vertices and `arcs` relation ends (a relation once, a
// symmetric one twice) must fit 32-bit ids. Throws ViewTooLargeError saying which limit.
void check_view_fits(std::size_t entities, std::size_t arcs);

}  // namespace pactgraph
