#include "io/csv_edges.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <optional>

#include "io/view_index.hpp"
#include "support/ordered_work.hpp"

namespace pactgraph {

void check_csv_width(const ImportBuilder& b, const CsvHeader& header, const std::vector<CsvField>& fields) {
    for (std::size_t i = header.columns.size(); i < fields.size(); ++i) {
        if (!trimmed(fields[i].text).empty())
            b.fail(fields[i].at, "this row has " + std::to_string(fields.size()) + " fields but the header has " +
                                     std::to_string(header.columns.size()) + "; expected at most " +
                                     std::to_string(header.columns.size()) +
                                     " (quote a field that contains the delimiter)");
    }
}

namespace {

// Bytes of text per block parsed in parallel, and blocks parsed ahead of the graph's builder.
constexpr std::size_t kBlockBytes = 512 * 1024;
constexpr std::size_t kBlocksAhead = 4;
constexpr std::uint32_t kNoDetails = 0xFFFFFFFFu;

bool no_details(const RelationDetails& d) {
    return d.label.empty() && d.scope.empty() && d.note.empty() && d.id.empty() && d.sources.empty() &&
           d.attributes.empty();
}

// The part of reading a row that needs nothing but the row: the chosen type field, amounts,
// dates, statuses, text and sources. Safe to call from several threads at once.
class EdgeFields {
public:
    EdgeFields(const ImportBuilder& b, const CsvHeader& h)
        : b_(b), h_(h), source_(*h.find(CsvColumn::source)), target_(*h.find(CsvColumn::target)) {
        constexpr std::array<CsvColumn, 5> kSourceColumns = {
            CsvColumn::source_url, CsvColumn::source_citation, CsvColumn::source_publisher,
            CsvColumn::source_date, CsvColumn::source_confidence};
        for (std::size_t k = 0; k < kSourceColumns.size(); ++k) source_columns_[k] = h.find(kSourceColumns[k]);
    }

    // The source and target fields (an empty field at the record's start when the row is short).
    CsvField from(const std::vector<CsvField>& f, TextPosition at) const { return field(f, source_, at); }
    CsvField to(const std::vector<CsvField>& f, TextPosition at) const { return field(f, target_, at); }

    // The first type-like column with a type in it (Gephi's "Directed"/"Undirected" skipped), or
    // null; a second type-like column whose value is not used is kept as an attribute.
    const CsvField* type_field(const std::vector<CsvField>& f, RelationDetails& d) const {
        const CsvField* type = nullptr;
        for (std::size_t c : h_.type_columns) {
            if (c >= f.size()) continue;
            if (trimmed(f[c].text).empty() || is_gephi_direction(f[c].text)) continue;
            if (!type) type = &f[c];
            else if (h_.columns[c] == CsvColumn::more_type) d.attributes.emplace_back(h_.names[c], std::string(f[c].text));
        }
        return type;
    }

    // Every other column, in column order (the first bad value throws).
    void values(const std::vector<CsvField>& f, Relation& r, RelationDetails& d) const {
        bool sources = false;
        for (std::size_t i = 0; i < std::min(f.size(), h_.columns.size()); ++i) {
            const std::string_view v = f[i].text;
            const TextPosition at = f[i].at;
            switch (h_.columns[i]) {
                case CsvColumn::label: d.label = std::string(v); break;
                case CsvColumn::amount: r.amount_usd = b_.amount(v, at); break;
                case CsvColumn::date: r.date = b_.date(v, at); break;
                case CsvColumn::end_date: r.end_date = b_.date(v, at); break;
                case CsvColumn::status: r.status = b_.status(v, at); break;
                case CsvColumn::exclusive: r.exclusive = b_.flag(v, at); break;
                case CsvColumn::scope: d.scope = std::string(v); break;
                case CsvColumn::note: d.note = std::string(v); break;
                case CsvColumn::source_url: case CsvColumn::source_citation: case CsvColumn::source_publisher:
                case CsvColumn::source_date: case CsvColumn::source_confidence:
                    sources = sources || !v.empty();
                    break;
                case CsvColumn::extra:
                    if (!v.empty()) d.attributes.emplace_back(h_.names[i], std::string(v));
                    break;
                default: break;
            }
        }
        if (sources) d.sources = read_sources(f);
    }

private:
    static CsvField field(const std::vector<CsvField>& f, std::size_t i, TextPosition at) {
        return i < f.size() ? f[i] : CsvField{{}, at};
    }

    std::vector<Source> read_sources(const std::vector<CsvField>& f) const {
        std::array<std::string_view, 5> columns;
        std::array<TextPosition, 5> at{};
        for (std::size_t k = 0; k < source_columns_.size(); ++k) {
            const auto& c = source_columns_[k];
            if (!c || *c >= f.size()) continue;
            columns[k] = f[*c].text;
            at[k] = f[*c].at;
        }
        return b_.sources(columns, at);
    }

