// Components, density, reciprocity, k-cores, clustering, brokerage and weak points. Expected
// values: NetworkX 2.8 (scripts/expected-structure.py -> structure_expected.hpp), a tiny graph
// worked out by hand, and a naive oracle (remove a point, count what is left) on random graphs.
#include <catch2/catch.hpp>
#include <cmath>
#include <random>

#include "analysis/structure.hpp"
#include "analysis/weak_points.hpp"
#include "test_graphs.hpp"
#include "structure_expected.hpp"

using namespace pactgraph;
using test::ExpectedStructure;

namespace {

const PartnershipGraph& load(const std::string& relative) { return test::graph_file(relative); }

void check_values(const PartnershipGraph& g, const char* what, const std::vector<std::optional<double>>& got,
                  const std::vector<double>& expected) {
    REQUIRE(got.size() == expected.size());
    for (EntityId v = 0; v < got.size(); ++v) {
        INFO(what << " of " << g.entity(v).id);
        if (std::isnan(expected[v])) {
            CHECK_FALSE(got[v].has_value());
        } else {
            REQUIRE(got[v].has_value());
            CHECK_THAT(*got[v], Catch::WithinAbs(expected[v], 1e-9));
        }
    }
}

std::vector<std::optional<double>> optional_all(const std::vector<double>& xs) {
    return {xs.begin(), xs.end()};
}

std::vector<std::string> ids_of(const PartnershipGraph& g, const std::vector<EntityId>& vs) {
    std::vector<std::string> out;
    for (EntityId v : vs) out.push_back(g.entity(v).id);
    return out;
}

std::vector<std::string> strings(const std::vector<const char*>& xs) { return {xs.begin(), xs.end()}; }

void check_weak_points(const PartnershipGraph& g, const ExpectedStructure& e) {
    const WeakPoints w = find_weak_points(g);
    REQUIRE(w.articulation_points.size() == e.articulation_points.size());
    for (std::size_t i = 0; i < w.articulation_points.size(); ++i) {
        const ArticulationPoint& p = w.articulation_points[i];
        INFO("articulation point " << e.articulation_points[i].id);
        CHECK(g.entity(p.entity).id == std::string(e.articulation_points[i].id));
        CHECK(w.is_articulation_point[p.entity]);
        CHECK(ids_of(g, p.cut_off) == strings(e.articulation_points[i].cut_off));
    }
    REQUIRE(w.bridges.size() == e.bridges.size());
    for (std::size_t i = 0; i < w.bridges.size(); ++i) {
        const Bridge& b = w.bridges[i];
        INFO("bridge " << e.bridges[i].from << " -> " << e.bridges[i].to);
        CHECK(g.relation(b.relation).id == e.bridges[i].relation);
        CHECK(g.entity(g.source(b.relation)).id == std::string(e.bridges[i].from));
        CHECK(ids_of(g, b.cut_off) == strings(e.bridges[i].cut_off));
    }
}

Entity entity(std::string id) { return test::plain_entity(std::move(id)); }

}  // namespace

TEST_CASE("Structure measures match NetworkX 2.8 on shipped, fixture and generated graphs",
          "[analysis][structure]") {
    const auto index = GENERATE(range(std::size_t{0}, test::kExpectedStructure.size()));
    const ExpectedStructure& e = test::kExpectedStructure[index];
    INFO(e.name);
    const PartnershipGraph& g = load(e.file);
    REQUIRE(g.entity_count() == e.ids.size());
    for (EntityId v = 0; v < g.entity_count(); ++v) REQUIRE(g.entity(v).id == std::string(e.ids[v]));

    const StructureResult r = compute_structure(g);
    CHECK(r.weak.of == e.weak);
    CHECK(r.strong.of == e.strong);
    CHECK_THAT(r.density, Catch::WithinAbs(e.density, 1e-12));
    check_values(g, "reciprocity", {r.reciprocity}, {e.reciprocity});
    check_values(g, "entity reciprocity", r.entity_reciprocity, e.entity_reciprocity);
    CHECK(r.core_number == e.core_number);
    check_values(g, "clustering", optional_all(r.clustering), e.clustering);
    check_values(g, "constraint", r.constraint, e.constraint);
    check_values(g, "effective size", r.effective_size, e.effective_size);
    if (!e.weighted_constraint.empty()) {
        const StructureResult w = compute_structure(g, {.weighted = true});
        check_values(g, "weighted constraint", w.constraint, e.weighted_constraint);
        check_values(g, "weighted effective size", w.effective_size, e.weighted_effective_size);
    }
    check_weak_points(g, e);
}

