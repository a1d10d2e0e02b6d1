#include <catch2/catch.hpp>

#include <memory>

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