    const ImportBuilder& b_;
    const CsvHeader& h_;
    std::size_t source_, target_;
    std::array<std::optional<std::size_t>, 5> source_columns_;
};

// A row parsed by a worker: everything but the entity and type lookups, which the builder does
// in file order. Lines count from the block's first line.
struct StagedEdge {
    std::string_view from, to, type;  // views into the text
    std::uint64_t from_hash = 0, to_hash = 0, type_hash = 0;
    TextPosition at, from_at, to_at, type_at;
    std::size_t offset = 0;  // where the record starts
    Relation relation;
    std::uint32_t details = kNoDetails;  // index into the block's details
    bool has_type = false;
    bool again = false;  // read it again the serial way (an id with a doubled quote)
};

struct EdgeBlock {
    std::size_t start = 0;
    std::vector<StagedEdge> rows;
    std::vector<RelationDetails> details;  // of the rows that have any
    // Where the rows end and reading goes on (the block's end, or a row the worker could not
    // read: the serial reader reads it again and reports its error).
    std::size_t end = 0;
    TextPosition end_at;
};

TextPosition shifted(TextPosition p, std::uint32_t lines) { return {p.line + lines, p.column}; }

class EdgeReader {
public:
    EdgeReader(ImportBuilder& b, std::string_view text, const std::string& name, const CsvHeader& header,
               char delimiter, bool nodes_listed)
        : b_(b), text_(text), name_(name), header_(header), fields_(b, header), delimiter_(delimiter),
          nodes_listed_(nodes_listed) {}

    // Reads the records from `offset` (at `at`) on, one after another, until one starts at or
    // after `limit`; returns where reading goes on.
    std::pair<std::size_t, TextPosition> read_serially(std::size_t offset, TextPosition at, std::size_t limit) {
        CsvParser p(text_, name_, delimiter_, offset, at);
        while (p.offset() < limit && p.next(row_)) add_row(row_, p.record_at());
        return {p.offset(), p.position()};
    }

    // A worker's part: the block [start, end) parsed without touching the graph.
    EdgeBlock parse_block(std::size_t start, std::size_t end) const {
        EdgeBlock block;
        block.start = start;
        block.end = start;
        block.end_at = {1, 1};
        CsvParser p(text_, name_, delimiter_, start, {1, 1});
        std::vector<CsvField> f;
        while (p.offset() < end) {
            const std::size_t before = p.offset();
            const TextPosition before_at = p.position();
            try {
                if (!p.next(f)) break;
                if (p.record_offset() >= end) {  // blank lines ran into the next block
                    const auto lines = std::count(text_.begin() + static_cast<std::ptrdiff_t>(before),
                                                  text_.begin() + static_cast<std::ptrdiff_t>(end), '\n');
                    block.end = end;
                    block.end_at = {before_at.line + static_cast<std::uint32_t>(lines), 1};
                    return block;
                }
                stage(block, f, p);
            } catch (const InputError&) {
                return block;  // the serial reader reads this record again and reports the error
            }
            block.end = p.offset();
            block.end_at = p.position();
        }
        block.end = p.offset();
        block.end_at = p.position();
        return block;
    }

    // The builder's part, in file order: the block's rows into the graph. `lines`: how many lines
    // come before the block's first.
    void add_block(EdgeBlock& block, std::uint32_t lines) {
        for (StagedEdge& row : block.rows) {
            if (row.again) {
                CsvParser p(text_, name_, delimiter_, row.offset, shifted(row.at, lines));
                p.next(row_);
                add_row(row_, p.record_at());
                continue;
            }
            const EntityId s = entity(row.from, row.from_hash, shifted(row.from_at, lines));
            const EntityId t = entity(row.to, row.to_hash, shifted(row.to_at, lines));
            Relation r = row.relation;
            r.type = row.has_type ? type(row.type, row.type_hash, shifted(row.type_at, lines))
                                  : untyped(shifted(row.at, lines));
            if (row.details == kNoDetails) {
                b_.graph().add_relation(s, t, r, RelationPosition{row.at.line + lines, row.at.column});
            } else {
                RelationDetails& d = block.details[row.details];
                d.line += lines;
                b_.graph().add_relation(s, t, r, std::move(d));
            }
        }
    }

private:
    bool in_text(std::string_view v) const {
        const std::less_equal<const char*> le;
        return v.data() && le(text_.data(), v.data()) && le(v.data() + v.size(), text_.data() + text_.size());
    }

    // One record, read the serial way: the reference for what every row means.
    void add_row(const std::vector<CsvField>& f, TextPosition at) {
        check_csv_width(b_, header_, f);
        const CsvField from = fields_.from(f, at), to = fields_.to(f, at);
        const EntityId s = entity(from.text, from.at);
        const EntityId t = entity(to.text, to.at);
        Relation r;
        RelationDetails d;
        d.line = at.line;
        d.column = at.column;
        const CsvField* type_field = fields_.type_field(f, d);
        r.type = type_field ? type(type_field->text, type_field->at) : untyped(at);
        fields_.values(f, r, d);
        if (no_details(d)) b_.graph().add_relation(s, t, r, RelationPosition{d.line, d.column});
        else b_.graph().add_relation(s, t, r, std::move(d));
    }

