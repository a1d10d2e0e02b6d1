// The legend describes exactly what the picture encodes (issue 10, finding 15).
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <cctype>
#include <cmath>
#include <regex>
#include <string>

#include "render/dot_writer.hpp"
#include "render/render.hpp"
#include "render/style.hpp"
#include "render_test_support.hpp"

using namespace pactgraph;
using pactgraph::test::load_fixture;

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

}  // namespace

TEST_CASE("with a metric shading the nodes, no kind's fill colour is drawn anywhere, legend included",
          "[render][legend]") {
    const PartnershipGraph g = load_fixture("graphs/openai-frontier.toml");
    RenderOptions o;
    o.color_by = EntityScale{"pagerank", std::vector<double>(g.entity_count())};
    for (EntityId v = 0; v < g.entity_count(); ++v) o.color_by->values[v] = static_cast<double>(v);
    const std::string svg = lower(render_graph(g, o, OutputFormat::svg).bytes);
    for (EntityId v = 0; v < g.entity_count(); ++v) {
        const std::string fill = lower(std::string(kind_style(g.vocabulary(), g.entity(v).kind).fill));
        INFO(g.entity(v).id << " kind fill " << fill);
        CHECK(svg.find("\"" + fill + "\"") == std::string::npos);
    }
    CHECK_THAT(svg, Catch::Contains("node shade: pagerank"));
    SECTION("without the metric the legend shows the kind fills") {
        o.color_by.reset();
        const std::string plain = lower(legend_label(g, o, drawn_edges(g, false)));
        CHECK_THAT(plain, Catch::Contains(lower(std::string(kind_style(g.vocabulary(), g.entity(0).kind).fill))));
    }
}

TEST_CASE("in a change picture colour means the change: unchanged relations are not drawn in a type colour",
          "[render][legend]") {
    const PartnershipGraph g = load_fixture("graphs/openai-frontier.toml");
    RenderOptions o;
    o.relation_marks.assign(g.relation_count(), Mark::none);
    o.relation_marks[0] = Mark::added;
    const std::string dot = to_dot(g, o);
    const std::string added(mark_style(Mark::added, Theme::light).color);
    // Exactly one edge (the added one) carries the added colour, although the graph has several
    // investments whose type colour used to be the same green.
    const std::regex edge_line("\n  \"[^\"]+\" -> \"[^\"]+\" \\[[^\n]*");
    std::size_t with_added_colour = 0, edges = 0;
    for (auto it = std::sregex_iterator(dot.begin(), dot.end(), edge_line); it != std::sregex_iterator(); ++it) {
        ++edges;
        if (it->str().find("color=\"" + added + "\"") != std::string::npos) ++with_added_colour;
    }
    CHECK(edges == g.relation_count());
    CHECK(with_added_colour == 1);
    const std::string legend = legend_label(g, o, drawn_edges(g, false));
    CHECK_THAT(legend, Catch::Contains("relations (type: arrowhead)") && Catch::Contains(">added<"));
    CHECK_THAT(legend, !Catch::Contains("type: colour"));
    SECTION("without change marks the types keep their colours") {
        o.relation_marks.clear();
        CHECK_THAT(legend_label(g, o, drawn_edges(g, false)), Catch::Contains("relations (type: colour, arrowhead)"));
    }
}

TEST_CASE("the legend's sections are read row by row: a short section is not spread over a long one's height",
          "[render][legend]") {
    const PartnershipGraph g = load_fixture("docs/examples/visual-language.toml");
    const auto j = nlohmann::json::parse(render_graph(g, {}, OutputFormat::json).bytes);
    std::map<std::string, double> y;  // legend text -> baseline
    for (const auto& op : j.at("_ldraw_"))
        if (op.at("op") == "T") y[op.at("text").get<std::string>()] = op.at("pt")[1].get<double>();
    for (const char* text : {"invests in", "exclusive cloud for", "announced, signed, closed", "reported, non_binding, disputed"})
        REQUIRE(y.count(text) == 1);
    const double types_step = y["invests in"] - y["exclusive cloud for"];
    const double status_step = y["announced, signed, closed"] - y["reported, non_binding, disputed"];
    CHECK(types_step > 0);
    CHECK(std::abs(status_step - types_step) < 1.0);
}
