// --check on every command that writes a file (issue 14): compare, write nothing, exit 0 / 1.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "run_cli.hpp"

using namespace pactgraph::test;
namespace fs = std::filesystem;

namespace {

fs::path fresh_dir(const std::string& name) {
    const fs::path dir = scratch_root() / ("check-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

// A copy of the seed graph that the test can edit.
fs::path graph_copy(const fs::path& dir) {
    const fs::path g = dir / "deals.toml";
    fs::copy_file(kSeedGraph, g, fs::copy_options::overwrite_existing);
    return g;
}

void edit_graph(const fs::path& g) {
    std::string text = slurp(g);
    const std::string from = "name = \"Microsoft\"";
    REQUIRE(text.find(from) != std::string::npos);
    text.replace(text.find(from), from.size(), "name = \"Microsoft Corp.\"");
    spit(g, text);
}

}  // namespace

TEST_CASE("render --check exits 0 on a fresh image and 1 after the graph changes, never touching the file",
          "[cli][check]") {
    const fs::path dir = fresh_dir("render");
    const fs::path g = graph_copy(dir);
    const std::string out = (dir / "deals.svg").string();
    REQUIRE(run_cli({"render", g.string(), "-o", out}).status == 0);
    const std::string written = slurp(out);
    const auto stamp = fs::last_write_time(out);
    const CliResult fresh = run_cli({"render", g.string(), "-o", out, "--check"});
    CHECK(fresh.status == 0);
    CHECK(fresh.err.empty());
    edit_graph(g);
    const CliResult stale = run_cli({"render", g.string(), "-o", out, "--check"});
    CHECK(stale.status == 1);
    CHECK_THAT(stale.err, Catch::Contains("stale: " + out) && Catch::Contains("without --check"));
    CHECK(slurp(out) == written);
    CHECK(fs::last_write_time(out) == stamp);
    SECTION("a missing file is stale too, and is not created") {
        const std::string none = (dir / "none.png").string();
        const CliResult missing = run_cli({"render", g.string(), "-o", none, "--check"});
        CHECK(missing.status == 1);
        CHECK_THAT(missing.err, Catch::Contains("missing: " + none));
        CHECK_FALSE(fs::exists(none));
    }
    SECTION("--check needs a file to compare with") {
        const CliResult r = run_cli({"render", g.string(), "-T", "svg", "--check"});
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Catch::Contains("--check compares a file"));
    }
}

TEST_CASE("subgraph -o, report -o and render --frames take --check as well", "[cli][check]") {
    const fs::path dir = fresh_dir("others");
    const fs::path g = graph_copy(dir);
    const std::string part = (dir / "part.toml").string(), report = (dir / "report.md").string();
    const std::string frames = (dir / "frames").string();
    REQUIRE(run_cli({"subgraph", g.string(), "--ego", "openai", "--depth", "1", "-o", part}).status == 0);
    REQUIRE(run_cli({"report", g.string(), "-o", report}).status == 0);
    REQUIRE(run_cli({"render", g.string(), "--frames", "yearly", "-o", frames}).status == 0);
    CHECK(run_cli({"subgraph", g.string(), "--ego", "openai", "--depth", "1", "-o", part, "--check"}).status == 0);
    CHECK(run_cli({"report", g.string(), "-o", report, "--check"}).status == 0);
    CHECK(run_cli({"render", g.string(), "--frames", "yearly", "-o", frames, "--check"}).status == 0);
    const std::string report_svg = slurp(dir / "report.svg");
    edit_graph(g);
    CHECK(run_cli({"subgraph", g.string(), "--ego", "openai", "--depth", "1", "-o", part, "--check"}).status == 1);
    const CliResult r = run_cli({"report", g.string(), "-o", report, "--check"});
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains("stale: " + (dir / "report.svg").string()) && Catch::Contains("stale: " + report));
    CHECK(slurp(dir / "report.svg") == report_svg);
    CHECK(run_cli({"render", g.string(), "--frames", "yearly", "-o", frames, "--check"}).status == 1);
}
