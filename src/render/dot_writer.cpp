#include "render/dot_writer.hpp"

#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>

#include "support/escape.hpp"
#include "render/render.hpp"
#include "render/style.hpp"

namespace pactgraph {

namespace {

constexpr const char* kFont = "DejaVu Sans";
constexpr const char* kLegendNode = "pactgraph:legend";

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s(buf);
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
}

// Writes `name=value` pairs of one statement: [a="x", b="y"].
class AttrList {
public:
    AttrList& add(std::string_view name, std::string_view value) {
        text_ += (text_.empty() ? "" : ", ") + std::string(name) + "=" + dot_quote(value);
        return *this;
    }
    AttrList& html(std::string_view name, const std::string& html_label) {
        text_ += (text_.empty() ? "" : ", ") + std::string(name) + "=" + html_label;
        return *this;
    }
    // Graphviz expands \N, \G, \E … in tooltips one level deeper than in labels, so a literal
    // backslash needs doubling before dot_quote doubles it again.
    AttrList& tooltip(std::string_view name, std::string_view value) {
        std::string doubled;
        for (char c : value) doubled += c == '\\' ? std::string("\\\\") : std::string(1, c);
        return add(name, doubled);
    }
    std::string str() const { return "[" + text_ + "]"; }

private:
    std::string text_;
};

std::string join_lines(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += (out.empty() ? "" : "\n") + l;
    return out;
}

std::string title_label(const PartnershipGraph& g, const RenderOptions& o, const ThemeColors& c) {
    const std::string title = o.title ? *o.title : g.info().title;
    std::string sub;
    if (!g.info().as_of.empty()) sub = "as of " + g.info().as_of.to_string() + " \u00b7 ";
    sub += std::to_string(g.entity_count()) + " entities, " +
           std::to_string(g.relation_count()) + " relations";
    std::string html = "<";
    if (!title.empty()) html += "<B>" + xml_escape(title) + "</B><BR ALIGN=\"LEFT\"/>";
    html += "<FONT POINT-SIZE=\"11\" COLOR=\"" + std::string(c.muted) + "\">" + xml_escape(sub) +
            "</FONT><BR ALIGN=\"LEFT\"/>>";
    return html;
}

void write_defaults(std::ostream& out, const PartnershipGraph& g, const RenderOptions& o,
                    LayoutEngine engine) {
    const ThemeColors c = theme_colors(o.theme);
    AttrList graph;
    graph.add("rankdir", o.rankdir == RankDir::LR ? "LR" : "TB")
        .add("bgcolor", c.background).add("fontname", kFont).add("fontcolor", c.text)
        .add("fontsize", "18").add("labelloc", "t").add("labeljust", "l").add("pad", "0.3")
        .add("nodesep", "0.35").add("ranksep", "0.55").add("newrank", "true")
        .add("outputorder", "edgesfirst").tooltip("tooltip", o.title ? *o.title : g.info().title)
        .html("label", title_label(g, o, c));
    if (engine != LayoutEngine::dot) graph.add("layout", engine_name(engine));
    // Curved edges routed around nodes read better but cost minutes on large graphs (sfdp on
    // 1,000 entities: 1.5 s with straight edges, over 10 min with splines=true).
    const bool small = g.entity_count() <= kDotMaxEntities && g.relation_count() <= kDotMaxRelations;
    if (engine != LayoutEngine::dot && o.positions.empty()) graph.add("overlap", "prism");
    if (engine != LayoutEngine::dot && small) graph.add("splines", "true");
    // No overlap removal with fixed positions: it would scale the given coordinates.
    if (!o.positions.empty()) graph.add("inputscale", "72");
    out << "  graph " << graph.str() << ";\n";
    AttrList node;
    node.add("fontname", kFont).add("fontsize", "12").add("fontcolor", "#1A1A1A")
        .add("style", "filled").add("penwidth", "1.6").add("margin", "0.16,0.07");
    out << "  node " << node.str() << ";\n";
    AttrList edge;
    edge.add("fontname", kFont).add("fontsize", "10").add("fontcolor", c.text)
        .add("penwidth", "1.6").add("arrowsize", "0.8");
    out << "  edge " << edge.str() << ";\n";
    // The user's -G/-N/-E come after, so they win.
    for (const auto& [list, word] : {std::pair{&o.graph_attributes, "graph"},
                                     std::pair{&o.node_attributes, "node"},
                                     std::pair{&o.edge_attributes, "edge"}}) {
        if (list->empty()) continue;
        AttrList user;
        for (const Attribute& a : *list) user.add(a.name, a.value);
        out << "  " << word << " " << user.str() << ";\n";
    }
}

std::string node_statement(const PartnershipGraph& g, const RenderOptions& o, EntityId v,
                           const std::vector<double>& size, const std::vector<double>& shade) {
    const Entity& en = g.entity(v);
    const KindStyle ks = kind_style(g.vocabulary(), en.kind);
    std::string style = "filled";
    if (!ks.extra.empty()) style += "," + std::string(ks.extra);
    std::string fill(ks.fill), border(ks.border), font = "#1A1A1A";
    double penwidth = 1.6;
    if (!shade.empty()) {
        fill = shade_color(shade[v]);
        font = text_on_shade(shade[v]);
    }
    if (o.color_by_group && o.groups && v < o.groups->of.size()) fill = group_color(o.groups->of[v]);
    const Mark m = entity_mark(o, v);
    const MarkStyle ms = mark_style(m, o.theme);
    if (m == Mark::faded) fill = o.theme == Theme::dark ? "#3A3A3A" : "#F2F2F2", font = "#9A9A9A";
    if (m == Mark::removed) style += ",dashed";
    if (!ms.color.empty()) border = ms.color;
    if (ms.penwidth > 0) penwidth = ms.penwidth;
    AttrList a;
    a.add("label", en.name).add("shape", ks.shape).add("style", style).add("fillcolor", fill)
        .add("color", border).add("fontcolor", font).tooltip("tooltip", entity_tooltip(g, v));
    if (penwidth != 1.6) a.add("penwidth", num(penwidth));
    if (!size.empty()) {
        const double t = std::isnan(size[v]) ? 0.0 : size[v];
        a.add("fontsize", num(10 + 14 * t)).add("margin", num(0.12 + 0.16 * t) + "," + num(0.05 + 0.1 * t));
    }
    if (const std::string link = entity_link(g, v); !link.empty())
        a.add("URL", link).add("target", "_blank");
    if (auto it = o.positions.find(en.id); it != o.positions.end())
        a.add("pos", num(it->second.x) + "," + num(it->second.y) + "!");
    return dot_quote(en.id) + " " + a.str() + ";";
}

std::string edge_statement(const PartnershipGraph& g, const RenderOptions& o, const DrawnEdge& e) {
    const Relation& r = g.relation(g.relations()[e.relations.front()]);
    const TypeStyle ts = type_style(g.vocabulary(), r.type);
    const StatusStyle ss = status_style(r.status);
    const ThemeColors c = theme_colors(o.theme);
    std::string color(ss.grey ? c.muted : type_color(ts, o.theme));
    std::string font(c.text);
    double penwidth = r.exclusive ? 3.2 : 1.6;
    const Mark m = edge_mark(o, e);
    const MarkStyle ms = mark_style(m, o.theme);
    if (!ms.color.empty()) color = ms.color;
    if (ms.penwidth > 0) penwidth = m == Mark::faded ? 1.0 : std::max(penwidth, ms.penwidth);
    if (m == Mark::faded) font = c.muted;
    AttrList a;
    a.add("label", join_lines(edge_label_lines(g, e))).add("color", color).add("fontcolor", font)
        .add("style", line_style_name(ss.line)).add("arrowhead", ts.arrowhead)
        .add("penwidth", num(penwidth)).tooltip("tooltip", edge_tooltip(g, e))
        .tooltip("labeltooltip", edge_tooltip(g, e));
    if (const std::string link = edge_link(g, e); !link.empty())
        a.add("URL", link).add("target", "_blank");
    return dot_quote(g.entity(e.from).id) + " -> " + dot_quote(g.entity(e.to).id) + " " + a.str() + ";";
}

// Cluster per entity, as (group number, name); name "" = none: its kind, its first role, or its
// group ("community 1"). Clusters are drawn in that order.
std::pair<std::uint32_t, std::string> cluster_of(const PartnershipGraph& g, const RenderOptions& o, EntityId v) {
    if (o.cluster_by == ClusterBy::kind) return {0, std::string(g.kind_name(v))};
    if (o.cluster_by == ClusterBy::role && !g.entity(v).roles.empty()) return {0, g.entity(v).roles.front()};
    if (o.cluster_by == ClusterBy::community && o.groups && v < o.groups->of.size())
        return {o.groups->of[v], o.groups->name + " " + std::to_string(o.groups->of[v] + 1)};
    return {0, ""};
}

void write_nodes(std::ostream& out, const PartnershipGraph& g, const RenderOptions& o) {
    const std::vector<double> size = o.size_by ? normalized(*o.size_by, g.entity_count()) : std::vector<double>{};
    const std::vector<double> shade = o.color_by ? normalized(*o.color_by, g.entity_count()) : std::vector<double>{};
    // Sorted by (group number, name): deterministic.
    std::map<std::pair<std::uint32_t, std::string>, std::vector<EntityId>> clusters;
    for (EntityId v = 0; v < g.entity_count(); ++v) {
        auto cluster = cluster_of(g, o, v);
        if (cluster.second.empty()) out << "  " << node_statement(g, o, v, size, shade) << "\n";
        else clusters[std::move(cluster)].push_back(v);
    }
    const ThemeColors c = theme_colors(o.theme);
    int index = 0;
    for (const auto& [key, members] : clusters) {
        const std::string& name = key.second;
        AttrList a;
        a.add("label", name).tooltip("tooltip", name).add("style", "dashed,rounded").add("color", c.cluster)
            .add("fontcolor", c.muted).add("fontsize", "11");
        out << "  subgraph \"cluster_" << index++ << "\" {\n    graph " << a.str() << ";\n";
        for (EntityId v : members) out << "    " << node_statement(g, o, v, size, shade) << "\n";
        out << "  }\n";
    }
}

}  // namespace

std::string to_dot(const PartnershipGraph& g, const RenderOptions& o, LayoutEngine engine) {
    std::ostringstream out;
    out << "// pactgraph render: " << g.entity_count() << " entities, " << g.relation_count()
        << " relations\n";
    out << "digraph \"pactgraph\" {\n";
    write_defaults(out, g, o, engine);
    write_nodes(out, g, o);
    const std::vector<DrawnEdge> edges = drawn_edges(g, o.merge_parallel);
    for (const DrawnEdge& e : edges) out << "  " << edge_statement(g, o, e) << "\n";
    if (o.legend) {
        const std::string legend = legend_label(g, o, edges);
        if (!legend.empty()) {
            AttrList a;
            a.add("shape", "plain").add("style", "").add("fontsize", "10")
                .add("fontcolor", theme_colors(o.theme).text).add("tooltip", "legend")
                .html("label", legend);
            if (auto it = o.positions.find(kLegendNode); it != o.positions.end())
                a.add("pos", num(it->second.x) + "," + num(it->second.y) + "!");
            out << "  " << dot_quote(kLegendNode) << " " << a.str() << ";\n";
        }
    }
    out << "}\n";
    return out.str();
}

}  // namespace pactgraph
