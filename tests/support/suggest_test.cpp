#include <catch2/catch.hpp>

#include "support/suggest.hpp"

using namespace pactgraph;

TEST_CASE("did you mean: a word that starts a longer choice suggests it", "[support]") {
    const std::vector<std::string> types = {"invests_in", "hosts", "exclusive_cloud_for",
                                            "supplies", "agreement", "offers"};
    CHECK(closest_match("invest", types) == "invests_in");
    CHECK(closest_match("exclusive", types) == "exclusive_cloud_for");
    CHECK(closest_match("Suplies", types) == "supplies");  // near enough by spelling
    CHECK(closest_match("agree", types) == "agreement");
    // Too short to say: two letters start many words.
    CHECK_FALSE(closest_match("in", {"invests_in", "investor"}));
    // The shortest of several that start with it.
    CHECK(closest_match("inv", {"investor", "invests_in", "inventory_of"}) == "investor");
    // Spelling wins over a prefix.
    CHECK(closest_match("hots", types) == "hosts");
}

TEST_CASE("did you mean: options are suggested with their dashes", "[support]") {
    const std::vector<std::string> options = {"--theme", "--title", "--format", "--engine"};
    CHECK(did_you_mean("--them", options) == "; did you mean '--theme'?");
    CHECK(did_you_mean("--fromat", options) == "; did you mean '--format'?");
    CHECK(did_you_mean("--zzz", options).empty());
}
