// `timeline`: the deals in date order in every format it writes.
#include <catch2/catch.hpp>

#include "../support/golden.hpp"
#include "run_cli.hpp"

using namespace pactgraph::test;

TEST_CASE("timeline writes the approved seed timeline in every format", "[cli][timeline]") {
    const auto [format, golden] = GENERATE(table<std::string, std::string>({
        {"text", "timeline/openai-frontier.txt"},
        {"markdown", "timeline/openai-frontier.md"},
        {"tsv", "timeline/openai-frontier.tsv"},
        {"csv", "timeline/openai-frontier.csv"},
        {"json", "timeline/openai-frontier.json"},
    }));
    const CliResult r = run_cli({"timeline", "--format", format, kSeedGraph});
    CHECK(r.status == 0);
    check_golden(golden, r.out);
}
