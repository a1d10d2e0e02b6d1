// stats never adds amounts of different certainty (issue 10, finding 6). The seed graph's
// disclosed amounts, read off the file: closed $1B + $10B (Microsoft's investments); reported
// $50B (the Amazon pact); nothing else discloses an amount.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_ok.hpp"

using namespace pactgraph::test;
using json = nlohmann::json;

TEST_CASE("stats shows disclosed amounts per certainty group, never one mixed sum", "[cli][stats]") {
    const std::string text = ok({"stats", kSeedGraph}).out;
    CHECK(text.find("$61B") == std::string::npos);
    CHECK_THAT(text, Catch::Contains("disclosed amounts, by certainty (never added across groups):\n"
                                     "  closed or signed: $11B over 2 relations\n"
                                     "  reported, announced or non-binding: $50B over 1 relation\n"));
    const json j = json::parse(ok({"stats", kSeedGraph, "--format", "json"}).out);
    CHECK(!j.contains("total_amount_usd"));
    REQUIRE(j["amounts_by_certainty"].size() == 5);
    const json& firm = j["amounts_by_certainty"][0];
    CHECK(firm["group"] == "firm");
    CHECK(firm["statuses"] == json{"signed", "closed"});
    CHECK(firm["amount_usd"] == 11000000000.0);
    CHECK(firm["with_amount"] == 2);
    CHECK(firm["relations"] == 8);  // closed: 2 investments, 2 owns; signed: API offer, Azure exclusivity, SoftBank, Nvidia
    const json& reported = j["amounts_by_certainty"][1];
    CHECK(reported["group"] == "reported");
    CHECK(reported["statuses"] == json{"reported", "announced", "non_binding"});
    CHECK(reported["amount_usd"] == 50000000000.0);
    CHECK(reported["with_amount"] == 1);
    CHECK(j["amounts_by_certainty"][2]["group"] == "speculative");
    CHECK(j["amounts_by_certainty"][2]["statuses"] == json{"rumored", "considered"});
    CHECK(j["amounts_by_certainty"][2]["with_amount"] == 0);
    CHECK(j["amounts_by_certainty"][3]["group"] == "disputed");
    CHECK(j["amounts_by_certainty"][4]["group"] == "ended");
    for (const json& row : j["by_type"]) CHECK(!row.contains("amount_usd"));  // a type mixes statuses
}
