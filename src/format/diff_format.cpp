#include "format/diff_format.hpp"

#include <nlohmann/json.hpp>

#include "format/json_fields.hpp"
#include "model/describe.hpp"
#include "support/text.hpp"
#include "support/money.hpp"

namespace pactgraph {

namespace {

char mark(Change c) { return c == Change::added ? '+' : c == Change::removed ? '-' : '~'; }

std::string money_or_none(const Relation& r) {
    return r.has_amount() ? format_money_short(r.amount_usd) : "undisclosed";
}

std::string date_or_none(const PartialDate& d, DateBound bound = DateBound::exact) {
    return d.empty() ? "none" : bounded_date_words(d, bound);
}

// "status reported -> signed" for short fields, the bare name for text fields.
std::string field_change(const std::string& field, const Relation& x, const Relation& y) {
    if (field == "status")
        return field + " " + std::string(status_name(x.status)) + " -> " + std::string(status_name(y.status));
    if (field == "amount_usd") return "amount " + money_or_none(x) + " -> " + money_or_none(y);
    if (field == "date")
        return field + " " + date_or_none(x.date, x.date_bound) + " -> " + date_or_none(y.date, y.date_bound);
    if (field == "end_date")
        return field + " " + date_or_none(x.end_date) + " -> " + date_or_none(y.end_date);
    if (field == "exclusive") return y.exclusive ? "now exclusive" : "no longer exclusive";
    return field;
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
    return out;
}

std::string relation_line(const DiffSides& s, const RelationChange& c) {
    const bool old_side = c.change == Change::removed;
    const PartnershipGraph& g = old_side ? s.before : s.after;
    const RelationEdge e = old_side ? *c.before : *c.after;
    std::string line = std::string("  ") + mark(c.change) + " " + relation_arrow(g, e);
    if (c.change != Change::changed) return line + "  (" + relation_facts(g, e) + ")\n";
    std::vector<std::string> parts;
    for (const auto& f : c.fields)
        parts.push_back(field_change(f, s.before.relation(*c.before), s.after.relation(*c.after)));
    return line + ": " + join(parts) + "\n";
}

std::size_t count(const auto& items, Change c) {
    std::size_t n = 0;
    for (const auto& i : items) n += i.change == c;
    return n;
}

}  // namespace

std::string diff_summary(const GraphDiff& d) {
    std::vector<std::string> parts;
    for (Change c : {Change::added, Change::removed, Change::changed}) {
        if (auto n = count(d.entities, c)) parts.push_back(count_noun(n, "entity", "entities") + " " + std::string(change_name(c)));
    }
    for (Change c : {Change::added, Change::removed, Change::changed}) {
        if (auto n = count(d.relations, c)) parts.push_back(count_noun(n, "relation") + " " + std::string(change_name(c)));
    }
    if (!d.vocabulary.empty()) parts.push_back(count_noun(d.vocabulary.size(), "vocabulary change"));
    std::string out = parts.empty() ? "no changes" : join(parts);
    return out + "; " + count_noun(d.unchanged_relations, "relation") + " unchanged";
}

std::string diff_text(const DiffSides& s, const GraphDiff& d) {
    std::string out = "diff " + s.before_name + " -> " + s.after_name + "\n";
    if (!d.vocabulary.empty()) {
        out += "vocabulary:\n";
        for (const auto& v : d.vocabulary)
            out += std::string("  ") + mark(v.change) + " " + v.what + " " + v.name +
                   (v.fields.empty() ? "" : ": " + join(v.fields)) + "\n";
    }
    if (!d.entities.empty()) {
        out += "entities:\n";
        for (const auto& e : d.entities) {
            const PartnershipGraph& g = e.after ? s.after : s.before;
            out += std::string("  ") + mark(e.change) + " " +
                   entity_label(g, e.after ? *e.after : *e.before) +
                   (e.fields.empty() ? "" : ": " + join(e.fields)) + "\n";
        }
    }
    if (!d.relations.empty()) {
        out += "relations:\n";
        for (const auto& r : d.relations) out += relation_line(s, r);
    }
    return out + diff_summary(d) + "\n";
}

std::string diff_json(const DiffSides& s, const GraphDiff& d) {
    using json = nlohmann::ordered_json;
    json j;
    j["before"] = s.before_name;
    j["after"] = s.after_name;
    j["vocabulary"] = json::array();
    for (const auto& v : d.vocabulary)
        j["vocabulary"].push_back({{"change", change_name(v.change)}, {"what", v.what},
                                   {"name", v.name}, {"fields", v.fields}});
    j["entities"] = json::array();
    for (const auto& e : d.entities)
        j["entities"].push_back({{"change", change_name(e.change)}, {"id", e.id}, {"fields", e.fields}});
    j["relations"] = json::array();
    for (const auto& r : d.relations) {
        json item{{"change", change_name(r.change)}};
        if (r.before) item["before"] = relation_json(s.before, *r.before);
        if (r.after) item["after"] = relation_json(s.after, *r.after);
        item["fields"] = r.fields;
        j["relations"].push_back(std::move(item));
    }
    j["unchanged_entities"] = d.unchanged_entities;
    j["unchanged_relations"] = d.unchanged_relations;
    j["summary"] = diff_summary(d);
    return j.dump(2) + "\n";
}

}  // namespace pactgraph
