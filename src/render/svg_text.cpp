#include "render/svg_text.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <utility>
#include <vector>

#include "model/describe.hpp"
#include "render/edges.hpp"
#include "render/style.hpp"
#include "support/escape.hpp"
#include "support/text.hpp"

namespace pactgraph {

namespace {

constexpr std::size_t kNamedEntities = 12;  // beyond this, "and N more"

std::string list_words(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? (items.size() > 2 ? ", and " : " and ") : ", ";
        out += items[i];
    }
    return out;
}

std::string entities_sentence(const PartnershipGraph& g) {
    std::vector<std::string> names;
    for (EntityId v = 0; v < g.entity_count() && v < kNamedEntities; ++v) names.push_back(g.entity(v).name);
    if (g.entity_count() > kNamedEntities)
        names.push_back(std::to_string(g.entity_count() - kNamedEntities) + " more");
    return count_noun(g.entity_count(), "entity", "entities") + (names.empty() ? "" : ": " + list_words(names)) + ".";
}

std::string relations_sentence(const PartnershipGraph& g) {
    std::map<std::string, std::size_t> by_type;  // by name: deterministic
    std::size_t exclusive = 0;
    for (RelationEdge e : g.relations()) {
        ++by_type[type_words(g.type_name(e))];
        exclusive += g.relation(e).exclusive ? 1 : 0;
    }
    std::vector<std::pair<std::size_t, std::string>> counts;
    for (const auto& [name, n] : by_type) counts.emplace_back(n, name);
    std::stable_sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::string> parts;
    for (const auto& [n, name] : counts) parts.push_back(name + " (" + std::to_string(n) + ")");
    std::string out = count_noun(g.relation_count(), "relation") + (parts.empty() ? "" : ": " + list_words(parts));
    if (exclusive > 0) out += "; " + std::to_string(exclusive) + " of them exclusive";
    return out + ".";
}

std::string time_sentence(const PartnershipGraph& g) {
    int lo = 0, hi = 0;
    for (RelationEdge e : g.relations()) {
        const int y = g.relation(e).date.year();
        if (y == 0) continue;
        lo = lo == 0 ? y : std::min(lo, y);
        hi = std::max(hi, y);
    }
    std::string out;
    if (lo != 0) out = "Dated relations run from " + std::to_string(lo) + (hi != lo ? " to " + std::to_string(hi) : "") + ".";
    if (!g.info().as_of.empty()) out += std::string(out.empty() ? "" : " ") + "The graph is as of " + g.info().as_of.to_string() + ".";
    return out;
}

std::string marks_sentence(const PartnershipGraph& g, const RenderOptions& o) {
    std::map<Mark, std::vector<std::string>> entities;
    for (EntityId v = 0; v < g.entity_count(); ++v)
        if (const Mark m = entity_mark(o, v); m != Mark::none && m != Mark::faded) entities[m].push_back(g.entity(v).name);
    std::map<Mark, std::size_t> relations;
    for (RelationEdge e : g.relations()) {
        const RelationId id = g.relation(e).id;
        const Mark m = id < o.relation_marks.size() ? o.relation_marks[id] : Mark::none;
        if (m != Mark::none && m != Mark::faded) ++relations[m];
    }
    std::string out;
    for (const Mark m : {Mark::highlight, Mark::conflict, Mark::added, Mark::removed, Mark::changed}) {
        std::vector<std::string> parts;
        if (auto it = entities.find(m); it != entities.end()) parts.push_back(list_words(it->second));
        if (auto it = relations.find(m); it != relations.end()) parts.push_back(count_noun(it->second, "relation"));
        if (parts.empty()) continue;
        out += std::string(out.empty() ? "" : " ") + "Drawn as " + std::string(mark_style(m, Theme::light).description) +
               ": " + list_words(parts) + ".";
    }
    return out;
}

std::string scales_sentence(const RenderOptions& o) {
    std::string out;
    if (o.size_by) out += "Node size shows " + o.size_by->metric + ".";
    if (o.color_by) out += std::string(out.empty() ? "" : " ") + "Node shade shows " + o.color_by->metric + ".";
    return out;
}

std::string attribute_text(std::string_view s) {
    std::string out = xml_escape(s);
    std::string flat;
    for (char c : out) flat += c == '\n' ? ' ' : c;
    return flat;
}

// The index just past the opening <svg ...> tag; npos when there is none.
std::size_t after_svg_tag(std::string_view svg) {
    const std::size_t open = svg.find("<svg");
    if (open == std::string_view::npos) return open;
    const std::size_t close = svg.find('>', open);
    return close == std::string_view::npos ? close : close + 1;
}

std::string unescape_xml(std::string_view s) {
    static const std::pair<std::string_view, char> kEntities[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}, {"&apos;", '\''}};
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        bool matched = false;
        for (const auto& [entity, c] : kEntities)
            if (s.substr(i, entity.size()) == entity) {
                out += c;
                i += entity.size();
                matched = true;
                break;
            }
        if (!matched) out += s[i++];
    }
    return out;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Light colour -> dark colour, for every colour whose meaning depends on the theme: the page
