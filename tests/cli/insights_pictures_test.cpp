#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <map>
#include <fstream>
#include <regex>
#include <sstream>

#include "run_cli.hpp"

using namespace pactgraph::test;
namespace fs = std::filesystem;

namespace {

fs::path fresh_dir(const std::string& name) {
    const fs::path dir = pactgraph::test::scratch_root() / ("pactgraph-insights-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

// The id and the position Graphviz gave each node: <title>ID</title> then the node's text x/y.
std::map<std::string, std::string> node_positions(const std::string& svg) {
    std::map<std::string, std::string> out;
    const std::regex node(R"re(<g id="node\d+" class="node">\s*<title>([^<]+)</title>[\s\S]*?<text[^>]* x="([-\d.]+)" y="([-\d.]+)")re");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), node); it != std::sregex_iterator(); ++it)
        out[(*it)[1]] = (*it)[2].str() + "," + (*it)[3].str();
    return out;
}

}  // namespace

TEST_CASE("render --highlight-conflicts draws the conflict chain and names it in the legend",
          "[cli][conflicts][render]") {
    const CliResult plain = run_cli({"render", kSeedGraph, "-T", "dot"});
    const CliResult r = run_cli({"render", kSeedGraph, "-T", "dot", "--highlight-conflicts"});
    REQUIRE(r.status == 0);
    CHECK_THAT(plain.out, !Catch::Contains(">conflict<"));
    CHECK_THAT(r.out, Catch::Contains(">conflict<"));
    // The three relations of the finding, and only they, carry the conflict colour.
    const std::regex conflict_edge(R"re(\n  "([a-z-]+)" -> "([a-z-]+)" \[[^\n]*#D81B60)re");
    std::vector<std::string> edges;
    for (auto it = std::sregex_iterator(r.out.begin(), r.out.end(), conflict_edge); it != std::sregex_iterator(); ++it)
        edges.push_back((*it)[1].str() + "->" + (*it)[2].str());
    std::sort(edges.begin(), edges.end());
    CHECK(edges == std::vector<std::string>{"aws->frontier", "azure->openai-api", "frontier->openai-api"});
}

TEST_CASE("diff -T svg colours added relations and fades the rest", "[cli][diff][render]") {
    const CliResult r = run_cli({"diff", kSeedGraph, "--from", "2020", "--to", "2024", "-T", "dot"});
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains(">added<") && Catch::Contains(">context (faded)<"));
    CHECK_THAT(r.out, !Catch::Contains(">removed<"));
    const CliResult files = run_cli({"diff", source_path("tests/data/diff-old.toml"),
                                     source_path("tests/data/diff-new.toml"), "-T", "dot"});
    REQUIRE(files.status == 0);
    // The removed entity and relation come back from the old file to be drawn as removed.
    CHECK_THAT(files.out, Catch::Contains("\"gone\" -> \"a\"") && Catch::Contains(">removed<") &&
                              Catch::Contains(">changed<") && Catch::Contains(">added<"));
}

TEST_CASE("render --frames yearly writes one picture per year with the same positions",
          "[cli][render][frames]") {
    const fs::path dir = fresh_dir("frames");
    const CliResult r = run_cli({"render", kSeedGraph, "--frames", "yearly", "-o", (dir / "f").string()});
    REQUIRE(r.status == 0);
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir / "f")) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    CHECK(names == std::vector<std::string>{"2019.svg", "2020.svg", "2021.svg", "2022.svg",
                                            "2023.svg", "2024.svg", "2025.svg", "2026.svg"});
    auto first = node_positions(slurp(dir / "f" / "2019.svg"));
    auto last = node_positions(slurp(dir / "f" / "2026.svg"));
    // 2019 shows the five entities of the 2019 investment and the two owns; each keeps its place
    // relative to Microsoft (a frame with fewer entities has a smaller canvas, so compare offsets).
    REQUIRE(first.size() == 5);
    REQUIRE(last.size() == 9);
    const auto offset = [](const std::string& a, const std::string& b) {
        const auto xy = [](const std::string& p) {
            return std::pair{std::stod(p.substr(0, p.find(','))), std::stod(p.substr(p.find(',') + 1))};
        };
        return std::pair{xy(a).first - xy(b).first, xy(a).second - xy(b).second};
    };
    for (const auto& [id, at] : first) {
        INFO(id);
        const auto was = offset(at, first.at("microsoft")), is = offset(last.at(id), last.at("microsoft"));
        CHECK(was.first == Approx(is.first).margin(0.01));
        CHECK(was.second == Approx(is.second).margin(0.01));
    }
    CHECK_THAT(slurp(dir / "f" / "2019.svg"), Catch::Contains("end of 2019"));
    CHECK_THAT(slurp(dir / "f" / "2019.svg"), !Catch::Contains("second investment"));
    CHECK_THAT(slurp(dir / "f" / "2023.svg"), Catch::Contains("second investment"));
    SECTION("without -o DIR it says what it needs") {
        const CliResult bad = run_cli({"render", kSeedGraph, "--frames", "yearly"});
        CHECK(bad.status == 2);
        CHECK(bad.err == "error: --frames writes one file per year; pass -o DIR/ (a directory)\n");
    }
}

