#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "support/atomic_file.hpp"
#include "support/diagnostics.hpp"
#include "support/money.hpp"
#include "support/suggest.hpp"
#include "support/text.hpp"
#include "../cli/run_cli.hpp"

using namespace pactgraph;

TEST_CASE("A diagnostic names file, line and column and puts a caret under the spot", "[support]") {
    Diagnostic d{Severity::error, {"g.toml", 3, 8}, "found x; expected y", "kind = x"};
    CHECK(format_diagnostic(d) == "g.toml:3:8: error: found x; expected y\n    kind = x\n           ^");
    d.source_line.clear();
    d.severity = Severity::warning;
    CHECK(format_diagnostic(d) == "g.toml:3:8: warning: found x; expected y");
}

TEST_CASE("line_of picks one line without its line ending", "[support]") {
    CHECK(line_of("a\r\nbb\ncc", 2) == "bb");
    CHECK(line_of("a\r\nbb\ncc", 1) == "a");
    CHECK(line_of("a\nbb\ncc", 3) == "cc");
    CHECK(line_of("a", 5).empty());
}

TEST_CASE("Did-you-mean suggests near misses only", "[support]") {
    const std::vector<std::string> ids = {"amazon", "aws", "azure", "microsoft", "openai"};
    CHECK(closest_match("amazn", ids) == std::optional<std::string>("amazon"));
    CHECK(closest_match("micrsoft", ids) == std::optional<std::string>("microsoft"));
    CHECK(closest_match("Azure", ids) == std::optional<std::string>("azure"));
    CHECK_FALSE(closest_match("nvidia", ids).has_value());
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("ab", "ba") == 1);
    CHECK(did_you_mean("opnai", ids) == "; did you mean 'openai'?");
}

TEST_CASE("Money is written short with three significant digits", "[support]") {
    auto [usd, text] = GENERATE(table<double, std::string>({
        {1e9, "$1B"}, {1e10, "$10B"}, {5e10, "$50B"}, {1.1e10, "$11B"}, {1.5e6, "$1.5M"},
        {950, "$950"}, {12345, "$12.3K"}, {999999, "$1M"}, {1.25e12, "$1.25T"}, {0, "$0"}}));
    CHECK(format_money_short(usd) == text);
}

TEST_CASE("Atomic writes replace the file whole and leave no temporary behind", "[support]") {
    namespace fs = std::filesystem;
    const fs::path dir = pactgraph::test::scratch_root() / "pactgraph-atomic-test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string path = (dir / "out.txt").string();
    write_file_atomically(path, "first");
    write_file_atomically(path, "second");
    std::ifstream in(path);
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(content == "second");
    CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
    SECTION("a target in a missing directory fails naming the missing folder") {
        CHECK_THROWS_WITH(write_file_atomically((dir / "no/such/out.txt").string(), "x"),
                          (dir / "no/such/out.txt").string() + ": error: the folder '" +
                              (dir / "no/such").string() +
                              "' does not exist; create it first or write elsewhere");
    }
    SECTION("a target whose folder is a file says so") {
        const fs::path file = dir / "plain";
        std::ofstream(file) << "x";
        CHECK_THROWS_WITH(write_file_atomically((file / "out.txt").string(), "x"),
                          Catch::EndsWith("'" + file.string() + "' is not a folder; expected a folder to write in"));
    }
    fs::remove_all(dir);
}

TEST_CASE("Counts take the singular for one and the plural otherwise", "[support]") {
    CHECK(count_noun(1, "relation") == "1 relation");
    CHECK(count_noun(0, "relation") == "0 relations");
    CHECK(count_noun(1, "entity", "entities") == "1 entity");
    CHECK(count_noun(3, "entity", "entities") == "3 entities");
}
