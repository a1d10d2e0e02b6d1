#include "io/graphml.hpp"

#include <algorithm>
#include <map>
#include <pugixml.hpp>

#include "io/csv_writer.hpp"
#include "io/import_builder.hpp"

namespace pactgraph {

namespace {

using Attributes = std::vector<std::pair<std::string, std::string>>;

// ---- writing ----

struct Key {
    std::string id, domain, name, type;
};

const std::vector<std::string_view> kNodeFields = {"name", "kind", "roles", "aliases", "tags", "url", "note"};
const std::vector<std::string_view> kEdgeFields = {"type", "label", "amount_usd", "date", "end_date", "status",
                                                   "exclusive", "scope", "note", kSourceColumns[0],
                                                   kSourceColumns[1], kSourceColumns[2], kSourceColumns[3],
                                                   kSourceColumns[4]};

std::string list_text(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? "|" : "") + items[i];
    return out;
}

// Attribute keys in first-seen order; one named like a field gets the name "attributes.NAME".
std::vector<std::string> attribute_names(const std::vector<const Attributes*>& all) {
    std::vector<std::string> names;
    for (const Attributes* attrs : all)
        for (const auto& kv : *attrs)
            if (std::find(names.begin(), names.end(), kv.first) == names.end()) names.push_back(kv.first);
    return names;
}

std::string key_name(const std::string& attribute, const std::vector<std::string_view>& fields) {
    return std::find(fields.begin(), fields.end(), attribute) != fields.end() ? "attributes." + attribute
                                                                             : attribute;
}

class Writer {
public:
    explicit Writer(const PartnershipGraph& g) : g_(g) {}

    std::string run() {
        std::vector<const Attributes*> node_attrs, edge_attrs;
        for (EntityId v = 0; v < g_.entity_count(); ++v) node_attrs.push_back(&g_.entity(v).attributes.get());
        for (RelationEdge e : g_.relations()) edge_attrs.push_back(&g_.details(e).attributes);
        node_extra_ = attribute_names(node_attrs);
        edge_extra_ = attribute_names(edge_attrs);
        out_ = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
               "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
               "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
               "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
        for (auto k : {"title", "description", "as_of"}) key("graph", k, "string");
        for (auto k : kNodeFields) key("node", k, "string");
        for (const auto& a : node_extra_) key("node", key_name(a, kNodeFields), "string");
        for (auto k : kEdgeFields)
            key("edge", k, k == "amount_usd" ? "double" : k == "exclusive" ? "boolean" : "string");
        for (const auto& a : edge_extra_) key("edge", key_name(a, kEdgeFields), "string");
        out_ += "  <graph id=\"G\" edgedefault=\"directed\">\n";
        data("    ", "g", "title", g_.info().title);
        data("    ", "g", "description", g_.info().description);
        data("    ", "g", "as_of", g_.info().as_of.to_string());
        for (EntityId v = 0; v < g_.entity_count(); ++v) node(v);
        for (RelationEdge e : g_.relations()) edge(e);
        out_ += "  </graph>\n</graphml>\n";
        return out_;
    }

private:
    // Key ids: g_/n_/e_ + the attribute name's position, so any name is a valid id.
    void key(const char* domain, std::string_view name, const char* type) {
        const std::string prefix(1, domain[0]);
        const std::string id = prefix + std::to_string(ids_[prefix].size());
        ids_[prefix].emplace_back(name);
        out_ += "  <key id=\"" + id + "\" for=\"" + domain + "\" attr.name=\"" + xml_text(name) +
                "\" attr.type=\"" + type + "\"/>\n";
    }

    void data(const char* indent, const std::string& prefix, std::string_view name, const std::string& value) {
        if (value.empty()) return;
        const auto& names = ids_[prefix];
        const auto i = static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
        out_ += std::string(indent) + "<data key=\"" + prefix + std::to_string(i) + "\">" + xml_text(value) + "</data>\n";
    }

    void node(EntityId v) {
        const Entity& e = g_.entity(v);
        out_ += "    <node id=\"" + xml_text(e.id) + "\">\n";
        const std::string fields[] = {e.name, std::string(g_.kind_name(v)), list_text(e.roles),
                                      list_text(e.aliases), list_text(e.tags), e.url, e.note};
        for (std::size_t i = 0; i < kNodeFields.size(); ++i) data("      ", "n", kNodeFields[i], fields[i]);
        for (const auto& [k, val] : e.attributes) data("      ", "n", key_name(k, kNodeFields), val);
        out_ += "    </node>\n";
    }

