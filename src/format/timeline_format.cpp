#include "format/timeline_format.hpp"

#include <nlohmann/json.hpp>

#include "format/json_fields.hpp"
#include "model/describe.hpp"
#include "support/money.hpp"

namespace pactgraph {

Table timeline_table(const PartnershipGraph& g, const std::vector<RelationEdge>& rows) {
    using A = Table::Align;
    Table t({"date", "end", "from", "type", "to", "amount", "status", "label"},
            {A::left, A::left, A::left, A::left, A::left, A::right, A::left, A::left});
    for (RelationEdge e : rows) {
        const Relation& r = g.relation(e);
        t.add_row({r.date.empty() ? "undated" : bounded_date_text(r.date, r.date_bound), r.end_date.to_string(),
                   g.entity(g.source(e)).id, std::string(g.type_name(e)), g.entity(g.target(e)).id,
                   r.has_amount() ? format_money_short(r.amount_usd) : "",
                   std::string(status_name(r.status)) + (r.exclusive ? ", exclusive" : ""),
                   g.stored_details(e).label});
    }
    return t;
}

// For programs (CSV, TSV): raw dollars, ISO dates or empty fields, the bound and the
// exclusivity in fields of their own.
Table timeline_data(const PartnershipGraph& g, const std::vector<RelationEdge>& rows) {
    Table t({"date", "date_bound", "end_date", "from", "type", "to", "amount_usd", "status", "exclusive", "label"});
    for (RelationEdge e : rows) {
        const Relation& r = g.relation(e);
        t.add_row({r.date.to_string(), std::string(r.date.empty() ? "" : date_bound_name(r.date_bound)),
                   r.end_date.to_string(), g.entity(g.source(e)).id, std::string(g.type_name(e)),
                   g.entity(g.target(e)).id, r.has_amount() ? plain_amount(r.amount_usd) : std::string(),
                   std::string(status_name(r.status)), r.exclusive ? "true" : "false", g.stored_details(e).label});
    }
    return t;
}

std::string timeline_json(const PartnershipGraph& g, const std::vector<RelationEdge>& rows) {
    nlohmann::ordered_json j = nlohmann::ordered_json::array();
    for (RelationEdge e : rows) j.push_back(relation_json(g, e));
    return j.dump(2) + "\n";
}

std::string format_timeline(const PartnershipGraph& g, const std::vector<RelationEdge>& rows,
                            TextFormat format) {
    if (format == TextFormat::json) return timeline_json(g, rows);
    if (format == TextFormat::tsv) return timeline_data(g, rows).to_tsv();
    if (format == TextFormat::csv) return timeline_data(g, rows).to_csv();
    const Table t = timeline_table(g, rows);
    switch (format) {
        case TextFormat::markdown: return t.to_markdown();
        case TextFormat::tsv: return t.to_tsv();
        case TextFormat::csv: return t.to_csv();
        default: return t.to_text();
    }
}

}  // namespace pactgraph
