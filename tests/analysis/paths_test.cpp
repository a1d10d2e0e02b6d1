// Neighbourhoods and paths. Expected values come from NetworkX 2.8 on the same files
// (nx.shortest_path_length, all_simple_paths with cutoff, ego_graph, dijkstra_path_length on
// DiGraph/Graph views where parallel relations are one hop), computed once by hand.
#include <catch2/catch.hpp>
#include <iterator>
#include <map>
#include <sstream>

#include "analysis/path_search.hpp"
#include "analysis/paths.hpp"
#include "io/graph_reader.hpp"
#include "paths_expected.hpp"
#include "test_graphs.hpp"

using namespace pactgraph;

namespace {

const PartnershipGraph& load(const std::string& relative) {
    static std::map<std::string, PartnershipGraph> cache;
    auto it = cache.find(relative);
    if (it == cache.end())
        it = cache.emplace(relative, load_graph(std::string(PACTGRAPH_SOURCE_DIR) + "/" + relative).graph).first;
    return it->second;
}
const PartnershipGraph& seed() { return load("graphs/openai-frontier.toml"); }
const PartnershipGraph& gen60() { return load("tests/data/gen-60.toml"); }

EntityId id(const PartnershipGraph& g, const std::string& s) { return g.find(s); }

std::vector<std::string> entities_of(const PartnershipGraph& g, const Path& p) {
    std::vector<std::string> out{g.entity(p.hops.front().from).id};
    for (const Hop& h : p.hops) out.push_back(g.entity(h.to).id);
    return out;
}

}  // namespace

TEST_CASE("Neighbors into openai are Microsoft's four relations and the three agreements", "[analysis][paths]") {
    const PartnershipGraph& g = seed();
    const Neighborhood n = neighborhood(g, id(g, "openai"), PathDirection::in, 1);
    // The agreements with SoftBank and Nvidia are written from OpenAI, but an agreement is
    // symmetric, so --in follows them too.
    REQUIRE(n.entities.size() == 4);
    CHECK(g.entity(n.entities[0]).id == "amazon");
    CHECK(g.entity(n.entities[1]).id == "microsoft");
    CHECK(g.entity(n.entities[2]).id == "nvidia");
    CHECK(g.entity(n.entities[3]).id == "softbank");
    REQUIRE(n.steps.size() == 7);
    // microsoft's relations in file order: $1B 2019, $10B 2023, the 2025-09 agreement, the lawsuit.
    CHECK(g.relation(n.steps[1].relation).amount_usd == 1e9);
    CHECK(g.relation(n.steps[2].relation).amount_usd == 1e10);
    CHECK(g.relation(n.steps[2].relation).date.to_string() == "2023");
}

TEST_CASE("Neighborhood rings match NetworkX reach on a generated graph", "[analysis][paths]") {
    const PartnershipGraph& g = gen60();
    const EntityId e0 = id(g, "e0");
    // scripts/expected-paths.py: symmetric relations (agreement, partners_with) count both ways.
    CHECK(neighborhood(g, e0, PathDirection::out, 2).entities.size() == 15);
    CHECK(neighborhood(g, e0, PathDirection::in, 2).entities.size() == 17);
    CHECK(neighborhood(g, e0, PathDirection::in, 1).steps.size() == 4);
    CHECK(neighborhood(g, e0, PathDirection::out, 1).steps.size() == 5);
    CHECK(neighborhood(g, e0, PathDirection::both, 1).entities.size() == 6);  // ego_graph(e0, 1): 7 nodes
    CHECK(neighborhood(g, e0, PathDirection::both, 2).entities.size() == 30);  // ego_graph(e0, 2): 31 nodes
}

TEST_CASE("Shortest paths have NetworkX's lengths, directed and undirected", "[analysis][paths]") {
    const PartnershipGraph& g = gen60();
    using Row = std::tuple<std::string, std::string, int, int>;
    auto [from, to, directed, undirected] = GENERATE(table<std::string, std::string, int, int>({
        Row{"e0", "e1", 4, 1}, Row{"e3", "e17", 2, 2}, Row{"e5", "e42", 3, 2}}));
    PathOptions o;
    const auto d = shortest_path(g, id(g, from), id(g, to), o);
    REQUIRE(d);
    CHECK(d->hops.size() == static_cast<std::size_t>(directed));
    o.undirected = true;
    const auto u = shortest_path(g, id(g, from), id(g, to), o);
    REQUIRE(u);
    CHECK(u->hops.size() == static_cast<std::size_t>(undirected));
    CHECK(u->cost == Approx(undirected));
}

