// The picture options on the command line: --dpi, --theme auto, and the SVG description every
// picture-writing command gives (issue 10 finding 16, issue 14 items 3-4).
#include <catch2/catch.hpp>
#include <cmath>
#include <algorithm>
#include <cstdio>

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
    // A curve by its shape: every point relative to its first one, so a frame whose canvas is
    // smaller (fewer entities that year) still shows the whole picture's curve, shifted.
    const auto shapes = [](const std::string& svg) {
        std::vector<std::vector<double>> out;
        const std::regex d(R"re(class="edge">[\s\S]*?<path [^>]* d="([^"]+)")re");
        const std::regex number(R"(-?[0-9]+(\.[0-9]+)?)");
        for (auto it = std::sregex_iterator(svg.begin(), svg.end(), d); it != std::sregex_iterator(); ++it) {
            const std::string path = (*it)[1];
            std::vector<double> xy;
            for (auto n = std::sregex_iterator(path.begin(), path.end(), number); n != std::sregex_iterator(); ++n)
                xy.push_back(std::stod(n->str()));
            for (std::size_t k = xy.size(); k-- > 0;) xy[k] -= xy[k % 2];
            out.push_back(xy);
        }
        return out;
    };
    const auto same = [](const std::vector<double>& a, const std::vector<double>& b) {
        if (a.size() != b.size()) return false;
        for (std::size_t k = 0; k < a.size(); ++k)
            if (std::abs(a[k] - b[k]) > 0.05) return false;  // SVG coordinates have 2 decimals
        return true;
    };
    const CliResult whole = run_cli({"render", kSeedGraph, "-T", "svg"});
    const auto all = shapes(whole.out);
    for (const char* year : {"2019.svg", "2023.svg", "2026.svg"}) {
        const auto frame = shapes(slurp(dir / year));
        REQUIRE(!frame.empty());
        for (std::size_t k = 0; k < frame.size(); ++k) {
            INFO(year << ": edge " << k);
            // the whole picture's curve, not one laid out again
            CHECK(std::any_of(all.begin(), all.end(), [&](const auto& c) { return same(frame[k], c); }));
        }
    }
}
