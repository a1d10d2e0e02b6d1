#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_cli.hpp"

using namespace pactgraph::test;

TEST_CASE("timeline lists the shipped graph's relations in date order in every format",
          "[cli][timeline]") {
    const CliResult r = run_cli({"timeline", kSeedGraph});
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::StartsWith("date       end  from       type                 to          amount  status"));
    CHECK_THAT(r.out, Catch::Contains("<2007           amazon     owns                 aws                 closed"));
    CHECK_THAT(r.out, Catch::Contains("2019            microsoft  invests_in           openai         $1B  closed"));
    CHECK_THAT(r.out, Catch::Contains("2023            microsoft  invests_in           openai        $10B  closed"));
    CHECK_THAT(r.out, Catch::Contains(">=2025-09       openai     agreement            softbank            signed"));
    const CliResult md = run_cli({"timeline", "--format", "markdown", "--dated-only", kSeedGraph});
    CHECK_THAT(md.out, Catch::StartsWith("| date | end | from | type | to | amount | status | label |\n"));
    CHECK_THAT(md.out, Catch::Contains("| 2025-09 |  | microsoft | agreement | openai |  | non_binding | new relationship terms |"));
    CHECK_THAT(md.out, !Catch::Contains("undated"));
    const auto j = nlohmann::json::parse(run_cli({"timeline", "--format", "json", kSeedGraph}).out);
    REQUIRE(j.size() == 15);
    CHECK(j[5]["amount_usd"] == 10e9);  // after <2007, <2011, 2019 and the two of 2020-06
    CHECK(j[5]["date"] == "2023");
    CHECK(j[0]["date"] == "2007");
    CHECK(j[0]["date_bound"] == "before");
}

TEST_CASE("diff --from 2020 --to 2024 shows the $10B investment as added", "[cli][diff]") {
    const CliResult r = run_cli({"diff", kSeedGraph, "--from", "2020", "--to", "2024"});
    CHECK(r.status == 0);
    // 2020-01-01: the 2019 investment and the two owns (dated "<2011", "<2007"); by 2024 also the
    // API (June 2020) and Azure's exclusivity over it.
    CHECK(r.out == "diff as of 2020 -> as of 2024\n"
                   "entities:\n"
                   "  + OpenAI stateless APIs (openai-api)\n"
                   "relations:\n"
                   "  + microsoft -[invests_in]-> openai  (closed, 2023, $10B)\n"
                   "  + openai -[offers]-> openai-api  (signed, 2020-06)\n"
                   "  + azure -[exclusive_cloud_for]-> openai-api  (signed, 2020-06, exclusive)\n"
                   "1 entity added, 3 relations added; 3 relations unchanged\n");
    const auto j = nlohmann::json::parse(
        run_cli({"diff", "-T", "json", kSeedGraph, "--from", "2020", "--to", "2024"}).out);
    REQUIRE(j["relations"].size() == 3);
    CHECK(j["relations"][0]["change"] == "added");
    CHECK(j["relations"][0]["after"]["amount_usd"] == 10e9);
}

TEST_CASE("diff OLD NEW reports field changes and vocabulary changes", "[cli][diff]") {
    const CliResult r = run_cli({"diff", source_path("tests/data/diff-old.toml"),
                                 source_path("tests/data/diff-new.toml")});
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("vocabulary:\n  + kind lab\n  + type resells\n"));
    CHECK_THAT(r.out, Catch::Contains("  ~ Alpha Inc. (a): name\n"));
    CHECK_THAT(r.out, Catch::Contains("  ~ a -[invests_in]-> b: status reported -> closed, amount $2B -> $3B\n"));
    CHECK_THAT(r.out, Catch::Contains("  - gone -[owns]-> a  (signed)\n"));
    CHECK_THAT(r.out, Catch::Contains("  + c -[resells]-> b  (signed, 2024)\n"));
}

TEST_CASE("diff usage errors exit 2 and say what was expected", "[cli][diff]") {
    const CliResult none = run_cli({"diff", kSeedGraph});
    CHECK(none.status == 2);
    CHECK(none.err == "error: diff needs OLD NEW files, or one FILE with --from DATE and --to DATE\n");
    const CliResult both = run_cli({"diff", kSeedGraph, kSeedGraph, "--from", "2020"});
    CHECK(both.status == 2);
    CHECK_THAT(both.err, Catch::Contains("--from/--to compare one FILE at two dates"));
    const CliResult date = run_cli({"diff", kSeedGraph, "--from", "20x0", "--to", "2024"});
    CHECK(date.status == 2);
    CHECK(date.err == "error: --from: found '20x0'; expected a date YYYY, YYYY-MM or YYYY-MM-DD\n");
    CHECK(date.out.empty());
}
