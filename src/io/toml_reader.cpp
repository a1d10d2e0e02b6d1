#include "io/toml_reader.hpp"

#include <cmath>
#include <deque>
#include <future>
#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <toml++/toml.h>

#include "io/toml_chunks.hpp"
#include "model/validate.hpp"
#include "support/money.hpp"
#include "support/suggest.hpp"
#include "support/text.hpp"

namespace pactgraph {

namespace {

const std::vector<std::string> kTopKeys = {"graph", "vocabulary", "entity", "relation"};
const std::vector<std::string> kGraphKeys = {"title", "description", "as_of"};
const std::vector<std::string> kVocabularyKeys = {"kinds", "types"};
const std::vector<std::string> kWordKeys = {"name", "description", "links_targets", "symmetric"};
const std::vector<std::string> kEntityKeys = {"id",   "name", "kind", "roles",     "aliases",
                                              "tags", "url",  "note", "attributes"};
const std::vector<std::string> kRelationKeys = {
    "from",   "to",        "type",   "label",   "amount_usd", "date", "end_date",
    "status", "exclusive", "scope",  "source",  "sources",    "note",    "attributes", "id"};
const std::vector<std::string> kSourceKeys = {"url", "citation", "publisher", "date", "confidence"};

std::string type_phrase(const toml::node& n) {
    switch (n.type()) {
        case toml::node_type::string: return "a string";
        case toml::node_type::integer: return "an integer";
        case toml::node_type::floating_point: return "a number";
        case toml::node_type::boolean: return "a boolean";
        case toml::node_type::date: return "a date";
        case toml::node_type::time: return "a time";
        case toml::node_type::date_time: return "a date-time";
        case toml::node_type::array: return "an array";
        case toml::node_type::table: return "a table";
        default: return "nothing";
    }
}

// Parses `piece` (a part of the file `text`, after its first `lines_before` lines); a syntax
// error names the file's line.
toml::table parse_toml(std::string_view piece, std::string_view text, const std::string& name,
                       std::uint32_t lines_before) {
    try {
        return toml::parse(piece, name);
    } catch (const toml::parse_error& e) {
        const auto line = static_cast<std::uint32_t>(e.source().begin.line) + lines_before;
        const auto col = static_cast<std::uint32_t>(e.source().begin.column);
        throw InputError({Severity::error, {name, line, col}, "TOML syntax: " + std::string(e.description()),
                          line_of(text, line)});
    }
}

constexpr std::size_t kParseAhead = 2;  // pieces parsed ahead of the build, each on its own thread

// One bad spot found while building; Builder::attempt() records it and reading goes on. An
// empty message is a consequence of an error already told (a relation naming an entity whose
// id was refused) and is dropped.
struct Spot {
    Diagnostic diagnostic;
};

// Found kErrorLimit errors: stop reading.
struct TooManyErrors {};

// Turns a parsed TOML document into a PartnershipGraph. A bad value is recorded and reading
// goes on with the next value, so that one run reports every error in the file (up to
// kErrorLimit); build() then throws them all as one InputError.
class Builder {
public:
    Builder(std::string_view text, const std::string& name, ReadProgress progress = {})
        : text_(text), name_(name), progress_(std::move(progress)) {
        graph_.info().source_name = name;
    }

    PartnershipGraph build(const toml::table& root) {
        return finish([&] { read_document(root); });
    }

    // The same from the pieces of a large file (io/toml_chunks.hpp), one document tree at a
    // time: the header pieces first (kept: they are small), then the entities, then the
    // relations, as read_document() takes them from a whole tree.
    PartnershipGraph build(const std::vector<TomlChunk>& chunks) {
        return finish([&] {
            std::vector<std::pair<toml::table, std::uint32_t>> headers;
            for (const TomlChunk& c : chunks)
                if (c.kind == TomlChunkKind::header) headers.emplace_back(parse_piece(c), c.first_line - 1);
            for (auto& [root, offset] : headers) {
                line_offset_ = offset;
                read_header_tables(root);
            }
            const std::pair<TomlChunkKind, std::string_view> tables[] = {{TomlChunkKind::entity, "entity"},
                                                                         {TomlChunkKind::relation, "relation"}};
            for (const auto& table : tables) {  // not a structured binding: clang 14 cannot capture one
                const TomlChunkKind kind = table.first;
                const std::string_view key = table.second;
                for (auto& [root, offset] : headers) {
                    line_offset_ = offset;
                    read_tables(root, key);
                }
                for_each_parsed(chunks, kind, [&](const toml::table& root) {
                    check_keys(root, kTopKeys, "the top level");
                    read_tables(root, key);
                });
            }
            line_offset_ = 0;
            if (graph_.entity_count() == 0 && errors_.empty())
                attempt([&] { fail(toml::source_region{{1, 1}, {1, 1}, {}}, "no [[entity]] tables; expected at least one entity"); });
        });
    }

private:
    template <class Read>
    PartnershipGraph finish(Read&& read) {
        graph_.begin_bulk();  // relations are linked to their entities once all are read
        try {
            read();
        } catch (const TooManyErrors&) {
            throw InputError(in_file_order(std::move(errors_)), true);
        }
        if (!errors_.empty()) throw InputError(in_file_order(std::move(errors_)));
        graph_.end_bulk();
        return std::move(graph_);
    }