// A hand-drawn web:
//
//   a --> b          d <--> e      f
//   ^    /
//   |   v
//    c <            (c -> a closes the cycle a -> b -> c -> a)
//    |
//    v
//    g
TEST_CASE("A cycle with a tail: components, cores, clustering and brokerage by hand",
          "[analysis][structure]") {
    PartnershipGraph g;
    for (const char* id : {"a", "b", "c", "d", "e", "f", "g"}) g.add_entity(entity(id));
    auto link = [&](EntityId x, EntityId y) { g.add_relation(x, y, {}, {}); };
    link(0, 1), link(1, 2), link(2, 0), link(3, 4), link(4, 3), link(2, 6);
    const StructureResult r = compute_structure(g);
    CHECK(r.weak.of == std::vector<std::uint32_t>{0, 0, 0, 1, 1, 2, 0});
    CHECK(r.weak.sizes == std::vector<std::uint32_t>{4, 2, 1});
    CHECK(r.strong.of == std::vector<std::uint32_t>{0, 0, 0, 1, 1, 2, 3});
    CHECK(r.density == Approx(6.0 / 42));
    CHECK(*r.reciprocity == Approx(2.0 / 6));  // d <-> e: two of six arcs
    CHECK(r.core_number == std::vector<std::uint32_t>{2, 2, 2, 2, 2, 0, 1});
    // a: one directed triangle through each of its two ties, over 2 (2·1 - 0).
    CHECK(r.clustering[0] == Approx(0.5));
    // c: three ties (b in; a, g out), two triangles: 2 / (2 (3·2 - 0)).
    CHECK(r.clustering[2] == Approx(1.0 / 6));
    // a: p = 1/2 to b and to c; b gives c 1/2 of its ties, c gives b 1/3 (c also has g):
    // (1/2 + 1/2·1/3)² + (1/2 + 1/2·1/2)² = 4/9 + 9/16. Effective size: 2 - (1/2 + 1/2).
    CHECK(*r.constraint[0] == Approx(4.0 / 9 + 9.0 / 16));
    CHECK(*r.effective_size[0] == Approx(1.0));
    CHECK_FALSE(r.constraint[5].has_value());

    const WeakPoints w = find_weak_points(g);
    REQUIRE(w.articulation_points.size() == 1);
    CHECK(w.articulation_points[0].entity == 2);  // c holds g
    CHECK(w.articulation_points[0].cut_off == std::vector<EntityId>{6});
    // c -> g is a bridge; d <-> e is not: two relations join the pair.
    REQUIRE(w.bridges.size() == 1);
    CHECK(g.relation(w.bridges[0].relation).id == 5);
    CHECK(w.bridges[0].cut_off == std::vector<EntityId>{6});
}

namespace {

// The oracle: the component of `start`, less `removed` and relation `skip`, split into parts by
// depth-first search; returns the cut-off entities (all but the largest part, ties: the part
// with the smallest entity stays).
using Adjacency = std::vector<std::vector<EntityId>>;

std::vector<EntityId> reach(const Adjacency& adj, EntityId from, EntityId removed, std::vector<bool>& seen) {
    std::vector<EntityId> stack{from}, out;
    seen[from] = true;
    while (!stack.empty()) {
        const EntityId x = stack.back();
        stack.pop_back();
        out.push_back(x);
        for (EntityId y : adj[x])
            if (y != removed && !seen[y]) seen[y] = true, stack.push_back(y);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<EntityId> naive_cut_off(const PartnershipGraph& g, EntityId removed, RelationId skip,
                                    EntityId start) {
    const std::size_t n = g.entity_count();
    Adjacency all(n), cut(n);
    for (RelationEdge e : g.relations()) {
        all[g.source(e)].push_back(g.target(e)), all[g.target(e)].push_back(g.source(e));
        if (g.relation(e).id == skip) continue;
        cut[g.source(e)].push_back(g.target(e)), cut[g.target(e)].push_back(g.source(e));
    }
    std::vector<bool> seen(n, false);
    const std::vector<EntityId> component = reach(all, start, kNoEntity, seen);
    std::vector<std::vector<EntityId>> parts;
    seen.assign(n, false);
    for (EntityId v : component)
        if (v != removed && !seen[v]) parts.push_back(reach(cut, v, removed, seen));
    std::stable_sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    std::vector<EntityId> out;
    for (std::size_t i = 1; i < parts.size(); ++i) out.insert(out.end(), parts[i].begin(), parts[i].end());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("Weak points agree with removing each entity and relation on random graphs",
          "[analysis][structure]") {
    const unsigned seed = GENERATE(1u, 2u, 3u, 4u, 5u, 6u);
    std::mt19937 rng(seed);
    PartnershipGraph g;
    const std::size_t n = 30;
    for (std::size_t i = 0; i < n; ++i) g.add_entity(entity("v" + std::to_string(i)));
    for (int i = 0; i < 34; ++i) g.add_relation(rng() % n, rng() % n, {}, {});
    const WeakPoints w = find_weak_points(g);
    std::size_t next = 0;
    for (EntityId v = 0; v < n; ++v) {
        // v is an articulation point when its removal leaves its component in two or more parts.
        const std::vector<EntityId> cut = naive_cut_off(g, v, UINT32_MAX, v);
        INFO("seed " << seed << ", entity v" << v);
        CHECK(w.is_articulation_point[v] == !cut.empty());
        if (!cut.empty()) {
            REQUIRE(next < w.articulation_points.size());
            CHECK(w.articulation_points[next].entity == v);
            CHECK(w.articulation_points[next++].cut_off == cut);
        }
    }
    CHECK(next == w.articulation_points.size());
    std::size_t bridge = 0;
    for (RelationEdge e : g.relations()) {
        const RelationId id = g.relation(e).id;
        const std::vector<EntityId> cut = naive_cut_off(g, kNoEntity, id, g.source(e));
        INFO("seed " << seed << ", relation " << id);
        if (!cut.empty()) {
            REQUIRE(bridge < w.bridges.size());
            CHECK(g.relation(w.bridges[bridge].relation).id == id);
            CHECK(w.bridges[bridge++].cut_off == cut);
        }
    }
    CHECK(bridge == w.bridges.size());
    CHECK(bridge > 0);  // the random graphs are sparse enough to have some
}
