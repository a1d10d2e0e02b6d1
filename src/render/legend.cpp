// The legend table (see dot_writer.hpp): only the kinds, types, statuses and marks present.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

#include "render/dot_writer.hpp"
#include "model/describe.hpp"
#include "support/escape.hpp"
#include "render/style.hpp"

namespace pactgraph {

namespace {

std::string arrow_glyph(std::string_view arrowhead) {
    if (arrowhead == "none") return "\u2500\u2500\u2500\u2500";
    if (arrowhead == "empty" || arrowhead == "onormal") return "\u2500\u2500\u2500\u25b7";
    if (arrowhead == "diamond") return "\u2500\u2500\u2500\u25c6";
    if (arrowhead == "odiamond") return "\u2500\u2500\u2500\u25c7";
    if (arrowhead == "tee") return "\u2500\u2500\u2500\u2524";
    if (arrowhead == "dot") return "\u2500\u2500\u2500\u25cf";
    if (arrowhead == "vee") return "\u2500\u2500\u2500&gt;";
    return "\u2500\u2500\u2500\u25b6";
}

std::string line_glyph(LineStyle s) {
    switch (s) {
        case LineStyle::dashed: return "\u2013 \u2013 \u2013";
        case LineStyle::dotted: return "\u00b7 \u00b7 \u00b7 \u00b7 \u00b7";
        case LineStyle::solid: break;
    }
    return "\u2500\u2500\u2500\u2500";
}

std::string q(std::string_view s) { return "\"" + std::string(s) + "\""; }

std::string row(const std::string& sample, const std::string& text) {
    return "<TR><TD ALIGN=\"CENTER\"><FONT POINT-SIZE=\"13\">" + sample + "</FONT>" + "</TD><TD ALIGN=\"LEFT\">" + text +
           "</TD></TR>\n";
}

std::string heading(const std::string& text, const ThemeColors& c) {
    return "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"10\" COLOR=" + q(c.muted) +
           ">" + text + "</FONT></TD></TR>\n";
}

std::string colored(std::string_view color, const std::string& text, bool bold = false) {
    std::string t = bold ? "<B>" + text + "</B>" : text;
    return "<FONT COLOR=" + q(color) + ">" + t + "</FONT>";
}

std::string kinds_rows(const PartnershipGraph& g, const ThemeColors& c, bool shaded) {
    std::set<KindId> kinds;
    for (EntityId v = 0; v < g.entity_count(); ++v) kinds.insert(g.entity(v).kind);
    if (kinds.empty()) return "";
    // With --color-by the fill shows the metric: the kind keeps only its shape and border, and
    // the swatch shows no fill, so the legend does not explain fills twice.
    std::string out = heading(shaded ? "entities (kind: shape, border)" : "entities (kind: shape, fill)", c);
    for (KindId k : kinds) {
        const KindStyle s = kind_style(g.vocabulary(), k);
        const std::string_view fill = shaded ? c.legend_bg : s.fill;
        out += "<TR><TD BGCOLOR=" + q(fill) + " COLOR=" + q(s.border) +
               " BORDER=\"" + (shaded ? "2" : "1") + "\" WIDTH=\"30\"> </TD><TD ALIGN=\"LEFT\">" +
               xml_escape(g.vocabulary().kind(k).name) + ": " + std::string(s.shape_word) +
               "</TD></TR>\n";
    }
    return out;
}

// `neutral`: colour shows something else (diff pictures), so the rows show arrowheads only.
std::string types_rows(const PartnershipGraph& g, Theme theme, const std::vector<DrawnEdge>& edges,
                       const ThemeColors& c, bool neutral) {
    std::set<RelationTypeId> types;
    for (const auto& e : edges) types.insert(g.relation(g.relations()[e.relations[0]]).type);
    if (types.empty()) return "";
    std::string out = heading(neutral ? "relations (type: arrowhead)" : "relations (type: colour, arrowhead)", c);
    for (RelationTypeId t : types) {
        const TypeStyle s = type_style(g.vocabulary(), t);
        const std::string_view color = neutral ? neutral_edge_color(theme) : type_color(s, theme);
        out += row(colored(color, arrow_glyph(s.arrowhead), true),
                   xml_escape(type_words(g.vocabulary().type(t).name)));
    }
    return out;
}

std::string status_rows(const PartnershipGraph& g, const std::vector<DrawnEdge>& edges,
                        const ThemeColors& c) {
    std::set<Status> present;
    bool exclusive = false;
    for (const auto& e : edges) {
        const Relation& r = g.relation(g.relations()[e.relations[0]]);
        present.insert(r.status);
        exclusive = exclusive || r.exclusive;
    }
    if (present.empty()) return "";
    std::string out = heading("status (line style)", c);
    for (LineStyle ls : {LineStyle::solid, LineStyle::dashed, LineStyle::dotted}) {
        std::string names;
        for (Status s : present)
            if (status_style(s).line == ls && !status_style(s).grey)
                names += (names.empty() ? "" : ", ") + std::string(status_name(s));
        if (!names.empty()) out += row(colored(c.text, line_glyph(ls)), names);
    }
    if (present.count(Status::ended)) out += row(colored(c.muted, line_glyph(LineStyle::solid)), "ended");
    if (exclusive)
        out += row(colored(c.text, "\u2501\u2501\u2501\u2501", true), "exclusive (thick, scope in label)");
    return out;
}

std::string marks_rows(const RenderOptions& o, Theme theme, const ThemeColors& c) {
    std::set<Mark> marks(o.entity_marks.begin(), o.entity_marks.end());
    marks.insert(o.relation_marks.begin(), o.relation_marks.end());
    marks.erase(Mark::none);
    if (marks.empty()) return "";
    std::string out = heading(marks_show_change(o) ? "change (colour)" : "marks", c);
    for (Mark m : marks) {
        const MarkStyle s = mark_style(m, theme);
        const std::string_view color = s.color.empty() ? c.text : s.color;
        out += row(colored(color, "\u2501\u2501\u2501\u2501", true), std::string(s.description));
    }
    return out;
}

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}

std::pair<double, double> finite_range(const EntityScale& s) {
    double lo = NAN, hi = NAN;
    for (double v : s.values) {
        if (!std::isfinite(v)) continue;
        lo = std::isnan(lo) ? v : std::min(lo, v);
        hi = std::isnan(hi) ? v : std::max(hi, v);
    }
    return {lo, hi};
}

std::string scale_rows(const RenderOptions& o, const ThemeColors& c) {
    std::string out;
    if (o.size_by) {
        const auto [lo, hi] = finite_range(*o.size_by);
        out += heading("node size: " + xml_escape(o.size_by->metric), c);
        out += row("<FONT POINT-SIZE=\"9\">A</FONT> <FONT POINT-SIZE=\"18\">A</FONT>",
                   std::isnan(lo) ? "no values" : number(lo) + " to " + number(hi));
    }
    if (o.color_by_group && o.groups) {
        std::uint32_t count = 0;
        for (std::uint32_t k : o.groups->of) count = std::max(count, k + 1);
        out += heading("node fill: " + xml_escape(o.groups->name), c);
        for (std::uint32_t k = 0; k < count && k < 8; ++k)
            out += row("<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR><TD BGCOLOR=" +
                           q(std::string(group_color(k))) + " WIDTH=\"16\" HEIGHT=\"12\"> </TD></TR></TABLE>",
                       xml_escape(o.groups->name) + " " + std::to_string(k + 1) + (k == 7 && count > 8 ? " and after" : ""));
    }
    if (o.color_by) {
        const auto [lo, hi] = finite_range(*o.color_by);
        out += heading("node shade: " + xml_escape(o.color_by->metric), c);
        std::string ramp = "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR>";
        for (int i = 0; i <= 4; ++i)
            ramp += "<TD BGCOLOR=" + q(shade_color(i / 4.0)) + " WIDTH=\"8\" HEIGHT=\"12\"> </TD>";
        ramp += "</TR></TABLE>";
        out += row(ramp, std::isnan(lo) ? "no values" : number(lo) + " to " + number(hi));
    }
    return out;
}

}  // namespace

