// `report`: one Markdown document about the graph (its diagram beside it).
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "../support/golden.hpp"
#include "run_cli.hpp"

using namespace pactgraph::test;

TEST_CASE("report writes the approved Markdown for the seed graph", "[cli][report]") {
    const auto dir = scratch_root() / "report-golden";
    std::filesystem::create_directories(dir);
    const std::string out = (dir / "seed.md").string();
    const CliResult r = run_cli({"report", "-q", "graphs/openai-frontier.toml", "-o", out});
    CHECK(r.status == 0);
    std::ifstream in(out);
    check_golden("report/openai-frontier.md",
                 {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()});
    CHECK(std::filesystem::exists(dir / "seed.svg"));
}
