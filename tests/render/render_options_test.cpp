#include <catch2/catch.hpp>

#include "render/render.hpp"
#include "render/render_options.hpp"
#include "render_test_support.hpp"
#include "support/diagnostics.hpp"

using namespace pactgraph;

TEST_CASE("formats, engines and extensions are parsed with helpful errors", "[render]") {
    CHECK(parse_format("svg") == OutputFormat::svg);
    CHECK(parse_engine("sfdp") == LayoutEngine::sfdp);
    CHECK_THROWS_WITH(parse_format("svgz"),
                      "error: unknown format 'svgz'; did you mean 'svg'?; expected dot, svg, png, "
                      "pdf, mermaid or json");
    CHECK_THROWS_WITH(parse_engine("circle"),
                      Catch::Contains("unknown layout engine 'circle'") &&
                          Catch::Contains("dot, neato, fdp, sfdp, circo or twopi"));
    CHECK(format_for_extension("out/x.SVG") == OutputFormat::svg);
    CHECK(format_for_extension("x.gv") == OutputFormat::dot);
    CHECK(format_for_extension("x.mmd") == OutputFormat::mermaid);
    CHECK(!format_for_extension("dir.v2/file"));
    CHECK(!format_for_extension("x.txt"));
}

TEST_CASE("Attributes for -G, -N and -E accept layout attributes and refuse file and link attributes", "[render][security]") {
    const Attribute a = parse_attribute("fontsize=14", AttributeTarget::node);
    CHECK(a.name == "fontsize");
    CHECK(a.value == "14");
    CHECK(parse_attribute("label=a=b", AttributeTarget::graph).value == "a=b");
    const std::string bad = GENERATE("image=/etc/passwd", "shapefile=/etc/passwd", "fontpath=/tmp",
                                     "imagepath=/", "stylesheet=http://x/y.css", "URL=javascript:x",
                                     "href=file:///etc/passwd");
    INFO(bad);
    CHECK_THROWS_WITH(parse_attribute(bad, AttributeTarget::graph), Catch::Contains("not allowed"));
    CHECK_THROWS_WITH(parse_attribute("colr=red", AttributeTarget::edge),
                      Catch::Contains("-E unknown or unsafe attribute 'colr'; did you mean 'color'?"));
    CHECK_THROWS_WITH(parse_attribute("fontname=/usr/share/fonts/x.ttf", AttributeTarget::node),
                      Catch::Contains("not a path"));
    CHECK_THROWS_WITH(parse_attribute("fontsize", AttributeTarget::node),
                      "error: -N 'fontsize': expected name=value");
}

TEST_CASE("large graphs fall back to sfdp unless an engine is asked for", "[render]") {
    PartnershipGraph g;
    for (int i = 0; i < 200; ++i) g.add_entity(test::make_entity("e" + std::to_string(i)));
    for (int i = 0; i < 600; ++i)
        g.add_relation(static_cast<EntityId>(i % 200), static_cast<EntityId>((i * 7 + 1) % 200),
                       Relation{}, RelationDetails{});
    RenderOptions o;
    const EngineChoice auto_choice = choose_engine(g, o);
    CHECK(auto_choice.engine == LayoutEngine::sfdp);
    CHECK_THAT(auto_choice.note, Catch::Contains("200 entities and 600 relations would take dot more "
                                                 "than a few seconds; using sfdp"));
    o.engine = LayoutEngine::dot;
    CHECK(choose_engine(g, o).engine == LayoutEngine::dot);
    CHECK(choose_engine(g, o).note.empty());
    PartnershipGraph small;
    small.add_entity(test::make_entity("a"));
    CHECK(choose_engine(small, {}).engine == LayoutEngine::dot);
}

TEST_CASE("the automatic rank direction picks the squarer picture", "[render]") {
    // A chain of 6 entities with 27-character names is 6 ranks: top-to-bottom about 230 x 330
    // points, left-to-right about 1300 x 40, so top-to-bottom is the squarer one.
    PartnershipGraph chain;
    for (int i = 0; i < 6; ++i)
        chain.add_entity(test::make_entity("a-rather-long-entity-name-" + std::to_string(i)));
    for (int i = 0; i + 1 < 6; ++i)
        chain.add_relation(static_cast<EntityId>(i), static_cast<EntityId>(i + 1), Relation{},
                           RelationDetails{});
    RenderOptions o;
    o.legend = false;
    CHECK(choose_rankdir(chain, o) == RankDir::TB);
    // A star of 6 leaves is 2 ranks of up to 6 entities: TB is wide and flat, LR is squarer.
    PartnershipGraph star;
    for (int i = 0; i < 7; ++i) star.add_entity(test::make_entity("entity-" + std::to_string(i)));
    for (int i = 1; i < 7; ++i)
        star.add_relation(0, static_cast<EntityId>(i), Relation{}, RelationDetails{});
    CHECK(choose_rankdir(star, o) == RankDir::LR);
    o.rankdir = RankDir::TB;
    CHECK(choose_rankdir(star, o) == RankDir::TB);  // an explicit choice is kept
    o.rankdir.reset();
    o.cluster_by = ClusterBy::kind;
    CHECK(choose_rankdir(star, o) == RankDir::TB);  // no trial layouts for clustered pictures
}
