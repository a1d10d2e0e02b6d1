#include <catch2/catch.hpp>

#include <memory>
#include <stdexcept>
#include <thread>

#include "model/graph.hpp"

using namespace pactgraph;

namespace {
Entity entity(std::string id, KindId kind = 0) {
    Entity e;
    e.id = std::move(id);
    e.name = e.id;
    e.kind = kind;
    return e;
}
}  // namespace

TEST_CASE("Parallel relations are kept as separate edges in file order", "[model]") {
    PartnershipGraph g;
    const EntityId ms = g.add_entity(entity("microsoft"));
    const EntityId oa = g.add_entity(entity("openai"));
    Relation r1, r2;
    r1.amount_usd = 1e9;
    r2.amount_usd = 1e10;
    g.add_relation(ms, oa, r1, {});
    g.add_relation(ms, oa, r2, {});
    REQUIRE(g.relation_count() == 2);
    CHECK(g.relation(g.relations()[0]).amount_usd == 1e9);
    CHECK(g.relation(g.relations()[1]).id == 1);
    CHECK(boost::out_degree(ms, g.graph()) == 2);
    CHECK(boost::in_degree(oa, g.graph()) == 2);
}

TEST_CASE("Ids and aliases find entities case-insensitively", "[model]") {
    PartnershipGraph g;
    const EntityId aws = g.add_entity(entity("aws"));
    REQUIRE(g.add_alias("Amazon Web Services", aws));
    CHECK(g.find("amazon web services") == aws);
    CHECK(g.find("AWS") == aws);
    CHECK(g.find("azure") == kNoEntity);
    CHECK_FALSE(g.add_alias("aws", aws));
}

TEST_CASE("The per-edge bundle stays small", "[model]") {
    // Millions of relations must fit: text lives in the side table, not on the edge.
    STATIC_REQUIRE(sizeof(Relation) <= 32);
    STATIC_REQUIRE(sizeof(Entity) <= 128);
}

TEST_CASE("Filtering keeps ids, order and the ends of kept relations", "[model]") {
    PartnershipGraph g;
    const EntityId a = g.add_entity(entity("a"));
    const EntityId b = g.add_entity(entity("b"));
    const EntityId c = g.add_entity(entity("c"));
    Relation r;
    g.add_relation(a, b, r, {"ab", {}, {}, {}, {}, {}}, {1, 1});
    g.add_relation(b, c, r, {"bc", {}, {}, {}, {}, {}}, {2, 1});
    g.add_relation(a, c, r, {"ac", {}, {}, {}, {}, {}}, {3, 1});
    const PartnershipGraph f = filtered(g, [&](EntityId v) { return v != b; },
                                        [](RelationEdge) { return true; });
    CHECK(f.entity_count() == 2);
    REQUIRE(f.relation_count() == 1);
    CHECK(f.details(f.relations()[0]).label == "ac");
    CHECK(f.entity(f.source(f.relations()[0])).id == "a");
    CHECK(f.find("c") != kNoEntity);
}

TEST_CASE("A copied or moved graph keeps its relations valid after the original is gone", "[model]") {
    auto make = [] {
        PartnershipGraph g;
        const EntityId a = g.add_entity(entity("a"));
        const EntityId b = g.add_entity(entity("b"));
        Relation r;
        r.amount_usd = 7;
        g.add_relation(a, b, r, {"first", {}, {}, {}, {}, {}}, {1, 1});
        r.amount_usd = 8;
        g.add_relation(b, a, r, {"second", {}, {}, {}, {}, {}}, {2, 1});
        return g;
    };
    auto original = std::make_unique<PartnershipGraph>(make());
    PartnershipGraph copy = *original;
    PartnershipGraph moved = std::move(*original);
    original.reset();
    for (const PartnershipGraph* g : {&copy, &moved}) {
        REQUIRE(g->relation_count() == 2);
        CHECK(g->relation(g->relations()[1]).amount_usd == 8);
        CHECK(g->details(g->relations()[1]).label == "second");
        CHECK(g->entity(g->source(g->relations()[1])).id == "b");
    }
}

TEST_CASE("Relations without details share one empty value and keep their own position", "[model]") {
    PartnershipGraph g;
    const EntityId a = g.add_entity(entity("a"));
    const EntityId b = g.add_entity(entity("b"));
    Relation r;
    g.add_relation(a, b, r, {}, {4, 2});
    g.add_relation(b, a, r, {"labelled", {}, {}, {}, {}, {}}, {5, 3});
    g.add_relation(a, b, r, {}, {6, 1});
    CHECK(g.details(0).empty());
    CHECK(&g.details(0) == &g.details(2));  // one shared value, not one each
    CHECK(g.details(1).label == "labelled");
    CHECK(g.position(0).line == 4);
    CHECK(g.position(1).column == 3);
    CHECK(g.position(g.relations()[2]).line == 6);
    const PartnershipGraph f = filtered(g, [](EntityId) { return true; },
                                        [&](RelationEdge e) { return g.relation(e).id != 0; });
    REQUIRE(f.relation_count() == 2);
    CHECK(f.details(0).label == "labelled");
    CHECK(f.position(0).line == 5);
    CHECK(f.position(1).line == 6);
}

