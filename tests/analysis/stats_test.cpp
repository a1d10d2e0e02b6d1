#include <catch2/catch.hpp>

#include "analysis/stats.hpp"
#include "io/graph_reader.hpp"
#include "../cli/run_cli.hpp"

using namespace pactgraph;

TEST_CASE("Stats of the seed graph count what the article says", "[analysis]") {
    const LoadResult r = load_graph(test::kSeedGraph);
    const GraphStats s = compute_stats(r.graph);
    CHECK(s.entities == 9);
    CHECK(s.relations == 15);
    CHECK(s.exclusive == 2);
    CHECK(s.sourced == 15);
    CHECK(s.first_date.to_string() == "2019");
    CHECK(s.last_date.to_string() == "2026");
    // $1B + $10B (closed) and $50B (reported) are the only amounts the article discloses; they
    // are never added across certainty groups.
    REQUIRE(s.amounts_by_certainty.size() == 5);
    CHECK(s.amounts_by_certainty[0].name == "firm");
    CHECK(s.amounts_by_certainty[0].amount_usd == 11e9);
    CHECK(s.amounts_by_certainty[1].name == "reported");
    CHECK(s.amounts_by_certainty[1].amount_usd == 50e9);
    CHECK(s.amounts_by_certainty[2].relations == 2);  // the two lawsuits considered
    CHECK(s.amounts_by_certainty[3].relations == 1);  // Microsoft's disputed claim
    CHECK(s.with_amount == 3);
    auto find = [](const std::vector<CountRow>& rows, const std::string& name) {
        for (const auto& row : rows)
            if (row.name == name) return row;
        return CountRow{};
    };
    CHECK(find(s.by_type, "invests_in").count == 2);
    CHECK(find(s.by_type, "invests_in").amount_usd == 11e9);
    CHECK(find(s.by_type, "exclusive_cloud_for").count == 2);
    CHECK(find(s.by_kind, "cloud").count == 2);
    CHECK(find(s.by_status, "considered").count == 2);
}
