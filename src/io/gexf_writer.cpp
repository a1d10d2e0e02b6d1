#include "io/gexf_writer.hpp"

#include <array>
#include <cstdio>

#include "io/csv_writer.hpp"
#include "io/graphml.hpp"

namespace pactgraph {

namespace {

struct AttributeColumn {
    const char* title;
    const char* type;
};

constexpr std::array<AttributeColumn, 6> kNodeColumns = {{
    {"kind", "string"}, {"roles", "string"}, {"aliases", "string"}, {"tags", "string"}, {"url", "string"}, {"note", "string"},
}};
constexpr std::array<AttributeColumn, 8> kEdgeColumns = {{
    {"type", "string"}, {"status", "string"}, {"exclusive", "boolean"}, {"amount_usd", "double"},
    {"date", "string"}, {"end_date", "string"}, {"scope", "string"}, {"note", "string"},
}};

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? "|" : "") + items[i];
    return out;
}

// Gephi's timeline wants full dates: a year or month stands for its first day.
std::string gephi_date(const PartialDate& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year(), d.month() ? d.month() : 1, d.day() ? d.day() : 1);
    return buf;
}

template <std::size_t N>
void declare(std::string& out, const char* cls, const std::array<AttributeColumn, N>& columns) {
    out.append("    <attributes class=\"").append(cls).append("\">\n");
    for (std::size_t i = 0; i < N; ++i)
        out += "      <attribute id=\"" + std::to_string(i) + "\" title=\"" + columns[i].title + "\" type=\"" +
               columns[i].type + "\"/>\n";
    out += "    </attributes>\n";
}

void values(std::string& out, const std::vector<std::string>& vals) {
    std::string body;
    for (std::size_t i = 0; i < vals.size(); ++i)
        if (!vals[i].empty())
            body += "          <attvalue for=\"" + std::to_string(i) + "\" value=\"" + xml_text(vals[i]) + "\"/>\n";
    if (!body.empty()) out += "        <attvalues>\n" + body + "        </attvalues>\n";
}

}  // namespace

std::string write_gexf(const PartnershipGraph& g) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n";
    out += "  <meta>\n    <creator>pactgraph</creator>\n";
    if (!g.info().title.empty()) out += "    <description>" + xml_text(g.info().title) + "</description>\n";
    out += "  </meta>\n";
    out += "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n";
    declare(out, "node", kNodeColumns);
    declare(out, "edge", kEdgeColumns);
    out += "    <nodes>\n";
    for (EntityId v = 0; v < g.entity_count(); ++v) {
        const Entity& e = g.entity(v);
        out += "      <node id=\"" + xml_text(e.id) + "\" label=\"" + xml_text(e.name) + "\">\n";
        values(out, {std::string(g.kind_name(v)), joined(e.roles), joined(e.aliases), joined(e.tags), e.url, e.note});
        out += "      </node>\n";
    }
    out += "    </nodes>\n    <edges>\n";
    for (RelationEdge x : g.relations()) {
        const Relation& r = g.relation(x);
        const RelationDetails& d = g.details(x);
        out += "      <edge id=\"" + std::to_string(r.id) + "\" source=\"" + xml_text(g.entity(g.source(x)).id) +
               "\" target=\"" + xml_text(g.entity(g.target(x)).id) + "\" kind=\"" + xml_text(g.type_name(x)) + "\"";
        if (!d.label.empty()) out += " label=\"" + xml_text(d.label) + "\"";
        if (!r.date.empty()) out += " start=\"" + gephi_date(r.date) + "\"";
        if (!r.end_date.empty() && !(r.end_date < r.date)) out += " end=\"" + gephi_date(r.end_date) + "\"";
        out += ">\n";
        values(out, {std::string(g.type_name(x)), std::string(status_name(r.status)), r.exclusive ? "true" : "false",
                     r.has_amount() ? number_text(r.amount_usd) : std::string(), r.date.to_string(),
                     r.end_date.to_string(), d.scope, d.note});
        out += "      </edge>\n";
    }
    out += "    </edges>\n  </graph>\n</gexf>\n";
    return out;
}

}  // namespace pactgraph
