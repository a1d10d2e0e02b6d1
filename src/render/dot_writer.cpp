#include "render/dot_writer.hpp"

#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>

#include "render/dot_data.hpp"
#include "support/escape.hpp"
#include "support/text.hpp"
#include "render/graphviz.hpp"
#include "render/render.hpp"
#include "render/style.hpp"

namespace pactgraph {

namespace {

constexpr const char* kFont = "DejaVu Sans";

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
    // The data attributes (see dot_data.hpp); a name that is not a plain DOT id is quoted.
    AttrList& data(const DotData& pairs) {
        for (const auto& [name, value] : pairs) {
            const bool plain = name.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                      "0123456789_") == std::string::npos;
            text_ += (text_.empty() ? "" : ", ") + (plain ? name : dot_data_quote(name)) + "=" + dot_data_quote(value);
        }
        return *this;
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

// The graph's label: the title, the subtitle and the legend below them. Graphviz places the
// graph label outside the drawing, so the legend can never cover an entity or an edge.
std::string title_label(const PartnershipGraph& g, const RenderOptions& o, const ThemeColors& c,
                        const std::string& legend) {
    const std::string title = o.title ? *o.title : g.info().title;
    std::string sub;
    if (!g.info().as_of.empty()) sub = "as of " + g.info().as_of.to_string() + " \u00b7 ";
    sub += count_noun(g.entity_count(), "entity", "entities") + ", " + count_noun(g.relation_count(), "relation");
    std::string text;
    if (!title.empty()) text += "<B>" + xml_escape(title) + "</B><BR ALIGN=\"LEFT\"/>";
    text += "<FONT POINT-SIZE=\"11\" COLOR=\"" + std::string(c.muted) + "\">" + xml_escape(sub) +
            "</FONT><BR ALIGN=\"LEFT\"/>";
    if (legend.empty()) return "<" + text + ">";
    return "<<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR><TD ALIGN=\"LEFT\" "
           "BALIGN=\"LEFT\">" + text + "</TD></TR>\n<TR><TD ALIGN=\"LEFT\" CELLPADDING=\"6\">"
           "<FONT POINT-SIZE=\"10\" COLOR=\"" + std::string(c.text) + "\">" + legend +
           "</FONT></TD></TR></TABLE>>";
}

void write_defaults(std::ostream& out, const PartnershipGraph& g, const RenderOptions& o,
                    LayoutEngine engine, const std::string& legend) {
    const ThemeColors c = theme_colors(o.theme);
    AttrList graph;
    graph.add("rankdir", o.rankdir == RankDir::LR ? "LR" : "TB")
        .add("bgcolor", c.background).add("fontname", kFont).add("fontcolor", c.text)
        .add("fontsize", "18").add("labelloc", "t").add("labeljust", "l").add("pad", "0.3")
        .add("nodesep", "0.35").add("ranksep", "0.55")
        .add("outputorder", "edgesfirst").tooltip("tooltip", o.title ? *o.title : g.info().title)
        .html("label", title_label(g, o, c, legend)).data(graph_dot_data(g));
    // newrank places edge labels between clusters on top of each other (Graphviz 2.43: the
    // labels of Microsoft's three relations to OpenAI in one spot with --cluster-by role), so
    // clustered pictures use the classic ranking.
    if (o.cluster_by == ClusterBy::none) graph.add("newrank", "true");
    if (engine != LayoutEngine::dot) graph.add("layout", engine_name(engine));
    // Force-directed engines seed their start positions from the clock unless told otherwise, so
    // the same graph drew differently when two runs straddled a second: a fixed seed keeps
    // pictures byte-identical from run to run.
    if (engine != LayoutEngine::dot) graph.add("start", "1");
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
        .add("penwidth", "1.6").add("arrowsize", "0.8").add("decorate", "true");
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
    a.data(entity_dot_data(g, v));
    return dot_quote(en.id) + " " + a.str() + ";";
}

// The colour an edge is drawn in: its type's (grey when ended), a neutral one when colour shows
// the change (diff pictures), or its mark's.
std::string edge_color(const RenderOptions& o, const Relation& r, const TypeStyle& ts, Mark m) {
    const ThemeColors c = theme_colors(o.theme);
    const MarkStyle ms = mark_style(m, o.theme);
    if (!ms.color.empty()) return std::string(ms.color);
    if (status_style(r.status).grey) return std::string(c.muted);
    if (marks_show_change(o)) return std::string(neutral_edge_color(o.theme));
    return std::string(type_color(ts, o.theme));
}

// `reversed`: written as to -> from with dir=back (the arrow still at `to`), so that relations
// both ways between two entities are parallel edges to dot, which stacks their labels; as
// opposite flat edges their labels are drawn on top of each other.
std::string edge_statement(const PartnershipGraph& g, const RenderOptions& o, const DrawnEdge& e,
                           bool reversed, const std::string& key) {
    const RelationEdge first = g.relations()[e.relations.front()];
    const Relation& r = g.relation(first);
    const TypeStyle ts = type_style(g.vocabulary(), r.type);
    const StatusStyle ss = status_style(r.status);
    const Mark m = edge_mark(o, e);
    const MarkStyle ms = mark_style(m, o.theme);
    const std::string color = edge_color(o, r, ts, m);
    // The label in its edge's colour (darkened on light pages for contrast), so each label is
    // tied to its edge by colour as well as by the decorate line.
    const std::string font = m == Mark::faded ? std::string(theme_colors(o.theme).muted)
                                              : label_color(color, o.theme);
    double penwidth = r.exclusive ? 3.2 : 1.6;
    if (ms.penwidth > 0) penwidth = m == Mark::faded ? 1.0 : std::max(penwidth, ms.penwidth);
    AttrList a;
    a.add("label", join_lines(edge_label_lines(g, e))).add("color", color).add("fontcolor", font)
        .add("style", line_style_name(ss.line));
    if (reversed) a.add("dir", "back").add("arrowtail", ts.arrowhead);
    else a.add("arrowhead", ts.arrowhead);
    a.add("penwidth", num(penwidth)).tooltip("tooltip", edge_tooltip(g, e))
        .tooltip("labeltooltip", edge_tooltip(g, e));
    if (g.vocabulary().type(r.type).symmetric) a.add("dir", "none");  // no head, no tail
    if (const std::string link = edge_link(g, e); !link.empty())
        a.add("URL", link).add("target", "_blank");
    if (auto it = o.routes.find(key); it != o.routes.end() && !o.positions.empty()) {
        a.add("pos", it->second.spline);
        if (!it->second.label_pos.empty()) a.add("lp", it->second.label_pos);
    }
    // Merged parallel edges carry the first relation's data (docs/formats.md).
    a.data(relation_dot_data(g, first, reversed));
    const EntityId tail = reversed ? e.to : e.from, head = reversed ? e.from : e.to;
    return dot_quote(g.entity(tail).id) + " -> " + dot_quote(g.entity(head).id) + " " + a.str() + ";";
}

// Per drawn edge: whether to write it reversed (see edge_statement): true when an earlier edge
// joins the same two entities the other way.
std::vector<bool> reversed_edges(const std::vector<DrawnEdge>& edges) {
    std::set<std::pair<EntityId, EntityId>> first_way;
    std::vector<bool> out;
    for (const DrawnEdge& e : edges) {
        const bool back = first_way.count({e.to, e.from}) > 0 && e.from != e.to;
        if (!back) first_way.insert({e.from, e.to});
        out.push_back(back);
    }
    return out;
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

// Entities without a drawn relation (the top 50 of a large graph are mostly unrelated among
// themselves): dot lays each out as its own component, all in one column. From a dozen on they
// are chained in rows by invisible, layout-only edges, which makes a grid; the DOT reader skips
// such edges (pactgraph_layout=1).
void write_unrelated_rows(std::ostream& out, const PartnershipGraph& g, const RenderOptions& o,
                          const std::vector<DrawnEdge>& edges, LayoutEngine engine) {
    constexpr std::size_t kGridFrom = 12;
    if (engine != LayoutEngine::dot || o.cluster_by != ClusterBy::none || !o.positions.empty()) return;
    std::vector<bool> related(g.entity_count(), false);
    for (const DrawnEdge& e : edges) related[e.from] = related[e.to] = true;
    std::vector<EntityId> alone;
    for (EntityId v = 0; v < g.entity_count(); ++v)
        if (!related[v]) alone.push_back(v);
    if (alone.size() < kGridFrom) return;
    const auto row = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(alone.size()))));
    for (std::size_t k = 0; k + 1 < alone.size(); ++k)
        if ((k + 1) % row != 0)
            out << "  " << dot_quote(g.entity(alone[k]).id) << " -> " << dot_quote(g.entity(alone[k + 1]).id)
                << " [style=invis, pactgraph_layout=1];\n";
}

}  // namespace

