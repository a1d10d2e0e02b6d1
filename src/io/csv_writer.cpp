#include "io/csv_writer.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace pactgraph {

namespace {

using Attributes = std::vector<std::pair<std::string, std::string>>;

// Attribute keys in first-seen order, skipping those that clash with a fixed column.
std::vector<std::string> attribute_keys(const std::vector<const Attributes*>& all,
                                        const std::vector<std::string_view>& fixed) {
    std::vector<std::string> keys;
    for (const Attributes* attrs : all)
        for (const auto& [k, v] : *attrs)
            if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
    std::vector<std::string> out;
    for (const auto& k : keys)
        if (std::find(fixed.begin(), fixed.end(), k) == fixed.end()) out.push_back(k);
    return out;
}

std::string_view attribute(const Attributes& attrs, const std::string& key) {
    for (const auto& [k, v] : attrs)
        if (k == key) return v;
    return {};
}

std::string joined(const std::vector<std::string>& items, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? std::string(sep) : "") + items[i];
    return out;
}

class Row {
public:
    explicit Row(std::string& out) : out_(out) {}
    Row& operator<<(std::string_view field) {
        if (!first_) out_ += ',';
        first_ = false;
        append_csv_field(out_, field);
        return *this;
    }
    ~Row() { out_ += '\n'; }

private:
    std::string& out_;
    bool first_ = true;
};

const std::vector<std::string_view> kNodeHeader = {"id", "name", "kind", "roles", "aliases",
                                                   "tags", "url", "note"};
const std::vector<std::string_view> kEdgeHeader = {
    "source", "target",    "type",  "label", "amount_usd",      "date",
    "end_date", "status",  "exclusive", "scope", "note",        kSourceColumns[0],
    kSourceColumns[1], kSourceColumns[2], kSourceColumns[3], kSourceColumns[4]};

}  // namespace

void append_csv_field(std::string& out, std::string_view field, char delimiter) {
    const bool quote = field.find_first_of(std::string{'"', '\n', '\r', delimiter}) != std::string_view::npos ||
                       (!field.empty() && (field.front() == ' ' || field.back() == ' ' ||
                                           field.front() == '\t' || field.back() == '\t'));
    if (!quote) {
        out += field;
        return;
    }
    out += '"';
    for (const char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

std::array<std::string, 5> source_columns(const std::vector<Source>& sources) {
    std::array<std::vector<std::string>, 5> lines;
    for (const Source& s : sources) {
        lines[0].push_back(s.url);
        lines[1].push_back(s.citation);
        lines[2].push_back(s.publisher);
        lines[3].push_back(s.date.to_string());
        lines[4].emplace_back(s.confidence == Confidence::unspecified ? "" : confidence_name(s.confidence));
    }
    std::array<std::string, 5> out;
    for (std::size_t k = 0; k < out.size(); ++k) {
        const bool any = std::any_of(lines[k].begin(), lines[k].end(), [](const auto& l) { return !l.empty(); });
        if (any) out[k] = joined(lines[k], "\n");
    }
    return out;
}

std::string number_text(double v) {
    char buf[64];
    if (v == std::floor(v) && std::fabs(v) < 9007199254740992.0) {
        const auto r = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(v));
        return std::string(buf, r.ptr);
    }
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

namespace {

std::string nodes_with(const PartnershipGraph& g, const std::vector<std::string_view>& header) {
    std::vector<const Attributes*> all;
    for (EntityId v = 0; v < g.entity_count(); ++v) all.push_back(&g.entity(v).attributes.get());
    const std::vector<std::string> keys = attribute_keys(all, kNodeHeader);
    std::string out;
    {
        Row row_header(out);
        for (auto h : header) row_header << h;
        for (const auto& k : keys) row_header << k;
    }
    for (EntityId v = 0; v < g.entity_count(); ++v) {
        const Entity& e = g.entity(v);
        Row row(out);
        row << e.id << e.name << g.kind_name(v) << joined(e.roles, "|") << joined(e.aliases, "|")
            << joined(e.tags, "|") << e.url << e.note;
        for (const auto& k : keys) row << attribute(e.attributes, k);
    }
    return out;
}

std::string edges_with(const PartnershipGraph& g, const std::vector<std::string_view>& header) {
    std::vector<const Attributes*> all;
    for (RelationEdge e : g.relations()) all.push_back(&g.details(e).attributes);
    const std::vector<std::string> keys = attribute_keys(all, kEdgeHeader);
    std::string out;
    {
        Row row_header(out);
        for (auto h : header) row_header << h;
        for (const auto& k : keys) row_header << k;
    }
    for (RelationEdge e : g.relations()) {
        const Relation& r = g.relation(e);
        const RelationDetails& d = g.details(e);
        Row row(out);
        row << g.entity(g.source(e)).id << g.entity(g.target(e)).id << g.type_name(e) << d.label
            << (r.has_amount() ? number_text(r.amount_usd) : std::string()) << r.date.to_string()
            << r.end_date.to_string() << status_name(r.status) << (r.exclusive ? "true" : "false")
            << d.scope << d.note;
        for (const std::string& column : source_columns(d.sources)) row << column;
        for (const auto& k : keys) row << attribute(d.attributes, k);
    }
    return out;
}


// The fixed columns renamed for another tool; same order as kNodeHeader / kEdgeHeader.
std::vector<std::string_view> renamed(std::vector<std::string_view> header,
                                      const std::vector<std::pair<std::string_view, std::string_view>>& names) {
    for (auto& h : header)
        for (const auto& [from, to] : names)
            if (h == from) h = to;
    return header;
}

}  // namespace

std::string write_csv_nodes(const PartnershipGraph& g) { return nodes_with(g, kNodeHeader); }
std::string write_csv_edges(const PartnershipGraph& g) { return edges_with(g, kEdgeHeader); }

std::string write_neo4j_nodes(const PartnershipGraph& g) {
    return nodes_with(g, renamed(kNodeHeader, {{"id", "id:ID"}, {"kind", ":LABEL"}, {"roles", "roles:string[]"},
                                               {"aliases", "aliases:string[]"}, {"tags", "tags:string[]"}}));
}

std::string write_neo4j_relationships(const PartnershipGraph& g) {
    return edges_with(g, renamed(kEdgeHeader, {{"source", ":START_ID"}, {"target", ":END_ID"}, {"type", ":TYPE"},
                                               {"amount_usd", "amount_usd:double"}, {"exclusive", "exclusive:boolean"}}));
}

std::string write_graphframes_vertices(const PartnershipGraph& g) { return nodes_with(g, kNodeHeader); }

std::string write_graphframes_edges(const PartnershipGraph& g) {
    return edges_with(g, renamed(kEdgeHeader, {{"source", "src"}, {"target", "dst"}, {"type", "relationship"}}));
}

}  // namespace pactgraph
