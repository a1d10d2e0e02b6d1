#include "io/json_graph.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "io/csv_writer.hpp"
#include "io/import_builder.hpp"

namespace pactgraph {

namespace {

using nlohmann::ordered_json;
using Attributes = std::vector<std::pair<std::string, std::string>>;

const std::vector<std::string_view> kNodeKeys = {"id", "name", "kind", "roles", "aliases",
                                                 "tags", "url", "note", "attributes"};
const std::vector<std::string_view> kLinkKeys = {
    "source", "target", "key", "type", "label", "amount_usd", "date", "end_date", "status",
    "exclusive", "scope", "note", "sources", "attributes"};

bool is_key(const std::vector<std::string_view>& keys, std::string_view k) {
    return std::find(keys.begin(), keys.end(), k) != keys.end();
}

// Attributes go flat beside the fields (what NetworkX users expect); one whose key is taken by a
// field goes under "attributes".
void put_attributes(ordered_json& j, const Attributes& attrs, const std::vector<std::string_view>& keys) {
    for (const auto& [k, v] : attrs) {
        if (is_key(keys, k) || j.contains(k)) j["attributes"][k] = v;
        else j[k] = v;
    }
}

void put(ordered_json& j, const char* key, const std::string& value) {
    if (!value.empty()) j[key] = value;
}

void put(ordered_json& j, const char* key, const std::vector<std::string>& values) {
    if (!values.empty()) j[key] = values;
}

ordered_json vocabulary_json(const Vocabulary& voc) {
    ordered_json v = ordered_json::object();
    for (KindId k : voc.extra_kinds())
        v["kinds"].push_back({{"name", voc.kind(k).name}, {"description", voc.kind(k).description}});
    for (RelationTypeId t : voc.extra_types()) {
        const RelationTypeInfo& i = voc.type(t);
        v["types"].push_back({{"name", i.name}, {"description", i.description},
                              {"links_targets", i.links_targets}, {"symmetric", i.symmetric}});
    }
    return v;
}

ordered_json source_json(const Source& s) {
    ordered_json j = ordered_json::object();
    put(j, "url", s.url);
    put(j, "citation", s.citation);
    put(j, "publisher", s.publisher);
    put(j, "date", s.date.to_string());
    if (s.confidence != Confidence::unspecified) j["confidence"] = std::string(confidence_name(s.confidence));
    return j;
}

// ---- reading ----

// Byte offsets of the elements of the top-level arrays "nodes" and "links"/"edges", found by a
// scan of text nlohmann has already parsed (it does not keep positions), for messages.
struct ElementOffsets {
    std::vector<std::size_t> nodes, links;
    std::size_t too_deep = std::string_view::npos;  // where nesting first passes kMaxDepth
};

// Deeper nesting than any graph needs; refused before parsing, as printing such a value back
// would recurse that deep.
constexpr int kMaxDepth = 256;

ElementOffsets element_offsets(std::string_view text) {
    ElementOffsets out;
    std::vector<std::size_t>* current = nullptr;
    int depth = 0;
    std::string_view last_key;
    bool expect_element = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
        if (depth == 2 && current && expect_element && c != ']') {
            current->push_back(i);
            expect_element = false;
        }
        if (c == '"') {
            const std::size_t start = i + 1;
            for (++i; i < text.size() && text[i] != '"'; ++i)
                if (text[i] == '\\') ++i;
            if (depth == 1) last_key = text.substr(start, i - start);
        } else if (c == '{' || c == '[') {
            ++depth;
            if (depth > kMaxDepth && out.too_deep == std::string_view::npos) out.too_deep = i;
            if (depth == 2 && c == '[') {
                current = last_key == "nodes" ? &out.nodes
                          : (last_key == "links" || last_key == "edges") ? &out.links : nullptr;
                expect_element = true;
            }
        } else if (c == '}' || c == ']') {
            --depth;
            if (depth < 2) current = nullptr;
        } else if (c == ',' && depth == 2) {
            expect_element = true;
        }
    }
    return out;
}

std::string type_name_of(const ordered_json& j) {
    switch (j.type()) {
        case ordered_json::value_t::string: return "a string";
        case ordered_json::value_t::boolean: return "a boolean";
        case ordered_json::value_t::number_integer:
        case ordered_json::value_t::number_unsigned:
        case ordered_json::value_t::number_float: return "a number";
        case ordered_json::value_t::array: return "an array";
        case ordered_json::value_t::object: return "an object";
        default: return "null";
    }
}

class JsonGraphReader {
public:
    JsonGraphReader(ImportBuilder& b, ElementOffsets offsets)
        : b_(b), offsets_(std::move(offsets)), lines_(b.text()) {}

