#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../support/golden.hpp"
#include "run_cli.hpp"

using namespace pactgraph::test;

TEST_CASE("conflicts on the shipped graph exits 1 naming both clouds, the chain and sources",
          "[cli][conflicts]") {
    const CliResult r = run_cli({"conflicts", kSeedGraph});
    CHECK(r.status == 1);
    CHECK(r.err.empty());
    CHECK_THAT(r.out, Catch::StartsWith("conflict 1: overlap through a claimed link (azure vs aws)\n"
                                        "  exclusive  azure -[exclusive_cloud_for]-> openai-api  (signed, 2020-06, exclusive)\n"
                                        "             scope: exclusive cloud provider of OpenAI's stateless APIs\n"
                                        "             source: seed article, quoting a Microsoft spokesperson (Microsoft (statement); claimed)\n"
                                        "             source: https://openai.com/index/microsoft-invests-in-and-partners-with-openai/ (OpenAI, 2019-07-22; confirmed)\n"
                                        "  exclusive  aws -[exclusive_cloud_for]-> frontier  (reported, 2026, exclusive)\n"));
    CHECK_THAT(r.out, Catch::Contains("  claimed    frontier -[repackages]-> openai-api  (disputed, 2026)\n"
                                      "             label: Microsoft's claim\n"));
    CHECK_THAT(r.out, Catch::Contains("  why: Microsoft Azure's exclusivity over openai-api reaches "
                                      "frontier through frontier -[repackages]-> openai-api (a link "
                                      "that is only claimed, disputed or rumored); Amazon Web "
                                      "Services holds exclusivity over frontier.\n"));
    CHECK_THAT(r.out, Catch::EndsWith("\n1 conflict: 0 direct, 0 through a link, 1 through a claimed link\n"));
}

TEST_CASE("conflicts --format json gives parties, relations, chain and sources", "[cli][conflicts]") {
    const CliResult r = run_cli({"conflicts", "--format", "json", kSeedGraph});
    CHECK(r.status == 1);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["conflicts"].size() == 1);
    const auto& c = j["conflicts"][0];
    CHECK(c["severity"] == "claimed_link");
    CHECK(c["parties"] == nlohmann::json({"azure", "aws"}));
    CHECK(c["targets"] == nlohmann::json({"openai-api", "frontier"}));
    CHECK(c["exclusive"]["scope"] == "exclusive cloud provider of OpenAI's stateless APIs");
    CHECK(c["competing"]["sources"][0]["confidence"] == "reported");
    REQUIRE(c["chain"].size() == 1);
    CHECK(c["chain"][0]["type"] == "repackages");
    CHECK(c["chain"][0]["claimed"] == true);
    CHECK(j["exclusives_checked"] == 2);
}

TEST_CASE("conflicts exits 0 without conflicts and 2 on bad input", "[cli][conflicts]") {
    const CliResult none = run_cli({"conflicts", source_path("tests/data/conflicts-none.toml")});
    CHECK(none.status == 0);
    CHECK(none.out == "no exclusivity conflicts (2 exclusive relations checked)\n");
    CHECK(run_cli({"conflicts", source_path("tests/data/conflicts-direct.toml")}).status == 1);
    CHECK(run_cli({"conflicts", source_path("tests/data/conflicts-indirect.toml")}).status == 1);
    const CliResult bad = run_cli({"conflicts", source_path("tests/data/bad-syntax.toml")});
    CHECK(bad.status == 2);
    CHECK(bad.out.empty());
    const CliResult type = run_cli({"conflicts", "--competing-types", "hosts,ofers", kSeedGraph});
    CHECK(type.status == 2);
    CHECK_THAT(type.err, Catch::StartsWith("error: unknown relation type 'ofers' in --competing-types; expected one of invests_in, ") &&
                           Catch::EndsWith(", competes_with; did you mean 'offers'?\n"));
}

TEST_CASE("conflicts notes a cycle of linking relations once", "[cli][conflicts]") {
    const CliResult r = run_cli({"conflicts", source_path("tests/data/conflicts-cycle.toml")});
    CHECK(r.status == 1);
    CHECK_THAT(r.out, Catch::Contains("note: linking relations form a cycle (followed once): "
                                      "x -[part_of]-> y -[part_of]-> x\n"));
}

TEST_CASE("conflicts writes the approved text and JSON for the seed graph", "[cli][conflicts]") {
    const auto [format, golden] = GENERATE(table<std::string, std::string>({
        {"text", "conflicts/openai-frontier.txt"},
        {"json", "conflicts/openai-frontier.json"},
    }));
    const CliResult r = run_cli({"conflicts", "--format", format, kSeedGraph});
    CHECK(r.status == 1);
    pactgraph::test::check_golden(golden, r.out);
}
