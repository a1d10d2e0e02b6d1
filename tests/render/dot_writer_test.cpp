#include <catch2/catch.hpp>
#include <cmath>

#include "render/dot_writer.hpp"
#include "render/edges.hpp"
#include "render/render.hpp"
#include "render_test_support.hpp"

using namespace pactgraph;
using pactgraph::test::count_of;
using pactgraph::test::load_fixture;

namespace {
const PartnershipGraph& seed() {
    static const PartnershipGraph g = load_fixture("graphs/openai-frontier.toml");
    return g;
}
}  // namespace

TEST_CASE("the DOT of the shipped graph names every entity, amount and exclusivity", "[render]") {
    const std::string dot = to_dot(seed(), RenderOptions{});
    for (const char* name : {"Microsoft", "Microsoft Azure", "OpenAI", "OpenAI stateless APIs",
                             "Frontier", "Amazon", "Amazon Web Services", "SoftBank", "Nvidia"})
        CHECK_THAT(dot, Catch::Contains(std::string("label=\"") + name + "\""));
    CHECK_THAT(dot, Catch::Contains("$10B, 2023") && Catch::Contains("$50B, 2026") &&
                        Catch::Contains("$1B, 2019"));
    CHECK_THAT(dot, Catch::Contains("exclusive third-party cloud\\nprovider for Frontier"));
    CHECK(count_of(dot, " -> ") == 15);
    CHECK(count_of(dot, "penwidth=\"3.2\"") == 2);  // the two exclusive relations stand out
    SECTION("status sets the line style") {
        CHECK(count_of(dot, "style=\"dotted\"") == 2);  // the two considered lawsuits
        CHECK(count_of(dot, "style=\"dashed\"") == 4);  // reported x2, non_binding, disputed
    }
    SECTION("the title and as-of date are on the picture") {
        CHECK_THAT(dot, Catch::Contains("<B>OpenAI, Microsoft, Amazon and Frontier: the cloud "
                                        "exclusivity dispute</B>"));
        CHECK_THAT(dot, Catch::Contains("as of 2026-11-26"));
    }
}

TEST_CASE("the legend lists only the kinds, types and statuses present", "[render]") {
    const std::string dot = to_dot(seed(), RenderOptions{});
    CHECK_THAT(dot, Catch::Contains("company: rounded box") && Catch::Contains("chipmaker: 3-D box"));
    CHECK_THAT(dot, Catch::Contains(">considers suing<") && Catch::Contains(">exclusive cloud for<"));
    CHECK_THAT(dot, !Catch::Contains("model: hexagon") && !Catch::Contains(">hosts<") &&
                        !Catch::Contains(">licenses<") && !Catch::Contains("ended"));
    CHECK_THAT(dot, Catch::Contains("reported, non_binding, disputed"));
    CHECK_THAT(dot, !Catch::Contains(">conflict<"));  // no marks, no marks section
    SECTION("--no-legend leaves it out") {
        RenderOptions o;
        o.legend = false;
        CHECK_THAT(to_dot(seed(), o), !Catch::Contains("Legend"));
    }
}

TEST_CASE("rendering is deterministic", "[render]") {
    // In one process; clusters and the force-directed engines are checked across processes in
    // tests/cli (Graphviz 2.43 keeps global state between layouts of clustered graphs).
    RenderOptions o;
    o.merge_parallel = true;
    apply_highlight(seed(), {"openai"}, o);
    CHECK(to_dot(seed(), o) == to_dot(seed(), o));
    CHECK(render_graph(seed(), o, OutputFormat::svg).bytes ==
          render_graph(seed(), o, OutputFormat::svg).bytes);
    CHECK(render_graph(seed(), o, OutputFormat::json).bytes ==
          render_graph(seed(), o, OutputFormat::json).bytes);
    CHECK(render_graph(seed(), o, OutputFormat::mermaid).bytes ==
          render_graph(seed(), o, OutputFormat::mermaid).bytes);
}

TEST_CASE("merge-parallel draws Microsoft's two investments as one $11B edge", "[render]") {
    const auto plain = drawn_edges(seed(), false);
    const auto merged = drawn_edges(seed(), true);
    CHECK(plain.size() == 15);
    // The two invests_in rounds merge; the non-binding agreement and the lawsuit stay apart.
    CHECK(merged.size() == 14);
    const DrawnEdge& first = merged.front();
    CHECK(first.relations == std::vector<RelationId>{0, 1});
    const auto lines = edge_label_lines(seed(), first);
    CHECK(lines == std::vector<std::string>{"invests in \u00d72", "$11B, 2019\u20132023"});
    const std::string tip = edge_tooltip(seed(), first);
    CHECK_THAT(tip, Catch::Contains("invests in, $1B, 2019, closed (first investment)") &&
                        Catch::Contains("invests in, $10B, 2023, closed (second investment)"));
}

TEST_CASE("tooltips carry provenance and links are http(s) sources only", "[render]") {
    const std::string dot = to_dot(seed(), RenderOptions{});
    CHECK_THAT(dot, Catch::Contains("source: seed article: Microsoft Weighs Lawsuit"));
    CHECK_THAT(dot, Catch::Contains(
                        "URL=\"https://openai.com/index/joint-statement-from-openai-and-microsoft/\""));
    // 7 entity home pages + 3 source links (the joint statement, the API launch, the 2019 partnership)
    CHECK(count_of(dot, "URL=\"https://") == 10);
}

