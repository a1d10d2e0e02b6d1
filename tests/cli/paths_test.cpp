// `paths`: how one entity reaches another, as a table, JSON and TSV.
#include <catch2/catch.hpp>

#include "../support/golden.hpp"
#include "run_cli.hpp"

using namespace pactgraph::test;

TEST_CASE("paths writes the approved answers from Amazon to Microsoft", "[cli][paths]") {
    const auto [format, golden] = GENERATE(table<std::string, std::string>({
        {"table", "paths/amazon-microsoft.txt"},
        {"json", "paths/amazon-microsoft.json"},
        {"tsv", "paths/amazon-microsoft.tsv"},
    }));
    const CliResult r = run_cli({"paths", kSeedGraph, "amazon", "microsoft", "--undirected", "--all", "--format", format});
    CHECK(r.status == 0);
    check_golden(golden, r.out);
}

TEST_CASE("paths --weight takes hops or amount and nothing else", "[cli][paths]") {
    const CliResult r = run_cli({"paths", kSeedGraph, "amazon", "microsoft", "--weight", "amount", "--undirected"});
    CHECK(r.status == 0);
    const CliResult bad = run_cli({"paths", kSeedGraph, "amazon", "microsoft", "--weight", "amuont"});
    CHECK(bad.status == 2);
    CHECK(bad.err == "error: --weight: unknown weight 'amuont'; did you mean 'amount'?; expected hops or amount\n");
}