std::string to_dot(const PartnershipGraph& g, const RenderOptions& o, LayoutEngine engine) {
    std::ostringstream out;
    out << "// pactgraph render: " << g.entity_count() << " entities, " << g.relation_count()
        << " relations\n";
    out << "digraph \"pactgraph\" {\n";
    const std::vector<DrawnEdge> edges = drawn_edges(g, o.merge_parallel);
    std::string legend = o.legend ? legend_label(g, o, edges) : "";
    if (legend.size() >= 2) legend = legend.substr(1, legend.size() - 2);  // the table, without <>
    write_defaults(out, g, o, engine, legend);
    write_nodes(out, g, o);
    write_unrelated_rows(out, g, o, edges, engine);
    const std::vector<bool> reversed = reversed_edges(edges);
    std::map<std::pair<EntityId, EntityId>, std::size_t> written;  // per (tail, head): for edge_key
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const EntityId tail = reversed[i] ? edges[i].to : edges[i].from, head = reversed[i] ? edges[i].from : edges[i].to;
        const std::string key = edge_key(g.entity(tail).id, g.entity(head).id, written[{tail, head}]++);
        out << "  " << edge_statement(g, o, edges[i], reversed[i], key) << "\n";
    }
    out << "}\n";
    return out.str();
}

}  // namespace pactgraph