    void read(const ordered_json& root) {
        if (!root.is_object()) b_.fail({1, 1}, "the top level is " + type_name_of(root) + "; expected an object with \"nodes\" and \"links\"");
        if (auto g = root.find("graph"); g != root.end() && g->is_object()) read_graph(*g);
        const auto nodes = root.find("nodes");
        if (nodes == root.end() || !nodes->is_array())
            b_.fail({1, 1}, "no \"nodes\" array; expected node-link JSON with \"nodes\" and \"links\"");
        for (std::size_t i = 0; i < nodes->size(); ++i) read_node((*nodes)[i], at(offsets_.nodes, i));
        auto links = root.find("links");
        if (links == root.end()) links = root.find("edges");  // NetworkX 3.4's default name
        if (links == root.end()) return;
        if (!links->is_array()) b_.fail({1, 1}, "\"links\" is " + type_name_of(*links) + "; expected an array");
        for (std::size_t i = 0; i < links->size(); ++i)
            read_link((*links)[i], nodes->size(), at(offsets_.links, i));
    }

private:
    TextPosition at(const std::vector<std::size_t>& offsets, std::size_t i) {
        return i < offsets.size() ? lines_.at(offsets[i]) : TextPosition{};
    }

    std::string text_of(const ordered_json& v, std::string_view key, TextPosition where) const {
        if (v.is_string()) return v.get<std::string>();
        if (v.is_number() || v.is_boolean()) return v.dump();
        if (v.is_null()) return {};
        b_.fail(where, "\"" + std::string(key) + "\" is " + type_name_of(v) + "; expected a string");
    }

    // An optional yes/no member of `obj`: a JSON boolean or a yes/no word; false when absent.
    bool flag_of(const ordered_json& obj, std::string_view key, TextPosition where) const {
        const auto v = obj.find(key);
        if (v == obj.end() || v->is_null()) return false;
        return v->is_boolean() ? v->get<bool>() : b_.flag(text_of(*v, key, where), where);
    }

    std::vector<std::string> list_of(const ordered_json& v, std::string_view key, TextPosition where) const {
        if (!v.is_array()) return {text_of(v, key, where)};
        std::vector<std::string> out;
        for (const auto& item : v) out.push_back(text_of(item, key, where));
        return out;
    }

    // Unknown keys: strings kept as they are, other values as their JSON text.
    void keep(Attributes& attrs, const std::string& key, const ordered_json& v) const {
        if (v.is_null()) return;
        attrs.emplace_back(key, v.is_string() ? v.get<std::string>() : v.dump());
    }

    void read_graph(const ordered_json& g) {
        GraphInfo& info = b_.graph().info();
        const TextPosition top{1, 1};
        for (auto& [k, v] : g.items()) {
            if (k == "title" || k == "name") info.title = text_of(v, k, top);
            else if (k == "description") info.description = text_of(v, k, top);
            else if (k == "as_of") info.as_of = b_.date(text_of(v, k, top), top);
        }
        if (auto v = g.find("vocabulary"); v != g.end() && v->is_object()) read_vocabulary(*v);
    }

    void read_vocabulary(const ordered_json& v) {
        Vocabulary& voc = b_.graph().vocabulary();
        const TextPosition top{1, 1};
        const auto word = [&](const ordered_json& w, auto info) {
            if (!w.is_object() || !w.contains("name")) return;
            info.name = word_of(text_of(w["name"], "name", top));
            if (info.name.empty()) return;
            info.builtin = false;
            if (w.contains("description")) info.description = text_of(w["description"], "description", top);
            if constexpr (requires { info.links_targets; }) {
                info.links_targets = flag_of(w, "links_targets", top);
                info.symmetric = flag_of(w, "symmetric", top);
                voc.add_type(info);
            } else {
                voc.add_kind(info);
            }
        };
        if (auto k = v.find("kinds"); k != v.end() && k->is_array())
            for (const auto& w : *k) word(w, KindInfo{});
        if (auto t = v.find("types"); t != v.end() && t->is_array())
            for (const auto& w : *t) word(w, RelationTypeInfo{});
    }