    // Calls `fn` on the document of each piece of `kind`, in file order, with line_offset_ set;
    // the next pieces are parsed on other threads meanwhile (kParseAhead at a time: pieces
    // parse independently, and the build on this thread is the smaller half of the work).
    template <class Fn>
    void for_each_parsed(const std::vector<TomlChunk>& chunks, TomlChunkKind kind, Fn&& fn) {
        std::vector<const TomlChunk*> todo;
        for (const TomlChunk& c : chunks)
            if (c.kind == kind) todo.push_back(&c);
        std::deque<std::future<toml::table>> ahead;
        std::size_t launched = 0;
        for (const TomlChunk* c : todo) {
            for (; launched < todo.size() && ahead.size() < kParseAhead; ++launched)
                ahead.push_back(std::async(std::launch::async,
                                           [this, piece = todo[launched]] { return parse_piece(*piece); }));
            const toml::table root = ahead.front().get();
            ahead.pop_front();
            line_offset_ = c->first_line - 1;
            fn(root);
            if (progress_) progress_(static_cast<std::size_t>(c->text.data() - text_.data()) + c->text.size(), text_.size());
        }
    }

    toml::table parse_piece(const TomlChunk& c) const { return parse_toml(c.text, text_, name_, c.first_line - 1); }

    void read_header_tables(const toml::table& root) {
        check_keys(root, kTopKeys, "the top level");
        attempt([&] {
            if (auto* g = table_at(root, "graph")) read_header(*g);
        });
        attempt([&] {
            if (auto* v = table_at(root, "vocabulary")) read_vocabulary(*v);
        });
    }

    void read_tables(const toml::table& root, std::string_view key) {
        if (key == "entity") for_each_table(root, "entity", [this](const toml::table& t) { read_entity(t); });
        else for_each_table(root, "relation", [this](const toml::table& t) { read_relation(t); });
    }

    void read_document(const toml::table& root) {
        read_header_tables(root);
        read_tables(root, "entity");
        read_tables(root, "relation");
        if (graph_.entity_count() == 0 && errors_.empty())
            attempt([&] { fail(root.source(), "no [[entity]] tables; expected at least one entity"); });
    }

    // Unknown keys are checked before a table's values; tell them as they come in the file.
    static std::vector<Diagnostic> in_file_order(std::vector<Diagnostic> ds) {
        std::stable_sort(ds.begin(), ds.end(), [](const Diagnostic& a, const Diagnostic& b) {
            return std::tie(a.where.line, a.where.column) < std::tie(b.where.line, b.where.column);
        });
        return ds;
    }

    // Runs `f`; an error it fails with is recorded. Returns whether `f` succeeded.
    template <class F>
    bool attempt(F&& f) {
        try {
            f();
            return true;
        } catch (const Spot& s) {
            if (!s.diagnostic.message.empty()) errors_.push_back(s.diagnostic);
            if (errors_.size() >= kErrorLimit) throw TooManyErrors{};
            return false;
        }
    }

    [[noreturn]] void fail(const toml::source_region& at, const std::string& message) const {
        const auto line = static_cast<std::uint32_t>(at.begin.line) + line_offset_;
        const auto col = static_cast<std::uint32_t>(at.begin.column);
        throw Spot{{Severity::error, {name_, line, col}, message, line_of(text_, line)}};
    }
    [[noreturn]] void fail(const toml::node& at, const std::string& message) const {
        fail(at.source(), message);
    }

