// The filters every command shares (--as-of, --where, --types, --kinds), through `check` and
// `stats` on the shipped graph (15 relations; investments: $1B in 2019, $10B in 2023).
#include <catch2/catch.hpp>

#include "run_cli.hpp"

using namespace pactgraph::test;

namespace {

std::string summary(const std::vector<std::string>& extra) {
    std::vector<std::string> args = {"check", kSeedGraph};
    args.insert(args.end(), extra.begin(), extra.end());
    const CliResult r = run_cli(args);
    REQUIRE(r.status == 0);
    return r.out.substr(kSeedGraph.size() + 6);  // after "FILE: ok: "
}

}  // namespace

TEST_CASE("The as-of filter on 2020-01-01 counts only the 2019 investment and on 2024 both", "[cli][filters]") {
    const CliResult before = run_cli({"stats", "--as-of", "2020-01-01", kSeedGraph});
    CHECK(before.status == 0);
    CHECK_THAT(before.out, Catch::Contains("invests_in         1\n"));
    CHECK_THAT(before.out, Catch::Contains("  closed or signed: $1B over 1 relation\n"));
    const CliResult after = run_cli({"stats", "--as-of", "2024", kSeedGraph});
    CHECK(after.status == 0);
    CHECK_THAT(after.out, Catch::Contains("invests_in               2\n"));
    CHECK_THAT(after.out, Catch::Contains("  closed or signed: $11B over 2 relations\n"));
}

TEST_CASE("The as-of filter keeps undated relations and drops the not-yet-started ones", "[cli][filters]") {
    // The 2019 investment and the two owns (dated "<2011", "<2007"); the API (2020-06), Frontier,
    // SoftBank and Nvidia entities have dated relations none of which is in force yet.
    CHECK(summary({"--as-of", "2020-01-01"}) == "5 entities, 3 relations, 0 warnings\n");
    // + the 2023 investment, the API offer and Azure's exclusivity over it (2020-06).
    CHECK(summary({"--as-of", "2025-08-31"}) == "6 entities, 6 relations, 0 warnings\n");
    // The boundary: the September 2025 agreement counts from 2025-09-01 (its first day); the
    // SoftBank and Nvidia deals (">=2025-09") may have started: unknown, included by default.
    CHECK(summary({"--as-of", "2025-09-01"}) == "8 entities, 9 relations, 0 warnings\n");
    CHECK(summary({"--as-of", "2025-09"}) == "8 entities, 9 relations, 0 warnings\n");
    CHECK(summary({"--as-of", "2025-09", "--undated", "exclude"}) == "6 entities, 7 relations, 0 warnings\n");
    CHECK(summary({"--as-of", "2026"}) == "9 entities, 15 relations, 0 warnings\n");
}

TEST_CASE("The as-of filter drops ended relations and entities whose dated relations are all out of force", "[cli][filters]") {
    const std::string text = R"([[entity]]
id = "a"
kind = "company"
[[entity]]
id = "b"
kind = "company"
[[entity]]
id = "c"
kind = "company"
[[entity]]
id = "lonely"
kind = "company"
[[relation]]
from = "a"
to = "b"
type = "agreement"
date = "2020"
end_date = "2022-06"
source = "x"
[[relation]]
from = "a"
to = "c"
type = "agreement"
date = "2024"
source = "x"
)";
    const auto check = [&](const std::string& day) {
        const CliResult r = run_cli({"check", "--as-of", day, "-"}, text);
        REQUIRE(r.status == 0);
        return r.out;
    };
    // 2019: nothing started; a, b, c have dated relations only; lonely has none.
    CHECK(check("2019") == "<stdin>: ok: 1 entity, 0 relations, 0 warnings\n");
    CHECK(check("2022-06-01") == "<stdin>: ok: 3 entities, 1 relation, 0 warnings\n");  // end day: still in force
    CHECK(check("2022-06-02") == "<stdin>: ok: 1 entity, 0 relations, 0 warnings\n");  // ended before it
    CHECK(check("2024") == "<stdin>: ok: 3 entities, 1 relation, 0 warnings\n");
}

TEST_CASE("The where filter keeps only the matching relations and their ends", "[cli][filters]") {
    CHECK(summary({"--where", "type == invests_in && amount >= 5e9"}) == "2 entities, 1 relation, 0 warnings\n");
    const CliResult r = run_cli({"stats", kSeedGraph, "--where", "type == invests_in && amount >= 5e9"});
    CHECK_THAT(r.out, Catch::Contains("invests_in         1\n") && Catch::Contains("closed or signed: $10B over 1 relation"));
}

TEST_CASE("The types filter is edge-induced and the kinds filter vertex-induced", "[cli][filters]") {
    // Investments: microsoft and openai only.
    CHECK(summary({"--types", "invests_in"}) == "2 entities, 2 relations, 0 warnings\n");
    // exclusive_cloud_for,repackages: azure, aws, openai-api, frontier.
    CHECK(summary({"--types", "exclusive_cloud_for,repackages"}) == "4 entities, 3 relations, 0 warnings\n");
    // Companies: microsoft, openai, amazon (relations among them: 2 investments, 2 agreements,
    // 2 lawsuits considered).
    CHECK(summary({"--kinds", "company"}) == "3 entities, 6 relations, 0 warnings\n");
    CHECK(summary({"--kinds", "cloud,chipmaker"}) == "3 entities, 0 relations, 0 warnings\n");
    CHECK(summary({"--kinds", "company", "--types", "agreement"}) == "3 entities, 2 relations, 0 warnings\n");
}

TEST_CASE("Bad filter values exit 2 with what was expected", "[cli][filters]") {
    const CliResult type = run_cli({"check", kSeedGraph, "--types", "invest_in"});
    CHECK(type.status == 2);
    CHECK_THAT(type.err, Catch::StartsWith("error: --types: unknown relation type 'invest_in'; did you mean 'invests_in'? (known: invests_in, "));
    const CliResult kind = run_cli({"check", kSeedGraph, "--kinds", "clouds"});
    CHECK(kind.status == 2);
    CHECK_THAT(kind.err, Catch::StartsWith("error: --kinds: unknown entity kind 'clouds'; did you mean 'cloud'?"));
    const CliResult date = run_cli({"check", kSeedGraph, "--as-of", "2024-1"});
    CHECK(date.status == 2);
    CHECK(date.err == "error: --as-of: found '2024-1'; expected a date YYYY, YYYY-MM or YYYY-MM-DD\n");
    const CliResult where = run_cli({"stats", kSeedGraph, "--where", "amount >= 5e9 &&"});
    CHECK(where.status == 2);
    CHECK(where.err == "--where:1:17: error: found the end of the expression; expected a field (type, status, amount, "
                       "amount_usd, date, end_date, exclusive, label, scope, note, source, confidence, from, to, from.F "
                       "and to.F with F one of id, name, kind, roles, tags, aliases, url, note), '!' or '('\n"
                       "    amount >= 5e9 &&\n"
                       "                    ^\n");
    CHECK(where.out.empty());
}

TEST_CASE("The types and kinds filters take comma lists and may be repeated", "[cli][filters]") {
    CHECK(summary({"--types", "invests_in", "--types", "owns"}) == summary({"--types", "invests_in, owns"}));
    CHECK(summary({"--types", "invests_in,owns"}) == "5 entities, 4 relations, 0 warnings\n");  // + azure, amazon, aws
}
