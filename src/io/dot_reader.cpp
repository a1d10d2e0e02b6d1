// The only io file that includes <graphviz/cgraph.h> (see docs/architecture.md).
#include "io/dot_reader.hpp"

#include <graphviz/cgraph.h>

#include <algorithm>
#include <array>
#include <memory>
#include <set>

#include "io/import_builder.hpp"
#include "support/escape.hpp"

namespace pactgraph {

namespace {

// Attributes whose values name local files a renderer would open.
constexpr std::array<std::string_view, 4> kFileAttributes = {"image", "shapefile", "fontpath", "imagepath"};

bool reads_files(std::string_view name) {
    return std::find(kFileAttributes.begin(), kFileAttributes.end(), name) != kFileAttributes.end();
}

// cgraph reports errors through a callback; the messages of one read are gathered here.
std::string& cgraph_messages() {
    static std::string messages;
    return messages;
}
int gather_message(char* text) {
    cgraph_messages() += text;
    return 0;
}

struct GraphCloser {
    void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphHandle = std::unique_ptr<Agraph_t, GraphCloser>;

// The line cgraph's message names ("syntax error in line 3 near 'x'"), else 1.
std::uint32_t line_in(const std::string& message) {
    const auto at = message.find("line ");
    if (at == std::string::npos) return 1;
    std::uint32_t line = 0;
    for (std::size_t i = at + 5; i < message.size() && message[i] >= '0' && message[i] <= '9'; ++i)
        line = line * 10 + static_cast<std::uint32_t>(message[i] - '0');
    return line > 0 ? line : 1;
}

std::string one_line(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    for (char& c : s)
        if (c == '\n') c = ' ';
    if (s.rfind("Error: ", 0) == 0) s.erase(0, 7);
    return s;
}

// cgraph keeps no positions: a node is placed at the first mention of its name, an edge at the
// first line naming both ends, so messages still say FILE:LINE.
TextPosition locate(std::string_view text, std::string_view tail, std::string_view head = {}) {
    std::size_t from = 0;
    while (from < text.size()) {
        std::size_t end = text.find('\n', from);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(from, end - from);
        const auto at = line.find(tail);
        if (at != std::string_view::npos && (head.empty() || line.find(head) != std::string_view::npos))
            return position_at(text, from + at);
        from = end + 1;
    }
    return head.empty() ? TextPosition{1, 1} : locate(text, tail);
}

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

constexpr std::string_view kDataPrefix = "pactgraph_";

// The source number and field of "source3_url" (3, "url"); 0 when `k` is not one.
std::pair<std::size_t, std::string> source_field(std::string_view k) {
    if (k.substr(0, 6) != "source") return {0, {}};
    std::size_t i = 6, n = 0;
    for (; i < k.size() && k[i] >= '0' && k[i] <= '9' && n < 100000; ++i) n = n * 10 + static_cast<std::size_t>(k[i] - '0');
    if (i == 6 || i >= k.size() || k[i] != '_') return {0, {}};
    return {n, std::string(k.substr(i + 1))};
}

class DotGraphReader {
public:
    explicit DotGraphReader(ImportBuilder& b) : b_(b) {}

    void read(Agraph_t* g) {
        const char* marker = agget(g, const_cast<char*>("pactgraph_data"));
        own_ = marker && std::string_view(marker) == "1";
        if (own_) read_own_graph(g);
        else if (const char* label = agget(g, const_cast<char*>("label")); label && *label)
            b_.graph().info().title = label;
        std::vector<Agnode_t*> nodes;
        for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) nodes.push_back(n);
        for (Agnode_t* n : nodes) read_node(g, n);
        std::vector<Agedge_t*> edges;
        for (Agnode_t* n : nodes)
            for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) edges.push_back(e);
        std::sort(edges.begin(), edges.end(), [](Agedge_t* a, Agedge_t* c) { return AGSEQ(a) < AGSEQ(c); });
        for (Agedge_t* e : edges) read_edge(g, e);
        for (const std::string& name : dropped_)
            b_.warn({1, 1}, "dropped the attribute '" + name + "', which would make a render read local files");
    }

private:
    // The attributes of `obj` with a non-empty value, defaults included.
    std::vector<std::pair<std::string, std::string>> attributes(Agraph_t* g, int kind, void* obj) {
        std::vector<std::pair<std::string, std::string>> out;
        for (Agsym_t* sym = agnxtattr(g, kind, nullptr); sym; sym = agnxtattr(g, kind, sym)) {
            const char* value = agxget(obj, sym);
            if (!value || !*value) continue;
            if (reads_files(sym->name)) {
                dropped_.insert(sym->name);
                continue;
            }
            out.emplace_back(sym->name, value);
        }
        return out;
    }