    // Records every unknown key of `t`.
    void check_keys(const toml::table& t, const std::vector<std::string>& allowed,
                    const std::string& where) {
        for (const auto& entry : t) {  // not a structured binding: clang 14 (fuzz build) cannot capture one
            const toml::key& key = entry.first;
            const std::string k(key.str());
            if (std::find(allowed.begin(), allowed.end(), k) != allowed.end()) continue;
            attempt([&] {
                fail(key.source(), "unknown key '" + k + "' in " + where + did_you_mean(k, allowed) +
                                       " (expected one of: " + join_choices(allowed, ", ") + ")");
            });
        }
    }

    const toml::table* table_at(const toml::table& parent, std::string_view key) const {
        const toml::node* n = parent.get(key);
        if (!n) return nullptr;
        if (!n->is_table())
            fail(*n, "'" + std::string(key) + "' is " + type_phrase(*n) + "; expected a table [" +
                         std::string(key) + "]");
        return n->as_table();
    }

    // Calls `fn` on each table of the array `key`; an error in one table does not stop the next.
    void for_each_table(const toml::table& root, std::string_view key,
                        const std::function<void(const toml::table&)>& fn) {
        const toml::node* n = root.get(key);
        if (!n) return;
        const toml::array* arr = n->as_array();
        if (!arr)
            return void(attempt([&] {
                fail(*n, "'" + std::string(key) + "' is " + type_phrase(*n) +
                             "; expected an array of tables, written [[" + std::string(key) + "]]");
            }));
        for (const toml::node& item : *arr) {
            attempt([&] {
                if (!item.is_table())
                    fail(item, "an element of '" + std::string(key) + "' is " + type_phrase(item) +
                                   "; expected a table [[" + std::string(key) + "]]");
                fn(*item.as_table());
            });
        }
    }

    const toml::node* required(const toml::table& t, std::string_view key,
                               const std::string& what) const {
        const toml::node* n = t.get(key);
        if (!n)
            fail(t.source(), what + " has no '" + std::string(key) + "'; expected " +
                                 std::string(key) + " = …");
        return n;
    }

    std::string string_value(const toml::node& n, std::string_view key) const {
        if (!n.is_string())
            fail(n, "'" + std::string(key) + "' is " + type_phrase(n) + "; expected a string");
        return std::string(n.as_string()->get());
    }

    std::string optional_string(const toml::table& t, std::string_view key) const {
        const toml::node* n = t.get(key);
        return n ? string_value(*n, key) : std::string();
    }

    bool optional_bool(const toml::table& t, std::string_view key) const {
        const toml::node* n = t.get(key);
        if (!n) return false;
        if (!n->is_boolean())
            fail(*n, "'" + std::string(key) + "' is " + type_phrase(*n) + "; expected true or false");
        return n->as_boolean()->get();
    }

    std::vector<std::string> string_list(const toml::table& t, std::string_view key) const {
        std::vector<std::string> out;
        const toml::node* n = t.get(key);
        if (!n) return out;
        if (n->is_string()) return {std::string(n->as_string()->get())};
        if (!n->is_array())
            fail(*n, "'" + std::string(key) + "' is " + type_phrase(*n) +
                         "; expected a list of strings such as [\"a\", \"b\"]");
        for (const toml::node& item : *n->as_array()) out.push_back(string_value(item, key));
        return out;
    }

    PartialDate date_value(const toml::node& n, std::string_view key) const {
        const std::string expected = "; expected a date written YYYY, YYYY-MM or YYYY-MM-DD";
        std::optional<PartialDate> d;
        if (n.is_string()) {
            d = PartialDate::parse(n.as_string()->get());
            if (!d)
                fail(n, "'" + std::string(key) + "' is \"" + std::string(n.as_string()->get()) +
                            "\", not a valid date" + expected);
        } else if (n.is_date()) {
            const toml::date td = n.as_date()->get();
            d = PartialDate::from_parts(td.year, td.month, td.day);
        } else if (n.is_integer()) {
            d = PartialDate::from_parts(static_cast<int>(n.as_integer()->get()));
        }
        if (!d) fail(n, "'" + std::string(key) + "' is " + type_phrase(n) + expected);
        return *d;
    }

    PartialDate optional_date(const toml::table& t, std::string_view key) const {
        const toml::node* n = t.get(key);
        return n ? date_value(*n, key) : PartialDate{};
    }

