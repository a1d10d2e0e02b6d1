#include <catch2/catch.hpp>

#include "analysis/conflicts.hpp"
#include "io/graph_reader.hpp"
#include "model/describe.hpp"
#include "../cli/run_cli.hpp"

using namespace pactgraph;

namespace {

PartnershipGraph fixture(const std::string& name) {
    return load_graph(test::source_path("tests/data/" + name)).graph;
}

// "cloud-a vs cloud-b [direct] via x -[part_of]-> y" — the parts a reader checks by hand.
std::string summary(const PartnershipGraph& g, const Conflict& c) {
    std::string s = g.entity(g.source(c.first)).id + " vs " + g.entity(g.source(c.second)).id +
                    " [" + std::string(severity_name(c.severity)) + "]";
    for (RelationEdge e : c.chain) s += " via " + relation_arrow(g, e);
    return s;
}

std::vector<std::string> summaries(const PartnershipGraph& g, const ConflictReport& r) {
    std::vector<std::string> out;
    for (const Conflict& c : r.conflicts) out.push_back(summary(g, c));
    return out;
}

}  // namespace

TEST_CASE("Exclusivities over unrelated targets do not conflict, nor does the maker's own offer",
          "[analysis][conflicts]") {
    const auto g = fixture("conflicts-none.toml");
    const ConflictReport r = find_conflicts(g);
    CHECK(r.conflicts.empty());
    CHECK(r.cycles.empty());
    CHECK(r.exclusives_checked == 2);
}

TEST_CASE("Two exclusivities and a rival cloud's hosting on one target are direct overlaps",
          "[analysis][conflicts]") {
    const auto g = fixture("conflicts-direct.toml");
    // The parent owns cloud-a (one party), and is a company, not a cloud: its hosting is no rival.
    CHECK(summaries(g, find_conflicts(g)) == std::vector<std::string>{
                                                 "cloud-a vs cloud-b [direct]",
                                                 "cloud-a vs cloud-c [direct]",
                                                 "cloud-b vs cloud-c [direct]",
                                             });
}

TEST_CASE("Overlaps through established and through claimed links are told apart",
          "[analysis][conflicts]") {
    const auto g = fixture("conflicts-indirect.toml");
    // cloud-d's exclusivity ended (2020) before the others began (2022, 2023): no conflict.
    CHECK(summaries(g, find_conflicts(g)) ==
          std::vector<std::string>{
              "cloud-a vs cloud-b [linked] via suite -[part_of]-> api",
              "cloud-a vs cloud-c [claimed_link] via agents -[repackages]-> suite via suite -[part_of]-> api",
              "cloud-b vs cloud-c [claimed_link] via agents -[repackages]-> suite",
          });
}

TEST_CASE("A cycle of part_of links is reported once and does not loop", "[analysis][conflicts]") {
    const auto g = fixture("conflicts-cycle.toml");
    const ConflictReport r = find_conflicts(g);
    CHECK(summaries(g, r) == std::vector<std::string>{"cloud-a vs cloud-b [linked] via y -[part_of]-> x"});
    REQUIRE(r.cycles.size() == 1);
    REQUIRE(r.cycles[0].relations.size() == 2);
    CHECK(relation_arrow(g, r.cycles[0].relations[0]) == "x -[part_of]-> y");
    CHECK(relation_arrow(g, r.cycles[0].relations[1]) == "y -[part_of]-> x");
}

TEST_CASE("The seed graph's Azure and AWS exclusivities collide through Microsoft's claim",
          "[analysis][conflicts]") {
    const auto g = load_graph(test::kSeedGraph).graph;
    const ConflictReport r = find_conflicts(g);
    CHECK(summaries(g, r) == std::vector<std::string>{
                                 "azure vs aws [claimed_link] via frontier -[repackages]-> openai-api"});
    CHECK(r.exclusives_checked == 2);
}

TEST_CASE("An overlap through a signed, confirmed link is linked, not claimed",
          "[analysis][conflicts]") {
    // Same seed shape, written small: the link is signed and confirmed, so the overlap is "linked".
    const std::string text = R"(
[[entity]]
id = "azure"
kind = "cloud"
[[entity]]
id = "aws"
kind = "cloud"
[[entity]]
id = "api"
kind = "service"
[[entity]]
id = "frontier"
kind = "platform"
[[relation]]
from = "azure"
to = "api"
type = "exclusive_cloud_for"
exclusive = true
scope = "api"
source = "https://example.com/1"
[[relation]]
from = "aws"
to = "frontier"
type = "exclusive_cloud_for"
exclusive = true
scope = "frontier"
source = "https://example.com/2"
[[relation]]
from = "frontier"
to = "api"
type = "built_on"
sources = [{ url = "https://example.com/3", confidence = "confirmed" }]
)";
    const auto g = load_graph("-", text).graph;
    CHECK(summaries(g, find_conflicts(g)) ==
          std::vector<std::string>{"azure vs aws [linked] via frontier -[built_on]-> api"});
    SECTION("an unknown competing type is a usage error naming the closest one") {
        ConflictOptions o;
        o.competing_types = {"hostz"};
        // The analysis says what is wrong; the CLI names the option (conflicts_cli_test.cpp).
        CHECK_THROWS_WITH(find_conflicts(g, o),
                          Catch::StartsWith("error: unknown relation type 'hostz'; did you mean "
                                            "'hosts'?; expected invests_in, "));
    }
}
