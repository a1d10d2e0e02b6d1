#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "run_cli.hpp"

using namespace pactgraph::test;

TEST_CASE("check accepts the shipped graph with a one-line summary", "[cli]") {
    const CliResult r = run_cli({"check", kSeedGraph});
    CHECK(r.status == 0);
    CHECK(r.out == kSeedGraph + ": ok: 9 entities, 15 relations, 0 warnings\n");
    CHECK(r.err.empty());
}

TEST_CASE("stats shows counts by kind and type, the date range and amounts", "[cli]") {
    const CliResult r = run_cli({"stats", kSeedGraph});
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("9 entities, 15 relations (2 exclusive, 15 with a source)"));
    // Exact start dates only; the two owns and the SoftBank and Nvidia deals carry a bound.
    CHECK_THAT(r.out, Catch::Contains("dates: 2019 to 2026 (11 dated relations, 4 with only a bound)"));
    // Was "disclosed amounts: $61B", a closed $11B plus a reported $50B: the bug of issue 10.
    CHECK_THAT(r.out, Catch::Contains("  closed or signed: $11B over 2 relations\n"));
    CHECK_THAT(r.out, Catch::Contains("invests_in               2\n"));
    SECTION("and the same as JSON") {
        const CliResult j = run_cli({"stats", "--format", "json", kSeedGraph});
        CHECK(j.status == 0);
        CHECK_THAT(j.out, Catch::Contains("\"relations\": 15") && Catch::Contains("\"amount_usd\": 11000000000.0"));
    }
}

TEST_CASE("A graph file on standard input is read with -", "[cli]") {
    const CliResult r = run_cli({"check", "-"}, "[[entity]]\nid = \"a\"\nkind = \"company\"\n");
    CHECK(r.status == 0);
    CHECK(r.out == "<stdin>: ok: 1 entity, 0 relations, 0 warnings\n");
}

TEST_CASE("Warnings go to standard error and do not fail check unless --strict", "[cli]") {
    const std::string text =
        "[[entity]]\nid = \"a\"\nkind = \"company\"\n[[relation]]\nfrom = \"a\"\nto = \"a\"\ntype = \"owns\"\n";
    const CliResult r = run_cli({"check", "-"}, text);
    CHECK(r.status == 0);
    CHECK(r.err == "<stdin>:4:1: warning: relation a -[owns]-> a cites no source; expected "
                   "`source` or `sources`\n");
    CHECK(run_cli({"check", "--strict", "-"}, text).status == 2);
    CHECK(run_cli({"check", "--quiet", "-"}, text).err.empty());
}

TEST_CASE("Bad input files exit 2 naming the file, line and column", "[cli]") {
    namespace fs = std::filesystem;
    const fs::path dir = pactgraph::test::scratch_root() / "pactgraph-cli-test";
    fs::create_directories(dir);
    SECTION("a missing file") {
        const CliResult r = run_cli({"check", (dir / "nope.toml").string()});
        CHECK(r.status == 2);
        CHECK(r.err == (dir / "nope.toml").string() + ": error: cannot open: No such file or directory\n");
        CHECK(r.out.empty());
    }
    SECTION("a binary file") {
        const std::string path = (dir / "binary.toml").string();
        std::ofstream(path, std::ios::binary) << std::string("\x7f" "ELF\x02\x01\x01\0\0\0", 10);
        const CliResult r = run_cli({"stats", path});
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Catch::StartsWith(path + ":1:8: error: found binary data (a NUL byte)"));
        CHECK(r.out.empty());
    }
    SECTION("a directory") {
        const CliResult r = run_cli({"check", dir.string()});
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Catch::Contains("is a directory"));
    }
    SECTION("each broken fixture in tests/data") {
        auto [file, where] = GENERATE(table<std::string, std::string>({
            {"tests/data/bad-syntax.toml", ":7:8: error: TOML syntax"},
            {"tests/data/unknown-entity.toml", ":15:6: error: unknown entity 'amazn' in 'to'; did you mean 'amazon'?"},
            {"tests/data/empty.toml", ":1:1: error: the file is empty"},
        }));
        const std::string path = source_path(file);
        const CliResult r = run_cli({"check", path});
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Catch::StartsWith(path + where));
        CHECK(r.out.empty());
    }
}

TEST_CASE("Usage errors exit 2 with a suggestion; help and version exit 0", "[cli]") {
    const CliResult typo = run_cli({"chek", kSeedGraph});
    CHECK(typo.status == 2);
    CHECK_THAT(typo.err, Catch::StartsWith("error: unknown command 'chek'; did you mean 'check'?"));
    CHECK(run_cli({}).status == 2);
    CHECK(run_cli({"stats", "--format", "xml", kSeedGraph}).status == 2);
    const CliResult help = run_cli({"--help"});
    CHECK(help.status == 0);
    CHECK_THAT(help.out, Catch::Contains("check") && Catch::Contains("stats"));
    CHECK(run_cli({"stats", "--help"}).status == 0);
    const CliResult version = run_cli({"--version"});
    CHECK(version.status == 0);
    CHECK_THAT(version.out, Catch::StartsWith("pactgraph "));
}

TEST_CASE("The executable runs the same code and maps errors to exit codes", "[cli]") {
    const std::string cmd = std::string(PACTGRAPH_BINARY) + " check /nonexistent.toml 2>/dev/null";
    const int raw = std::system(cmd.c_str());
    REQUIRE(WIFEXITED(raw));
    CHECK(WEXITSTATUS(raw) == 2);
}

TEST_CASE("A restart on huge pages for a large input gives the same bytes and exit status", "[cli][memory]") {
    // PACTGRAPH_HUGE_PAGES_FROM=1 makes every file argument large enough to restart for (under
    // the sanitizers it never restarts: the comparison still holds).
    const auto dir = pactgraph::test::scratch_root() / "huge-pages";
    std::filesystem::create_directories(dir);
    const auto run = [&](const std::string& env, const std::string& args, const std::string& name) {
        const std::string out = (dir / (name + ".out")).string(), err = (dir / (name + ".err")).string();
        const std::string cmd = env + " " + PACTGRAPH_BINARY + " " + args + " > " + out + " 2> " + err;
        const int raw = std::system(cmd.c_str());
        REQUIRE(WIFEXITED(raw));
        return std::to_string(WEXITSTATUS(raw)) + "\n" + slurp(out) + "\n" + slurp(err);
    };
    const std::string graph = kSeedGraph;
    for (const std::string& args : {"metrics " + graph + " --format json", "paths " + graph + " amazon openai",
                                    "check " + graph + " --nodes=" + graph, std::string("stats /nonexistent.toml")}) {
        CAPTURE(args);
        const std::string plain = run("PACTGRAPH_HUGE_PAGES=0", args, "plain");
        CHECK(run("PACTGRAPH_HUGE_PAGES_FROM=1", args, "restarted") == plain);
        CHECK(run("PACTGRAPH_HUGE_PAGES_FROM=1 GLIBC_TUNABLES=glibc.malloc.check=0", args, "tuned") == plain);
    }
}