    // A relation's start: a date, or a bound on it (">=2025-09", "<2024"; docs/format.md).
    void start_date(const toml::table& t, Relation& r) const {
        const toml::node* n = t.get("date");
        if (!n || !n->is_string()) {
            r.date = optional_date(t, "date");
            return;
        }
        const std::string text(n->as_string()->get());
        const auto d = parse_bounded_date(text);
        if (!d)
            fail(*n, "'date' is \"" + text + "\", not a valid date; expected a date written YYYY, YYYY-MM or "
                     "YYYY-MM-DD, or a bound on it: \">=2025-09\" (on or after), \"<2024\" (before)");
        r.date = d->date;
        r.date_bound = d->bound;
    }

    void read_header(const toml::table& g) {
        check_keys(g, kGraphKeys, "[graph]");
        attempt([&] { graph_.info().title = optional_string(g, "title"); });
        attempt([&] { graph_.info().description = optional_string(g, "description"); });
        attempt([&] { graph_.info().as_of = optional_date(g, "as_of"); });
    }

    // A declared word: "name" or { name = "…", description = "…", links_targets = true }.
    template <typename Info>
    Info read_word(const toml::node& n, std::string_view list) {
        Info info;
        info.builtin = false;
        if (n.is_string()) {
            info.name = n.as_string()->get();
        } else if (const toml::table* t = n.as_table()) {
            check_keys(*t, kWordKeys, "a declared word of '" + std::string(list) + "'");
            info.name = string_value(*required(*t, "name", "a declared word"), "name");
            info.description = optional_string(*t, "description");
            if constexpr (requires { info.links_targets; }) {
                info.links_targets = optional_bool(*t, "links_targets");
                info.symmetric = optional_bool(*t, "symmetric");
            }
        } else {
            fail(n, "an element of '" + std::string(list) + "' is " + type_phrase(n) +
                        "; expected a name or a table { name = \"…\", description = \"…\" }");
        }
        if (!is_slug(info.name))
            fail(n, "'" + info.name + "' is not a valid word; expected lowercase letters, digits, "
                                      "'-' or '_'");
        return info;
    }

    void read_vocabulary(const toml::table& v) {
        check_keys(v, kVocabularyKeys, "[vocabulary]");
        auto each = [&](std::string_view key, auto fn) {
            const toml::node* n = v.get(key);
            if (!n) return;
            if (!n->is_array())
                fail(*n, "'" + std::string(key) + "' is " + type_phrase(*n) + "; expected a list");
            for (const toml::node& item : *n->as_array()) attempt([&] { fn(item); });
        };
        each("kinds", [&](const toml::node& n) {
            graph_.vocabulary().add_kind(read_word<KindInfo>(n, "kinds"));
        });
        each("types", [&](const toml::node& n) {
            graph_.vocabulary().add_type(read_word<RelationTypeInfo>(n, "types"));
        });
    }

    // An entity with a wrong kind (or field) is still added, so that the relations naming it are
    // checked without a second, misleading "unknown entity"; one whose id is refused is
    // remembered in refused_ids_ for the same reason.
    void read_entity(const toml::table& t) {
        check_keys(t, kEntityKeys, "[[entity]]");
        Entity e;
        const bool id_ok = attempt([&] { e.id = entity_id(t); });
        attempt([&] { e.name = t.get("name") ? optional_string(t, "name") : e.id; });
        attempt([&] { e.kind = entity_kind(t, e.id); });
        attempt([&] { e.roles = string_list(t, "roles"); });
        attempt([&] { e.aliases = string_list(t, "aliases"); });
        attempt([&] { e.tags = string_list(t, "tags"); });
        attempt([&] { e.url = optional_string(t, "url"); });
        attempt([&] { e.note = optional_string(t, "note"); });
        attempt([&] { e.attributes = attributes(t); });
        if (!id_ok) return;
        e.line = static_cast<std::uint32_t>(t.source().begin.line) + line_offset_;
        e.column = static_cast<std::uint32_t>(t.source().begin.column);
        const std::vector<std::string> aliases = e.aliases;
        const EntityId v = graph_.add_entity(std::move(e));
        for (const auto& alias : aliases) {
            if (graph_.add_alias(alias, v)) continue;
            const EntityId other = graph_.find(alias);
            if (other != v)
                attempt([&] {
                    fail(*t.get("aliases"), "alias '" + alias + "' already names entity '" +
                                                graph_.entity(other).id +
                                                "'; expected each alias to name one entity");
                });
        }
    }

