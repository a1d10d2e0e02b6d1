#include "io/csv_reader.hpp"

#include <algorithm>

#include <array>
#include <deque>
#include <exception>
#include <optional>
#include <utility>

#include "io/csv_parser.hpp"
#include "io/import_builder.hpp"
#include "support/suggest.hpp"

namespace pactgraph {

namespace {

// What a column holds, once its header is matched.
enum class Column : std::uint8_t {
    extra,  // kept as an attribute under its header
    id, name, kind, roles, aliases, tags, url, note,
    source, target, type, more_type, label, amount, date, end_date, status, exclusive, scope,
    source_url, source_citation, source_publisher, source_date, source_confidence,
};

struct Synonyms {
    Column column;
    std::vector<std::string_view> names;  // normalized headers, best first
};

const std::vector<Synonyms> kNodeColumns = {
    {Column::id, {"id", ":id", "key", "node_id", "entity_id", "node"}},
    {Column::name, {"name", "label", "title"}},
    {Column::kind, {"kind", "type", ":label", "category", "group"}},
    {Column::roles, {"roles", "role"}},
    {Column::aliases, {"aliases", "alias"}},
    {Column::tags, {"tags", "tag"}},
    {Column::url, {"url", "website", "homepage", "link"}},
    {Column::note, {"note", "notes", "description"}},
};

// "label" is a type only when no other column is, or when the type column holds Gephi's
// "Directed"/"Undirected" (see match_header() and type_of()).
const std::vector<Synonyms> kEdgeColumns = {
    {Column::source, {"source", "from", "src", ":start_id", "source_id", "start_id"}},
    {Column::target, {"target", "to", "dst", ":end_id", "target_id", "end_id"}},
    {Column::type, {"relation", "relationship", "type", ":type", "relation_type", "kind"}},
    {Column::label, {"label", "name", "title"}},
    {Column::amount, {"amount_usd", "amount", "weight", "value"}},
    {Column::date, {"date", "start_date", "since", "start"}},
    {Column::end_date, {"end_date", "end", "until"}},
    {Column::status, {"status"}},
    {Column::exclusive, {"exclusive"}},
    {Column::scope, {"scope"}},
    {Column::note, {"note", "notes", "description"}},
    {Column::source_url, {"source_url", "url", "sources"}},
    {Column::source_citation, {"source_citation", "citation"}},
    {Column::source_publisher, {"source_publisher", "publisher"}},
    {Column::source_date, {"source_date"}},
    {Column::source_confidence, {"source_confidence", "confidence"}},
};

// "Amount USD" -> amount_usd, "name:string" -> name (Neo4j's typed headers), ":START_ID" kept.
std::string normalized_header(std::string_view h) {
    h = trimmed(h);
    if (const auto colon = h.find(':'); colon != std::string_view::npos && colon > 0) h = h.substr(0, colon);
    std::string out = lowercase(h);
    for (char& c : out)
        if (c == ' ' || c == '-') c = '_';
    return out;
}

// The header's columns, matched against `table`.
struct Header {
    std::vector<Column> columns;
    std::vector<std::string> names;  // as written, for attribute keys
    std::vector<std::size_t> type_columns;  // columns that may hold the type, best first

