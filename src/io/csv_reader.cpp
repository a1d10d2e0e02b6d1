#include "io/csv_reader.hpp"

#include <algorithm>

#include <array>
#include <atomic>
#include <deque>
#include <exception>
#include <functional>
#include <future>
#include <optional>
#include <system_error>
#include <thread>
#include <utility>

#include "io/csv_parser.hpp"
#include "io/import_builder.hpp"
#include "support/suggest.hpp"
#include "support/text.hpp"

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

// Whether `part` is a view into `text` (not into a copy, as an unescaped field is).
bool points_into(std::string_view part, std::string_view text) {
    return part.data() >= text.data() && part.data() + part.size() <= text.data() + text.size();
}

// Where the relations of an edges file go when it is read on one thread: into the builder.
class BuilderSink {
public:
    BuilderSink(ImportBuilder& b, bool nodes_listed) : b_(b), nodes_listed_(nodes_listed) {}
    void prefetch(std::string_view raw_id) const { b_.prefetch_entity(raw_id); }
    EntityId entity(const CsvField& f) { return b_.entity_for(f.text, f.at, nodes_listed_); }
    RelationTypeId type(std::string_view raw, TextPosition at) { return b_.type(raw, at); }
    void add(EntityId from, EntityId to, const Relation& r, RelationDetails d, TextPosition at) {
        b_.graph().add_relation(from, to, r, std::move(d), {at.line, at.column});
    }

private:
    ImportBuilder& b_;
    bool nodes_listed_;
};

// Thrown by a part of a file read on two threads at what it leaves to a reading on one thread
// (an error, an empty id): that reading tells what is wrong where it is.
struct LeftToOneThread {};

// Where the relations of one part of an edges file read on two threads go: into the graph's
// relation slots [first, end), with ends and types numbered by the part itself (its spellings in
// the order it meets them). merge() then makes them the builder's entities and types, asking
// the builder for each spelling in that order, which makes the ids a reading on one thread
// gives (first met, first numbered; the same warnings, in file order).
class PartSink {
public:
    PartSink(PartnershipGraph& g, RelationId first, RelationId end, std::string_view text,
             const std::atomic<bool>& stop)
        : g_(g), first_(first), next_(first), end_(end), text_(text), stop_(stop) {}

    void prefetch(std::string_view raw_id) const { ids_.prefetch(trimmed(raw_id)); }
    EntityId entity(const CsvField& f) {
        const std::string_view raw = trimmed(f.text);
        if (raw.empty()) throw LeftToOneThread{};
        if (const std::size_t v = ids_.find(raw); v != StringIndex::kAbsent) return v;
        ids_.insert(raw, spellings_.size());
        spellings_.push_back({kept(raw), f.at});
        return spellings_.size() - 1;
    }
    RelationTypeId type(std::string_view raw, TextPosition at) {
        raw = trimmed(raw);
        if (const RelationTypeId* known = types_.find(raw)) return *known;
        if (type_spellings_.size() > std::numeric_limits<RelationTypeId>::max()) throw LeftToOneThread{};
        const auto id = static_cast<RelationTypeId>(type_spellings_.size());
        types_.add(raw, id);
        type_spellings_.push_back({kept(raw), at});
        return id;
    }
    void add(EntityId from, EntityId to, const Relation& r, RelationDetails d, TextPosition at) {
        if (next_ == end_ || at.column != 1 || stop_.load(std::memory_order_relaxed)) throw LeftToOneThread{};
        if (!d.empty()) details_.emplace_back(next_, std::move(d));
        g_.fill_relation(next_++, from, to, r, at.line);
    }

