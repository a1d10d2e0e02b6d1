#include "format/json_fields.hpp"

namespace pactgraph {

nlohmann::ordered_json source_json(const Source& s) {
    nlohmann::ordered_json j;
    if (!s.url.empty()) j["url"] = s.url;
    if (!s.citation.empty()) j["citation"] = s.citation;
    if (!s.publisher.empty()) j["publisher"] = s.publisher;
    if (!s.date.empty()) j["date"] = s.date.to_string();
    j["confidence"] = confidence_name(s.confidence);
    return j;
}

nlohmann::ordered_json relation_json(const PartnershipGraph& g, RelationEdge e) {
    const Relation& r = g.relation(e);
    const RelationDetails& d = g.details(r.id);
    nlohmann::ordered_json j;
    j["from"] = g.entity(g.source(e)).id;
    j["to"] = g.entity(g.target(e)).id;
    j["type"] = g.type_name(e);
    j["status"] = status_name(r.status);
    j["exclusive"] = r.exclusive;
    if (!d.scope.empty()) j["scope"] = d.scope;
    if (!r.date.empty()) j["date"] = r.date.to_string();
    if (!r.date.empty() && r.date_bound != DateBound::exact) j["date_bound"] = date_bound_name(r.date_bound);
    if (!r.end_date.empty()) j["end_date"] = r.end_date.to_string();
    if (r.has_amount()) j["amount_usd"] = r.amount_usd;
    if (!d.label.empty()) j["label"] = d.label;
    j["sources"] = nlohmann::ordered_json::array();
    for (const Source& s : d.sources) j["sources"].push_back(source_json(s));
    j["line"] = g.position(e).line;
    return j;
}

}  // namespace pactgraph
