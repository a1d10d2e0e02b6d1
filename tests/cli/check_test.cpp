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
