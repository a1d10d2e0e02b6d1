#include "format/report.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <numeric>

#include "format/conflicts_format.hpp"
#include "query/metrics_query.hpp"
#include "model/describe.hpp"
#include "format/timeline_format.hpp"
#include "support/escape.hpp"
#include "support/text.hpp"

namespace pactgraph {

namespace {

// Two citations are one source when they agree on everything, confidence included.
std::string source_key(const Source& s) {
    return s.url + "\n" + s.citation + "\n" + s.publisher + "\n" + s.date.to_string() + "\n" +
           std::string(confidence_name(s.confidence));
}

std::string capitalized(std::string_view text) {
    std::string out(text);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

// 1-based numbers of the sources a relation cites, in the order of cited_sources().
std::vector<std::size_t> source_numbers(const PartnershipGraph& g, RelationEdge e,
                                        const std::map<std::string, std::size_t>& index) {
    std::vector<std::size_t> out;
    for (const Source& s : g.stored_details(e).sources) out.push_back(index.at(source_key(s)));
    return out;
}

std::map<std::string, std::size_t> number_sources(const std::vector<CitedSource>& sources) {
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < sources.size(); ++i) index[source_key(sources[i].source)] = i + 1;
    return index;
}

std::string header_line(const PartnershipGraph& g, const ReportParts& p) {
    std::string line;
    if (!g.info().as_of.empty()) line += "As of " + g.info().as_of.to_string() + " · ";
    line += count_noun(g.entity_count(), "entity", "entities") + ", " +
            count_noun(g.relation_count(), "relation");
    if (!p.source_name.empty()) line += " · from " + p.source_name;
    return line;
}

std::string title_of(const PartnershipGraph& g) {
    return g.info().title.empty() ? std::string("pactgraph report") : g.info().title;
}

std::string role_of(const PartnershipGraph& g, const Conflict& c, RelationEdge e) {
    if (e == c.first) return "exclusive";
    if (e == c.second) return g.relation(e).exclusive ? "exclusive" : "competing";
    return is_claimed_link(g, e) ? "claimed link" : "link";
}

std::vector<RelationEdge> conflict_relations(const Conflict& c) {
    std::vector<RelationEdge> out{c.first, c.second};
    out.insert(out.end(), c.chain.begin(), c.chain.end());
    return out;
}

// ---- Markdown ----

std::string md_table(const Table& t) {
    Table escaped(t.headers(), t.alignment());
    for (const auto& row : t.rows()) {
        std::vector<std::string> cells;
        for (const auto& cell : row) cells.push_back(markdown_escape(cell, false));
        escaped.add_row(std::move(cells));
    }
    return escaped.to_markdown();
}

std::string md_source(const Source& s) {
    const std::string text = markdown_escape(source_text(s));
    if (!is_safe_link(s.url)) return text;
    std::string target;
    for (char ch : s.url) target += ch == ')' ? std::string("%29") : ch == '(' ? std::string("%28") : std::string(1, ch);
    return "[" + markdown_escape(s.url) + "](" + target + ")" + text.substr(markdown_escape(s.url).size());
}

std::string md_numbers(const std::vector<std::size_t>& numbers) {
    std::string out;
    for (std::size_t n : numbers) out += (out.empty() ? "" : ", ") + std::to_string(n);
    return numbers.empty() ? "none cited" : (numbers.size() == 1 ? "source " : "sources ") + out;
}

std::string md_conflicts(const PartnershipGraph& g, const ReportParts& p,
                         const std::map<std::string, std::size_t>& index) {
    std::string out = "## Conflicts\n\n" + markdown_escape(conflicts_summary(p.conflicts)) + ".\n\n";
    std::size_t n = 0;
    for (const Conflict& c : p.conflicts.conflicts) {
        out += "### " + std::to_string(++n) + ". " + capitalized(severity_text(c.severity)) + ": " +
               markdown_escape(g.entity(g.source(c.first)).id + " vs " + g.entity(g.source(c.second)).id) +
               "\n\n" + markdown_escape(conflict_explanation(g, c)) + "\n\n";
        for (RelationEdge e : conflict_relations(c)) {
            const RelationDetails& d = g.stored_details(e);
            out += "- **" + role_of(g, c, e) + "** " + markdown_escape(relation_arrow(g, e)) + " (" +
                   markdown_escape(relation_facts(g, e)) + ")";
            if (!d.scope.empty()) out += "; scope: " + markdown_escape(d.scope);
            out += "; " + md_numbers(source_numbers(g, e, index)) + "\n";
        }
        out += "\n";
    }
    for (const LinkCycle& cycle : p.conflicts.cycles)
        out += "Note: linking relations form a cycle: " + markdown_escape(cycle_text(g, cycle)) + "\n\n";
    return out;
}

// ---- HTML ----

const char* kStyle = R"(body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#1b1b1b;line-height:1.45}
h1{font-size:1.7em;margin-bottom:.2em}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
.meta{color:#555}figure{margin:1em 0;text-align:center}figure svg{max-width:100%;height:auto}
table{border-collapse:collapse;font-size:.92em;margin:.6em 0}th,td{border:1px solid #ccc;padding:.25em .55em;vertical-align:top}
th{background:#f2f2f2;text-align:left}td.num{text-align:right;font-variant-numeric:tabular-nums}
.conflict{border-left:4px solid #c0392b;padding:.2em 1em;margin:1em 0;background:#fdf3f2}
.severity{font-weight:600;color:#8e1b10}code{font-size:.95em}ol.sources li{margin:.2em 0}
)";

std::string html_table(const Table& t) {
    std::string out = "<table>\n<thead><tr>";
    for (const auto& h : t.headers()) out += "<th>" + xml_escape(h) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& row : t.rows()) {
        out += "<tr>";
        for (std::size_t i = 0; i < row.size(); ++i)
            out += (t.alignment()[i] == Table::Align::right ? "<td class=\"num\">" : "<td>") +
                   xml_escape(row[i]) + "</td>";
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

std::string html_source(const Source& s) {
    const std::string text = source_text(s);
    if (!is_safe_link(s.url)) return xml_escape(text);
    return "<a href=\"" + xml_escape(s.url) + "\">" + xml_escape(s.url) + "</a>" +
           xml_escape(text.substr(s.url.size()));
}

std::string html_refs(const std::vector<std::size_t>& numbers) {
    if (numbers.empty()) return "no source cited";
    std::string out;
    for (std::size_t n : numbers)
        out += " <a href=\"#source-" + std::to_string(n) + "\">[" + std::to_string(n) + "]</a>";
    return (numbers.size() == 1 ? "source" : "sources") + out;
}

std::string html_conflicts(const PartnershipGraph& g, const ReportParts& p,
                           const std::map<std::string, std::size_t>& index) {
    std::string out = "<h2 id=\"conflicts\">Conflicts</h2>\n<p>" +
                      xml_escape(conflicts_summary(p.conflicts)) + ".</p>\n";
    std::size_t n = 0;
    for (const Conflict& c : p.conflicts.conflicts) {
        out += "<div class=\"conflict\">\n<h3>" + std::to_string(++n) + ". <span class=\"severity\">" +
               xml_escape(capitalized(severity_text(c.severity))) + "</span>: " +
               xml_escape(g.entity(g.source(c.first)).id + " vs " + g.entity(g.source(c.second)).id) +
               "</h3>\n<p>" + xml_escape(conflict_explanation(g, c)) + "</p>\n<ul>\n";
        for (RelationEdge e : conflict_relations(c)) {
            const RelationDetails& d = g.stored_details(e);
            out += "<li><b>" + role_of(g, c, e) + "</b> <code>" + xml_escape(relation_arrow(g, e)) +
                   "</code> (" + xml_escape(relation_facts(g, e)) + ")";
            if (!d.scope.empty()) out += "; scope: " + xml_escape(d.scope);
            out += "; " + html_refs(source_numbers(g, e, index)) + "</li>\n";
        }
        out += "</ul>\n</div>\n";
    }
    for (const LinkCycle& cycle : p.conflicts.cycles)
        out += "<p>Note: linking relations form a cycle: <code>" + xml_escape(cycle_text(g, cycle)) + "</code></p>\n";
    return out;
}

// The <svg> element of a Graphviz SVG document (its XML prolog and doctype dropped).
std::string svg_element(const std::string& svg) {
    const auto start = svg.find("<svg");
    return start == std::string::npos ? std::string() : svg.substr(start);
}

}  // namespace

Table report_metrics_table(const PartnershipGraph& g) {
    const auto degree = metric_scores(g, Metric::degree);
    const auto pagerank = metric_scores(g, Metric::pagerank);
    const auto betweenness = metric_scores(g, Metric::betweenness);
    std::vector<EntityId> order(g.entity_count());
    std::iota(order.begin(), order.end(), EntityId{0});
    std::stable_sort(order.begin(), order.end(), [&](EntityId a, EntityId b) {
        if (pagerank[a] != pagerank[b]) return pagerank[a] > pagerank[b];
        return g.entity(a).id < g.entity(b).id;
    });
    auto fixed = [](double x) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.4f", x);
        return std::string(buf);
    };
    using A = Table::Align;
    Table t({"entity", "kind", "degree", "pagerank", "betweenness"}, {A::left, A::left, A::right, A::right, A::right});
    for (EntityId v : order)
        t.add_row({entity_label(g, v), std::string(g.kind_name(v)), fixed(degree[v]), fixed(pagerank[v]),
                   fixed(betweenness[v])});
    return t;
}

std::vector<CitedSource> cited_sources(const PartnershipGraph& g) {
    std::vector<CitedSource> out;
    std::map<std::string, std::size_t> seen;
    for (RelationEdge e : g.relations())
        for (const Source& s : g.stored_details(e).sources) {
            auto [it, fresh] = seen.emplace(source_key(s), out.size());
            if (fresh) out.push_back({s, {}});
            auto& cited = out[it->second].cited_by;
            if (cited.empty() || cited.back() != e) cited.push_back(e);
        }
    return out;
}

std::string report_markdown(const PartnershipGraph& g, const ReportParts& p) {
    const auto sources = cited_sources(g);
    const auto index = number_sources(sources);
    std::string out = "# " + markdown_escape(title_of(g)) + "\n\n";
    if (!g.info().description.empty()) out += markdown_escape(g.info().description) + "\n\n";
    out += "*" + markdown_escape(header_line(g, p)) + "*\n\n";
    if (!p.diagram_file.empty())
        out += "## Diagram\n\n![" + markdown_escape(title_of(g)) + "](" + p.diagram_file + ")\n\n";
    if (p.metrics) out += "## Metrics\n\n" + markdown_escape(p.metrics_caption) + "\n\n" + md_table(*p.metrics) + "\n";
    out += md_conflicts(g, p, index);
    if (!p.timeline.empty()) {
        Table t = timeline_table(g, p.timeline);
        out += "## Timeline\n\n" + md_table(t) + "\n";
    }
    out += "## Sources\n\n";
    for (std::size_t i = 0; i < sources.size(); ++i) {
        out += std::to_string(i + 1) + ". " + md_source(sources[i].source) + " — cited by ";
        std::string by;
        for (RelationEdge e : sources[i].cited_by) by += (by.empty() ? "" : "; ") + relation_arrow(g, e);
        out += markdown_escape(by) + "\n";
    }
    return out;
}

std::string report_html(const PartnershipGraph& g, const ReportParts& p) {
    const auto sources = cited_sources(g);
    const auto index = number_sources(sources);
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<title>" + xml_escape(title_of(g)) + "</title>\n<style>\n" + kStyle +
                      "</style>\n</head>\n<body>\n<h1>" + xml_escape(title_of(g)) + "</h1>\n";
    if (!g.info().description.empty()) out += "<p>" + xml_escape(g.info().description) + "</p>\n";
    out += "<p class=\"meta\">" + xml_escape(header_line(g, p)) + "</p>\n";
    if (!p.diagram_svg.empty())
        out += "<h2 id=\"diagram\">Diagram</h2>\n<figure>\n" + svg_element(p.diagram_svg) + "\n</figure>\n";
    if (p.metrics)
        out += "<h2 id=\"metrics\">Metrics</h2>\n<p>" + xml_escape(p.metrics_caption) + "</p>\n" + html_table(*p.metrics);
    out += html_conflicts(g, p, index);
    if (!p.timeline.empty()) out += "<h2 id=\"timeline\">Timeline</h2>\n" + html_table(timeline_table(g, p.timeline));
    out += "<h2 id=\"sources\">Sources</h2>\n<ol class=\"sources\">\n";
    for (std::size_t i = 0; i < sources.size(); ++i) {
        std::string by;
        for (RelationEdge e : sources[i].cited_by) by += (by.empty() ? "" : "; ") + relation_arrow(g, e);
        out += "<li id=\"source-" + std::to_string(i + 1) + "\">" + html_source(sources[i].source) +
               " — cited by " + xml_escape(by) + "</li>\n";
    }
    return out + "</ol>\n</body>\n</html>\n";
}

}  // namespace pactgraph