TEST_CASE("Amount-weighted paths cost $1B per dollar amount as NetworkX's Dijkstra says", "[analysis][paths]") {
    const PartnershipGraph& g = gen60();
    PathOptions o;
    o.weight = PathWeight::amount;
    CHECK_FALSE(shortest_path(g, id(g, "e0"), id(g, "e1"), o));  // no directed path of disclosed amounts
    o.undirected = true;
    const auto a = shortest_path(g, id(g, "e0"), id(g, "e1"), o);
    REQUIRE(a);
    CHECK_THAT(a->cost, Catch::WithinRel(5.460464725552165, 1e-12));
    CHECK_THAT(shortest_path(g, id(g, "e3"), id(g, "e17"), o)->cost, Catch::WithinRel(12.585326109059428, 1e-12));
    CHECK_FALSE(shortest_path(g, id(g, "e5"), id(g, "e42"), o));
}

TEST_CASE("All simple paths are counted as NetworkX counts them, shortest first", "[analysis][paths]") {
    const PartnershipGraph& g = gen60();
    using Row = std::tuple<std::string, std::string, bool, int, std::size_t>;
    auto [from, to, undirected, max_hops, count] = GENERATE(table<std::string, std::string, bool, int, std::size_t>({
        // Directed counts follow symmetric relations both ways (scripts/expected-paths.py).
        Row{"e0", "e1", false, 4, 5}, Row{"e0", "e1", true, 4, 25}, Row{"e0", "e1", true, 3, 4},
        Row{"e3", "e17", false, 4, 21}, Row{"e3", "e17", true, 4, 63}, Row{"e3", "e17", true, 3, 10},
        Row{"e5", "e42", false, 4, 5}, Row{"e5", "e42", true, 4, 18}}));
    PathOptions o;
    o.undirected = undirected;
    o.max_hops = max_hops;
    const PathsResult r = all_simple_paths(g, id(g, from), id(g, to), o);
    CHECK(r.paths.size() == count);
    CHECK(r.more == 0);
    CHECK_FALSE(r.search_stopped);
    for (std::size_t i = 1; i < r.paths.size(); ++i) CHECK(r.paths[i - 1].hops.size() <= r.paths[i].hops.size());
}

TEST_CASE("All paths stop at the limit and count the ones cut off", "[analysis][paths]") {
    const PartnershipGraph& g = gen60();
    PathOptions o;
    o.undirected = true;
    o.limit = 10;
    const PathsResult r = all_simple_paths(g, id(g, "e3"), id(g, "e17"), o);
    CHECK(r.paths.size() == 10);
    CHECK(r.more == 53);
    SECTION("and a step budget stops the search itself, saying so") {
        o.step_budget = 20;
        const PathsResult s = all_simple_paths(g, id(g, "e3"), id(g, "e17"), o);
        CHECK(s.search_stopped);
        CHECK(s.paths.size() + s.more < 63);
    }
}

TEST_CASE("Directed paths on the shipped graph from Microsoft to the OpenAI APIs", "[analysis][paths]") {
    const PartnershipGraph& g = seed();
    const PathsResult r = all_simple_paths(g, id(g, "microsoft"), id(g, "openai-api"), PathOptions{});
    REQUIRE(r.paths.size() == 6);
    CHECK(entities_of(g, r.paths[0]) == std::vector<std::string>{"microsoft", "azure", "openai-api"});
    CHECK(entities_of(g, r.paths[1]) == std::vector<std::string>{"microsoft", "openai", "openai-api"});
    CHECK(entities_of(g, r.paths[5]) == std::vector<std::string>{"microsoft", "amazon", "openai", "frontier", "openai-api"});
    // The microsoft -> openai hop holds all four parallel relations, the $10B investment first.
    const Hop& h = r.paths[1].hops[0];
    REQUIRE(h.relations.size() == 4);
    CHECK(g.relation(h.relations[0]).amount_usd == 1e10);
    CHECK(g.relation(h.relations[1]).amount_usd == 1e9);
    CHECK(g.relation(h.relations[2]).date.to_string() == "2026");  // then latest date first
}