TEST_CASE("Positions and details keep every relation's own after rows that need no column or slot", "[model]") {
    PartnershipGraph g;
    const EntityId a = g.add_entity(entity("a"));
    const EntityId b = g.add_entity(entity("b"));
    Relation r;
    // Rows at column 1 (a CSV's), one not from a file, then columns that must be kept.
    g.add_relation(a, b, r, {}, {2, 1});
    g.add_relation(a, b, r, {}, {3, 1});
    g.add_relation(a, b, r, {});
    g.add_relation(b, a, r, {"late", {}, {}, {}, {}, {}}, {9, 7});
    g.add_relation(a, b, r, {}, {10, 1});
    g.add_relation(a, b, r, {}, {11, 4});
    const std::vector<std::pair<std::uint32_t, std::uint32_t>> expected = {{2, 1}, {3, 1}, {0, 0}, {9, 7}, {10, 1}, {11, 4}};
    for (RelationId id = 0; id < expected.size(); ++id) {
        INFO("relation " << id);
        CHECK(g.position(id).line == expected[id].first);
        CHECK(g.position(id).column == expected[id].second);
        CHECK(g.details(id).label == (id == 3 ? "late" : ""));
    }
    CHECK_THROWS_AS(g.position(6), std::out_of_range);
    CHECK_THROWS_AS(g.details(6), std::out_of_range);
    const PartnershipGraph copy = g;
    CHECK(copy.position(5).column == 4);
    CHECK(copy.details(3).label == "late");
}

TEST_CASE("A moved-from graph is empty and usable", "[model]") {
    PartnershipGraph g;
    g.add_relation(g.add_entity(entity("a")), g.add_entity(entity("b")), Relation{}, {}, {1, 1});
    PartnershipGraph taken = std::move(g);
    CHECK(taken.relation_count() == 1);
    CHECK(g.entity_count() == 0);  // NOLINT(bugprone-use-after-move): the state is specified
    CHECK(g.relation_count() == 0);
    CHECK(g.find("a") == kNoEntity);
    g.add_relation(g.add_entity(entity("c")), g.add_entity(entity("d")), Relation{}, {});
    CHECK(g.relation_count() == 1);
    CHECK(taken.entity(taken.target(taken.relations()[0])).id == "b");
}

namespace {

// Every entity's outgoing and incoming relations, by relation id, in list order.
std::vector<std::vector<RelationId>> lists(const PartnershipGraph& g) {
    std::vector<std::vector<RelationId>> out;
    for (EntityId v = 0; v < g.entity_count(); ++v) {
        std::vector<RelationId> o, i;
        for (auto e : boost::make_iterator_range(boost::out_edges(v, g.graph()))) o.push_back(g.relation(e).id);
        for (auto e : boost::make_iterator_range(boost::in_edges(v, g.graph()))) i.push_back(g.relation(e).id);
        out.push_back(o);
        out.push_back(i);
    }
    return out;
}

// A seeded pseudo-random graph of `n` entities and `m` relations, added one by one or in bulk
// (in two rounds, with relations added directly in between).
PartnershipGraph random_graph(bool bulk, std::size_t n, std::size_t m) {
    PartnershipGraph g;
    for (std::size_t v = 0; v < n; ++v) g.add_entity(entity("e" + std::to_string(v)));
    std::uint64_t x = 88172645463325252ull;
    const auto next = [&x, n] {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        return static_cast<EntityId>(x % n);
    };
    for (std::size_t k = 0; k < m; ++k) {
        if (bulk && (k == 0 || k == m / 2)) g.begin_bulk();
        if (bulk && k == m / 3) g.end_bulk();
        Relation r;
        r.amount_usd = static_cast<double>(k);
        RelationDetails d;
        if (k % 7 == 0) d.label = "r" + std::to_string(k);
        const EntityId from = next(), to = next();
        g.add_relation(from, to, r, d, {static_cast<std::uint32_t>(k + 2), 1});
    }
    if (bulk) g.end_bulk();
    return g;
}

}  // namespace

TEST_CASE("Bulk loading makes the graph that adding relations one by one makes", "[model]") {
    const PartnershipGraph one_by_one = random_graph(false, 50, 2000);
    const PartnershipGraph bulk = random_graph(true, 50, 2000);
    REQUIRE(bulk.relation_count() == 2000);
    CHECK(lists(bulk) == lists(one_by_one));
    for (std::size_t k = 0; k < 2000; k += 97) {
        const RelationEdge a = one_by_one.relations()[k], b = bulk.relations()[k];
        CHECK(bulk.source(b) == one_by_one.source(a));
        CHECK(bulk.target(b) == one_by_one.target(a));
        CHECK(bulk.relation(b).amount_usd == static_cast<double>(k));
        CHECK(bulk.relation(b).id == k);
        CHECK(bulk.details(b).label == one_by_one.details(a).label);
        CHECK(bulk.position(b).line == k + 2);
    }
    // A copy and a move keep it.
    PartnershipGraph copy = bulk;
    CHECK(lists(copy) == lists(one_by_one));
    const PartnershipGraph moved = std::move(copy);
    CHECK(lists(moved) == lists(one_by_one));
}

