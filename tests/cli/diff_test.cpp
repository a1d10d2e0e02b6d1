// `diff`: what changed between two files, or in one file between two dates.
#include <catch2/catch.hpp>

#include "../support/golden.hpp"
#include "run_cli.hpp"

using namespace pactgraph::test;

TEST_CASE("diff writes the approved text and JSON", "[cli][diff]") {
    const std::string old_file = "tests/data/diff-old.toml";  // relative: the golden names it
    const std::string new_file = "tests/data/diff-new.toml";
    const auto [args, golden] = GENERATE_REF(table<std::vector<std::string>, std::string>({
        {{"diff", kSeedGraph, "--from", "2020", "--to", "2024"}, "diff/seed-2020-2024.txt"},
        {{"diff", "-T", "json", kSeedGraph, "--from", "2020", "--to", "2024"}, "diff/seed-2020-2024.json"},
        {{"diff", "-q", old_file, new_file}, "diff/old-new.txt"},
    }));
    const CliResult r = run_cli(args);
    CHECK(r.status == 0);
    check_golden(golden, r.out);
}

TEST_CASE("diff applies the shared filters to both sides", "[cli][diff]") {
    // Only invests_in relations: between 2020 and 2024 the $10B investment is the one change.
    const CliResult r = run_cli({"diff", kSeedGraph, "--from", "2020", "--to", "2024", "--types", "invests_in"});
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("microsoft -[invests_in]-> openai"));
    CHECK_THAT(r.out, !Catch::Contains("agreement"));
}
