// `structure`: the whole text outputs against golden files, and every entity's numbers in the
// JSON against NetworkX 2.8's (scripts/expected-structure.py -> structure_expected.hpp).
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <nlohmann/json.hpp>

#include "../analysis/structure_expected.hpp"
#include "../support/golden.hpp"
#include "run_cli.hpp"

using namespace pactgraph::test;

namespace {

void check_number(const nlohmann::json& got, double expected) {
    if (std::isnan(expected)) {
        CHECK(got.is_null());
    } else {
        REQUIRE(got.is_number());
        CHECK_THAT(got.get<double>(), Catch::WithinAbs(expected, 1e-9));
    }
}

void check_against_networkx(const ExpectedStructure& e, bool weighted) {
    std::vector<std::string> args = {"structure", "-q", "--format", "json", source_path(e.file)};
    if (weighted) args.insert(args.end(), {"--weight", "amount"});
    const CliResult r = run_cli(args);
    REQUIRE(r.status == 0);
    const auto doc = nlohmann::json::parse(r.out);
    const auto& rows = doc["entities"];
    REQUIRE(rows.size() == e.ids.size());
    for (const auto& row : rows) {
        const std::string id = row["id"];
        const auto at = std::find_if(e.ids.begin(), e.ids.end(), [&](const char* x) { return id == x; });
        REQUIRE(at != e.ids.end());
        const auto v = static_cast<std::size_t>(at - e.ids.begin());
        INFO(e.name << " " << id);
        CHECK(row["component"] == e.weak[v]);
        CHECK(row["strong_component"] == e.strong[v]);
        CHECK(row["core_number"] == e.core_number[v]);
        CHECK_THAT(row["clustering"].get<double>(), Catch::WithinAbs(e.clustering[v], 1e-9));
        check_number(row["constraint"], weighted ? e.weighted_constraint[v] : e.constraint[v]);
        check_number(row["effective_size"], weighted ? e.weighted_effective_size[v] : e.effective_size[v]);
        const bool point = std::any_of(e.articulation_points.begin(), e.articulation_points.end(),
                                       [&](const ExpectedPoint& p) { return id == p.id; });
        CHECK(row["articulation_point"] == point);
    }
    CHECK_THAT(doc["summary"]["density"].get<double>(), Catch::WithinAbs(e.density, 1e-12));
    CHECK(doc["summary"]["articulation_points"].size() == e.articulation_points.size());
    CHECK(doc["summary"]["bridges"].size() == e.bridges.size());
}

}  // namespace

TEST_CASE("structure's JSON equals NetworkX 2.8 on every graph of the expected set", "[cli][structure]") {
    const auto index = GENERATE(range(std::size_t{0}, kExpectedStructure.size()));
    const ExpectedStructure& e = kExpectedStructure[index];
    check_against_networkx(e, false);
    if (!e.weighted_constraint.empty()) check_against_networkx(e, true);
}

TEST_CASE("structure prints the seed graph's summary, weak points and broker table", "[cli][structure]") {
    const CliResult r = run_cli({"structure", "-q", "--explain", kSeedGraph});
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    check_golden("structure/openai-frontier.txt", r.out);
}

TEST_CASE("structure writes Markdown, and CSV with raw numbers and the summary on standard error",
          "[cli][structure]") {
    const std::string web = source_path("graphs/ai-compute-web.toml");
    check_golden("structure/ai-compute-web.md", run_cli({"structure", "-q", "-f", "markdown", web}).out);
    const CliResult csv = run_cli({"structure", "-q", "-f", "csv", web});
    check_golden("structure/ai-compute-web.csv", csv.out);
    CHECK_THAT(csv.err, Catch::StartsWith("# 14 entities, 25 relations (23 distinct directed pairs)"));  // the partners_with pair counts each way, as in metrics
    const CliResult tsv = run_cli({"structure", "-q", "-f", "tsv", "-n", "2", web});
    CHECK(std::count(tsv.out.begin(), tsv.out.end(), '\n') == 3);
    CHECK_THAT(tsv.out, Catch::StartsWith("rank\tid\tname\tcomponent\t"));
}

TEST_CASE("structure's summary names each weak point and what it cuts off", "[cli][structure]") {
    const auto doc = nlohmann::json::parse(run_cli({"structure", "-q", "-f", "json", kSeedGraph}).out);
    const auto& s = doc["summary"];
    REQUIRE(s["articulation_points"].size() == 1);
    CHECK(s["articulation_points"][0]["id"] == "openai");
    CHECK(s["articulation_points"][0]["cut_off"] == nlohmann::json::array({"softbank", "nvidia"}));
    REQUIRE(s["bridges"].size() == 2);
    CHECK(s["bridges"][0]["relation"] == "openai-agreement-softbank");
    CHECK(s["bridges"][0]["cut_off"] == nlohmann::json::array({"softbank"}));
    // Ranked as brokers: OpenAI has the largest effective size (NetworkX: 16/3).
    CHECK(doc["entities"][0]["id"] == "openai");
    CHECK(doc["entities"][0]["articulation_point"] == true);
}

TEST_CASE("structure refuses a weight it has no weighted form for", "[cli][structure]") {
    const CliResult r = run_cli({"structure", "--weight", "count", kSeedGraph});
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("--weight"));
}