TEST_CASE("marks draw conflicts, diffs and highlights in their own styles", "[render]") {
    RenderOptions o;
    o.relation_marks.assign(seed().relation_count(), Mark::none);
    o.entity_marks.assign(seed().entity_count(), Mark::none);
    o.relation_marks[6] = Mark::conflict;  // azure -> openai-api exclusive
    o.relation_marks[8] = Mark::conflict;  // aws -> frontier exclusive
    o.relation_marks[10] = Mark::added;
    o.relation_marks[11] = Mark::removed;
    o.entity_marks[4] = Mark::changed;
    const std::string dot = to_dot(seed(), o);
    CHECK(count_of(dot, "color=\"#D81B60\"") == 2);
    CHECK(count_of(dot, "penwidth=\"4\"") == 2);
    CHECK_THAT(dot, Catch::Contains(">conflict<") && Catch::Contains(">added<") &&
                        Catch::Contains(">removed<") && Catch::Contains(">changed<"));
    CHECK_THAT(dot, !Catch::Contains(">highlighted<") && !Catch::Contains("faded"));
    CHECK_THAT(dot, Catch::Contains("\"openai\" -> \"softbank\" [label=\"agreement\\n\u22652025-09\", color=\"#009E73\""));
    CHECK_THAT(dot, Catch::Contains("\"openai\" -> \"nvidia\" [label=\"agreement\\n\u22652025-09\", color=\"#D55E00\""));
    CHECK_THAT(dot, Catch::Contains("\"frontier\" [label=\"Frontier\", shape=\"component\", style=\"filled\", "
                                    "fillcolor=\"#C4EBDF\", color=\"#E69F00\""));
}

TEST_CASE("Highlighting emphasises entities and their relations and fades the rest", "[render]") {
    RenderOptions o;
    apply_highlight(seed(), {"AWS"}, o);  // an alias works
    CHECK(o.entity_marks[seed().find("aws")] == Mark::highlight);
    CHECK(o.entity_marks[seed().find("amazon")] == Mark::none);    // neighbour: context
    CHECK(o.entity_marks[seed().find("frontier")] == Mark::none);  // neighbour: context
    CHECK(o.entity_marks[seed().find("nvidia")] == Mark::faded);
    CHECK(std::count(o.relation_marks.begin(), o.relation_marks.end(), Mark::highlight) == 2);
    CHECK(std::count(o.relation_marks.begin(), o.relation_marks.end(), Mark::faded) == 13);
    CHECK_THROWS_WITH(apply_highlight(seed(), {"opnai"}, o),
                      Catch::Contains("unknown entity 'opnai'; did you mean 'openai'?"));
}

TEST_CASE("size and shade scales map metric values onto nodes with a legend scale", "[render]") {
    RenderOptions o;
    std::vector<double> values(seed().entity_count(), 1.0);
    values[0] = 5.0;        // microsoft: the largest
    values[8] = std::nan("");  // nvidia: no value
    o.size_by = EntityScale{"degree", values};
    o.color_by = EntityScale{"pagerank", values};
    const std::string dot = to_dot(seed(), o);
    // 1..5 maps to 0..1: fontsize 10 + 14 t, shade from #EFF6FC to #08306B.
    CHECK_THAT(dot, Catch::Contains("\"microsoft\" [label=\"Microsoft\", shape=\"box\", "
                                    "style=\"filled,rounded\", fillcolor=\"#08306B\""));
    CHECK_THAT(dot, Catch::Contains("fillcolor=\"#EFF6FC\""));
    CHECK_THAT(dot, Catch::Contains("\"nvidia\" [label=\"Nvidia\", shape=\"box3d\", style=\"filled\", "
                                    "fillcolor=\"#E0E0E0\""));
    CHECK(count_of(dot, "fontsize=\"24\"") == 1);
    CHECK(count_of(dot, "fontsize=\"10\", margin") == 8);
    CHECK_THAT(dot, Catch::Contains("node size: degree") && Catch::Contains("node shade: pagerank") &&
                        Catch::Contains(">1 to 5<"));
    const auto n = normalized(EntityScale{"x", {2, 4, 3}}, 4);
    CHECK_THAT(n[0], Catch::WithinAbs(0.0, 1e-12));
    CHECK_THAT(n[2], Catch::WithinAbs(0.5, 1e-12));
    CHECK(std::isnan(n[3]));
}

TEST_CASE("cluster-by draws boxes around entities of one kind or role", "[render]") {
    RenderOptions o;
    o.cluster_by = ClusterBy::kind;
    const std::string dot = to_dot(seed(), o);
    CHECK(count_of(dot, "subgraph \"cluster_") == 6);  // company cloud platform service investor chipmaker
    CHECK_THAT(dot, Catch::Contains("graph [label=\"cloud\""));
    o.cluster_by = ClusterBy::role;
    CHECK_THAT(to_dot(seed(), o), Catch::Contains("graph [label=\"cloud_provider\""));
}

TEST_CASE("fixed positions pin nodes so frames keep their layout", "[render]") {
    RenderOptions o;
    const auto positions = layout_positions(seed(), o);
    REQUIRE(positions.size() == 9);  // the entities (the legend is in the graph's label, not a node)
    o.positions = positions;
    const std::string dot = to_dot(seed(), o, choose_engine(seed(), o).engine);
    CHECK(choose_engine(seed(), o).engine == LayoutEngine::neato);
    CHECK(count_of(dot, "!\"") == 9);
    CHECK_THAT(dot, Catch::Contains("inputscale=\"72\""));
    // Laying the pinned picture out again leaves every entity where it was.
    const auto again = layout_positions(seed(), o);
    for (const auto& [id, p] : positions) {
        INFO(id);
        CHECK_THAT(again.at(id).x - again.at("microsoft").x,
                   Catch::WithinAbs(p.x - positions.at("microsoft").x, 1.0));
        CHECK_THAT(again.at(id).y - again.at("microsoft").y,
                   Catch::WithinAbs(p.y - positions.at("microsoft").y, 1.0));
    }
}
