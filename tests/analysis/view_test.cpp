// The analysis view against a naive construction from the relations: distinct pairs, each with
// its relations in file order and the sum of their amounts, in and out the same arcs.
#include <catch2/catch.hpp>
#include <map>
#include <random>

#include "analysis/view.hpp"
#include "test_graphs.hpp"

using namespace pactgraph;

namespace {

// Parallel relations, self-loops (some symmetric), symmetric relations and isolated entities;
// `bulk`: loaded as readers load, its entities' lists of relations not made (the view does not
// need them).
PartnershipGraph mixed_graph(unsigned seed, bool bulk = false) {
    PartnershipGraph g;
    const RelationTypeId owns = *g.vocabulary().find_type("owns");
    const RelationTypeId agreement = *g.vocabulary().find_type("agreement");
    constexpr std::size_t n = 50;
    for (std::size_t i = 0; i < n; ++i) g.add_entity(test::plain_entity("v" + std::to_string(i)));
    std::mt19937 rng(seed);
    std::uniform_int_distribution<std::size_t> pick(0, n - 6);  // the last five stay isolated
    if (bulk) g.begin_bulk();
    for (int k = 0; k < 400; ++k) {
        Relation r;
        r.type = k % 3 == 0 ? agreement : owns;
        if (k % 4 != 0) r.amount_usd = static_cast<double>(k + 1) * 1e6;
        const std::size_t from = pick(rng);
        g.add_relation(from, k % 37 == 0 ? from : pick(rng), r, RelationDetails{});
    }
    if (bulk) g.end_bulk();
    return g;
}

struct NaiveArc {
    std::vector<RelationId> relations;
    double weight = 0.0;
};
using Naive = std::map<std::pair<std::uint32_t, std::uint32_t>, NaiveArc>;

// NetworkX's DiGraph (a symmetric relation both ways; a symmetric self-loop's amount twice) or
// Graph (each relation once per direction), built relation by relation.
Naive naive(const PartnershipGraph& g, bool undirected) {
    Naive arcs;
    for (RelationEdge e : g.relations()) {
        const auto s = static_cast<std::uint32_t>(g.source(e)), t = static_cast<std::uint32_t>(g.target(e));
        const Relation& r = g.relation(e);
        const double w = r.has_amount() ? r.amount_usd : 0.0;
        const bool both = undirected || g.symmetric(e);
        NaiveArc& a = arcs[{s, t}];
        a.relations.push_back(r.id);
        a.weight += w;
        if (both && s == t && !undirected) a.weight += w;
        if (both && s != t) {
            NaiveArc& b = arcs[{t, s}];
            b.relations.push_back(r.id);
            b.weight += w;
        }
    }
    return arcs;
}

// The arcs of one direction of the view, keyed (row, target).
Naive arcs_of(const Csr& c, std::size_t n, bool transposed) {
    Naive out;
    for (std::uint32_t v = 0; v < n; ++v)
        for (std::uint32_t i = c.offsets[v]; i < c.offsets[v + 1]; ++i) {
            if (i > c.offsets[v]) CHECK(c.targets[i - 1] < c.targets[i]);  // ascending, distinct
            NaiveArc a;
            a.relations.assign(c.relations.begin() + c.relation_offsets[i],
                               c.relations.begin() + c.relation_offsets[i + 1]);
            a.weight = c.weights.empty() ? 0.0 : c.weights[i];
            out[transposed ? std::pair{c.targets[i], v} : std::pair{v, c.targets[i]}] = a;
        }
    return out;
}

void check_same(const Naive& got, const Naive& expected) {
    REQUIRE(got.size() == expected.size());
    for (const auto& [pair, arc] : expected) {
        INFO(pair.first << " -> " << pair.second);
        const auto it = got.find(pair);
        REQUIRE(it != got.end());
        CHECK(it->second.relations == arc.relations);
        CHECK(it->second.weight == arc.weight);  // summed in file order on both sides
    }
}

}  // namespace

TEST_CASE("The view holds the distinct pairs with their relations and summed amounts",
          "[analysis][view]") {
    const PartnershipGraph g = mixed_graph(GENERATE(1u, 2u, 3u), GENERATE(false, true));
    const bool undirected = GENERATE(false, true);
    const Projection p = project(g, undirected, true);
    const Naive expected = naive(g, undirected);
    CHECK(p.n == g.entity_count());
    CHECK(p.directed == !undirected);
    check_same(arcs_of(p.out, p.n, false), expected);
    check_same(arcs_of(p.in, p.n, true), expected);
    for (std::uint32_t v = 0; v < p.n; ++v) {
        const auto loop = expected.find({v, v});
        CHECK(p.self_loop[v] == (loop != expected.end()));
        CHECK(p.self_weight[v] == (loop != expected.end() ? loop->second.weight : 0.0));
    }
    SECTION("and without weights, the same arcs and no weight array") {
        const Projection u = project(g, undirected, false);
        CHECK(u.out.targets == p.out.targets);
        CHECK(u.out.relations == p.out.relations);
        CHECK(u.out.weights.empty());
        CHECK(u.self_weight.empty());
    }
}

TEST_CASE("An empty graph gives an empty view", "[analysis][view]") {
    const Projection p = project(PartnershipGraph{}, false, true);
    CHECK(p.n == 0);
    CHECK(p.out.offsets == std::vector<std::uint32_t>{0});
    CHECK(p.in.relation_offsets == std::vector<std::uint32_t>{0});
    CHECK(p.pair_count() == 0);
}

TEST_CASE("A graph beyond 32-bit ids is refused with the limit it passed", "[analysis][view]") {
    CHECK_NOTHROW(check_view_fits(4'294'967'294ull, 4'294'967'295ull));
    CHECK_THROWS_WITH(check_view_fits(4'294'967'295ull, 0),
                      "error: 4294967295 entities do not fit the analysis view's 32-bit ids (at most "
                      "4294967294); analyse a part of the graph: filter it by kind or type");
    CHECK_THROWS_WITH(check_view_fits(10, 4'294'967'296ull),
                      "error: 4294967296 relation ends (a symmetric relation counts twice) do not fit "
                      "the analysis view's 32-bit offsets (at most 4294967295); analyse a part of the "
                      "graph: filter it by kind or type");
    CHECK_THROWS_AS(check_view_fits(4'294'967'295ull, 0), ViewTooLargeError);
}

TEST_CASE("A view built without its arcs' relations has the same arcs and weights", "[analysis][view]") {
    const PartnershipGraph g = mixed_graph(GENERATE(1u, 2u));
    for (const bool undirected : {false, true}) {
        for (const bool weighted : {false, true}) {
            const Projection a = project(g, undirected, weighted);
            const Projection b = project(g, undirected, weighted, ArcRelations::dropped);
            for (const auto& [x, y] : {std::pair{&a.out, &b.out}, std::pair{&a.in, &b.in}}) {
                CHECK(x->offsets == y->offsets);
                CHECK(x->targets == y->targets);
                CHECK(x->weights == y->weights);
                CHECK_FALSE(x->relations.empty());
                CHECK(y->relations.empty());
                CHECK(y->relation_offsets.empty());
            }
            CHECK(a.self_loop == b.self_loop);
        }
    }
}
