// `check`: the one-line summary, on the shipped graphs and on standard input.
#include <catch2/catch.hpp>

#include "../support/golden.hpp"
#include "run_cli.hpp"

using namespace pactgraph::test;

TEST_CASE("check prints one approved summary line per shipped graph", "[cli][check]") {
    const auto [file, golden] = GENERATE(table<std::string, std::string>({
        {"graphs/openai-frontier.toml", "check/openai-frontier.txt"},
        {"graphs/ai-compute-web.toml", "check/ai-compute-web.txt"},
    }));
    const CliResult r = run_cli({"check", file});
    CHECK(r.status == 0);
    check_golden(golden, r.out + r.err);
}

namespace {

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("check reports all five mistakes of a file, located, then exits 2", "[cli][check]") {
    const std::string path = source_path("tests/data/five-mistakes.toml");
    const CliResult r = run_cli({"check", path});
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(count_of(r.err, ": error: ") == 5);
    CHECK(count_of(r.err, "^\n") == 5);  // each with its line and a caret
    for (const char* spot : {":4:9: error: 'as_of' is \"last year\"", ":8:8: error: unknown entity kind 'compnay'",
                             ":13:1: error: unknown key 'nmae'", ":17:6: error: unknown entity 'gamma'",
                             ":25:10: error: unknown status 'sigend'"})
        CHECK_THAT(r.err, Catch::Contains(path + spot));
    CHECK_THAT(r.err, Catch::EndsWith(path + ": 5 errors\n"));
}