// ---- the bidirectional searches against NetworkX (scripts/expected-paths.py) ----

namespace {

std::vector<std::string> ids_of(const PartnershipGraph& g, const std::vector<EntityId>& entities) {
    std::vector<std::string> out;
    for (EntityId v : entities) out.push_back(g.entity(v).id);
    return out;
}

}  // namespace

TEST_CASE("Bidirectional searches find NetworkX's shortest paths and the least by ids among ties",
          "[analysis][paths]") {
    for (const test::ExpectedPathCase& c : test::kExpectedPathCases) {
        const PartnershipGraph& g = load(c.file);
        const Projection view = path_view(g);
        ShortestPathSearch search(g, view);  // one search answers every pair: reset between queries
        PathOptions o;
        o.undirected = c.undirected;
        o.weight = c.weighted ? PathWeight::amount : PathWeight::hops;
        for (const test::ExpectedPath& e : c.pairs) {
            INFO(c.name << (c.undirected ? " undirected" : " directed") << (c.weighted ? " amount " : " hops ")
                        << e.from << " -> " << e.to << " (" << e.count << " shortest)");
            const auto p = search.shortest(id(g, e.from), id(g, e.to), o);
            REQUIRE(p.has_value() == e.found);
            if (!e.found) continue;
            CHECK_THAT(p->cost, Catch::WithinAbs(e.cost, 1e-12));
            std::istringstream words(e.entities);
            const std::vector<std::string> expected{std::istream_iterator<std::string>(words), {}};
            CHECK(ids_of(g, search.shortest_entities(id(g, e.from), id(g, e.to), o)) == expected);
            CHECK(p->hops.size() + 1 == expected.size());
        }
    }
}

TEST_CASE("A path from an entity to itself has no hops; unconnected entities have none",
          "[analysis][paths]") {
    const PartnershipGraph& g = load("tests/data/paths/random-40.toml");
    // The last entities of the file have no relations (scripts/expected-paths.py: isolated).
    const EntityId lone = static_cast<EntityId>(g.entity_count() - 1);
    for (bool undirected : {false, true})
        for (PathWeight w : {PathWeight::hops, PathWeight::amount}) {
            PathOptions o;
            o.undirected = undirected;
            o.weight = w;
            const auto self = shortest_path(g, lone, lone, o);
            REQUIRE(self);
            CHECK(self->hops.empty());
            CHECK(self->cost == 0);
            CHECK_FALSE(shortest_path(g, 0, lone, o));
            CHECK_FALSE(shortest_path(g, lone, 0, o));
        }
}

TEST_CASE("A shortest-path query explores the entities near its ends, not the whole graph",
          "[analysis][paths]") {
    // A chain of 200k entities: the view is built once, and a question about two entities three
    // hops apart labels a handful of entities.
    PartnershipGraph g;
    const RelationTypeId supplies = *g.vocabulary().find_type("supplies");
    constexpr std::size_t n = 200'000;
    for (std::size_t i = 0; i < n; ++i) g.add_entity(test::plain_entity("c" + std::to_string(i)));
    Relation r;
    r.type = supplies;
    for (std::size_t i = 0; i + 1 < n; ++i) g.add_relation(i, i + 1, r, RelationDetails{});
    const Projection view = path_view(g);
    ShortestPathSearch search(g, view);
    for (bool undirected : {false, true}) {
        PathOptions o;
        o.undirected = undirected;
        const auto p = search.shortest(100'000, 100'003, o);
        REQUIRE(p);
        CHECK(p->hops.size() == 3);
        CHECK(search.explored() < 20);
        CHECK_FALSE(search.shortest(100'003, 100'000, PathOptions{}));  // against the relations
    }
}