TEST_CASE("report writes Markdown with the SVG beside it, and one self-contained HTML file",
          "[cli][report]") {
    const fs::path dir = fresh_dir("report");
    const CliResult md = run_cli({"report", kSeedGraph, "-o", (dir / "seed.md").string()});
    REQUIRE(md.status == 0);
    const std::string text = slurp(dir / "seed.md");
    CHECK_THAT(text, Catch::StartsWith("# OpenAI, Microsoft, Amazon and Frontier: the cloud exclusivity dispute\n"));
    CHECK_THAT(text, Catch::Contains("![OpenAI, Microsoft, Amazon and Frontier: the cloud exclusivity dispute](seed.svg)"));
    CHECK_THAT(text, Catch::Contains("### 1. Overlap through a claimed link: azure vs aws"));
    CHECK_THAT(text, Catch::Contains("## Timeline") && Catch::Contains("## Sources"));
    CHECK_THAT(text, Catch::Contains("[https://openai.com/index/joint-statement-from-openai-and-microsoft/]"
                                     "(https://openai.com/index/joint-statement-from-openai-and-microsoft/)"));
    CHECK_THAT(slurp(dir / "seed.svg"), Catch::StartsWith("<?xml"));

    const CliResult html = run_cli({"report", kSeedGraph, "-o", (dir / "seed.html").string()});
    REQUIRE(html.status == 0);
    const std::string page = slurp(dir / "seed.html");
    CHECK_THAT(page, Catch::StartsWith("<!DOCTYPE html>"));
    CHECK_THAT(page, Catch::Contains("<svg") && Catch::Contains("</svg>"));
    CHECK_THAT(page, !Catch::Contains("<script") && !Catch::Contains("<link") &&
                         !Catch::Contains("src=\"http") && !Catch::Contains("@import"));
    CHECK_THAT(page, Catch::Contains("Microsoft&#39;s claim") || Catch::Contains("Microsoft&apos;s claim"));
    CHECK(!fs::exists(dir / "seed.html.svg"));
}

TEST_CASE("report escapes hostile names and refuses an unknown extension", "[cli][report]") {
    const fs::path dir = fresh_dir("report-hostile");
    const std::string graph = R"toml([graph]
title = "<script>alert(1)</script> | *bold*"
[[entity]]
id = "a"
name = "AT&T \"Labs\" <img src=x onerror=alert(1)>"
kind = "company"
[[entity]]
id = "b"
kind = "cloud"
[[relation]]
from = "a"
to = "b"
type = "owns"
source = "javascript:alert(1)"
)toml";
    const CliResult html = run_cli({"report", "-", "-o", (dir / "h.html").string()}, graph);
    REQUIRE(html.status == 0);
    const std::string page = slurp(dir / "h.html");
    CHECK_THAT(page, !Catch::Contains("<script>") && !Catch::Contains("<img") &&
                         !Catch::Contains("href=\"javascript"));
    CHECK_THAT(page, Catch::Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    const CliResult md = run_cli({"report", "-", "-o", (dir / "h.md").string()}, graph);
    REQUIRE(md.status == 0);
    CHECK_THAT(slurp(dir / "h.md"), Catch::StartsWith("# \\<script\\>alert(1)\\</script\\> \\| \\*bold\\*\n"));
    CHECK_THAT(slurp(dir / "h.md"), !Catch::Contains("](javascript"));

    const CliResult bad = run_cli({"report", kSeedGraph, "-o", (dir / "r.txt").string()});
    CHECK(bad.status == 2);
    CHECK(bad.err == "error: report: cannot tell the format of '" + (dir / "r.txt").string() +
                         "'; expected a name ending in .md or .html, or --format md|html\n");
    CHECK(!fs::exists(dir / "r.txt"));
}
