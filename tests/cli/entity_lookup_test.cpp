// Naming an entity: id, alias or display name, case-insensitively, with "did you mean" over all
// three; a filter that leaves the named entity out says so (issue 10, findings 3 and 4).
#include <catch2/catch.hpp>

#include "run_ok.hpp"

using namespace pactgraph::test;

TEST_CASE("every command taking an entity accepts its display name", "[cli][lookup]") {
    const std::string by_id = ok({"neighbors", kSeedGraph, "azure", "--format", "tsv"}).out;
    CHECK(ok({"neighbors", kSeedGraph, "microsoft azure", "--format", "tsv"}).out == by_id);
    CHECK(ok({"neighbors", kSeedGraph, "Microsoft Azure", "--format", "tsv"}).out == by_id);
    CHECK(ok({"neighbors", kSeedGraph, "AZURE", "--format", "tsv"}).out == by_id);  // the alias
    CHECK(ok({"neighbors", kSeedGraph, "Amazon Web Services", "--format", "tsv"}).out ==
          ok({"neighbors", kSeedGraph, "aws", "--format", "tsv"}).out);
    CHECK(ok({"paths", kSeedGraph, "Amazon Web Services", "openai stateless apis", "--undirected"}).out ==
          ok({"paths", kSeedGraph, "aws", "openai-api", "--undirected"}).out);
    CHECK(ok({"subgraph", kSeedGraph, "--ego", "Amazon Web Services"}).out ==
          ok({"subgraph", kSeedGraph, "--ego", "aws"}).out);
}

TEST_CASE("did you mean suggests ids, aliases and display names", "[cli][lookup]") {
    const CliResult r = run_cli({"neighbors", kSeedGraph, "Amazon Web Service"});
    CHECK(r.status == 2);
    CHECK(r.err == "error: unknown entity 'Amazon Web Service'; did you mean 'Amazon Web Services'?\n");
}

TEST_CASE("a filter that leaves the named entity out says so", "[cli][lookup]") {
    const CliResult kinds = run_cli({"neighbors", kSeedGraph, "openai", "--kinds", "cloud"});
    CHECK(kinds.status == 2);
    CHECK(kinds.err == "error: openai is left out by --kinds cloud\n");
    const CliResult types = run_cli({"paths", kSeedGraph, "amazon", "openai", "--types", "owns"});
    CHECK(types.err == "error: openai is left out by --types owns\n");
    const CliResult day = run_cli({"neighbors", kSeedGraph, "SoftBank", "--as-of", "2024"});
    CHECK(day.err == "error: softbank is left out by --as-of 2024\n");
    const CliResult ego = run_cli({"subgraph", kSeedGraph, "--ego", "openai", "--kinds", "cloud,service"});
    CHECK(ego.err == "error: openai is left out by --kinds cloud,service\n");
    CHECK(run_cli({"neighbors", kSeedGraph, "opnai", "--kinds", "cloud"}).err ==
          "error: unknown entity 'opnai'; did you mean 'openai'?\n");
}