    void edge(RelationEdge e) {
        const Relation& r = g_.relation(e);
        const RelationDetails& d = g_.details(e);
        out_ += "    <edge id=\"r" + std::to_string(r.id) + "\" source=\"" + xml_text(g_.entity(g_.source(e)).id) +
                "\" target=\"" + xml_text(g_.entity(g_.target(e)).id) + "\">\n";
        const auto sources = source_columns(d.sources);
        const std::string fields[] = {std::string(g_.type_name(e)), d.label,
                                      r.has_amount() ? number_text(r.amount_usd) : std::string(),
                                      r.date.to_string(), r.end_date.to_string(),
                                      std::string(status_name(r.status)), r.exclusive ? "true" : "false",
                                      d.scope, d.note, sources[0], sources[1], sources[2], sources[3], sources[4]};
        for (std::size_t i = 0; i < kEdgeFields.size(); ++i) data("      ", "e", kEdgeFields[i], fields[i]);
        for (const auto& [k, val] : d.attributes) data("      ", "e", key_name(k, kEdgeFields), val);
        out_ += "    </edge>\n";
    }

    const PartnershipGraph& g_;
    std::string out_;
    std::vector<std::string> node_extra_, edge_extra_;
    std::map<std::string, std::vector<std::string>> ids_;
};

// ---- reading ----

struct KeyInfo {
    std::string name;
    std::string fallback;  // the key's <default>
    bool has_default = false;
};

// All text under `n` (yEd wraps labels in <y:ShapeNode><y:NodeLabel>…).
std::string text_under(const pugi::xml_node& n) {
    std::string out;
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
        if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
    }
    if (!out.empty() || !n.first_child()) return out;
    // Nested elements: their text, depth first without recursion.
    for (const pugi::xpath_node& x : n.select_nodes(".//text()")) out += x.node().value();
    return out;
}

constexpr int kMaxGraphNesting = 64;

class GraphmlGraphReader {
public:
    explicit GraphmlGraphReader(ImportBuilder& b) : b_(b), lines_(b.text()) {}