    void read_own_graph(Agraph_t* g) {
        for (auto& [k, v] : attributes(g, AGRAPH, g)) {
            if (k.rfind(kDataPrefix, 0) != 0) continue;
            const std::string field = k.substr(kDataPrefix.size()), value = dot_data_unquote(v);
            if (field == "title") b_.graph().info().title = value;
            else if (field == "description") b_.graph().info().description = value;
            else if (field == "as_of") b_.graph().info().as_of = b_.date(value, {1, 1});
        }
    }

    // pactgraph's own DOT: the pactgraph_* attributes (and the label as the name); the styling
    // is ignored.
    void read_own_node(Agraph_t* g, Agnode_t* n, const std::string& name) {
        Entity e;
        std::string kind;
        for (auto& [k, v] : attributes(g, AGNODE, n)) {
            const std::string value = dot_data_unquote(v);
            if (k == "label") e.name = value;
            if (k.rfind(kDataPrefix, 0) != 0) continue;
            const std::string field = k.substr(kDataPrefix.size());
            if (field == "kind") kind = value;
            else if (field == "roles") e.roles = split_lines(value);
            else if (field == "aliases") e.aliases = split_lines(value);
            else if (field == "tags") e.tags = split_lines(value);
            else if (field == "url") e.url = value;
            else if (field == "note") e.note = value;
            else if (field.rfind("attr_", 0) == 0) e.attributes.emplace_back(dot_data_unquote(field.substr(5)), value);
        }
        const TextPosition where = locate(b_.text(), name);
        e.kind = b_.kind(kind, where);
        b_.declare(name, std::move(e), where);
    }

    void read_own_edge(Agraph_t* g, Agedge_t* x, TextPosition where, EntityId s, EntityId t) {
        Relation r;
        RelationDetails d;
        std::string type;
        for (auto& [k, v] : attributes(g, AGEDGE, x)) {
            if (k.rfind(kDataPrefix, 0) != 0) continue;
            const std::string field = k.substr(kDataPrefix.size()), value = dot_data_unquote(v);
            if (field == "type") type = value;
            else if (field == "label") d.label = value;
            else if (field == "amount_usd") r.amount_usd = b_.amount(value, where);
            else if (field == "date") r.date = b_.date(value, where);
            else if (field == "end_date") r.end_date = b_.date(value, where);
            else if (field == "status") r.status = b_.status(value, where);
            else if (field == "exclusive") r.exclusive = b_.flag(value, where);
            else if (field == "scope") d.scope = value;
            else if (field == "note") d.note = value;
            else if (field == "reversed" && b_.flag(value, where)) std::swap(s, t);
            else if (field.rfind("attr_", 0) == 0) d.attributes.emplace_back(dot_data_unquote(field.substr(5)), value);
            else if (auto [i, part] = source_field(field); i > 0) source_part(d, i, part, value, where);
        }
        r.type = b_.type(type, where);
        b_.graph().add_relation(s, t, r, std::move(d));
    }

    // Sources come numbered from 1 in order; a number out of order is refused.
    void source_part(RelationDetails& d, std::size_t i, const std::string& part, const std::string& value,
                     TextPosition where) {
        if (i > d.sources.size() + 1) b_.fail(where, "source" + std::to_string(i) + " without the sources before it");
        if (i == d.sources.size() + 1) d.sources.emplace_back();
        Source& src = d.sources[i - 1];
        if (part == "url") src.url = value;
        else if (part == "citation") src.citation = value;
        else if (part == "publisher") src.publisher = value;
        else if (part == "date") src.date = b_.date(value, where);
        else if (part == "confidence") src.confidence = b_.confidence(value, where);
    }

    void read_node(Agraph_t* g, Agnode_t* n) {
        const std::string name = agnameof(n);
        if (own_) return read_own_node(g, n, name);
        Entity e;
        std::string kind;
        for (auto& [k, v] : attributes(g, AGNODE, n)) {
            if (k == "label" && v != "\\N") e.name = v;
            else if (k == "label") continue;
            else if (k == "kind") kind = v;
            else if (k == "url" || k == "URL" || k == "href") e.url = v;
            else if (k == "note" || k == "comment") e.note = v;
            else e.attributes.emplace_back(k, v);
        }
        const TextPosition where = locate(b_.text(), name);
        e.kind = b_.kind(kind, where);
        b_.declare(name, std::move(e), where);
    }

    // The entity read for an edge's end (every node was declared before the edges).
    EntityId end_of(Agnode_t* n, TextPosition where) {
        const EntityId v = b_.find(agnameof(n));
        if (v == kNoEntity)
            b_.fail(where, "an edge end '" + std::string(agnameof(n)) + "' that is not a usable node id; expected a node");
        return v;
    }

