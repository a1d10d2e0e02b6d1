// What a reader sees in the laid-out picture (issue 10, findings 14-16): no edge label on top of
// another label or an entity, the legend outside the drawing, every label in its edge's colour,
// PNG at twice Graphviz's resolution. Geometry comes from Graphviz's own JSON layout output.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <array>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "render/render.hpp"
#include "render/style.hpp"
#include "render_test_support.hpp"

using namespace pactgraph;
using pactgraph::test::load_fixture;

namespace {

struct Box {
    std::string what;
    double x0, y0, x1, y1;
};

bool overlap(const Box& a, const Box& b, double slack = 1.0) {
    return a.x0 + slack < b.x1 && b.x0 + slack < a.x1 && a.y0 + slack < b.y1 && b.y0 + slack < a.y1;
}

// Each entity's box (pos ± width/2, height/2; inches -> points).
std::vector<Box> node_boxes(const nlohmann::json& j) {
    std::vector<Box> out;
    for (const auto& o : j.value("objects", nlohmann::json::array())) {
        if (!o.contains("pos") || !o.contains("width")) continue;
        double x = 0, y = 0;
        std::sscanf(o.at("pos").get<std::string>().c_str(), "%lf,%lf", &x, &y);
        const double w = std::stod(o.at("width").get<std::string>()) * 36;
        const double h = std::stod(o.at("height").get<std::string>()) * 36;
        out.push_back({"entity " + o.at("name").get<std::string>(), x - w, y - h, x + w, y + h});
    }
    return out;
}

// The box around a drawing's text operations (_ldraw_): each line from its anchor, width and
// the current font size.
std::optional<Box> text_box(const nlohmann::json& ops, const std::string& what) {
    double size = 10;
    std::optional<Box> box;
    for (const auto& op : ops) {
        if (op.at("op") == "F") size = op.at("size").get<double>();
        if (op.at("op") != "T") continue;
        const double x = op.at("pt")[0].get<double>(), y = op.at("pt")[1].get<double>();
        const double w = op.at("width").get<double>();
        const std::string align = op.at("align").get<std::string>();
        const double left = align == "l" ? x : align == "r" ? x - w : x - w / 2;
        const Box line{what, left, y - 0.25 * size, left + w, y + 0.8 * size};
        if (!box) box = line;
        else box = Box{what, std::min(box->x0, line.x0), std::min(box->y0, line.y0), std::max(box->x1, line.x1),
                       std::max(box->y1, line.y1)};
    }
    return box;
}

std::vector<Box> edge_label_boxes(const nlohmann::json& j) {
    std::vector<Box> out;
    for (const auto& e : j.value("edges", nlohmann::json::array()))
        if (e.contains("_ldraw_"))
            if (auto b = text_box(e.at("_ldraw_"), "label of edge " + std::to_string(e.at("_gvid").get<int>())))
                out.push_back(*b);
    return out;
}

nlohmann::json layout(const PartnershipGraph& g, const RenderOptions& o) {
    return nlohmann::json::parse(render_graph(g, o, OutputFormat::json).bytes);
}

std::array<int, 3> rgb(const std::string& hex) {
    unsigned v = 0;
    std::sscanf(hex.c_str() + 1, "%6x", &v);
    return {static_cast<int>(v >> 16), static_cast<int>((v >> 8) & 0xFF), static_cast<int>(v & 0xFF)};
}

// WCAG 2 contrast ratio of two "#RRGGBB" colours.
double contrast(const std::string& a, const std::string& b) {
    const auto lum = [](const std::string& hex) {
        double l = 0;
        const std::array<double, 3> weights{0.2126, 0.7152, 0.0722};
        const auto c = rgb(hex);
        for (int i = 0; i < 3; ++i) {
            const double s = c[i] / 255.0;
            l += weights[i] * (s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4));
        }
        return l;
    };
    const double la = lum(a), lb = lum(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// PNG width in pixels (IHDR).
unsigned png_width(const std::string& png) {
    REQUIRE(png.size() > 24);
    unsigned w = 0;
    for (int i = 16; i < 20; ++i) w = (w << 8) | static_cast<unsigned char>(png[i]);
    return w;
}

}  // namespace

TEST_CASE("no edge label lies on another label or on an entity, in every shipped picture and clustering",
          "[render][layout]") {
    const std::string file = GENERATE(std::string("graphs/openai-frontier.toml"), std::string("graphs/ai-compute-web.toml"),
                                      std::string("docs/examples/visual-language.toml"));
    const ClusterBy cluster = GENERATE(ClusterBy::none, ClusterBy::kind, ClusterBy::role);
    const bool merge = GENERATE(false, true);
    RenderOptions o;
    o.cluster_by = cluster;
    o.merge_parallel = merge;
    const nlohmann::json j = layout(load_fixture(file), o);
    const std::vector<Box> labels = edge_label_boxes(j), nodes = node_boxes(j);
    REQUIRE(!labels.empty());
    INFO(file << " cluster-by " << kClusterByNames.name(cluster) << (merge ? " merge-parallel" : ""));
    for (std::size_t a = 0; a < labels.size(); ++a) {
        for (std::size_t b = a + 1; b < labels.size(); ++b) {
            INFO(labels[a].what << " and " << labels[b].what);
            CHECK_FALSE(overlap(labels[a], labels[b]));
        }
        for (const Box& n : nodes) {
            INFO(labels[a].what << " and " << n.what);
            CHECK_FALSE(overlap(labels[a], n));
        }
    }
}

TEST_CASE("the legend sits outside the drawing: none of its text covers an entity or an edge label",
          "[render][layout]") {
    const std::string file = GENERATE(std::string("graphs/openai-frontier.toml"), std::string("graphs/ai-compute-web.toml"));
    const ClusterBy cluster = GENERATE(ClusterBy::none, ClusterBy::role);
    RenderOptions o;
    o.cluster_by = cluster;
    const nlohmann::json j = layout(load_fixture(file), o);
    REQUIRE(j.contains("_ldraw_"));
    const auto legend = text_box(j.at("_ldraw_"), "title and legend");
    REQUIRE(legend);
    std::vector<Box> drawn = node_boxes(j);
    const auto labels = edge_label_boxes(j);
    drawn.insert(drawn.end(), labels.begin(), labels.end());
    INFO(file);
    for (const Box& b : drawn) {
        INFO(b.what);
        CHECK_FALSE(overlap(*legend, b));
    }
    const std::string ldraw = j.at("_ldraw_").dump();
    CHECK(ldraw.find("\"Legend\"") != std::string::npos);
}

TEST_CASE("each edge label is written in its edge's colour, darkened on light pages to stay readable",
          "[render][layout]") {
    const nlohmann::json j = layout(load_fixture("graphs/ai-compute-web.toml"), {});
    for (const auto& e : j.at("edges")) {
        std::string stroke, text;
        for (const auto& op : e.at("_draw_"))
            if (op.at("op") == "c") stroke = op.at("color").get<std::string>();
        for (const auto& op : e.at("_ldraw_"))
            if (op.at("op") == "c") text = op.at("color").get<std::string>();
        INFO("edge " << e.at("_gvid") << ": line " << stroke << ", label " << text);
        const auto s = rgb(stroke), t = rgb(text);
        for (int i = 0; i < 3; ++i) CHECK(std::abs(t[i] - std::lround(s[i] * 0.65)) <= 1);
        CHECK(contrast(text, "#FFFFFF") >= 4.5);
    }
}

TEST_CASE("label colours keep WCAG AA contrast (4.5:1) on both themes' backgrounds", "[render][layout]") {
    for (const TypeStyle& t : all_type_styles()) {
        INFO(t.color << " / " << t.color_dark);
        CHECK(contrast(label_color(t.color, Theme::light), "#FFFFFF") >= 4.5);
        CHECK(contrast(label_color(t.color_dark, Theme::dark), std::string(theme_colors(Theme::dark).background)) >= 4.5);
    }
}

TEST_CASE("PNG comes out at 192 dpi by default; --dpi and -Gdpi change it", "[render][png]") {
    const PartnershipGraph g = load_fixture("graphs/openai-frontier.toml");
    RenderOptions o;
    o.rankdir = RankDir::TB;
    o.dpi = 96;
    const unsigned at96 = png_width(render_graph(g, o, OutputFormat::png).bytes);
    o.dpi.reset();
    const unsigned by_default = png_width(render_graph(g, o, OutputFormat::png).bytes);
    CHECK(std::abs(static_cast<double>(by_default) / at96 - 2.0) < 0.02);
    o.graph_attributes.push_back({"dpi", "48"});  // the user's -Gdpi wins over the default
    CHECK(std::abs(static_cast<double>(png_width(render_graph(g, o, OutputFormat::png).bytes)) / at96 - 0.5) < 0.02);
    // SVG sizes are in points whatever the dpi.
    o.graph_attributes.clear();
    o.dpi = 300;
    const std::string svg = render_graph(g, o, OutputFormat::svg).bytes;
    o.dpi.reset();
    CHECK(svg == render_graph(g, o, OutputFormat::svg).bytes);
}
