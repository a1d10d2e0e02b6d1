// `stats`: counts, dates and amounts as text for people and JSON for programs.
#include <catch2/catch.hpp>

#include "../support/golden.hpp"
#include "run_cli.hpp"

using namespace pactgraph::test;

TEST_CASE("stats prints the approved text and JSON for the seed graph", "[cli][stats]") {
    const auto [format, golden] = GENERATE(table<std::string, std::string>({
        {"text", "stats/openai-frontier.txt"},
        {"json", "stats/openai-frontier.json"},
    }));
    const CliResult r = run_cli({"stats", "--format", format, kSeedGraph});
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    check_golden(golden, r.out);
}

TEST_CASE("stats lists its formats when given an unknown one", "[cli][stats]") {
    const CliResult r = run_cli({"stats", "--format", "jsn", kSeedGraph});
    CHECK(r.status == 2);
    CHECK(r.err == "error: --format: unknown output format 'jsn'; did you mean 'json'?; expected text or json\n");
}
