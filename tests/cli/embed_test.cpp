// `pactgraph embed DOC.md` end to end (issue 14): three blocks, idempotence, --check, errors.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "render/svg_text.hpp"
#include "run_cli.hpp"

using namespace pactgraph::test;
namespace fs = std::filesystem;

namespace {

// A folder with docs/deals.md whose blocks name ../graphs/deals.toml (relative to the doc).
fs::path project(const std::string& name, const std::string& blocks) {
    const fs::path dir = scratch_root() / ("embed-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir / "graphs");
    fs::create_directories(dir / "docs");
    fs::copy_file(kSeedGraph, dir / "graphs" / "deals.toml");
    spit(dir / "docs" / "deals.md", "# Deals\n\n" + blocks);
    return dir;
}

const std::string kThreeBlocks =
    "```pactgraph\nrender ../graphs/deals.toml\n```\n\n"
    "Who is around OpenAI:\n\n"
    "```pactgraph\nsubgraph ../graphs/deals.toml --ego openai --depth 1 --title \"OpenAI's neighbours\"\n```\n\n"
    "```pactgraph\nmetrics ../graphs/deals.toml --top 3 --format markdown\n```\n";

}  // namespace

TEST_CASE("embed writes the pictures and the table after their blocks; a second run changes no byte",
          "[cli][embed]") {
    const fs::path dir = project("three", kThreeBlocks);
    const fs::path doc = dir / "docs" / "deals.md";
    const CliResult r = run_cli({"embed", doc.string()});
    INFO(r.err);
    REQUIRE(r.status == 0);
    const std::string text = slurp(doc);
    REQUIRE(fs::exists(dir / "docs" / "deals-1.svg"));
    REQUIRE(fs::exists(dir / "docs" / "deals-2.svg"));
    // The alt text is the picture's own description.
    const std::string desc1 = pactgraph::svg_description(slurp(dir / "docs" / "deals-1.svg"));
    CHECK_THAT(desc1, Catch::StartsWith("Diagram of OpenAI, Microsoft"));
    CHECK_THAT(text, Catch::Contains("```\n\n<!-- pactgraph embed") && Catch::Contains("![" + desc1 + "](deals-1.svg)"));
    CHECK_THAT(pactgraph::svg_description(slurp(dir / "docs" / "deals-2.svg")), Catch::StartsWith("Diagram of OpenAI's neighbours"));
    CHECK_THAT(text, Catch::Contains("| pagerank") || Catch::Contains("|---"));
    CHECK(text.find("render ../graphs/deals.toml") < text.find("(deals-1.svg)"));
    CHECK(text.find("(deals-2.svg)") < text.find("metrics ../graphs/deals.toml"));
    const std::string svg1 = slurp(dir / "docs" / "deals-1.svg");
    REQUIRE(run_cli({"embed", doc.string()}).status == 0);
    CHECK(slurp(doc) == text);
    CHECK(slurp(dir / "docs" / "deals-1.svg") == svg1);
    CHECK(run_cli({"embed", doc.string(), "--check"}).status == 0);
    SECTION("--check fails after a graph edit and changes nothing") {
        std::string graph = slurp(dir / "graphs" / "deals.toml");
        graph.replace(graph.find("name = \"Microsoft\""), 18, "name = \"Microsoft Corp.\"");
        spit(dir / "graphs" / "deals.toml", graph);
        const CliResult stale = run_cli({"embed", doc.string(), "--check"});
        CHECK(stale.status == 1);
        CHECK_THAT(stale.err, Catch::Contains("deals-1.svg"));
        CHECK(slurp(doc) == text);
        CHECK(slurp(dir / "docs" / "deals-1.svg") == svg1);
    }
    SECTION("-o writes the document (and its pictures) elsewhere, leaving DOC alone") {
        fs::create_directories(dir / "out");
        const std::string before = slurp(doc);
        REQUIRE(run_cli({"embed", doc.string(), "-o", (dir / "out" / "site.md").string()}).status == 0);
        CHECK(slurp(doc) == before);
        CHECK(fs::exists(dir / "out" / "site-1.svg"));
        CHECK_THAT(slurp(dir / "out" / "site.md"), Catch::Contains("(site-2.svg)"));
    }
}

TEST_CASE("embed refuses a bad block with DOC:LINE and exit 2, writing nothing", "[cli][embed]") {
    SECTION("a block that writes outside the document's folder") {
        const fs::path dir = project("outside", "text\n\n```pactgraph\nrender ../graphs/deals.toml -o ../escape.svg\n```\n");
        const CliResult r = run_cli({"embed", (dir / "docs" / "deals.md").string()});
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Catch::Contains("deals.md:5:1: error:") && Catch::Contains("outside the document's folder"));
        CHECK_FALSE(fs::exists(dir / "escape.svg"));
    }
    SECTION("a command that fails") {
        const fs::path dir = project("failing", "```pactgraph\nrender ../graphs/nothere.toml\n```\n");
        const std::string before = slurp(dir / "docs" / "deals.md");
        const CliResult r = run_cli({"embed", (dir / "docs" / "deals.md").string()});
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Catch::Contains("deals.md:3:1: error: the block's command failed"));
        CHECK(slurp(dir / "docs" / "deals.md") == before);
    }
    SECTION("a block's own -o NAME inside the folder is used as the picture's name") {
        const fs::path dir = project("named", "```pactgraph\nrender ../graphs/deals.toml -o img/map.png\n```\n");
        REQUIRE(run_cli({"embed", (dir / "docs" / "deals.md").string()}).status == 0);
        CHECK(slurp(dir / "docs" / "img" / "map.png").substr(1, 3) == "PNG");
        CHECK_THAT(slurp(dir / "docs" / "deals.md"), Catch::Contains("](img/map.png)") && Catch::Contains("![Diagram of"));
    }
}
