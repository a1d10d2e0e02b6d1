#include "format/stats_format.hpp"

#include <nlohmann/json.hpp>

#include "support/money.hpp"
#include "format/table.hpp"
#include "support/text.hpp"

namespace pactgraph {

namespace {

std::string money_or_dash(const CountRow& r) {
    return r.with_amount ? format_money_short(r.amount_usd) : std::string("-");
}

std::string count_table(const std::string& heading, const std::vector<CountRow>& rows,
                        bool amounts) {
    std::vector<std::string> headers = {heading, "count"};
    if (amounts) headers.push_back("disclosed");
    Table t(headers, {Table::Align::left, Table::Align::right, Table::Align::right});
    for (const auto& r : rows) {
        std::vector<std::string> cells = {r.name, std::to_string(r.count)};
        if (amounts) cells.push_back(money_or_dash(r));
        t.add_row(std::move(cells));
    }
    return t.to_text();
}

nlohmann::json rows_json(const std::vector<CountRow>& rows, bool amounts) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& r : rows) {
        nlohmann::json j = {{"name", r.name}, {"count", r.count}};
        if (amounts) {
            j["amount_usd"] = r.amount_usd;
            j["with_amount"] = r.with_amount;
        }
        out.push_back(std::move(j));
    }
    return out;
}

// One line per certainty group with a disclosed amount; never a sum across groups.
std::string amounts_text(const GraphStats& s) {
    if (s.with_amount == 0) return "disclosed amounts: none\n";
    std::string out = "disclosed amounts, by certainty (never added across groups):\n";
    for (const CertaintyGroup& g : s.amounts_by_certainty)
        if (g.with_amount)
            out += "  " + g.words + ": " + format_money_short(g.amount_usd) + " over " +
                   count_noun(g.with_amount, "relation") + "\n";
    return out;
}

// A date for programs: ISO text, or null when there is none.
nlohmann::ordered_json iso_or_null(const PartialDate& d) {
    return d.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(d.to_string());
}

}  // namespace

std::string stats_text(const PartnershipGraph& g, const GraphStats& s) {
    std::string out;
    if (!g.info().title.empty()) out += g.info().title + "\n";
    if (!g.info().as_of.empty()) out += "as of " + g.info().as_of.to_string() + "\n";
    out += count_noun(s.entities, "entity", "entities") + ", " + count_noun(s.relations, "relation") +
           " (" + std::to_string(s.exclusive) + " exclusive, " +
           std::to_string(s.sourced) + " with a source)\n";
    out += "dates: " + (s.dated ? s.first_date.to_string() + " to " + s.last_date.to_string() +
                                      " (" + count_noun(s.dated, "dated relation") +
                                      (s.bounded ? ", " + std::to_string(s.bounded) + " with only a bound" : "") + ")"
                                : std::string("none")) + "\n";
    out += amounts_text(s) + "\n";
    out += count_table("kind", s.by_kind, false) + "\n";
    out += count_table("relation type", s.by_type, false) + "\n";
    out += count_table("status", s.by_status, true);
    return out;
}

std::string stats_json(const PartnershipGraph& g, const GraphStats& s) {
    nlohmann::ordered_json j;
    j["title"] = g.info().title;
    j["as_of"] = iso_or_null(g.info().as_of);
    j["entities"] = s.entities;
    j["relations"] = s.relations;
    j["exclusive"] = s.exclusive;
    j["sourced"] = s.sourced;
    j["first_date"] = iso_or_null(s.first_date);
    j["last_date"] = iso_or_null(s.last_date);
    j["dated"] = s.dated;
    j["bounded"] = s.bounded;
    j["with_amount"] = s.with_amount;
    j["amounts_by_certainty"] = nlohmann::ordered_json::array();
    for (const CertaintyGroup& g : s.amounts_by_certainty) {
        nlohmann::ordered_json row{{"group", g.name}, {"statuses", nlohmann::ordered_json::array()}};
        for (Status st : g.statuses) row["statuses"].push_back(status_name(st));
        row["relations"] = g.relations;
        row["amount_usd"] = g.amount_usd;
        row["with_amount"] = g.with_amount;
        j["amounts_by_certainty"].push_back(std::move(row));
    }
    j["by_kind"] = rows_json(s.by_kind, false);
    j["by_type"] = rows_json(s.by_type, false);
    j["by_status"] = rows_json(s.by_status, true);
    return j.dump(2) + "\n";
}

}  // namespace pactgraph