    void stage(EdgeBlock& block, const std::vector<CsvField>& f, const CsvParser& p) const {
        check_csv_width(b_, header_, f);
        StagedEdge row;
        row.offset = p.record_offset();
        row.at = p.record_at();
        const CsvField from = fields_.from(f, row.at), to = fields_.to(f, row.at);
        RelationDetails d;
        d.line = row.at.line;
        d.column = row.at.column;
        const CsvField* type_field = fields_.type_field(f, d);
        fields_.values(f, row.relation, d);
        if (!in_text(from.text) || !in_text(to.text) || (type_field && !in_text(type_field->text))) {
            row.again = true;
            block.rows.push_back(row);
            return;
        }
        row.from = from.text;
        row.to = to.text;
        row.from_at = from.at;
        row.to_at = to.at;
        row.from_hash = text_hash(row.from);
        row.to_hash = text_hash(row.to);
        if (type_field) {
            row.has_type = true;
            row.type = type_field->text;
            row.type_at = type_field->at;
            row.type_hash = text_hash(row.type);
        }
        if (!no_details(d)) {
            row.details = static_cast<std::uint32_t>(block.details.size());
            block.details.push_back(std::move(d));
        }
        block.rows.push_back(row);
    }

    // The entity the file calls `raw`: remembered by its spelling once the builder has said.
    EntityId entity(std::string_view raw, std::uint64_t hash, TextPosition at) {
        if (const std::uint32_t v = entities_.find(raw, hash); v != ViewIndex::kAbsent) return v;
        const EntityId v = b_.entity_for(raw, at, nodes_listed_);
        if (v < ViewIndex::kAbsent) entities_.insert(raw, hash, static_cast<std::uint32_t>(v));
        return v;
    }
    EntityId entity(std::string_view raw, TextPosition at) {
        if (!in_text(raw)) return b_.entity_for(raw, at, nodes_listed_);
        return entity(raw, text_hash(raw), at);
    }

    RelationTypeId type(std::string_view raw, std::uint64_t hash, TextPosition at) {
        if (const std::uint32_t t = types_.find(raw, hash); t != ViewIndex::kAbsent)
            return static_cast<RelationTypeId>(t);
        const RelationTypeId t = b_.type(raw, at);
        types_.insert(raw, hash, t);
        return t;
    }
    RelationTypeId type(std::string_view raw, TextPosition at) {
        if (!in_text(raw)) return b_.type(raw, at);
        return type(raw, text_hash(raw), at);
    }
    RelationTypeId untyped(TextPosition at) {
        if (!untyped_) untyped_ = b_.type({}, at);
        return *untyped_;
    }

    ImportBuilder& b_;
    std::string_view text_;
    const std::string& name_;
    const CsvHeader& header_;
    EdgeFields fields_;
    char delimiter_;
    bool nodes_listed_;
    ViewIndex entities_;  // spelling -> entity, as the builder resolved it
    ViewIndex types_;
    std::optional<RelationTypeId> untyped_;
    std::vector<CsvField> row_;
};

}  // namespace

void read_csv_edges(ImportBuilder& b, std::string_view text, const std::string& name,
                    const CsvHeader& header, const CsvParser& after_header, bool nodes_listed,
                    const ImportOptions& options) {
    EdgeReader reader(b, text, name, header, after_header.delimiter(), nodes_listed);
    std::size_t pos = after_header.offset();
    TextPosition at = after_header.position();
    const std::size_t block_bytes = options.block_size ? options.block_size : kBlockBytes;
    const auto report = [&](std::size_t done) {
        if (options.progress) options.progress(done, text.size());
    };
    if (options.threads == 1 || text.size() - pos < 2 * block_bytes) {
        // Small files (and one thread): no blocks, but progress now and then.
        while (pos < text.size()) {
            std::tie(pos, at) = reader.read_serially(pos, at, std::min(text.size(), pos + block_bytes));
            report(pos);
        }
        return;
    }
    const std::vector<std::size_t> starts = csv_block_starts(text, pos, after_header.delimiter(), block_bytes);
    const auto end_of = [&](std::size_t k) { return k + 1 < starts.size() ? starts[k + 1] : text.size(); };
    produce_in_order<EdgeBlock>(
        starts.size(), options.threads, kBlocksAhead * std::max(1u, options.threads),
        [&](std::size_t k) { return reader.parse_block(starts[k], end_of(k)); },
        [&](std::size_t, EdgeBlock block) {
            // A block is used when reading stands exactly at its start (the blocks before it
            // ended where it begins); otherwise its records are read the serial way.
            if (pos < block.start) std::tie(pos, at) = reader.read_serially(pos, at, block.start);
            if (pos == block.start) {
                const std::uint32_t lines = at.line - 1;
                reader.add_block(block, lines);
                pos = block.end;
                at = shifted(block.end_at, lines);
            }
            report(pos);
        });
    if (pos < text.size()) reader.read_serially(pos, at, text.size());
    report(text.size());
}

}  // namespace pactgraph