// The cells of each row of a section ("<TR>…</TR>\n", as row(), heading() and the kind rows
// write them; a cell may hold a nested table, whose rows end without the newline).
std::vector<std::string> row_cells(const std::string& rows) {
    std::vector<std::string> out;
    for (std::size_t at = rows.find("<TR>"); at != std::string::npos;) {
        const std::size_t end = rows.find("</TR>\n", at);
        if (end == std::string::npos) break;
        out.push_back(rows.substr(at + 4, end - at - 4));
        at = rows.find("<TR>", end);
    }
    return out;
}

std::string legend_label(const PartnershipGraph& g, const RenderOptions& o,
                         const std::vector<DrawnEdge>& edges) {
    const ThemeColors c = theme_colors(o.theme);
    std::vector<std::vector<std::string>> sections;
    for (const std::string& rows : {kinds_rows(g, c, o.color_by.has_value() || o.color_by_group),
                                    types_rows(g, o.theme, edges, c, marks_show_change(o)),
                                    status_rows(g, edges, c) + marks_rows(o, o.theme, c) + scale_rows(o, c)})
        if (!rows.empty()) sections.push_back(row_cells(rows));
    if (sections.empty()) return "";
    // Sections side by side as column pairs of one table, row by row (nested tables would be
    // stretched to the tallest section's height, spreading the shorter ones' rows apart).
    std::size_t height = 0;
    for (const auto& s : sections) height = std::max(height, s.size());
    std::string rows;
    for (std::size_t r = 0; r < height; ++r) {
        rows += "<TR>";
        for (std::size_t i = 0; i < sections.size(); ++i) {
            if (i > 0) rows += "<TD WIDTH=\"14\"></TD>";
            rows += r < sections[i].size() ? sections[i][r] : "<TD COLSPAN=\"2\"></TD>";
        }
        rows += "</TR>\n";
    }
    const std::size_t columns = sections.size() * 3 - 1;
    return "<<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"2\" BGCOLOR=" + q(c.legend_bg) +
           " COLOR=" + q(c.legend_border) + ">\n<TR><TD ALIGN=\"LEFT\" COLSPAN=\"" + std::to_string(columns) +
           "\"><B>Legend</B></TD></TR>\n" + rows + "</TABLE>>";
}

std::vector<double> normalized(const EntityScale& scale, std::size_t entity_count) {
    const auto [lo, hi] = finite_range(scale);
    std::vector<double> out(entity_count, NAN);
    for (std::size_t v = 0; v < entity_count && v < scale.values.size(); ++v) {
        const double x = scale.values[v];
        if (!std::isfinite(x) || std::isnan(lo)) continue;
        out[v] = hi > lo ? (x - lo) / (hi - lo) : 0.5;
    }
    return out;
}

}  // namespace pactgraph