    std::optional<std::size_t> find(Column c) const {
        for (std::size_t i = 0; i < columns.size(); ++i)
            if (columns[i] == c) return i;
        return std::nullopt;
    }
    bool has(Column c) const { return find(c).has_value(); }
};

Header match_header(const std::vector<CsvField>& fields, const std::vector<Synonyms>& table) {
    Header h;
    std::vector<std::string> norm;
    for (const CsvField& f : fields) {
        norm.push_back(normalized_header(f.text));
        h.names.emplace_back(trimmed(f.text));
        h.columns.push_back(Column::extra);
    }
    std::vector<bool> taken(fields.size(), false);
    for (const Synonyms& s : table) {
        for (std::string_view name : s.names) {
            for (std::size_t i = 0; i < norm.size(); ++i) {
                if (taken[i] || norm[i] != name) continue;
                if (s.column == Column::type) {
                    h.type_columns.push_back(i);  // every type-like column, best first
                    taken[i] = true;
                    h.columns[i] = h.type_columns.size() == 1 ? Column::type : Column::more_type;
                } else if (!h.has(s.column)) {
                    h.columns[i] = s.column;
                    taken[i] = true;
                }
            }
        }
    }
    // Edges: "label" holds the type when nothing else does, and is the fallback when the type
    // column holds Gephi's "Directed"/"Undirected".
    if (auto label = h.find(Column::label); label && norm[*label] == "label") {
        if (h.type_columns.empty()) h.columns[*label] = Column::type;
        h.type_columns.push_back(*label);
    }
    return h;
}

bool is_gephi_direction(std::string_view v) {
    const std::string l = lowercase(trimmed(v));
    return l == "directed" || l == "undirected" || l == "mutual";
}

// Splits "a|b | c" into its trimmed, non-empty parts.
std::vector<std::string> split_list(std::string_view text, char sep) {
    std::vector<std::string> out;
    while (!text.empty()) {
        const auto cut = text.find(sep);
        const std::string_view part = trimmed(text.substr(0, cut));
        if (!part.empty()) out.emplace_back(part);
        if (cut == std::string_view::npos) break;
        text.remove_prefix(cut + 1);
    }
    return out;
}

// One record as read: its fields (views into the text, or into CsvGraphReader's own copies of
// fields that had doubled quotes) and where it starts.
struct Record {
    std::vector<CsvField> fields;
    TextPosition at;
};

class CsvGraphReader {
public:
    CsvGraphReader(ImportBuilder& b, std::string_view text, const std::string& name, const ReadProgress& progress)
        : b_(b), parser_(text, name), text_(text), progress_(progress) {}

    // Reads the header; false when the file has no header at all.
    bool header(const std::vector<Synonyms>& table) {
        if (!parser_.next(record_.fields)) return false;
        header_ = match_header(record_.fields, table);
        header_at_ = parser_.record_at();
        return true;
    }
    const Header& columns() const { return header_; }

    void read_nodes() {
        std::optional<std::size_t> id = header_.find(Column::id);
        if (!id) id = header_.find(Column::name);  // Kumu: the label is the id
        if (!id)
            b_.fail(header_at_, "no id column in the nodes header; expected one of: id, label, name "
                                "(or, for an edges file, source and target columns)");
        each_record([](const Record&) {}, [&](const Record& rec) {
            check_width(rec);
            Entity e;
            TextPosition kind_at = rec.at;
            std::string_view kind;
            for (std::size_t i = 0; i < std::min(rec.fields.size(), header_.columns.size()); ++i) {
                const std::string_view v = rec.fields[i].text;
                switch (header_.columns[i]) {
                    case Column::name: e.name = std::string(trimmed(v)); break;
                    case Column::kind: kind = v, kind_at = rec.fields[i].at; break;
                    case Column::roles: e.roles = split_list(v, '|'); break;
                    case Column::aliases: e.aliases = split_list(v, '|'); break;
                    case Column::tags: e.tags = split_list(v, '|'); break;
                    case Column::url: e.url = std::string(trimmed(v)); break;
                    case Column::note: e.note = std::string(v); break;
                    case Column::extra:
                        if (!v.empty()) e.attributes.emplace_back(header_.names[i], std::string(v));
                        break;
                    default: break;
                }
            }
            e.kind = b_.kind(kind, kind_at);
            const CsvField& key = field(rec, *id);
            b_.declare(key.text, std::move(e), key.at);
        });
    }

    void read_edges(bool nodes_listed) {
        const auto source = header_.find(Column::source);
        const auto target = header_.find(Column::target);
        if (!source || !target)
            b_.fail(header_at_, std::string("no ") + (source ? "target" : "source") +
                                    " column in the edges header; expected one of: " +
                                    (source ? "target, to, dst" : "source, from, src"));
        // A line per relation, give or take a quoted line break: one allocation, not twenty.
        b_.graph().reserve_relations(static_cast<std::size_t>(
            std::count(text_.begin() + static_cast<std::ptrdiff_t>(parser_.offset()), text_.end(), '\n')));
        // The entities of a whole batch are looked up ahead (prefetched), so that the lookups'
        // memory reads overlap instead of waiting one after another.
        each_record(
            [&](const Record& rec) {
                b_.prefetch_entity(field(rec, *source).text);
                b_.prefetch_entity(field(rec, *target).text);
            },
            [&](const Record& rec) { add_edge(rec, *source, *target, nodes_listed); });
    }

private:
    static constexpr std::size_t kBatch = 64;

