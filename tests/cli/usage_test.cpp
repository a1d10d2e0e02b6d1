// What a user who mistypes meets: did-you-mean for every word chosen from a list, `help
// COMMAND`, hints that name the command's own --help, and plain words about files and
// empty pictures.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <cstdlib>
#include <sys/wait.h>

#include "cli/options.hpp"
#include "run_cli.hpp"

using namespace pactgraph::test;
namespace fs = std::filesystem;

namespace {

const std::string kTiny = R"([[entity]]
id = "a"
kind = "company"

[[entity]]
id = "b"
kind = "company"

[[relation]]
from = "a"
to = "b"
type = "invest"
)";

}  // namespace

TEST_CASE("A mistyped option gets did you mean and the command's own --help", "[cli]") {
    const CliResult r = run_cli({"render", kSeedGraph, "--them", "dark"});
    CHECK(r.status == 2);
    CHECK(r.err == "error: render: unknown option '--them'; did you mean '--theme'?\n"
                   "Run 'pactgraph render --help' for its options.\n");
    const CliResult s = run_cli({"stats", kSeedGraph, "--fromat", "json"});
    CHECK(s.status == 2);
    CHECK_THAT(s.err, Catch::StartsWith("error: stats: unknown option '--fromat'; did you mean '--format'?\n"));
}

TEST_CASE("Argument errors point to pactgraph COMMAND --help", "[cli]") {
    const CliResult r = run_cli({"paths", kSeedGraph});  // FROM and TO missing
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::EndsWith("Run 'pactgraph paths --help' for its options.\n"));
    const CliResult extra = run_cli({"stats", kSeedGraph, "surplus"});
    CHECK(extra.status == 2);
    CHECK_THAT(extra.err, Catch::EndsWith("Run 'pactgraph stats --help' for its options.\n"));
    // Without a command there is only the general help to point to.
    CHECK_THAT(run_cli({"--bogus"}).err, Catch::EndsWith("Run 'pactgraph --help' for usage.\n"));
}

TEST_CASE("Did you mean reaches a word that starts a longer choice", "[cli]") {
    const CliResult file = run_cli({"check", "-"}, kTiny);
    CHECK(file.status == 2);
    CHECK_THAT(file.err, Catch::StartsWith("<stdin>:12:8: error: unknown relation type 'invest'; "
                                           "did you mean 'invests_in'?"));
    const CliResult filter = run_cli({"stats", kSeedGraph, "--types", "invest"});
    CHECK_THAT(filter.err, Catch::StartsWith("error: --types: unknown relation type 'invest'; did "
                                             "you mean 'invests_in'?"));
    const CliResult where = run_cli({"stats", kSeedGraph, "--where", "type == exclusive"});
    CHECK_THAT(where.err, Catch::Contains("did you mean 'exclusive_cloud_for'?"));
    const CliResult metric = run_cli({"metrics", kSeedGraph, "--metrics", "pager"});
    CHECK_THAT(metric.err, Catch::Contains("unknown metric 'pager'; did you mean 'pagerank'?"));
    const CliResult engine = run_cli({"render", kSeedGraph, "-K", "neto"});
    CHECK_THAT(engine.err, Catch::Contains("did you mean 'neato'?"));
    const CliResult format = run_cli({"stats", kSeedGraph, "--format", "jsn"});
    CHECK_THAT(format.err, Catch::Contains("did you mean 'json'?"));
}

TEST_CASE("pactgraph help COMMAND prints the command's help", "[cli]") {
    const CliResult r = run_cli({"help", "render"});
    CHECK(r.status == 0);
    CHECK(r.out == run_cli({"render", "--help"}).out);
    CHECK_THAT(r.out, Catch::Contains("--engine"));
    const CliResult all = run_cli({"help"});
    CHECK(all.status == 0);
    CHECK(all.out == run_cli({"--help"}).out);
    const CliResult typo = run_cli({"help", "rendr"});
    CHECK(typo.status == 2);
    CHECK_THAT(typo.err, Catch::StartsWith("error: unknown command 'rendr'; did you mean 'render'?"));
}

