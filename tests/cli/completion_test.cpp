// Shell completion scripts and the man page come from the same CLI11 definitions as --help.
// (tests/cli/completion_bash_test.sh runs the bash script for real.)
#include <catch2/catch.hpp>

#include "run_cli.hpp"

using namespace pactgraph::test;

namespace {

const std::vector<std::string> kCommands = {"check",     "stats", "conflicts", "timeline",
                                            "diff",      "render", "metrics",  "neighbors",
                                            "paths",     "subgraph", "match",   "report",
                                            "help",      "completion"};

}  // namespace

TEST_CASE("completion SHELL prints a script naming every command and their choices", "[cli]") {
    auto shell = GENERATE(as<std::string>{}, "bash", "zsh", "fish");
    INFO(shell);
    const CliResult r = run_cli({"completion", shell});
    REQUIRE(r.status == 0);
    CHECK(r.err.empty());
    for (const auto& c : kCommands) CHECK_THAT(r.out, Catch::Contains(c));
    // Option names without their dashes: fish writes them "-l theme".
    for (const char* word : {"theme", "engine", "format", "as-of", "neato", "sfdp",
                             "mermaid", "pagerank", "dark", "__complete-ids"})
        CHECK_THAT(r.out, Catch::Contains(word));
}

TEST_CASE("completion refuses an unknown shell with the list", "[cli]") {
    const CliResult r = run_cli({"completion", "bsh"});
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("did you mean 'bash'?"));
}

TEST_CASE("__complete-ids lists a graph file's ids and aliases, and nothing for a bad file", "[cli]") {
    const CliResult r = run_cli({"__complete-ids", kSeedGraph});
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::StartsWith("amazon\n") || Catch::Contains("\namazon\n"));
    CHECK_THAT(r.out, Catch::Contains("\nopenai\n") && Catch::Contains("\nmicrosoft\n") &&
                          Catch::Contains("\nMSFT\n"));
    CHECK_THAT(r.out, !Catch::Contains("OpenAI API"));  // shells split words at spaces
    const CliResult bad = run_cli({"__complete-ids", "/nonexistent.toml"});
    CHECK(bad.status == 0);
    CHECK(bad.out.empty());
    CHECK(bad.err.empty());
    // Hidden from the help: it is for the completion scripts.
    CHECK_THAT(run_cli({"--help"}).out, !Catch::Contains("__complete-ids"));
}

TEST_CASE("The man page is troff generated from the option definitions", "[cli]") {
    const CliResult r = run_cli({"__man-page"});
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::StartsWith(".TH PACTGRAPH 1"));
    for (const char* text : {".SH NAME", ".SH SYNOPSIS", ".SH COMMANDS", ".SH EXIT STATUS",
                             "render", "\\-\\-theme", "neighbors"})
        CHECK_THAT(r.out, Catch::Contains(text));
}