TEST_CASE("Relations loaded in bulk are linked at first use, once, whichever thread asks",
          "[model][bulk]") {
    const PartnershipGraph one_by_one = random_graph(false, 50, 2000);
    SECTION("a graph moved before its lists are made") {
        PartnershipGraph bulk = random_graph(true, 50, 2000);
        PartnershipGraph moved = std::move(bulk);
        CHECK(lists(moved) == lists(one_by_one));
        CHECK(lists(bulk).empty());  // moved from: empty and usable
    }
    SECTION("two threads asking at once") {
        const PartnershipGraph bulk = random_graph(true, 50, 2000);
        std::vector<std::vector<RelationId>> seen;
        std::thread other([&] { seen = lists(bulk); });
        const auto here = lists(bulk);
        other.join();
        CHECK(here == lists(one_by_one));
        CHECK(seen == here);
    }
    SECTION("a relation added one by one after a bulk load goes after the bulk's") {
        PartnershipGraph bulk = random_graph(true, 50, 2000);
        PartnershipGraph plain = random_graph(false, 50, 2000);
        bulk.add_relation(3, 4, Relation{}, {});
        plain.add_relation(3, 4, Relation{}, {});
        CHECK(lists(bulk) == lists(plain));
    }
}

TEST_CASE("relations() lists the relations in file order and refuses a position past the end", "[model]") {
    const PartnershipGraph g = random_graph(false, 5, 30);
    RelationId expected = 0;
    for (RelationEdge e : g.relations()) CHECK(g.relation(e).id == expected++);
    CHECK(expected == 30);
    CHECK(g.relations().end() - g.relations().begin() == 30);
    CHECK(g.relation(g.relations().back()).id == 29);
    CHECK_THROWS_AS(g.relations().at(30), std::out_of_range);
}

TEST_CASE("A relation added in bulk must join two entities", "[model]") {
    PartnershipGraph g;
    g.add_entity(entity("a"));
    g.begin_bulk();
    CHECK_THROWS_AS(g.add_relation(0, 1, Relation{}, {}), std::logic_error);
}

TEST_CASE("Relation slots filled out of order, renumbered and closed make the graph add_relation makes",
          "[model][bulk]") {
    // Two fillers, each with its own numbering of entities (0, 1, ...) and types; the first fills
    // two of its three slots, the second its one.
    PartnershipGraph g;
    const EntityId a = g.add_entity(entity("a"));
    Relation before;
    before.amount_usd = 5;
    g.add_relation(a, a, before, {});
    g.begin_bulk();
    const RelationId first = g.open_relation_slots(4);
    CHECK(first == 1);
    CHECK(g.relation_count() == 5);
    Relation r;
    r.type = 0;  // the filler's own type 0
    r.amount_usd = 10;
    g.fill_relation(first, 0, 1, r, 7);  // first filler: its entities 0 -> 1, on line 7
    r.amount_usd = 20;
    g.fill_relation(first + 1, 1, 0, r, 8);
    r.amount_usd = 30;
    g.fill_relation(first + 3, 0, 0, r, 12);  // second filler: its entity 0, a loop
    const EntityId b = g.add_entity(entity("b"));
    const EntityId c = g.add_entity(entity("c"));
    const RelationTypeId invests = *g.vocabulary().find_type("invests_in");
    g.renumber_relations(first, first + 2, first, {b, c}, {invests});
    g.renumber_relations(first + 3, first + 4, first + 2, {c}, {invests});  // over the blank slot
    g.close_relation_slots(first + 3);
    RelationDetails d;
    d.note = "the loop";
    g.set_details(first + 2, d);
    CHECK_THROWS_AS(g.set_details(first, d), std::logic_error);  // out of order
    g.end_bulk();

    REQUIRE(g.relation_count() == 4);
    const auto at = [&](std::size_t i) { return g.relations().at(i); };
    CHECK(g.source(at(1)) == b);
    CHECK(g.target(at(1)) == c);
    CHECK(g.source(at(2)) == c);
    CHECK(g.target(at(2)) == b);
    CHECK(g.source(at(3)) == c);
    CHECK(g.target(at(3)) == c);
    for (std::size_t i = 0; i < 4; ++i) CHECK(g.relation(at(i)).id == i);
    CHECK(g.relation(at(3)).amount_usd == 30);
    CHECK(g.type_name(at(2)) == "invests_in");
    CHECK(g.position(2).line == 8);
    CHECK(g.position(3).line == 12);
    CHECK(g.position(3).column == 1);
    CHECK(g.details(3).note == "the loop");
    CHECK(g.details(2).note.empty());
    // Linked into the entities' lists, in file order.
    std::vector<RelationId> out_of_c;
    for (auto e : boost::make_iterator_range(boost::out_edges(c, g.graph()))) out_of_c.push_back(g.relation(e).id);
    CHECK(out_of_c == std::vector<RelationId>{2, 3});
    CHECK(boost::in_degree(c, g.graph()) == 2);
    CHECK_THROWS_AS(g.close_relation_slots(9), std::logic_error);
}