    void read(const pugi::xml_document& doc) {
        const pugi::xml_node root = doc.child("graphml");
        if (!root) b_.fail({1, 1}, "no <graphml> element; expected a GraphML document");
        for (pugi::xml_node k : root.children("key")) read_key(k);
        const pugi::xml_node graph = root.child("graph");
        if (!graph) b_.fail(at(root), "no <graph> element in <graphml>; expected one graph");
        read_graph_data(graph);
        read_graph(graph, 0);
    }

private:
    // pugixml's offset points at an element's name; the message points at its '<'.
    TextPosition at(const pugi::xml_node& n) {
        return lines_.at(static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, n.offset_debug() - 1)));
    }

    void read_key(const pugi::xml_node& k) {
        const std::string id = k.attribute("id").value();
        KeyInfo info;
        info.name = k.attribute("attr.name") ? k.attribute("attr.name").value() : id;
        if (const pugi::xml_node d = k.child("default")) {
            info.fallback = text_under(d);
            info.has_default = true;
        }
        keys_[std::string(k.attribute("for").value())][id] = info;
        if (std::string_view(k.attribute("for").value()) == "all") {
            for (auto domain : {"graph", "node", "edge"}) keys_[domain][id] = info;
        }
    }

    // The data of `n` by attribute name, defaults first, in key order then document order.
    std::vector<std::pair<std::string, std::string>> data_of(const pugi::xml_node& n, const char* domain) {
        std::vector<std::pair<std::string, std::string>> out;
        const auto& keys = keys_[domain];
        for (pugi::xml_node d : n.children("data")) {
            const std::string key = d.attribute("key").value();
            auto k = keys.find(key);
            out.emplace_back(k != keys.end() ? k->second.name : key, text_under(d));
        }
        for (const auto& [id, info] : keys) {
            if (!info.has_default) continue;
            const std::string& name = info.name;  // clang 14 (the fuzz build) cannot capture a binding
            const bool given = std::any_of(out.begin(), out.end(), [&](const auto& p) { return p.first == name; });
            if (!given) out.emplace_back(info.name, info.fallback);
        }
        return out;
    }

    void read_graph_data(const pugi::xml_node& graph) {
        for (const auto& [name, value] : data_of(graph, "graph")) {
            if (name == "title" || name == "name") b_.graph().info().title = value;
            else if (name == "description") b_.graph().info().description = value;
            else if (name == "as_of") b_.graph().info().as_of = b_.date(value, at(graph));
        }
    }

    void read_graph(const pugi::xml_node& graph, int depth) {
        if (depth > kMaxGraphNesting)
            b_.fail(at(graph), "graphs nested deeper than " + std::to_string(kMaxGraphNesting) +
                                   " levels; expected a flatter GraphML document");
        for (pugi::xml_node n : graph.children("node")) {
            read_node(n);
            for (pugi::xml_node sub : n.children("graph")) read_graph(sub, depth + 1);
        }
        for (pugi::xml_node e : graph.children("edge")) read_edge(e);
    }

    void read_node(const pugi::xml_node& n) {
        const TextPosition where = at(n);
        if (!n.attribute("id")) b_.fail(where, "a <node> has no id; expected <node id=\"…\">");
        Entity e;
        std::string kind;
        for (auto& [name, value] : data_of(n, "node")) {
            if ((name == "name" || name == "label" || name == "Label") && e.name.empty()) e.name = value;
            else if ((name == "kind" || name == "type" || name == "Type") && kind.empty()) kind = value;
            else if (name == "roles") e.roles = split(value);
            else if (name == "aliases") e.aliases = split(value);
            else if (name == "tags") e.tags = split(value);
            else if (name == "url") e.url = value;
            else if (name == "note" || name == "description") e.note = value;
            else if (!value.empty()) e.attributes.emplace_back(attribute_name(name), value);
        }
        e.kind = b_.kind(kind, where);
        b_.declare(n.attribute("id").value(), std::move(e), where);
    }

    void read_edge(const pugi::xml_node& x) {
        const TextPosition where = at(x);
        for (const char* end : {"source", "target"})
            if (!x.attribute(end))
                b_.fail(where, std::string("an <edge> has no ") + end + "; expected <edge source=\"…\" target=\"…\">");
        const EntityId s = b_.entity_for(x.attribute("source").value(), where, true);
        const EntityId t = b_.entity_for(x.attribute("target").value(), where, true);
        Relation r;
        RelationDetails d;
        std::string type;
        std::array<std::string, 5> sources;
        for (auto& [name, value] : data_of(x, "edge")) {
            if ((name == "type" || name == "relation" || name == "relationship") && type.empty()) type = value;
            else if ((name == "label" || name == "Label") && d.label.empty()) d.label = value;
            else if ((name == "amount_usd" || name == "amount" || name == "weight") && !r.has_amount())
                r.amount_usd = b_.amount(value, where);
            else if (name == "date") r.date = b_.date(value, where);
            else if (name == "end_date") r.end_date = b_.date(value, where);
            else if (name == "status") r.status = b_.status(value, where);
            else if (name == "exclusive") r.exclusive = b_.flag(value, where);
            else if (name == "scope") d.scope = value;
            else if (name == "note" || name == "description") d.note = value;
            else if (auto k = std::find(kSourceColumns.begin(), kSourceColumns.end(), name); k != kSourceColumns.end())
                sources[static_cast<std::size_t>(k - kSourceColumns.begin())] = value;
            else if (!value.empty()) d.attributes.emplace_back(attribute_name(name), value);
        }
        if (type.empty() && !d.label.empty() && !has_type_key()) type = d.label;
        r.type = b_.type(type, where);
        std::array<std::string_view, 5> views;
        for (std::size_t k = 0; k < views.size(); ++k) views[k] = sources[k];
        d.sources = b_.sources(views, std::array<TextPosition, 5>{where, where, where, where, where});
        b_.graph().add_relation(s, t, r, std::move(d), {where.line, where.column});
    }

    bool has_type_key() {
        for (const auto& [id, info] : keys_["edge"])
            if (info.name == "type" || info.name == "relation") return true;
        return false;
    }

    static std::string attribute_name(const std::string& name) {
        return name.rfind("attributes.", 0) == 0 ? name.substr(11) : name;
    }

    static std::vector<std::string> split(const std::string& text) {
        std::vector<std::string> out;
        std::string_view rest = text;
        while (!rest.empty()) {
            const auto cut = rest.find('|');
            const std::string_view part = trimmed(rest.substr(0, cut));
            if (!part.empty()) out.emplace_back(part);
            if (cut == std::string_view::npos) break;
            rest.remove_prefix(cut + 1);
        }
        return out;
    }

    ImportBuilder& b_;
    LineCounter lines_;
    std::map<std::string, std::map<std::string, KeyInfo>> keys_;  // domain -> key id -> info
};

}  // namespace

std::string xml_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\r': out += "&#13;"; break;
            case '\n': case '\t': out += c; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) out += "\xEF\xBF\xBD";
                else out += c;
        }
    }
    return out;
}

std::string write_graphml(const PartnershipGraph& g) { return Writer(g).run(); }

LoadResult GraphmlReader::read(std::string_view text, const std::string& source_name) const {
    check_import_text(text, source_name, "a GraphML file");
    pugi::xml_document doc;
    const pugi::xml_parse_result parsed =
        doc.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed)
        throw InputError(error_at(text, source_name, position_at(text, static_cast<std::size_t>(parsed.offset)),
                                  std::string("XML syntax: ") + parsed.description() +
                                      "; expected a well-formed GraphML document"));
    ImportBuilder b(text, source_name, options_);
    b.set_exact_ids(true);
    GraphmlGraphReader(b).read(doc);
    return b.finish();
}

}  // namespace pactgraph