// (text, muted text, cluster and legend boxes), relation types (lines and their labels), marks.
// Entity fills are light tints with dark text in both themes, so they stay.
std::map<std::string, std::string> dark_counterparts() {
    std::map<std::string, std::string> out;
    const auto add = [&out](std::string_view light, std::string_view dark) {
        if (!light.empty() && lower(light) != lower(dark)) out.emplace(lower(light), lower(dark));
    };
    const ThemeColors l = theme_colors(Theme::light), d = theme_colors(Theme::dark);
    add(l.text, d.text);
    add(l.muted, d.muted);
    add(l.cluster, d.cluster);
    add(l.legend_bg, d.legend_bg);
    add(l.legend_border, d.legend_border);
    add(neutral_edge_color(Theme::light), neutral_edge_color(Theme::dark));
    for (const TypeStyle& t : all_type_styles()) {
        add(t.color, t.color_dark);
        add(label_color(t.color, Theme::light), t.color_dark);
    }
    for (const Mark m : {Mark::faded, Mark::conflict, Mark::added, Mark::removed, Mark::changed}) {
        const MarkStyle a = mark_style(m, Theme::light), b = mark_style(m, Theme::dark);
        add(a.color, b.color);
        add(label_color(a.color, Theme::light), b.color);
    }
    return out;
}

std::string auto_theme_style() {
    const std::map<std::string, std::string> colors = dark_counterparts();
    const ThemeColors l = theme_colors(Theme::light), d = theme_colors(Theme::dark);
    std::string light_vars = "--pg-bg:" + lower(l.background) + ";", dark_vars = "--pg-bg:" + lower(d.background) + ";";
    std::string rules = ".pactgraph-bg{fill:var(--pg-bg)}\n";
    int i = 0;
    for (const auto& [light, dark] : colors) {
        const std::string var = "--pg-" + std::to_string(i++);
        light_vars += var + ":" + light + ";";
        dark_vars += var + ":" + dark + ";";
        rules += "[fill=\"" + light + "\"]{fill:var(" + var + ")}[stroke=\"" + light + "\"]{stroke:var(" + var + ")}\n";
    }
    return "<style>\n/* --theme auto: light by default, dark when the reader prefers it */\nsvg{" + light_vars +
           "}\n@media (prefers-color-scheme: dark){svg{" + dark_vars + "}}\n" + rules + "</style>\n";
}

}  // namespace

std::string picture_title(const PartnershipGraph& g, const RenderOptions& o) {
    const std::string title = o.title ? *o.title : g.info().title;
    return title.empty() ? "pactgraph diagram" : title;
}

std::string describe_picture(const PartnershipGraph& g, const RenderOptions& o) {
    std::string out = "Diagram of " + picture_title(g, o) + ". " + entities_sentence(g) + " " + relations_sentence(g);
    for (const std::string& part : {time_sentence(g), marks_sentence(g, o), scales_sentence(o)})
        if (!part.empty()) out += " " + part;
    for (const std::string& note : o.description_notes)
        if (!note.empty()) out += " " + note;
    return out;
}

std::string accessible_svg(std::string_view svg, std::string_view title, std::string_view description) {
    const std::size_t at = after_svg_tag(svg);
    if (at == std::string_view::npos) return std::string(svg);
    const std::string attributes = " role=\"img\" aria-labelledby=\"pactgraph-title pactgraph-desc\"";
    std::string out(svg.substr(0, at - 1));
    out += attributes + ">\n<title id=\"pactgraph-title\">" + attribute_text(title) +
           "</title>\n<desc id=\"pactgraph-desc\">" + attribute_text(description) + "</desc>";
    out += svg.substr(at);
    return out;
}

std::string auto_theme_svg(std::string_view svg) {
    std::size_t at = after_svg_tag(svg);
    if (at == std::string_view::npos) return std::string(svg);
    std::string out(svg.substr(0, at));
    out += "\n" + auto_theme_style();
    std::string rest(svg.substr(at));
    // The page background is the graph's first polygon (Graphviz draws it before anything else).
    const std::size_t graph = rest.find("class=\"graph\"");
    const std::size_t polygon = graph == std::string::npos ? graph : rest.find("<polygon ", graph);
    if (polygon != std::string::npos) rest.insert(polygon + 9, "class=\"pactgraph-bg\" ");
    return out + rest;
}

std::string svg_description(std::string_view svg) {
    const std::size_t open = svg.find("<desc");
    if (open == std::string_view::npos) return "";
    const std::size_t start = svg.find('>', open);
    const std::size_t end = svg.find("</desc>", open);
    if (start == std::string_view::npos || end == std::string_view::npos || end < start) return "";
    return unescape_xml(svg.substr(start + 1, end - start - 1));
}

}  // namespace pactgraph