    void read_node(const ordered_json& n, TextPosition where) {
        if (!n.is_object()) b_.fail(where, "a node is " + type_name_of(n) + "; expected an object with an \"id\"");
        const auto id = n.find("id");
        if (id == n.end() || id->is_null()) b_.fail(where, "a node has no \"id\"; expected \"id\": \"…\"");
        Entity e;
        std::string kind;
        for (auto& [k, v] : n.items()) {
            if (k == "id") continue;
            if (k == "name" || k == "label") {
                if (e.name.empty()) e.name = text_of(v, k, where);
                else keep(e.attributes.edit(), k, v);
            } else if (k == "kind" || k == "type" || k == "group") {
                if (kind.empty()) kind = text_of(v, k, where);
                else keep(e.attributes.edit(), k, v);
            } else if (k == "roles") e.roles = list_of(v, k, where);
            else if (k == "aliases") e.aliases = list_of(v, k, where);
            else if (k == "tags") e.tags = list_of(v, k, where);
            else if (k == "url") e.url = text_of(v, k, where);
            else if (k == "note" || k == "description") e.note = text_of(v, k, where);
            else if (k == "attributes" && v.is_object()) {
                for (auto& [ak, av] : v.items()) keep(e.attributes.edit(), ak, av);
            } else keep(e.attributes.edit(), k, v);
        }
        e.kind = b_.kind(kind, where);
        b_.declare(text_of(*id, "id", where), std::move(e), where);
    }

    EntityId endpoint(const ordered_json& link, std::string_view key, std::size_t node_count,
                      TextPosition where) {
        const auto v = link.find(key);
        if (v == link.end() || v->is_null())
            b_.fail(where, "a link has no \"" + std::string(key) + "\"; expected the id of a node");
        const std::string id = text_of(*v, key, where);
        EntityId e = b_.find(id);
        // D3's older form names nodes by their position in "nodes".
        if (e == kNoEntity && v->is_number_unsigned() && v->get<std::size_t>() < node_count)
            e = static_cast<EntityId>(v->get<std::size_t>());
        if (e == kNoEntity) e = b_.entity_for(id, where, true);
        return e;
    }

    void read_link(const ordered_json& l, std::size_t node_count, TextPosition where) {
        if (!l.is_object()) b_.fail(where, "a link is " + type_name_of(l) + "; expected an object with \"source\" and \"target\"");
        const EntityId s = endpoint(l, "source", node_count, where);
        const EntityId t = endpoint(l, "target", node_count, where);
        Relation r;
        RelationDetails d;
        std::string type;
        for (auto& [k, v] : l.items()) {
            if (k == "source" || k == "target" || k == "key") continue;
            if (k == "type" || k == "relation" || k == "relationship") {
                if (type.empty()) type = text_of(v, k, where);
                else keep(d.attributes, k, v);
            } else if (k == "label") d.label = text_of(v, k, where);
            else if (k == "amount_usd" || k == "amount" || k == "weight") {
                if (!r.has_amount()) r.amount_usd = b_.amount(text_of(v, k, where), where);
                else keep(d.attributes, k, v);
            } else if (k == "date") r.date = b_.date(text_of(v, k, where), where);
            else if (k == "end_date") r.end_date = b_.date(text_of(v, k, where), where);
            else if (k == "status") r.status = b_.status(text_of(v, k, where), where);
            else if (k == "exclusive") r.exclusive = flag_of(l, k, where);
            else if (k == "scope") d.scope = text_of(v, k, where);
            else if (k == "note" || k == "description") d.note = text_of(v, k, where);
            else if (k == "sources") d.sources = sources(v, where);
            else if (k == "attributes" && v.is_object()) {
                for (auto& [ak, av] : v.items()) keep(d.attributes, ak, av);
            } else keep(d.attributes, k, v);
        }
        r.type = b_.type(type, where);
        b_.graph().add_relation(s, t, r, std::move(d), {where.line, where.column});
    }

    std::vector<Source> sources(const ordered_json& v, TextPosition where) const {
        std::vector<Source> out;
        if (!v.is_array()) b_.fail(where, "\"sources\" is " + type_name_of(v) + "; expected an array");
        for (const auto& item : v) {
            Source s;
            if (item.is_string()) {
                const std::string text = item.get<std::string>();
                (text.rfind("http://", 0) == 0 || text.rfind("https://", 0) == 0 ? s.url : s.citation) = text;
            } else if (item.is_object()) {
                s.url = text_of(item.value("url", ordered_json()), "url", where);
                s.citation = text_of(item.value("citation", ordered_json()), "citation", where);
                s.publisher = text_of(item.value("publisher", ordered_json()), "publisher", where);
                s.date = b_.date(text_of(item.value("date", ordered_json()), "date", where), where);
                s.confidence = b_.confidence(text_of(item.value("confidence", ordered_json()), "confidence", where), where);
            } else {
                b_.fail(where, "a source is " + type_name_of(item) + "; expected a URL string or an object");
            }
            if (!s.url.empty() || !s.citation.empty()) out.push_back(std::move(s));
        }
        return out;
    }

