// match prints each distinct row once; --all-matches (or naming the edge) shows every embedding
// (issue 10, finding 7).
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_ok.hpp"

using namespace pactgraph::test;
using json = nlohmann::json;

namespace {

const std::string kTwoInvestments = "(a:company)-[:invests_in]->(b)-[:offers]->(p:platform)";

}  // namespace

TEST_CASE("match rows are distinct by what is printed", "[cli][match]") {
    CHECK(ok({"match", kSeedGraph, kTwoInvestments, "--format", "tsv"}).out == "a\tb\tp\nmicrosoft\topenai\tfrontier\n");
    CHECK(ok({"match", kSeedGraph, kTwoInvestments}).out ==
          "a          b       p\n"
          "---------  ------  --------\n"
          "microsoft  openai  frontier\n");
    const json j = json::parse(ok({"match", kSeedGraph, kTwoInvestments, "--format", "json"}).out);
    CHECK(j["count"] == 1);
}

TEST_CASE("match shows every match with --all-matches or a named edge", "[cli][match]") {
    CHECK(ok({"match", kSeedGraph, kTwoInvestments, "--format", "tsv", "--all-matches"}).out ==
          "a\tb\tp\nmicrosoft\topenai\tfrontier\nmicrosoft\topenai\tfrontier\n");
    CHECK(json::parse(ok({"match", kSeedGraph, kTwoInvestments, "--format", "json", "--all-matches"}).out)["count"] == 2);
    // Named, the edge is printed, so the rows differ: the 2019 and the 2023 investment.
    CHECK(ok({"match", kSeedGraph, "(a:company)-[r:invests_in]->(b)-[:offers]->(p:platform)"}).out ==
          "a          b       p         r\n"
          "---------  ------  --------  --------------------\n"
          "microsoft  openai  frontier  invests_in $1B 2019\n"
          "microsoft  openai  frontier  invests_in $10B 2023\n");
    // TSV prints a named edge's type and the line of its [[relation]], so the rows differ too.
    const std::string tsv = ok({"match", kSeedGraph, "(a:company)-[r:invests_in]->(b)-[:offers]->(p:platform)", "--format", "tsv"}).out;
    CHECK_THAT(tsv, Catch::StartsWith("a\tb\tp\tr\tr_line\nmicrosoft\topenai\tfrontier\tinvests_in\t"));
    CHECK(std::count(tsv.begin(), tsv.end(), '\n') == 3);
}