    void read_edge(Agraph_t* g, Agedge_t* x) {
        const TextPosition where = locate(b_.text(), agnameof(agtail(x)), agnameof(aghead(x)));
        const EntityId s = end_of(agtail(x), where), t = end_of(aghead(x), where);
        if (own_) {
            // An invisible edge pactgraph adds only to lay out unrelated entities in rows.
            if (const char* layout = agget(x, const_cast<char*>("pactgraph_layout")); layout && *layout == '1') return;
            return read_own_edge(g, x, where, s, t);
        }
        Relation r;
        RelationDetails d;
        std::string type;
        for (auto& [k, v] : attributes(g, AGEDGE, x)) {
            if (k == "key") continue;  // cgraph's edge key, not data
            if (k == "type" || k == "relation") type = v;
            else if (k == "label") d.label = v;
            else if (k == "amount_usd" || k == "amount") r.amount_usd = b_.amount(v, where);
            else if (k == "date") r.date = b_.date(v, where);
            else if (k == "end_date") r.end_date = b_.date(v, where);
            else if (k == "status") r.status = b_.status(v, where);
            else if (k == "exclusive") r.exclusive = b_.flag(v, where);
            else if (k == "scope") d.scope = v;
            else if (k == "note" || k == "comment") d.note = v;
            else d.attributes.emplace_back(k, v);
        }
        r.type = b_.type(type, where);
        b_.graph().add_relation(s, t, r, std::move(d));
    }

    ImportBuilder& b_;
    std::set<std::string> dropped_;
    bool own_ = false;  // pactgraph's own -T dot (pactgraph_data="1")
};

}  // namespace

namespace {

// cgraph's in-memory reader takes time quadratic in a line's length (a 4 MiB line: 11 s), so
// longer lines are refused before it sees them.
constexpr std::size_t kMaxDotLine = 1u << 20;

void check_line_lengths(std::string_view text, const std::string& source_name) {
    std::size_t from = 0, line = 1;
    while (from < text.size()) {
        const std::size_t end = std::min(text.find('\n', from), text.size());
        if (end - from > kMaxDotLine)
            throw InputError(error_at(text, source_name, {static_cast<std::uint32_t>(line), 1},
                                      "a line of " + std::to_string(end - from) +
                                          " bytes; expected DOT lines of at most 1 MiB (" +
                                          std::to_string(kMaxDotLine) + " bytes)"));
        from = end + 1;
        ++line;
    }
}

// Subgraphs nested deeper than any drawing needs; cgraph's time grows with the square of the
// nesting (5,000 levels: 0.15 s, over 10 s under the sanitizers), so deeper is refused.
constexpr int kMaxDotNesting = 256;

// The offset of the first '{' nested deeper than kMaxDotNesting, outside strings, HTML labels
// and comments; npos when none.
std::size_t too_deep_at(std::string_view t) {
    int depth = 0, html = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (html > 0) {
            html += c == '<' ? 1 : c == '>' ? -1 : 0;
        } else if (c == '"') {
            for (++i; i < t.size() && t[i] != '"'; ++i)
                if (t[i] == '\\') ++i;
        } else if (c == '/' && i + 1 < t.size() && t[i + 1] == '/') {
            i = std::min(t.find('\n', i), t.size());
        } else if (c == '/' && i + 1 < t.size() && t[i + 1] == '*') {
            i = std::min(t.find("*/", i + 2), t.size());
        } else if (c == '<') {
            html = 1;
        } else if (c == '{' && ++depth > kMaxDotNesting) {
            return i;
        } else if (c == '}') {
            --depth;
        }
    }
    return std::string_view::npos;
}

}  // namespace

LoadResult DotReader::read(std::string_view text, const std::string& source_name) const {
    check_import_text(text, source_name, "a DOT file");
    check_line_lengths(text, source_name);
    if (const std::size_t deep = too_deep_at(text); deep != std::string_view::npos)
        throw InputError(error_at(text, source_name, position_at(text, deep),
                                  "subgraphs nested deeper than " + std::to_string(kMaxDotNesting) +
                                      " levels; expected a DOT graph with shallower nesting"));
    const std::string copy(without_bom(text));  // cgraph wants a NUL-terminated string
    cgraph_messages().clear();
    const agusererrf previous = agseterrf(gather_message);
    const agerrlevel_t level = agseterr(AGERR);
    GraphHandle g(agmemread(copy.c_str()));
    agseterr(level);
    agseterrf(previous);
    if (!g) {
        const std::string message = cgraph_messages().empty() ? "not a DOT graph" : one_line(cgraph_messages());
        // cgraph counts a line past the end when the text stops mid-statement.
        const auto lines = static_cast<std::uint32_t>(std::count(copy.begin(), copy.end(), '\n') +
                                                      (copy.empty() || copy.back() == '\n' ? 0 : 1));
        const std::uint32_t line = std::max<std::uint32_t>(1, std::min(line_in(message), lines));
        throw InputError(error_at(text, source_name, {line, 0},
                                  "DOT syntax: " + message + "; expected a graph or digraph"));
    }
    ImportBuilder b(text, source_name, options_);
    b.set_exact_ids(true);
    DotGraphReader(b).read(g.get());
    return b.finish();
}

}  // namespace pactgraph
