// Accessible SVG (role, title, desc) and the SVG that follows prefers-color-scheme (issue 14).
#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <string>
#include <vector>

#include "render/render.hpp"
#include "render/svg_text.hpp"
#include "render_test_support.hpp"

using namespace pactgraph;
using pactgraph::test::load_fixture;

namespace {

// Each edge's line colour (the stroke of its path), in drawing order.
std::vector<std::string> edge_strokes(const std::string& svg) {
    std::vector<std::string> out;
    const std::regex edge(R"re(class="edge">[\s\S]*?<path [^>]*stroke="([^"]+)")re");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), edge); it != std::sregex_iterator(); ++it)
        out.push_back((*it)[1]);
    return out;
}

// What a browser preferring dark resolves `[stroke="C"]` to, reading the SVG's own style sheet:
// the rule's custom property, then that property's value in the dark media block.
std::string dark_stroke(const std::string& svg, const std::string& light) {
    const std::regex rule("\\[stroke=\"" + light + "\"\\]\\{stroke:var\\((--pg-[0-9]+)\\)\\}");
    std::smatch m;
    if (!std::regex_search(svg, m, rule)) return light;  // no rule: the colour stays
    const std::size_t dark_block = svg.find("@media (prefers-color-scheme: dark)");
    REQUIRE(dark_block != std::string::npos);
    const std::string tail = svg.substr(dark_block);
    std::smatch v;
    REQUIRE(std::regex_search(tail, v, std::regex(m[1].str() + ":(#[0-9a-f]{6})")));
    return v[1];
}

}  // namespace

TEST_CASE("every SVG has role img, a title and a description in words", "[render][accessibility]") {
    const PartnershipGraph g = load_fixture("graphs/openai-frontier.toml");
    RenderOptions o;
    o.description_notes = {"Exclusivity conflicts: 1."};
    const std::string svg = render_graph(g, o, OutputFormat::svg).bytes;
    CHECK_THAT(svg, Catch::Contains("role=\"img\""));
    CHECK_THAT(svg, Catch::Contains("<title id=\"pactgraph-title\">OpenAI, Microsoft, Amazon and Frontier"));
    const std::string desc = svg_description(svg);
    INFO(desc);
    CHECK_THAT(desc, Catch::Contains("9 entities: Microsoft, Microsoft Azure, OpenAI,"));
    CHECK_THAT(desc, Catch::Contains("15 relations:"));
    CHECK_THAT(desc, Catch::Contains("agreement (4)") && Catch::Contains("invests in (2)"));
    CHECK_THAT(desc, Catch::Contains("of them exclusive"));
    CHECK_THAT(desc, Catch::Contains("Dated relations run from 2007 to"));  // AWS owned by Amazon "before 2007"
    CHECK_THAT(desc, Catch::Contains("The graph is as of 2026-11-26."));
    CHECK_THAT(desc, Catch::EndsWith("Exclusivity conflicts: 1."));
    // The title and desc come first inside <svg>, where assistive technology looks.
    CHECK(svg.find("<title id=\"pactgraph-title\">") < svg.find("<g id=\"graph0\""));
    SECTION("names in the description are escaped") {
        const std::string hostile = render_graph(load_fixture("tests/data/hostile.toml"), {}, OutputFormat::svg).bytes;
        const std::size_t start = hostile.find("<desc"), end = hostile.find("</desc>");
        REQUIRE(start != std::string::npos);
        CHECK(hostile.substr(start, end - start).find("<script") == std::string::npos);
    }
}

TEST_CASE("an auto-theme SVG in a dark colour scheme gives every edge the dark theme's colour", "[render][theme]") {
    const PartnershipGraph g = load_fixture("graphs/ai-compute-web.toml");
    RenderOptions o;
    o.rankdir = RankDir::LR;
    o.theme = Theme::auto_;
    const std::string autosvg = render_graph(g, o, OutputFormat::svg).bytes;
    o.theme = Theme::light;
    const std::string light = render_graph(g, o, OutputFormat::svg).bytes;
    o.theme = Theme::dark;
    const std::string dark = render_graph(g, o, OutputFormat::svg).bytes;
    CHECK_THAT(autosvg, Catch::Contains("@media (prefers-color-scheme: dark)"));
    const std::vector<std::string> a = edge_strokes(autosvg), l = edge_strokes(light), d = edge_strokes(dark);
    REQUIRE(a.size() == g.relation_count());
    CHECK(a == l);  // without a dark preference (and in rsvg, which ignores the query): light
    for (std::size_t i = 0; i < a.size(); ++i) {
        INFO("edge " << i << ": " << a[i]);
        CHECK(dark_stroke(autosvg, a[i]) == d[i]);
    }
    // The page background follows too.
    CHECK_THAT(autosvg, Catch::Contains("class=\"pactgraph-bg\""));
    CHECK_THAT(autosvg, Catch::Contains("--pg-bg:#1e1e1e"));
}
