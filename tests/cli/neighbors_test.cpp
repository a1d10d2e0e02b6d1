// `neighbors`: the entities around one, as a table, JSON and TSV.
#include <catch2/catch.hpp>

#include "../support/golden.hpp"
#include "run_cli.hpp"

using namespace pactgraph::test;

TEST_CASE("neighbors writes the approved answers for OpenAI", "[cli][neighbors]") {
    const auto [format, golden] = GENERATE(table<std::string, std::string>({
        {"table", "neighbors/openai.txt"},
        {"json", "neighbors/openai.json"},
        {"tsv", "neighbors/openai.tsv"},
    }));
    const CliResult r = run_cli({"neighbors", kSeedGraph, "openai", "--format", format});
    CHECK(r.status == 0);
    check_golden(golden, r.out);
}
