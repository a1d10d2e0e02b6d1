#include "render/dot_data.hpp"

#include <charconv>

namespace pactgraph {

namespace {

std::string lines_of(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : "\n") + s;
    return out;
}

// The shortest text that reads back to the same double.
std::string exact_number(double v) {
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

// Appends pactgraph_NAME=value when value is not empty.
void put(DotData& out, std::string name, std::string value) {
    if (!value.empty()) out.emplace_back("pactgraph_" + std::move(name), std::move(value));
}

void put_attributes(DotData& out, const std::vector<std::pair<std::string, std::string>>& attributes) {
    for (const auto& [k, v] : attributes) out.emplace_back("pactgraph_attr_" + k, v);
}

}  // namespace

DotData graph_dot_data(const PartnershipGraph& g) {
    DotData out{{"pactgraph_data", "1"}};
    put(out, "title", g.info().title);
    put(out, "description", g.info().description);
    put(out, "as_of", g.info().as_of.to_string());
    return out;
}

DotData entity_dot_data(const PartnershipGraph& g, EntityId v) {
    const Entity& e = g.entity(v);
    DotData out;
    put(out, "kind", std::string(g.kind_name(v)));
    put(out, "roles", lines_of(e.roles));
    put(out, "aliases", lines_of(e.aliases));
    put(out, "tags", lines_of(e.tags));
    put(out, "url", e.url);
    put(out, "note", e.note);
    put_attributes(out, e.attributes);
    return out;
}

DotData relation_dot_data(const PartnershipGraph& g, RelationEdge e, bool reversed) {
    const Relation& r = g.relation(e);
    const RelationDetails& d = g.stored_details(e);
    DotData out;
    put(out, "type", std::string(g.type_name(e)));
    put(out, "label", d.label);
    if (r.has_amount()) put(out, "amount_usd", exact_number(r.amount_usd));
    put(out, "date", r.date.to_string());
    put(out, "end_date", r.end_date.to_string());
    put(out, "status", std::string(status_name(r.status)));
    if (r.exclusive) put(out, "exclusive", "true");
    put(out, "scope", d.scope);
    put(out, "note", d.note);
    for (std::size_t i = 0; i < d.sources.size(); ++i) {
        const Source& s = d.sources[i];
        const std::string n = "source" + std::to_string(i + 1) + "_";
        put(out, n + "url", s.url);
        put(out, n + "citation", s.citation);
        put(out, n + "publisher", s.publisher);
        put(out, n + "date", s.date.to_string());
        if (s.confidence != Confidence::unspecified) put(out, n + "confidence", std::string(confidence_name(s.confidence)));
    }
    put_attributes(out, d.attributes);
    if (reversed) put(out, "reversed", "true");
    return out;
}

}  // namespace pactgraph