    std::string entity_id(const toml::table& t) {
        const toml::node& id_node = *required(t, "id", "this [[entity]]");
        const std::string id = string_value(id_node, "id");
        if (!is_slug(id)) {
            refused_ids_.insert(id);
            fail(id_node, "entity id '" + id + "' is not a valid id; expected lowercase "
                                               "letters, digits, '-' or '_' (such as \"aws\")");
        }
        if (graph_.find(id) != kNoEntity)
            fail(id_node, "duplicate entity id '" + id + "'; expected each id once (first declared at line " +
                              std::to_string(graph_.entity(graph_.find(id)).line) + ")");
        return id;
    }

    KindId entity_kind(const toml::table& t, const std::string& id) const {
        const toml::node& kind_node = *required(t, "kind", "entity '" + id + "'");
        const std::string kind = string_value(kind_node, "kind");
        auto k = graph_.vocabulary().find_kind(kind);
        if (!k)
            fail(kind_node, "unknown entity kind '" + kind + "'" +
                                did_you_mean(kind, graph_.vocabulary().kind_names()) +
                                " (expected one of: " +
                                join_choices(graph_.vocabulary().kind_names(), ", ") +
                                ", or declare it under [vocabulary] kinds)");
        return *k;
    }

    std::vector<std::pair<std::string, std::string>> attributes(const toml::table& t) {
        std::vector<std::pair<std::string, std::string>> out;
        if (const toml::table* attrs = table_at(t, "attributes")) {
            for (const auto& entry : *attrs)
                attempt([&] { out.emplace_back(std::string(entry.first.str()), string_value(entry.second, entry.first.str())); });
        }
        return out;
    }

    EntityId endpoint(const toml::table& t, std::string_view key) const {
        const toml::node& n = *required(t, key, "this [[relation]]");
        const std::string id = string_value(n, key);
        const EntityId v = graph_.find(id);
        if (v == kNoEntity && refused_ids_.count(id)) throw Spot{};  // already told
        if (v == kNoEntity)
            fail(n, "unknown entity '" + id + "' in '" + std::string(key) + "'" +
                        did_you_mean(id, graph_.ids()) + " (expected the id of an [[entity]])");
        return v;
    }

    // A number, or a string in money notation ("$10B", "10 billion"; support/money.hpp).
    double amount_value(const toml::node& n) const {
        const std::string expected = "; expected a non-negative number of US dollars such as " +
                                     std::string(kMoneyExamples);
        double v = 0;
        if (n.is_integer()) {
            v = static_cast<double>(n.as_integer()->get());
        } else if (n.is_floating_point()) {
            v = n.as_floating_point()->get();
        } else if (n.is_string()) {
            const std::string text(n.as_string()->get());
            auto m = parse_money(text);
            if (!m) fail(n, "'amount_usd' is \"" + text + "\", not an amount" + expected);
            v = *m;
        } else {
            fail(n, "'amount_usd' is " + type_phrase(n) + expected);
        }
        if (!std::isfinite(v) || v < 0)
            fail(n, "'amount_usd' is " + std::string(std::isfinite(v) ? "negative" : "not finite") +
                        expected);
        return v;
    }

    Source source_value(const toml::node& n) {
        Source s;
        if (n.is_string()) {
            const std::string text(n.as_string()->get());
            (text.rfind("http://", 0) == 0 || text.rfind("https://", 0) == 0 ? s.url : s.citation) = text;
            return s;
        }
        const toml::table* t = n.as_table();
        if (!t)
            fail(n, "a source is " + type_phrase(n) +
                        "; expected a URL string or a table { url = \"…\", publisher = \"…\" }");
        check_keys(*t, kSourceKeys, "a source");
        s.url = optional_string(*t, "url");
        s.citation = optional_string(*t, "citation");
        s.publisher = optional_string(*t, "publisher");
        s.date = optional_date(*t, "date");
        if (s.url.empty() && s.citation.empty())
            fail(n, "a source has neither 'url' nor 'citation'; expected at least one of them");
        if (const toml::node* c = t->get("confidence")) {
            const std::string name = string_value(*c, "confidence");
            auto conf = parse_confidence(name);
            if (!conf)
                fail(*c, "unknown confidence '" + name + "'" + did_you_mean(name, confidence_names()) +
                             " (expected one of: " + join_choices(confidence_names(), ", ") + ")");
            s.confidence = *conf;
        }
        return s;
    }