    RelationId count() const { return next_ - first_; }
    std::size_t spellings() const { return spellings_.size(); }
    // Makes the part's entities and types the builder's, and moves its relations to `to`.
    void merge(ImportBuilder& b, RelationId to) {
        std::vector<EntityId> entity_of;
        entity_of.reserve(spellings_.size());
        // Spellings whose lookups are fetched ahead, and further ahead their text, which is
        // anywhere in the file (hashing it for the lookup's fetch would otherwise wait for it).
        constexpr std::size_t kAhead = 16, kTextAhead = 48;
        for (std::size_t i = 0; i < spellings_.size(); ++i) {
            if (i + kTextAhead < spellings_.size()) __builtin_prefetch(spellings_[i + kTextAhead].text.data());
            if (i + kAhead < spellings_.size()) b.prefetch_new_entity(spellings_[i + kAhead].text);
            entity_of.push_back(b.entity_for(spellings_[i].text, spellings_[i].at, false));
        }
        std::vector<RelationTypeId> type_of;
        for (const Spelling& s : type_spellings_) type_of.push_back(b.type(s.text, s.at));
        g_.renumber_relations(first_, next_, to, entity_of, type_of);
        for (auto& [id, d] : details_) g_.set_details(id - first_ + to, std::move(d));
    }

private:
    struct Spelling {
        std::string_view text;
        TextPosition at;
    };
    // `raw` itself when it is in the text, else (a field with doubled quotes) a copy.
    std::string_view kept(std::string_view raw) {
        return points_into(raw, text_) ? raw : std::string_view(owned_.emplace_back(raw));
    }

    PartnershipGraph& g_;
    RelationId first_, next_, end_;
    std::string_view text_;
    const std::atomic<bool>& stop_;  // the other part failed
    StringIndex ids_;                // spelling -> the part's number of it
    std::vector<Spelling> spellings_;
    SpellingMap<RelationTypeId> types_;
    std::vector<Spelling> type_spellings_;
    std::vector<std::pair<RelationId, RelationDetails>> details_;
    std::deque<std::string> owned_;
};

class CsvGraphReader {
public:
    CsvGraphReader(ImportBuilder& b, std::string_view text, const std::string& name, const ReadProgress& progress)
        : b_(b), parser_(text, name), text_(text), progress_(progress) {}
    // A reader of the records in text[from, to), the first of them on `line`, of the edges file
    // whose header `head` read.
    CsvGraphReader(const CsvGraphReader& head, std::size_t from, std::size_t to, std::uint32_t line,
                   const ReadProgress& progress)
        : b_(head.b_), parser_(head.text_, head.b_.source_name(), head.parser_.delimiter(), from, to, line),
          text_(head.text_), progress_(progress), header_(head.header_), header_at_(head.header_at_) {}

