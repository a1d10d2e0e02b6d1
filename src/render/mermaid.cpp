#include "render/mermaid.hpp"

#include <map>
#include <sstream>

#include "render/edges.hpp"
#include "render/style.hpp"
#include "support/diagnostics.hpp"
#include "support/escape.hpp"

namespace pactgraph {

namespace {

// Opening and closing brackets of the Mermaid node shape closest to the kind's Graphviz shape.
std::pair<std::string_view, std::string_view> mermaid_shape(std::string_view kind) {
    if (kind == "company") return {"(", ")"};
    if (kind == "investor") return {"[/", "\\]"};
    if (kind == "cloud") return {"([", "])"};
    if (kind == "platform") return {"[[", "]]"};
    if (kind == "service") return {"[(", ")]"};
    if (kind == "model") return {"{{", "}}"};
    if (kind == "person") return {"((", "))"};
    if (kind == "government") return {"[\\", "/]"};
    if (kind == "venture") return {">", "]"};
    return {"[", "]"};
}

// Arrow of an edge: thick for exclusive, dotted for uncertain statuses, no head when symmetric.
std::string arrow(const PartnershipGraph& g, const Relation& r) {
    const bool head = type_style(g.vocabulary(), r.type).arrowhead != "none" && !g.vocabulary().type(r.type).symmetric;
    if (r.exclusive) return head ? "==>" : "===";
    if (status_style(r.status).line != LineStyle::solid) return head ? "-.->" : "-.-";
    return head ? "-->" : "---";
}

std::string class_name(std::size_t kind) { return "k" + std::to_string(kind); }

void write_styles(std::ostream& out, const PartnershipGraph& g, const RenderOptions& o,
                  const std::vector<DrawnEdge>& edges) {
    std::map<KindId, std::vector<EntityId>> by_kind;
    for (EntityId v = 0; v < g.entity_count(); ++v) by_kind[g.entity(v).kind].push_back(v);
    for (const auto& [kind, members] : by_kind) {
        const KindStyle s = kind_style(g.vocabulary(), kind);
        out << "  classDef " << class_name(kind) << " fill:" << s.fill << ",stroke:" << s.border
            << ",color:#1A1A1A\n  class ";
        for (std::size_t i = 0; i < members.size(); ++i) out << (i ? "," : "") << "n" << members[i];
        out << " " << class_name(kind) << "\n";
    }
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const Relation& r = g.relation(g.relations()[edges[i].relations.front()]);
        std::string color(status_style(r.status).grey ? theme_colors(o.theme).muted
                                                      : type_color(type_style(g.vocabulary(), r.type), o.theme));
        const Mark m = edge_mark(o, edges[i]);
        if (!mark_style(m, o.theme).color.empty()) color = mark_style(m, o.theme).color;
        out << "  linkStyle " << i << " stroke:" << color;
        if (status_style(r.status).line == LineStyle::dotted) out << ",stroke-dasharray:2 3";
        if (m != Mark::none && m != Mark::faded) out << ",stroke-width:4px";
        out << "\n";
    }
}

}  // namespace

std::string to_mermaid(const PartnershipGraph& g, const RenderOptions& o) {
    const std::vector<DrawnEdge> edges = drawn_edges(g, o.merge_parallel);
    if (edges.size() > kMermaidMaxEdges)
        throw UsageError("the Mermaid diagram would have " + std::to_string(edges.size()) +
                         " edges; GitHub renders at most " + std::to_string(kMermaidMaxEdges) +
                         ". Filter the graph first (fewer entities or relation types), merge "
                         "parallel relations, or draw SVG instead");
    std::ostringstream out;
    const std::string title = o.title ? *o.title : g.info().title;
    if (!title.empty()) out << "---\ntitle: \"" << mermaid_escape(title) << "\"\n---\n";
    out << "flowchart " << (o.rankdir == RankDir::LR ? "LR" : "TB") << "\n";
    for (EntityId v = 0; v < g.entity_count(); ++v) {
        const auto [open, close] = mermaid_shape(g.kind_name(v));
        out << "  n" << v << open << "\"" << mermaid_escape(g.entity(v).name) << "\"" << close << "\n";
    }
    for (const DrawnEdge& e : edges) {
        const Relation& r = g.relation(g.relations()[e.relations.front()]);
        std::string label;
        for (const auto& line : edge_label_lines(g, e)) label += (label.empty() ? "" : "\n") + line;
        out << "  n" << e.from << " " << arrow(g, r) << "|\"" << mermaid_escape(label) << "\"| n"
            << e.to << "\n";
    }
    write_styles(out, g, o, edges);
    std::string text = out.str();
    if (text.size() > kMermaidMaxChars)
        throw UsageError("the Mermaid diagram would be " + std::to_string(text.size()) +
                         " characters; GitHub renders at most " + std::to_string(kMermaidMaxChars) +
                         ". Filter the graph first (fewer entities or relation types) or draw SVG instead");
    return text;
}

}  // namespace pactgraph
