// render/edges: how relations become drawn edges, labels and tooltips.
#include <catch2/catch.hpp>

#include "render/edges.hpp"
#include "render_test_support.hpp"

using namespace pactgraph;
using pactgraph::test::load_fixture;

namespace {
const PartnershipGraph& seed() {
    static const PartnershipGraph g = load_fixture("graphs/openai-frontier.toml");
    return g;
}

const DrawnEdge& between(const std::vector<DrawnEdge>& edges, const char* from, const char* to, std::size_t nth = 0) {
    for (const DrawnEdge& e : edges)
        if (seed().entity(e.from).id == from && seed().entity(e.to).id == to && nth-- == 0) return e;
    FAIL("no edge " << from << " -> " << to);
    throw;
}
}  // namespace

TEST_CASE("Parallel relations are separate edges unless merged by type and status", "[render][edges]") {
    CHECK(drawn_edges(seed(), false).size() == 15);
    const auto merged = drawn_edges(seed(), true);
    CHECK(merged.size() == 14);  // Microsoft's two closed investments become one
    const DrawnEdge& invest = between(merged, "microsoft", "openai");
    CHECK(invest.relations.size() == 2);
    CHECK(edge_label_lines(seed(), invest) == std::vector<std::string>{"invests in \u00d72", "$11B, 2019\u20132023"});
}

TEST_CASE("An exclusive edge's label says its scope, wrapped", "[render][edges]") {
    const auto edges = drawn_edges(seed(), false);
    const auto lines = edge_label_lines(seed(), between(edges, "aws", "frontier"));
    REQUIRE(lines.size() >= 3);
    CHECK(lines[0] == "exclusive cloud for (reported)");
    CHECK(lines.back().size() <= 28);
}

TEST_CASE("Tooltips carry every source and links only safe URLs", "[render][edges]") {
    const auto edges = drawn_edges(seed(), false);
    const std::string tip = edge_tooltip(seed(), between(edges, "microsoft", "openai", 2));  // the September agreement
    CHECK_THAT(tip, Catch::Contains("source: ") && Catch::Contains("https://openai.com/index/joint-statement-from-openai-and-microsoft/"));
    CHECK(edge_link(seed(), between(edges, "microsoft", "openai", 2)).rfind("https://", 0) == 0);
    CHECK(wrap_words("one two three four", 9) == std::vector<std::string>{"one two", "three", "four"});
    CHECK(wrap_words("unbreakablewordhere", 5) == std::vector<std::string>{"unbreakablewordhere"});
}
