// query/subgraph: an entity's neighbourhood (induced, like NetworkX's ego_graph) and the parts
// of a graph on paths between two entities.
//   a -> b -> c -> d      a -> e
#include <catch2/catch.hpp>

#include "io/graph_reader.hpp"
#include "query/subgraph.hpp"

using namespace pactgraph;

namespace {
PartnershipGraph chain() {
    std::string text;
    for (const char* id : {"a", "b", "c", "d", "e"}) text += "[[entity]]\nid = \"" + std::string(id) + "\"\nkind = \"company\"\n";
    for (const auto& [f, t] : std::vector<std::pair<std::string, std::string>>{{"a", "b"}, {"b", "c"}, {"c", "d"}, {"a", "e"}})
        text += "[[relation]]\nfrom = \"" + f + "\"\nto = \"" + t + "\"\ntype = \"owns\"\nsource = \"s\"\n";
    return load_graph("-", text).graph;
}
}  // namespace

TEST_CASE("An ego subgraph keeps the entities within the depth and every relation among them", "[query][subgraph]") {
    SubgraphSpec s;
    s.ego = "b";
    s.depth = 1;
    const PartnershipGraph one = select_subgraph(chain(), s);
    CHECK(one.entity_count() == 3);  // a, b, c
    CHECK(one.relation_count() == 2);
    s.depth = 2;
    CHECK(select_subgraph(chain(), s).entity_count() == 5);
    s.direction = PathDirection::out;
    CHECK(select_subgraph(chain(), s).entity_count() == 3);  // b, c, d
    s.ego = "zzz";
    CHECK_THROWS_WITH(select_subgraph(chain(), s), "error: unknown entity 'zzz'");
}

TEST_CASE("A path subgraph keeps the entities and relations on the path, or nothing", "[query][subgraph]") {
    SubgraphSpec s;
    s.path = std::make_pair(std::string("a"), std::string("d"));
    const PartnershipGraph p = select_subgraph(chain(), s);
    CHECK(p.entity_count() == 4);
    CHECK(p.relation_count() == 3);
    s.path = std::make_pair(std::string("d"), std::string("a"));  // against the direction
    CHECK(select_subgraph(chain(), s).entity_count() == 0);
    s.path_options.undirected = true;
    CHECK(select_subgraph(chain(), s).entity_count() == 4);
}