    // Reads the header; false when the file has no header at all.
    bool header(const std::vector<Synonyms>& table) {
        if (!parser_.next(record_.fields)) return false;
        header_ = match_header(record_.fields, table);
        header_at_ = parser_.record_at();
        return true;
    }
    const Header& columns() const { return header_; }
    // Where the reading is: bytes read so far, and the line they end on.
    std::size_t offset() const { return parser_.offset(); }
    std::uint32_t line() const { return parser_.line(); }

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
        // A line per relation, give or take a quoted line break: one allocation, not twenty.
        b_.graph().reserve_relations(count_byte(text_.substr(parser_.offset()), '\n'));
        BuilderSink sink(b_, nodes_listed);
        read_edges(sink);
    }
    // Reads the records into `sink` (a BuilderSink or a PartSink).
    template <typename Sink>
    void read_edges(Sink& sink) {
        const auto source = header_.find(Column::source);
        const auto target = header_.find(Column::target);
        if (!source || !target)
            b_.fail(header_at_, std::string("no ") + (source ? "target" : "source") +
                                    " column in the edges header; expected one of: " +
                                    (source ? "target, to, dst" : "source, from, src"));
        // The entities of a whole batch are looked up ahead (prefetched), so that the lookups'
        // memory reads overlap instead of waiting one after another.
        each_record(
            [&](const Record& rec) {
                sink.prefetch(field(rec, *source).text);
                sink.prefetch(field(rec, *target).text);
            },
            [&](const Record& rec) { add_edge(rec, *source, *target, sink); });
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

    template <typename Sink>
    void add_edge(const Record& rec, std::size_t source, std::size_t target, Sink& sink) {
        check_width(rec);
        const EntityId s = sink.entity(field(rec, source));
        const EntityId t = sink.entity(field(rec, target));
        Relation r;
        RelationDetails d;
        r.type = type_of(rec, d, sink);
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
        sink.add(s, t, r, std::move(d), rec.at);
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
            if (!f.text.empty() && !points_into(f.text, text_)) f.text = owned_.emplace_back(f.text);
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
    template <typename Sink>
    RelationTypeId type_of(const Record& rec, RelationDetails& d, Sink& sink) {
        std::optional<RelationTypeId> type;
        for (std::size_t c : header_.type_columns) {
            if (c >= rec.fields.size()) continue;
            const CsvField& f = rec.fields[c];
            if (trimmed(f.text).empty() || is_gephi_direction(f.text)) continue;
            if (!type) type = sink.type(f.text, f.at);
            else if (header_.columns[c] == Column::more_type)
                d.attributes.emplace_back(header_.names[c], std::string(f.text));
        }
        return type ? *type : sink.type({}, rec.at);
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

// Where the records of a file read on two threads are cut in two: [from, middle) and [middle,
// end), with the line breaks in each (a record per line, give or take a quoted line break).
struct Cut {
    std::size_t middle = 0;
    std::uint32_t middle_line = 0;  // the line `middle` begins
    std::size_t first_lines = 0, second_lines = 0;
};

// The first part has half the records' bytes: its thread then also numbers the new entities
// (most of them) while the second part, read more slowly beside it, is finished; at 10M
// relations the two threads end about together. The cut is at a line break with an even number
// of quotes before it, which is between two records in a well-formed file; where not, the first
// part ends inside a quoted field and fails, and the file is read on one thread.
constexpr double kFirstShare = 0.5;

// A part's line breaks, once its text is checked (NUL bytes, UTF-8); nothing when the check fails.
std::optional<std::size_t> checked_lines(std::string_view part, const std::string& name) {
    try {
        check_csv(part, name);
    } catch (const InputError&) {
        return std::nullopt;
    }
    return count_byte(part, '\n');
}

// The cut of the records after `from`; nothing when there is none, or when the text fails its
// check (a reading on one thread then says where). The two parts' text is checked and their line
// breaks counted on two threads.
std::optional<Cut> cut_records(std::string_view text, std::size_t from, const std::string& name) {
    const auto count = [&](std::size_t a, std::size_t b, char c) { return count_byte(text.substr(a, b - a), c); };
    std::size_t at = from + static_cast<std::size_t>(static_cast<double>(text.size() - from) * kFirstShare);
    bool quoted = count(from, at, '"') % 2 != 0;
    for (; at < text.size() && (text[at] != '\n' || quoted); ++at)
        if (text[at] == '"') quoted = !quoted;
    if (at + 1 >= text.size()) return std::nullopt;
    Cut cut;
    cut.middle = at + 1;
    std::future<std::optional<std::size_t>> second;
    try {
        second = std::async(std::launch::async, checked_lines, text.substr(cut.middle), std::cref(name));
    } catch (const std::system_error&) {
        return std::nullopt;
    }
    const std::optional<std::size_t> up_to_middle = checked_lines(text.substr(0, cut.middle), name);
    const std::optional<std::size_t> after_middle = second.get();
    if (!up_to_middle || !after_middle) return std::nullopt;
    cut.first_lines = *up_to_middle - count(0, from, '\n');
    cut.second_lines = *after_middle;
    const std::size_t line = *up_to_middle + 1;
    if (line > std::numeric_limits<std::uint32_t>::max()) return std::nullopt;
    cut.middle_line = static_cast<std::uint32_t>(line);
    return cut;
}

// Reads an edges file's records in two parts, on this thread and another, into `b` (whose
// reader `head` has read the header). False when a part meets what it leaves to one thread:
// `b` is then to be thrown away.
bool read_two_parts(ImportBuilder& b, const CsvGraphReader& head, const Cut& cut, const ReadProgress& progress) {
    const std::string_view text = b.text();
    PartnershipGraph& g = b.graph();
    RelationId first = 0;
    try {
        first = g.open_relation_slots(cut.first_lines + cut.second_lines + 1);
    } catch (const std::exception&) {  // more than 2^32 lines, or no memory for them
        return false;
    }
    const RelationId second_first = first + static_cast<RelationId>(cut.first_lines);
    std::atomic<bool> stop{false};
    std::atomic<std::size_t> second_done{0};
    const ReadProgress tell_second = [&](std::size_t done, std::size_t) {
        second_done.store(done - cut.middle, std::memory_order_relaxed);
    };
    const ReadProgress tell_first = [&](std::size_t done, std::size_t total) {
        if (progress) progress(done + second_done.load(std::memory_order_relaxed), total);
    };
    PartSink one(g, first, second_first, text, stop);
    PartSink two(g, second_first, static_cast<RelationId>(g.relation_count()), text, stop);
    CsvGraphReader first_reader(head, head.offset(), cut.middle, head.line(), tell_first);
    CsvGraphReader second_reader(head, cut.middle, text.size(), cut.middle_line, tell_second);
    std::future<void> second;  // declared last: joined before the rest goes
    try {
        second = std::async(std::launch::async, [&] {
            try {
                second_reader.read_edges(two);
            } catch (...) {
                stop = true;  // the first part stops too: one thread reads the file
                throw;
            }
        });
    } catch (const std::system_error&) {
        return false;
    }
    try {
        first_reader.read_edges(one);
        b.reserve_entities(one.spellings());  // (most entities are new in the first part)
        one.merge(b, first);
        second.get();
        two.merge(b, first + one.count());
    } catch (...) {
        stop = true;
        if (second.valid()) second.wait();
        return false;
    }
    g.close_relation_slots(first + one.count() + two.count());
    return true;
}

}  // namespace

std::optional<LoadResult> read_csv_edges_on_two_threads(std::string_view text, const std::string& name,
                                                        const ImportOptions& options) {
    ImportBuilder b(text, name, options);
    const ReadProgress none;  // (the parts tell the progress)
    CsvGraphReader head(b, text, name, none);
    try {  // (the text is not checked yet: its errors are one thread's to tell, in their order)
        if (!head.header(kEdgeColumns) || !head.columns().has(Column::source) || !head.columns().has(Column::target))
            return std::nullopt;
    } catch (const InputError&) {
        return std::nullopt;
    }
    const std::optional<Cut> cut = cut_records(text, head.offset(), name);
    if (!cut || !read_two_parts(b, head, *cut, options.progress)) return std::nullopt;
    // The parts' spellings of ids and types were views of the text: only now is it done with.
    if (options.release) options.release(text.size());
    return b.finish();
}

LoadResult CsvReader::read(std::string_view text, const std::string& source_name) const {
    if (text.size() >= options_.split_from && std::thread::hardware_concurrency() >= 2)
        if (auto read = read_csv_edges_on_two_threads(text, source_name, options_)) return std::move(*read);
    check_csv(text, source_name);
    const ReadProgress told = progress_and_release(options_.progress, options_.release);
    ImportBuilder b(text, source_name, options_);
    CsvGraphReader csv(b, text, source_name, told);
    csv.header(kEdgeColumns);
    if (csv.columns().has(Column::source) || csv.columns().has(Column::target)) {
        csv.read_edges(false);
    } else {
        CsvGraphReader nodes(b, text, source_name, told);
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