TEST_CASE("render -o NAME without an extension writes DOT, as documented", "[cli][render]") {
    const fs::path dir = scratch_root() / "usage-noext";
    fs::create_directories(dir);
    const CliResult r = run_cli({"render", kSeedGraph, "-o", (dir / "picture").string()});
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK_THAT(slurp(dir / "picture"), Catch::StartsWith("// pactgraph render"));
    fs::remove_all(dir);
}

TEST_CASE("Writing into a folder that does not exist names the folder", "[cli]") {
    const fs::path dir = scratch_root() / "usage-nodir" / "missing";
    fs::remove_all(dir);
    const std::string out = (dir / "x.html").string();
    const CliResult r = run_cli({"report", kSeedGraph, "-o", out});
    CHECK(r.status == 2);
    CHECK(r.err == out + ": error: the folder '" + dir.string() + "' does not exist; create it "
                         "first or write elsewhere\n");
}

TEST_CASE("render says so on stderr when the filters leave nothing to draw", "[cli][render]") {
    const CliResult r = run_cli({"render", kSeedGraph, "--types", "hosts"});
    CHECK(r.status == 0);
    CHECK(r.err == "note: the filters leave no entity to draw; the picture is empty\n");
    CHECK_THAT(r.out, Catch::StartsWith("// pactgraph render"));
}

TEST_CASE("The memory limit takes sizes people write and refuses others", "[cli][memory]") {
    using pactgraph::cli::parse_byte_size;
    CHECK(parse_byte_size("1500000") == 1500000u);
    CHECK(parse_byte_size("500M") == 500ull << 20);
    CHECK(parse_byte_size("2G") == 2ull << 30);
    CHECK(parse_byte_size("2gb") == 2ull << 30);
    CHECK(parse_byte_size("1.5GiB") == 3ull << 29);
    CHECK(parse_byte_size("64k") == 64ull << 10);
    CHECK(parse_byte_size("10B") == 10u);
    for (const char* bad : {"", "G", "2X", "2GG", "-1G", "1.2.3M", "0", "two"}) {
        INFO(bad);
        CHECK_FALSE(parse_byte_size(bad));
    }
    const auto r = pactgraph::test::run_cli({"stats", "--max-memory", "lots", pactgraph::test::kSeedGraph});
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Catch::Contains("--max-memory") && Catch::Contains("found 'lots'; expected a size such as 500M"));
}

#if !defined(__SANITIZE_ADDRESS__)  // the sanitizers reserve memory the limit would count
TEST_CASE("A graph larger than --max-memory stops with a clear error, exit 2", "[cli][memory]") {
    const auto file = pactgraph::test::scratch_root() / "memory-300k.csv";
    std::filesystem::create_directories(file.parent_path());
    {
        std::ofstream out(file);
        out << "source,target,relation,amount_usd,date\n";
        for (int i = 0; i < 300000; ++i)
            out << 'e' << i << ",e" << (static_cast<long long>(i) * 7919) % 300000 << ",invests_in," << i << ",2020-01-01\n";
    }
    const std::string command = std::string(PACTGRAPH_BINARY) + " stats -q --max-memory 40M " + file.string() +
                                " > /dev/null 2> " + file.string() + ".err";
    const int status = std::system(command.c_str());
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 2);
    std::ifstream err(file.string() + ".err");
    const std::string text((std::istreambuf_iterator<char>(err)), std::istreambuf_iterator<char>());
    CHECK(text == "error: the graph needs more memory than --max-memory 40M allows; raise the limit, or "
                  "give a smaller graph (a CSV edge list takes about 150 bytes per relation to read, 200 to "
                  "analyse)\n");
    const std::string roomy = std::string(PACTGRAPH_BINARY) + " stats -q --max-memory 2G " + file.string() + " > /dev/null";
    CHECK(std::system(roomy.c_str()) == 0);
}
#endif