    // The sources that read well; each bad one is recorded.
    std::vector<Source> sources(const toml::table& t) {
        std::vector<Source> out;
        if (const toml::node* one = t.get("source"))
            attempt([&] { out.push_back(source_value(*one)); });
        const toml::node* many = t.get("sources");
        if (!many) return out;
        if (!many->is_array()) {
            attempt([&] {
                fail(*many, "'sources' is " + type_phrase(*many) +
                                "; expected a list of URLs or source tables");
            });
            return out;
        }
        for (const toml::node& item : *many->as_array())
            attempt([&] { out.push_back(source_value(item)); });
        return out;
    }

    // The optional `id` of a [[relation]]: a slug, once per file.
    std::string relation_id(const toml::table& t) {
        const toml::node* node = t.get("id");
        if (!node) return "";
        const std::string id = string_value(*node, "id");
        if (!is_slug(id))
            fail(*node, "relation id '" + id + "' is not a valid id; expected lowercase letters, digits, "
                        "'-' or '_' (such as \"aws-frontier-2026\")");
        const auto [at, fresh] = relation_ids_.emplace(id, static_cast<std::uint32_t>(node->source().begin.line) + line_offset_);
        if (!fresh)
            fail(*node, "duplicate relation id '" + id + "'; expected each id once (first declared at line " +
                            std::to_string(at->second) + ")");
        return id;
    }

    // Every field is checked even when an earlier one is wrong; the relation is added only
    // when its ends and type are known.
    void read_relation(const toml::table& t) {
        check_keys(t, kRelationKeys, "[[relation]]");
        EntityId from = kNoEntity, to = kNoEntity;
        std::optional<RelationTypeId> type;
        attempt([&] { from = endpoint(t, "from"); });
        attempt([&] { to = endpoint(t, "to"); });
        attempt([&] { type = relation_type(t); });
        Relation r;
        attempt([&] {
            if (const toml::node* a = t.get("amount_usd")) r.amount_usd = amount_value(*a);
        });
        attempt([&] { start_date(t, r); });
        attempt([&] { r.end_date = optional_date(t, "end_date"); });
        attempt([&] {
            if (const toml::node* s = t.get("status")) r.status = status_value(*s);
        });
        attempt([&] { r.exclusive = optional_bool(t, "exclusive"); });
        RelationDetails d;
        attempt([&] { d.label = optional_string(t, "label"); });
        attempt([&] { d.scope = optional_string(t, "scope"); });
        attempt([&] { d.note = optional_string(t, "note"); });
        attempt([&] { d.id = relation_id(t); });
        attempt([&] { d.attributes = attributes(t); });
        d.sources = sources(t);
        const RelationPosition at{static_cast<std::uint32_t>(t.source().begin.line) + line_offset_,
                                  static_cast<std::uint32_t>(t.source().begin.column)};
        if (from == kNoEntity || to == kNoEntity || !type) return;
        r.type = *type;
        graph_.add_relation(from, to, r, std::move(d), at);
    }

    RelationTypeId relation_type(const toml::table& t) const {
        const toml::node& type_node = *required(t, "type", "this [[relation]]");
        const std::string type = string_value(type_node, "type");
        auto ty = graph_.vocabulary().find_type(type);
        if (!ty)
            fail(type_node, "unknown relation type '" + type + "'" +
                                did_you_mean(type, graph_.vocabulary().type_names()) +
                                " (expected one of: " +
                                join_choices(graph_.vocabulary().type_names(), ", ") +
                                ", or declare it under [vocabulary] types)");
        return *ty;
    }

    Status status_value(const toml::node& s) const {
        const std::string name = string_value(s, "status");
        auto st = parse_status(name);
        if (!st)
            fail(s, "unknown status '" + name + "'" + did_you_mean(name, status_names()) +
                        " (expected one of: " + join_choices(status_names(), ", ") + ")");
        return *st;
    }

    std::string_view text_;
    std::string name_;
    PartnershipGraph graph_;
    std::vector<Diagnostic> errors_;
    std::set<std::string> refused_ids_;
    std::uint32_t line_offset_ = 0;
    ReadProgress progress_;  // lines of the file before the piece being read
    std::map<std::string, std::uint32_t> relation_ids_;  // the file's own relation ids -> line
};

}  // namespace

LoadResult TomlReader::read(std::string_view text, const std::string& source_name) const {
    check_text_input(text, source_name);
    LoadResult result;
    if (text.size() <= chunk_bytes_) {
        result.graph = Builder(text, source_name).build(parse_toml(text, text, source_name, 0));
    } else {
        result.graph = Builder(text, source_name, progress_).build(toml_chunks(text, chunk_bytes_));
    }
    result.warnings = validate(result.graph);
    return result;
}

}  // namespace pactgraph
