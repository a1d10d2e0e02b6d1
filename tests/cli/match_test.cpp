// `match`: where a pattern occurs, as a table, JSON and TSV.
#include <catch2/catch.hpp>

#include "../support/golden.hpp"
#include "run_cli.hpp"

using namespace pactgraph::test;

TEST_CASE("match writes the approved answers for investors of what offers a product", "[cli][match]") {
    const auto [format, golden] = GENERATE(table<std::string, std::string>({
        {"table", "match/invests-offers.txt"},
        {"json", "match/invests-offers.json"},
        {"tsv", "match/invests-offers.tsv"},
    }));
    const CliResult r = run_cli({"match", kSeedGraph, "(a:company)-[:invests_in]->(b)-[:offers]->(p)", "--format", format});
    CHECK(r.status == 0);
    check_golden(golden, r.out);
}
