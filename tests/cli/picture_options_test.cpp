// The picture options on the command line: --dpi, --theme auto, and the SVG description every
// picture-writing command gives (issue 10 finding 16, issue 14 items 3-4).
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <set>
#include <string>

#include "render/svg_text.hpp"
#include "run_cli.hpp"

using namespace pactgraph::test;
namespace fs = std::filesystem;

namespace {

unsigned png_width(const std::string& png) {
    REQUIRE(png.size() > 24);
    unsigned w = 0;
    for (int i = 16; i < 20; ++i) w = (w << 8) | static_cast<unsigned char>(png[i]);
    return w;
}

fs::path fresh_dir(const std::string& name) {
    const fs::path dir = scratch_root() / ("picture-options-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

}  // namespace

TEST_CASE("render --dpi sets the PNG's resolution; -Gdpi wins; bad values are refused", "[cli][render][png]") {
    const CliResult plain = run_cli({"render", kSeedGraph, "-T", "png", "--rankdir", "TB"});
    const CliResult at96 = run_cli({"render", kSeedGraph, "-T", "png", "--rankdir", "TB", "--dpi", "96"});
    const CliResult g48 = run_cli({"render", kSeedGraph, "-T", "png", "--rankdir", "TB", "--dpi", "96", "-Gdpi=48"});
    REQUIRE((plain.status == 0 && at96.status == 0 && g48.status == 0));
    CHECK(png_width(plain.out) > 1.98 * png_width(at96.out));
    CHECK(png_width(plain.out) < 2.02 * png_width(at96.out));
    CHECK(png_width(g48.out) * 2 <= png_width(at96.out) + 2);
    const CliResult bad = run_cli({"render", kSeedGraph, "-T", "png", "--dpi", "0"});
    CHECK(bad.status == 2);
}

TEST_CASE("every SVG a command writes has role img, a title and a description naming the conflicts",
          "[cli][render][accessibility]") {
    const fs::path dir = fresh_dir("svgs");
    REQUIRE(run_cli({"report", kSeedGraph, "-o", (dir / "r.md").string()}).status == 0);
    REQUIRE(run_cli({"render", kSeedGraph, "--frames", "yearly", "-o", (dir / "f").string()}).status == 0);
    const CliResult render = run_cli({"render", kSeedGraph, "-T", "svg", "--theme", "auto"});
    const CliResult diff = run_cli({"diff", kSeedGraph, "--from", "2020", "--to", "2024", "-T", "svg"});
    const CliResult sub = run_cli({"subgraph", kSeedGraph, "--ego", "nvidia", "-T", "svg"});
    const CliResult match = run_cli({"match", kSeedGraph, "(a)-[:owns]->(b)", "-T", "svg"});
    for (const auto& [name, svg] : std::vector<std::pair<std::string, std::string>>{
             {"report", slurp(dir / "r.svg")}, {"frame 2026", slurp(dir / "f" / "2026.svg")}, {"render", render.out},
             {"diff", diff.out}, {"subgraph", sub.out}, {"match", match.out}}) {
        INFO(name);
        CHECK_THAT(svg, Catch::Contains("role=\"img\"") && Catch::Contains("<title id=\"pactgraph-title\">"));
        CHECK_THAT(pactgraph::svg_description(svg), Catch::StartsWith("Diagram of "));
    }
    // The seed graph's conflict (Azure's exclusivity over the API vs AWS's over Frontier).
    CHECK_THAT(pactgraph::svg_description(render.out), Catch::Contains("Exclusivity conflicts (1): ") &&
                                                           Catch::Contains("Microsoft Azure vs Amazon Web Services"));
    CHECK_THAT(pactgraph::svg_description(sub.out), Catch::Contains("No exclusivity conflicts"));
    CHECK_THAT(render.out, Catch::Contains("prefers-color-scheme: dark"));
}

TEST_CASE("yearly frames draw each edge and label exactly where the whole picture has it", "[cli][render][frames]") {
    const fs::path dir = fresh_dir("frames");
    REQUIRE(run_cli({"render", kSeedGraph, "--frames", "yearly", "-o", dir.string()}).status == 0);
    const auto paths = [](const std::string& svg) {
        std::set<std::string> out;
        const std::regex d(R"re(class="edge">[\s\S]*?<path [^>]* d="([^"]+)")re");
        for (auto it = std::sregex_iterator(svg.begin(), svg.end(), d); it != std::sregex_iterator(); ++it)
            out.insert((*it)[1]);
        return out;
    };
    const CliResult whole = run_cli({"render", kSeedGraph, "-T", "svg"});
    const std::set<std::string> all = paths(whole.out);
    for (const char* year : {"2019.svg", "2023.svg", "2026.svg"}) {
        const std::set<std::string> frame = paths(slurp(dir / year));
        REQUIRE(!frame.empty());
        for (const std::string& p : frame) {
            INFO(year << ": " << p);
            CHECK(all.count(p) == 1);  // the whole picture's curve, not one laid out again
        }
    }
}
