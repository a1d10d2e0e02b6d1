// `whatif`: the seed article's questions as golden outputs, the JSON, the picture's marks, and
// the errors for unknown ids.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../support/golden.hpp"
#include "run_cli.hpp"

using namespace pactgraph::test;

TEST_CASE("whatif --void-exclusivity aws reports the Azure/AWS conflict gone", "[cli][whatif]") {
    const CliResult r = run_cli({"whatif", "-q", kSeedGraph, "--void-exclusivity", "aws"});
    CHECK(r.status == 0);
    check_golden("whatif/void-aws.txt", r.out);
    const auto doc = nlohmann::json::parse(
        run_cli({"whatif", "-q", kSeedGraph, "--void-exclusivity", "aws", "-T", "json"}).out);
    REQUIRE(doc["conflicts_gone"].size() == 1);
    CHECK(doc["conflicts_gone"][0]["exclusive"] == "azure-exclusive_cloud_for-openai-api");
    CHECK(doc["conflicts_gone"][0]["competing"] == "aws-exclusive_cloud_for-frontier");
    CHECK(doc["voided_exclusivities"] == nlohmann::json::array({"aws-exclusive_cloud_for-frontier"}));
    CHECK(doc["conflicts_appeared"].empty());
}

TEST_CASE("whatif --remove microsoft reports what loses its cloud", "[cli][whatif]") {
    const CliResult r = run_cli({"whatif", "-q", kSeedGraph, "--remove", "microsoft"});
    CHECK(r.status == 0);
    check_golden("whatif/remove-microsoft.txt", r.out);
    const auto doc = nlohmann::json::parse(
        run_cli({"whatif", "-q", kSeedGraph, "--remove", "microsoft", "-T", "json"}).out);
    CHECK(doc["removed_entities"] == nlohmann::json::array({"microsoft", "azure"}));
    REQUIRE(doc["kind_losses"].size() == 1);
    CHECK(doc["kind_losses"][0]["id"] == "openai-api");
    CHECK(doc["kind_losses"][0]["lost_direct"] == nlohmann::json::array({"azure"}));
    CHECK(doc["kind_losses"][0]["reached_by_after"] == "aws");
}

TEST_CASE("whatif --end splits a component and --without-owned keeps what is owned", "[cli][whatif]") {
    const auto doc = nlohmann::json::parse(run_cli({"whatif", "-q", kSeedGraph, "-T", "json", "--end",
                                                    "openai-agreement-softbank", "--remove", "amazon",
                                                    "--without-owned"}).out);
    CHECK(doc["removed_entities"] == nlohmann::json::array({"amazon"}));
    REQUIRE(doc["splits"].size() == 1);
    CHECK(doc["splits"][0]["parts"].back() == nlohmann::json::array({"softbank"}));
}

TEST_CASE("whatif draws the change: removed parts and affected entities marked", "[cli][whatif]") {
    const CliResult r = run_cli({"whatif", "-q", kSeedGraph, "--remove", "microsoft", "-T", "dot"});
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("what if: remove microsoft"));
    CHECK_THAT(r.out, Catch::Contains("dashed"));  // removed entities
    CHECK_THAT(r.out, Catch::Contains(">removed<"));
    CHECK_THAT(r.out, Catch::Contains(">highlighted<"));  // openai-api, which loses Azure
}

TEST_CASE("whatif without a change lists the relation ids", "[cli][whatif]") {
    const CliResult r = run_cli({"whatif", "-q", kSeedGraph});
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("microsoft-invests_in-openai#2"));
    CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 17);  // header, rule, 15 relations
}

TEST_CASE("whatif names the option of an unknown id, with did-you-mean", "[cli][whatif]") {
    const CliResult end = run_cli({"whatif", "-q", kSeedGraph, "--end", "microsoft-invests_in-opena"});
    CHECK(end.status == 2);
    CHECK_THAT(end.err, Catch::StartsWith("error: --end: unknown relation 'microsoft-invests_in-opena'; "
                                          "did you mean 'microsoft-invests_in-openai'?"));
    const CliResult rem = run_cli({"whatif", "-q", kSeedGraph, "--remove", "microsfot"});
    CHECK(rem.status == 2);
    CHECK_THAT(rem.err, Catch::StartsWith("error: --remove: "));
    CHECK_THAT(rem.err, Catch::Contains("did you mean 'microsoft'"));
}