    // Calls add(record) for every record after the header, in file order. Records come in
    // batches of kBatch, and prepare(record) is called for the whole batch before add is
    // called for any of it.
    template <typename Prepare, typename Add>
    void each_record(Prepare prepare, Add add) {
        for (;;) {
            const std::size_t count = fill_batch();
            for (std::size_t k = 0; k < count; ++k) prepare(batch_[k]);
            for (std::size_t k = 0; k < count; ++k) add(batch_[k]);
            if (pending_) std::rethrow_exception(std::exchange(pending_, nullptr));
            if (count < batch_.size()) return;
        }
    }

    void add_edge(const Record& rec, std::size_t source, std::size_t target, bool nodes_listed) {
        check_width(rec);
        const CsvField& from = field(rec, source);
        const CsvField& to = field(rec, target);
        const EntityId s = b_.entity_for(from.text, from.at, nodes_listed);
        const EntityId t = b_.entity_for(to.text, to.at, nodes_listed);
        Relation r;
        RelationDetails d;
        r.type = type_of(rec, d);
        bool sources = false;
        for (std::size_t i = 0; i < std::min(rec.fields.size(), header_.columns.size()); ++i) {
            const std::string_view v = rec.fields[i].text;
            const TextPosition fat = rec.fields[i].at;
            switch (header_.columns[i]) {
                case Column::label: d.label = std::string(v); break;
                case Column::amount: r.amount_usd = b_.amount(v, fat); break;
                case Column::date: r.date = b_.date(v, fat); break;
                case Column::end_date: r.end_date = b_.date(v, fat); break;
                case Column::status: r.status = b_.status(v, fat); break;
                case Column::exclusive: r.exclusive = b_.flag(v, fat); break;
                case Column::scope: d.scope = std::string(v); break;
                case Column::note: d.note = std::string(v); break;
                case Column::source_url: case Column::source_citation: case Column::source_publisher:
                case Column::source_date: case Column::source_confidence:
                    sources = sources || !v.empty();
                    break;
                case Column::extra:
                    if (!v.empty()) d.attributes.emplace_back(header_.names[i], std::string(v));
                    break;
                default: break;
            }
        }
        if (sources) d.sources = read_sources(rec);
        b_.graph().add_relation(s, t, r, std::move(d), {rec.at.line, rec.at.column});
    }

    // Reads up to kBatch records into batch_ and returns how many. A record the parser refuses
    // ends the batch: its error waits in pending_ until the records before it are added (and
    // have told their own errors first, as reading one by one would).
    std::size_t fill_batch() {
        if (batch_.empty()) batch_.resize(kBatch);
        tell_progress();
        owned_.clear();
        std::size_t count = 0;
        try {
            for (; count < batch_.size(); ++count) {
                Record& rec = batch_[count];
                if (!parser_.next(rec.fields)) break;
                rec.at = parser_.record_at();
                keep_unescaped(rec);
            }
        } catch (const InputError&) {
            pending_ = std::current_exception();
        }
        return count;
    }

    // The parser's unescaped fields ("a ""b"" c") live in its buffer until the next record:
    // a batch keeps copies of them.
    void keep_unescaped(Record& rec) {
        for (CsvField& f : rec.fields) {
            const bool in_text = f.text.data() >= text_.data() && f.text.data() <= text_.data() + text_.size();
            if (!f.text.empty() && !in_text) f.text = owned_.emplace_back(f.text);
        }
    }

    // Tells the progress every 16,384 records: the bytes of the records read so far.
    void tell_progress() {
        if (progress_ && records_ / 0x4000 != (records_ + kBatch) / 0x4000) progress_(parser_.offset(), text_.size());
        records_ += kBatch;
    }

