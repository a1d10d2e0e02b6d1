// Time views (--as-of, diff --from/--to, render --frames) and relations whose start is unknown
// or only bounded (issue 10, findings 1 and 5). Expected values are read off the graph files by
// hand, not from pactgraph's output.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "run_ok.hpp"

using namespace pactgraph::test;
using json = nlohmann::json;

namespace {

const std::string kWebGraph = source_path("graphs/ai-compute-web.toml");

// a->b dated 2020; a->c undated; b->c started on or after 2025-09; c->a started before 2024.
const std::string kBounds = R"(
[[entity]]
id = "a"
kind = "company"
[[entity]]
id = "b"
kind = "company"
[[entity]]
id = "c"
kind = "company"
[[relation]]
from = "a"
to = "b"
type = "supplies"
date = "2020"
source = "s"
[[relation]]
from = "a"
to = "c"
type = "supplies"
source = "s"
[[relation]]
from = "b"
to = "c"
type = "supplies"
date = ">=2025-09"
source = "s"
[[relation]]
from = "c"
to = "a"
type = "supplies"
date = "<2024"
source = "s"
)";

std::size_t relations_as_of(const std::string& day, const std::string& undated = "") {
    std::vector<std::string> args{"stats", "-", "--as-of", day, "--format", "json"};
    if (!undated.empty()) args.insert(args.end(), {"--undated", undated});
    return json::parse(ok(args, kBounds).out)["relations"].get<std::size_t>();
}

std::size_t count_of(const std::string& text, const std::string& word) {
    std::size_t n = 0;
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("stats --as-of 2024-12-31 on the seed graph counts neither the SoftBank nor the Nvidia deal", "[cli][time]") {
    const json j = json::parse(ok({"stats", kSeedGraph, "--as-of", "2024-12-31", "--format", "json"}).out);
    for (const json& k : j["by_kind"]) {
        CHECK(k["name"] != "investor");   // SoftBank's only kind
        CHECK(k["name"] != "chipmaker");  // Nvidia's
    }
    const std::string around = ok({"neighbors", kSeedGraph, "openai", "--as-of", "2024-12-31", "--format", "tsv"}).out;
    CHECK(around.find("softbank") == std::string::npos);
    CHECK(around.find("nvidia") == std::string::npos);
}

TEST_CASE("Azure's API exclusivity in the compute web holds before its 2025 source", "[cli][time]") {
    const json j = json::parse(ok({"stats", kWebGraph, "--as-of", "2024", "--format", "json"}).out);
    CHECK(j["exclusive"] == 1);
}

TEST_CASE("a bounded start date is in force only where the bound settles it", "[cli][time]") {
    // 2024-12-31: a->b yes, a->c unknown, b->c no (not before 2025-09), c->a yes (before 2024).
    CHECK(relations_as_of("2024-12-31") == 3);
    CHECK(relations_as_of("2024-12-31", "exclude") == 2);
    CHECK(relations_as_of("2024-12-31", "include") == 3);
    // 2023-06-01: c->a is unknown too (it may have started after June 2023).
    CHECK(relations_as_of("2023-06-01") == 3);
    CHECK(relations_as_of("2023-06-01", "exclude") == 1);
    // 2026: b->c may have started (unknown); included by default.
    CHECK(relations_as_of("2026") == 4);
    CHECK(relations_as_of("2026", "exclude") == 2);
}

TEST_CASE("time views say how many relations of unknown start they include or leave out", "[cli][time]") {
    const CliResult in = ok({"stats", "-", "--as-of", "2024-12-31"}, kBounds);
    CHECK_THAT(in.err, Catch::Contains("as of 2024-12-31: 1 relation of unknown start included (--undated exclude leaves it out)"));
    const CliResult out = ok({"stats", "-", "--as-of", "2023-06-01", "--undated", "exclude"}, kBounds);
    CHECK_THAT(out.err, Catch::Contains("as of 2023-06-01: 2 relations of unknown start left out (--undated include keeps them)"));
    const CliResult diff = ok({"diff", "-", "--from", "2024-12-31", "--to", "2026"}, kBounds);
    CHECK_THAT(diff.err, Catch::Contains("as of 2024-12-31: 1 relation of unknown start included"));
    CHECK_THAT(diff.err, Catch::Contains("as of 2026: 2 relations of unknown start included"));
}

TEST_CASE("diff --from 2023 --to 2026 shows the SoftBank and Nvidia deals as added", "[cli][time]") {
    const json j = json::parse(ok({"diff", "-T", "json", kSeedGraph, "--from", "2023", "--to", "2026"}).out);
    std::vector<std::string> added_to;
    for (const json& r : j["relations"])
        if (r["change"] == "added") added_to.push_back(r["after"]["to"].get<std::string>());
    CHECK(std::count(added_to.begin(), added_to.end(), "softbank") == 1);
    CHECK(std::count(added_to.begin(), added_to.end(), "nvidia") == 1);
}

TEST_CASE("yearly frames leave out what had not happened yet", "[cli][time]") {
    namespace fs = std::filesystem;
    const fs::path dir = scratch_root() / "time-views-frames";
    fs::remove_all(dir);
    ok({"render", kSeedGraph, "--frames", "yearly", "-T", "svg", "-o", dir.string() + "/"});
    std::ifstream in(dir / "2020.svg");
    std::stringstream svg;
    svg << in.rdbuf();
    REQUIRE(!svg.str().empty());
    CHECK(svg.str().find(">SoftBank<") == std::string::npos);  // node labels (the title names Frontier)
    CHECK(svg.str().find(">Nvidia<") == std::string::npos);
    CHECK(svg.str().find(">Frontier<") == std::string::npos);
    CHECK(svg.str().find(">Microsoft<") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("as of shows the filter's date, and a diff picture says it once", "[cli][time]") {
    const CliResult s = ok({"stats", kSeedGraph, "--as-of", "2020-01-01"});
    CHECK_THAT(s.out, Catch::Contains("as of 2020-01-01\n"));
    CHECK(s.out.find("2026-11-26") == std::string::npos);
    CHECK(json::parse(ok({"stats", kSeedGraph, "--as-of", "2020-01-01", "--format", "json"}).out)["as_of"] == "2020-01-01");
    const CliResult dot = ok({"diff", kSeedGraph, "--from", "2023", "--to", "2026", "-T", "dot"});
    CHECK(dot.out.find("2026-11-26") == std::string::npos);
    // The title names both dates (in the label and the tooltip); no other "as of" line.
    CHECK(count_of(dot.out, "as of 2023 → as of 2026") == 2);
    CHECK(count_of(dot.out, "as of ") == 4);
}