    ImportBuilder& b_;
    ElementOffsets offsets_;
    LineCounter lines_;
};

}  // namespace

LoadResult JsonReader::read(std::string_view text, const std::string& source_name) const {
    check_import_text(text, source_name, "node-link JSON");
    const std::string_view body = without_bom(text);
    ElementOffsets offsets = element_offsets(text);
    if (offsets.too_deep != std::string_view::npos)
        throw InputError(error_at(text, source_name, position_at(text, offsets.too_deep),
                                  "arrays and objects nested deeper than " + std::to_string(kMaxDepth) +
                                      " levels; expected node-link JSON (nodes and links hold flat values)"));
    ordered_json root;
    try {
        root = ordered_json::parse(body.begin(), body.end());
    } catch (const ordered_json::parse_error& e) {
        // e.byte counts from 1 and points just past the offending character.
        const std::size_t offset = (text.size() - body.size()) + (e.byte > 0 ? e.byte - 1 : 0);
        std::string what = e.what();
        if (const auto cut = what.find("error while parsing value - "); cut != std::string::npos)
            what = what.substr(cut + 28);
        else if (const auto colon = what.rfind(": "); colon != std::string::npos)
            what = what.substr(colon + 2);
        throw InputError(error_at(text, source_name, position_at(text, offset), "JSON syntax: " + what));
    } catch (const ordered_json::exception& e) {
        // A number too large for a double ("1e999"): nlohmann gives no position; the token is
        // quoted in its message ("number overflow parsing '1e999'").
        const std::string what = e.what();
        const auto open = what.find('\''), close = what.rfind('\'');
        std::size_t offset = 0;
        if (open != std::string::npos && close > open + 1)
            offset = std::min(text.find(what.substr(open + 1, close - open - 1)), text.size());
        const std::string detail = what.substr(what.find(']') == std::string::npos ? 0 : what.find(']') + 2);
        throw InputError(error_at(text, source_name, position_at(text, offset),
                                  detail + "; expected a number a double can hold"));
    }
    ImportBuilder b(text, source_name, options_);
    b.set_exact_ids(true);
    JsonGraphReader(b, std::move(offsets)).read(root);
    return b.finish();
}

std::string write_node_link_json(const PartnershipGraph& g) {
    ordered_json root;
    root["directed"] = true;
    root["multigraph"] = true;
    ordered_json info = ordered_json::object();
    put(info, "title", g.info().title);
    put(info, "description", g.info().description);
    put(info, "as_of", g.info().as_of.to_string());
    if (ordered_json voc = vocabulary_json(g.vocabulary()); !voc.empty()) info["vocabulary"] = voc;
    root["graph"] = info;
    root["nodes"] = ordered_json::array();
    for (EntityId v = 0; v < g.entity_count(); ++v) {
        const Entity& e = g.entity(v);
        ordered_json n;
        n["id"] = e.id;
        n["name"] = e.name;
        n["kind"] = std::string(g.kind_name(v));
        put(n, "roles", e.roles);
        put(n, "aliases", e.aliases);
        put(n, "tags", e.tags);
        put(n, "url", e.url);
        put(n, "note", e.note);
        put_attributes(n, e.attributes, kNodeKeys);
        root["nodes"].push_back(std::move(n));
    }
    root["links"] = ordered_json::array();
    for (RelationEdge e : g.relations()) {
        const Relation& r = g.relation(e);
        const RelationDetails& d = g.details(e);
        ordered_json l;
        l["source"] = g.entity(g.source(e)).id;
        l["target"] = g.entity(g.target(e)).id;
        l["key"] = r.id;
        l["type"] = std::string(g.type_name(e));
        put(l, "label", d.label);
        if (r.has_amount()) l["amount_usd"] = r.amount_usd;
        put(l, "date", r.date.to_string());
        put(l, "end_date", r.end_date.to_string());
        l["status"] = std::string(status_name(r.status));
        l["exclusive"] = r.exclusive;
        put(l, "scope", d.scope);
        put(l, "note", d.note);
        if (!d.sources.empty()) {
            l["sources"] = ordered_json::array();
            for (const Source& s : d.sources) l["sources"].push_back(source_json(s));
        }
        put_attributes(l, d.attributes, kLinkKeys);
        root["links"].push_back(std::move(l));
    }
    return root.dump(2) + "\n";
}

}  // namespace pactgraph