    const CsvField& field(const Record& rec, std::size_t i) {
        if (i < rec.fields.size()) return rec.fields[i];
        missing_ = {{}, rec.at};
        return missing_;
    }

    void check_width(const Record& rec) {
        for (std::size_t i = header_.columns.size(); i < rec.fields.size(); ++i) {
            if (!trimmed(rec.fields[i].text).empty())
                b_.fail(rec.fields[i].at, "this row has " + std::to_string(rec.fields.size()) +
                                           " fields but the header has " +
                                           std::to_string(header_.columns.size()) +
                                           "; expected at most " + std::to_string(header_.columns.size()) +
                                           " (quote a field that contains the delimiter)");
        }
    }

    // The first type-like column with a type in it; Gephi's "Directed"/"Undirected" is skipped,
    // and a second type-like column whose value is not used is kept as an attribute.
    RelationTypeId type_of(const Record& rec, RelationDetails& d) {
        std::optional<RelationTypeId> type;
        for (std::size_t c : header_.type_columns) {
            if (c >= rec.fields.size()) continue;
            const CsvField& f = rec.fields[c];
            if (trimmed(f.text).empty() || is_gephi_direction(f.text)) continue;
            if (!type) type = b_.type(f.text, f.at);
            else if (header_.columns[c] == Column::more_type)
                d.attributes.emplace_back(header_.names[c], std::string(f.text));
        }
        return type ? *type : b_.type({}, rec.at);
    }

    // Sources from the source_* columns.
    std::vector<Source> read_sources(const Record& rec) {
        constexpr std::array<Column, 5> kCols = {Column::source_url, Column::source_citation,
                                                 Column::source_publisher, Column::source_date,
                                                 Column::source_confidence};
        std::array<std::string_view, 5> columns;
        std::array<TextPosition, 5> at{};
        for (std::size_t k = 0; k < kCols.size(); ++k) {
            const auto c = header_.find(kCols[k]);
            if (!c || *c >= rec.fields.size()) continue;
            columns[k] = rec.fields[*c].text;
            at[k] = rec.fields[*c].at;
        }
        return b_.sources(columns, at);
    }

    ImportBuilder& b_;
    CsvParser parser_;
    std::string_view text_;
    const ReadProgress& progress_;
    std::size_t records_ = 0;
    Record record_;              // the header
    std::vector<Record> batch_;  // the records after it, kBatch at a time
    std::deque<std::string> owned_;  // copies of the batch's unescaped fields
    std::exception_ptr pending_;     // the parser's error after the batch
    Header header_;
    TextPosition header_at_;
    CsvField missing_;
};

void check_csv(std::string_view text, const std::string& name) {
    check_import_text(text, name, "a CSV file");
}

}  // namespace

LoadResult CsvReader::read(std::string_view text, const std::string& source_name) const {
    check_csv(text, source_name);
    ImportBuilder b(text, source_name, options_);
    CsvGraphReader csv(b, text, source_name, options_.progress);
    csv.header(kEdgeColumns);
    if (csv.columns().has(Column::source) || csv.columns().has(Column::target)) {
        csv.read_edges(false);
    } else {
        CsvGraphReader nodes(b, text, source_name, options_.progress);
        nodes.header(kNodeColumns);
        nodes.read_nodes();
    }
    return b.finish();
}

LoadResult read_csv_graph(std::string_view nodes_text, const std::string& nodes_name,
                          std::string_view edges_text, const std::string& edges_name,
                          ImportOptions options) {
    check_csv(nodes_text, nodes_name);
    check_csv(edges_text, edges_name);
    ImportBuilder b(nodes_text, nodes_name, options);
    CsvGraphReader nodes(b, nodes_text, nodes_name, options.progress);
    nodes.header(kNodeColumns);
    nodes.read_nodes();
    b.set_input(edges_text, edges_name);
    CsvGraphReader edges(b, edges_text, edges_name, options.progress);
    edges.header(kEdgeColumns);
    edges.read_edges(true);
    return b.finish();
}

}  // namespace pactgraph
