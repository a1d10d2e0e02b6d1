#include <catch2/catch.hpp>

#include <regex>
#include <nlohmann/json.hpp>

#include "render/dot_writer.hpp"
#include "render/graphviz.hpp"
#include "render/render.hpp"
#include "render_test_support.hpp"
#include "support/diagnostics.hpp"

using namespace pactgraph;
using pactgraph::test::count_of;
using pactgraph::test::load_fixture;

TEST_CASE("the shipped graph renders to SVG, PNG, PDF and JSON through the Graphviz libraries",
          "[render][graphviz]") {
    const PartnershipGraph g = load_fixture("graphs/openai-frontier.toml");
    const std::string svg = render_graph(g, {}, OutputFormat::svg).bytes;
    CHECK(svg.rfind("<?xml", 0) == 0);
    CHECK_THAT(svg, Catch::Contains("</svg>"));
    for (const char* text : {"Microsoft", "Amazon Web Services", "OpenAI stateless APIs", "SoftBank",
                             "Nvidia", "Frontier", "$10B", "$50B", "exclusive", "Legend"})
        CHECK_THAT(svg, Catch::Contains(text));
    CHECK_THAT(svg, Catch::Contains("xlink:title=\"Microsoft &#45;&gt;") ||
                        Catch::Contains("source: seed article"));
    CHECK_THAT(svg, Catch::Contains(
                        "xlink:href=\"https://openai.com/index/joint-statement-from-openai-and-microsoft/\""));
    const std::string png = render_graph(g, {}, OutputFormat::png).bytes;
    CHECK(png.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
    const std::string pdf = render_graph(g, {}, OutputFormat::pdf).bytes;
    CHECK(pdf.rfind("%PDF-", 0) == 0);
    const auto json = nlohmann::json::parse(render_graph(g, {}, OutputFormat::json).bytes);
    CHECK(json.at("objects").size() == 9);  // the entities; the legend is part of the graph's label
    CHECK(json.at("edges").size() == 15);
    CHECK(json.at("objects")[0].at("pos").is_string());
}

TEST_CASE("every layout engine lays the shipped graph out", "[render][graphviz]") {
    const PartnershipGraph g = load_fixture("graphs/openai-frontier.toml");
    const LayoutEngine engine = GENERATE(LayoutEngine::dot, LayoutEngine::neato, LayoutEngine::fdp,
                                         LayoutEngine::sfdp, LayoutEngine::circo, LayoutEngine::twopi);
    RenderOptions o;
    o.engine = engine;
    INFO(engine_name(engine));
    const std::string svg = render_graph(g, o, OutputFormat::svg).bytes;
    CHECK(count_of(svg, "class=\"node\"") == 9);  // the entities; the legend is in the graph label
}

TEST_CASE("Graphviz failures become errors with Graphviz's message", "[render][graphviz]") {
    CHECK_THROWS_AS(graphviz_render("digraph { a -> ", LayoutEngine::dot, "svg"), Error);
    CHECK_THROWS_WITH(graphviz_render("digraph { a }", LayoutEngine::dot, "nonsense"),
                      Catch::Contains("could not render nonsense"));
}

TEST_CASE("hostile names render as text, never as markup, links or file reads", "[render][security]") {
    const PartnershipGraph g = load_fixture("tests/data/hostile.toml");
    const std::string full_dot = to_dot(g, {});
    // The pactgraph_* data attributes (render/dot_data.hpp) carry the entity's own attributes
    // (image=, URL=) as data Graphviz never reads; what Graphviz reads is the rest.
    const std::regex data_attribute(R"(, pactgraph_[A-Za-z0-9_]+="(\\.|[^"\\])*")");
    const std::string dot = std::regex_replace(full_dot, data_attribute, "");
    CHECK_THAT(full_dot, Catch::Contains(", pactgraph_attr_URL=\"file:///etc/passwd\""));
    SECTION("the DOT keeps every string quoted and names no file attribute") {
        CHECK_THAT(dot, Catch::Contains("label=\"\\\"><script>alert(1)</script>\""));
        CHECK_THAT(dot, Catch::Contains("AT&T \\\"Labs\\\" \\\\ {x} [y] -> z; #1 `code` |pipe|"));
        // The file's attributes table (image, shapefile, URL) is never passed through: those
        // words appear only inside quoted note text, after "[" inside a string.
        CHECK(count_of(dot, "image=") == 1);  // in the note: node [image=\"/etc/passwd\"]
        CHECK(count_of(dot, ", image=") == 0);
        CHECK(count_of(dot, "shapefile=") == 2);  // the relation note, in tooltip and labeltooltip
        CHECK(count_of(dot, ", shapefile=") == 0);
        CHECK(count_of(dot, "/etc/shadow") == 0);
        CHECK(count_of(dot, "URL=") == 0);  // javascript:, file: and a URL with < are all refused
        CHECK(count_of(dot, "\n  \"evil\" [") == 1);  // the injected ]; "evil" [...] stays text
    }
    SECTION("the SVG escapes everything") {
        const std::string svg = render_graph(g, {}, OutputFormat::svg).bytes;
        CHECK(count_of(svg, "<script") == 0);
        CHECK(count_of(svg, "<img") == 0);
        CHECK(count_of(svg, "<b>") == 0);
        CHECK(count_of(svg, "javascript:") == 0);
        CHECK(count_of(svg, "file:") == 0);
        CHECK(count_of(svg, "href") == 0);
        CHECK_THAT(svg, Catch::Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        CHECK_THAT(svg, Catch::Contains("line two \\N \\G"));  // no Graphviz \N expansion
        CHECK(count_of(svg, "<image") == 0);
    }
}
