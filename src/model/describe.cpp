#include "model/describe.hpp"

#include <vector>

#include "support/escape.hpp"
#include "support/money.hpp"

namespace pactgraph {

std::string relation_arrow(const PartnershipGraph& g, RelationEdge e) {
    return g.entity(g.source(e)).id + " -[" + std::string(g.type_name(e)) + "]-> " +
           g.entity(g.target(e)).id;
}

std::string relation_facts(const PartnershipGraph& g, RelationEdge e) {
    const Relation& r = g.relation(e);
    std::string out(status_name(r.status));
    if (!r.date.empty()) {
        out += ", " + bounded_date_words(r.date, r.date_bound);
        if (!r.end_date.empty()) out += " to " + r.end_date.to_string();
    }
    if (r.has_amount()) out += ", " + format_money_short(r.amount_usd);
    if (r.exclusive) out += ", exclusive";
    return out;
}

std::string type_words(std::string_view type_name) {
    std::string out(type_name);
    for (char& c : out)
        if (c == '_') c = ' ';
    return out;
}

std::string relation_sentence(const PartnershipGraph& g, RelationEdge e) {
    const Relation& r = g.relation(e);
    std::string s = g.entity(g.source(e)).name + " \u2192 " + g.entity(g.target(e)).name + ": " +
                    type_words(g.type_name(e));
    if (r.has_amount()) s += ", " + format_money_short(r.amount_usd);
    if (!r.date.empty()) s += ", " + bounded_date_words(r.date, r.date_bound);
    if (!r.end_date.empty()) s += " to " + r.end_date.to_string();
    s += ", " + std::string(status_name(r.status));
    return s;
}

std::string entity_label(const PartnershipGraph& g, EntityId v) {
    const Entity& ent = g.entity(v);
    return ent.name.empty() || ent.name == ent.id ? ent.id : ent.name + " (" + ent.id + ")";
}

std::string source_text(const Source& s) {
    std::string out = s.url.empty() ? s.citation : s.url;
    std::string extra = s.publisher;
    if (!s.url.empty() && !s.citation.empty()) extra = s.citation + (extra.empty() ? "" : ", " + extra);
    if (!s.date.empty()) extra += (extra.empty() ? "" : ", ") + s.date.to_string();
    if (s.confidence != Confidence::unspecified)
        extra += (extra.empty() ? "" : "; ") + std::string(confidence_name(s.confidence));
    return extra.empty() ? out : out + " (" + extra + ")";
}

std::string source_tooltip(const Source& s) {
    std::vector<std::string> parts;
    for (const std::string* p : {&s.citation, &s.publisher})
        if (!p->empty()) parts.push_back(*p);
    if (!s.date.empty()) parts.push_back(s.date.to_string());
    if (s.confidence != Confidence::unspecified) parts.emplace_back(confidence_name(s.confidence));
    if (is_safe_link(s.url)) parts.push_back(s.url);
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "; ") + p;
    return out;
}

}  // namespace pactgraph
