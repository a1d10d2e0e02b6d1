#include "io/snapshot_writer.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <span>
#include <string_view>
#include <unordered_map>

#include "io/snapshot_format.hpp"
#include "support/xxhash64.hpp"

namespace pactgraph {

namespace {

namespace sec = snapshot::section;

constexpr std::size_t kMaxIndex = std::numeric_limits<std::uint32_t>::max();

void check_fits(std::size_t count, const char* what) {
    if (count > kMaxIndex)
        throw UsageError("the graph has more " + std::string(what) +
                         " than a snapshot holds (at most 4294967295)");
}

// The string pool: each string gets an index; short ones (most repeated words: kinds,
// publishers, statuses of free text) are shared, long ones stored once per use so that a reader
// can bound what a file may expand to (snapshot::kMaxExpansion).
class StringPool {
public:
    StringPool() { append(""); }  // string 0 is the empty string

    std::uint32_t add(std::string_view s) {
        if (s.empty()) return 0;
        if (s.size() <= snapshot::kSharedStringMax) {
            auto [it, fresh] = shared_.try_emplace(s, 0);
            if (!fresh) return it->second;
            it->second = append(s);
            return it->second;
        }
        return append(s);
    }

    std::size_t size() const { return offsets_.size() - 1; }
    const std::vector<std::uint64_t>& offsets() const { return offsets_; }
    const std::string& bytes() const { return bytes_; }

private:
    std::uint32_t append(std::string_view s) {
        check_fits(offsets_.size(), "strings");
        const auto index = static_cast<std::uint32_t>(offsets_.size() - 1);
        bytes_.append(s);
        offsets_.push_back(bytes_.size());
        return index;
    }

    // Keys view the graph's and the warnings' own strings, which outlive the writer.
    std::unordered_map<std::string_view, std::uint32_t> shared_;
    std::vector<std::uint64_t> offsets_{0};
    std::string bytes_;
};

// One section: its name and bytes.
struct Section {
    std::string_view name;
    std::string bytes;
};

template <typename T>
Section column(std::string_view name, std::span<const T> values) {
    std::string bytes(values.size() * sizeof(T), '\0');
    if (!values.empty()) std::memcpy(bytes.data(), values.data(), bytes.size());
    return {name, std::move(bytes)};
}

template <typename T>
Section column(std::string_view name, const std::vector<T>& values) {
    return column(name, std::span<const T>(values));
}

// A list per element (roles, sources, attributes): the offsets column and where items go.
struct ListColumn {
    std::vector<std::uint64_t> at{0};
    void close(std::size_t items) { at.push_back(items); }
};

struct PairColumns {
    ListColumn at;
    std::vector<std::uint32_t> keys, values;
    void add(const std::vector<std::pair<std::string, std::string>>& pairs, StringPool& pool) {
        for (const auto& [k, v] : pairs) {
            keys.push_back(pool.add(k));
            values.push_back(pool.add(v));
        }
        at.close(keys.size());
    }
};

struct WordColumns {
    ListColumn at;
    std::vector<std::uint32_t> items;
    void add(const std::vector<std::string>& words, StringPool& pool) {
        for (const auto& w : words) items.push_back(pool.add(w));
        at.close(items.size());
    }
};

class Writer {
public:
    Writer(const PartnershipGraph& g, const std::vector<Diagnostic>& warnings,
           const snapshot::Adjacency* adjacency)
        : g_(g), warnings_(warnings), adjacency_(adjacency) {}

    std::string run() {
        check_fits(g_.entity_count(), "entities");
        check_fits(g_.relation_count(), "relations");
        info();
        vocabulary();
        entities();
        relations();
        warnings();
        std::vector<Section> all;
        all.push_back(column(sec::counts, std::vector<std::uint64_t>{
            pool_.size(), g_.vocabulary().kind_count(), g_.vocabulary().type_count(),
            g_.entity_count(), g_.relation_count(), source_url_.size(), warnings_.size()}));
        all.push_back(column(sec::info, info_));
        all.push_back(column(sec::string_offsets, pool_.offsets()));
        all.push_back({sec::string_bytes, pool_.bytes()});
        for (Section& s : sections_) all.push_back(std::move(s));
        if (adjacency_) add_adjacency(*adjacency_, all);
        all.push_back(block_checksums(all));
        return assemble(all);
    }

private:
    static Section block_checksums(const std::vector<Section>& all) {
        std::vector<std::uint64_t> sums;
        for (const Section& s : all)
            for (std::size_t at = 0; at < s.bytes.size(); at += snapshot::kBlockSize)
                sums.push_back(xxh64(std::string_view(s.bytes).substr(at, snapshot::kBlockSize)));
        return column(sec::block_checksums, sums);
    }

    void add_adjacency(const snapshot::Adjacency& a, std::vector<Section>& all) const {
        const std::size_t n = g_.entity_count();
        if (a.out_offsets.size() != n + 1 || a.in_offsets.size() != n + 1 ||
            a.out_offsets.back() != a.out_targets.size() || a.in_offsets.back() != a.in_targets.size())
            throw std::logic_error("write_snapshot: the adjacency is not this graph's");
        all.push_back(column(sec::view_out_offsets, a.out_offsets));
        all.push_back(column(sec::view_out_targets, a.out_targets));
        all.push_back(column(sec::view_in_offsets, a.in_offsets));
        all.push_back(column(sec::view_in_targets, a.in_targets));
    }

    void info() {
        info_ = {pool_.add(g_.info().title), pool_.add(g_.info().description),
                 snapshot::pack_date(g_.info().as_of)};
    }

    void vocabulary() {
        const Vocabulary& voc = g_.vocabulary();
        std::vector<std::uint32_t> names, descriptions;
        std::vector<std::uint8_t> flags;
        for (std::size_t k = 0; k < voc.kind_count(); ++k) {
            const KindInfo& info = voc.kind(static_cast<KindId>(k));
            names.push_back(pool_.add(info.name));
            descriptions.push_back(pool_.add(info.description));
            flags.push_back(info.builtin ? snapshot::kBuiltin : 0);
        }
        add(column(sec::kind_name, names), column(sec::kind_description, descriptions),
            column(sec::kind_flags, flags));
        names.clear(), descriptions.clear(), flags.clear();
        for (std::size_t t = 0; t < voc.type_count(); ++t) {
            const RelationTypeInfo& info = voc.type(static_cast<RelationTypeId>(t));
            names.push_back(pool_.add(info.name));
            descriptions.push_back(pool_.add(info.description));
            flags.push_back(static_cast<std::uint8_t>((info.builtin ? snapshot::kBuiltin : 0) |
                                                      (info.links_targets ? snapshot::kLinksTargets : 0) |
                                                      (info.symmetric ? snapshot::kSymmetric : 0)));
        }
        add(column(sec::type_name, names), column(sec::type_description, descriptions),
            column(sec::type_flags, flags));
    }

    void entities() {
        const std::size_t n = g_.entity_count();
        std::vector<std::uint32_t> id(n), name(n), url(n), note(n), line(n), col(n);
        std::vector<std::uint16_t> kind(n);
        WordColumns roles, aliases, tags;
        PairColumns attrs;
        for (EntityId v = 0; v < n; ++v) {
            const Entity& e = g_.entity(v);
            id[v] = pool_.add(e.id);
            name[v] = pool_.add(e.name);
            kind[v] = e.kind;
            url[v] = pool_.add(e.url);
            note[v] = pool_.add(e.note);
            line[v] = e.line;
            col[v] = e.column;
            roles.add(e.roles, pool_);
            aliases.add(e.aliases, pool_);
            tags.add(e.tags, pool_);
            attrs.add(e.attributes, pool_);
        }
        add(column(sec::entity_id, id), column(sec::entity_name, name), column(sec::entity_kind, kind),
            column(sec::entity_url, url), column(sec::entity_note, note),
            column(sec::entity_line, line), column(sec::entity_column, col),
            column(sec::entity_roles_at, roles.at.at), column(sec::entity_roles, roles.items),
            column(sec::entity_aliases_at, aliases.at.at), column(sec::entity_aliases, aliases.items),
            column(sec::entity_tags_at, tags.at.at), column(sec::entity_tags, tags.items),
            column(sec::entity_attrs_at, attrs.at.at), column(sec::entity_attr_keys, attrs.keys),
            column(sec::entity_attr_values, attrs.values), column(sec::entity_by_id, by_id()));
    }

    // Entity positions in the byte order of their ids (entities.by_id).
    std::vector<std::uint32_t> by_id() const {
        std::vector<std::uint32_t> order(g_.entity_count());
        for (std::size_t v = 0; v < order.size(); ++v) order[v] = static_cast<std::uint32_t>(v);
        std::sort(order.begin(), order.end(), [this](std::uint32_t a, std::uint32_t b) {
            return std::string_view(g_.entity(a).id) < std::string_view(g_.entity(b).id);
        });
        return order;
    }

    // Each entity's relations as a source, ascending (relations.by_source_at, relations.by_source).
    static std::pair<std::vector<std::uint64_t>, std::vector<std::uint32_t>> by_source(
        const std::vector<std::uint32_t>& source, std::size_t entities) {
        std::vector<std::uint64_t> at(entities + 1, 0);
        for (const std::uint32_t v : source) ++at[v + 1];
        for (std::size_t v = 0; v < entities; ++v) at[v + 1] += at[v];
        std::vector<std::uint32_t> items(source.size());
        std::vector<std::uint64_t> next(at.begin(), at.end() - 1);
        for (std::size_t i = 0; i < source.size(); ++i) items[next[source[i]]++] = static_cast<std::uint32_t>(i);
        return {std::move(at), std::move(items)};
    }

    void relations() {
        const std::size_t m = g_.relation_count();
        std::vector<std::uint32_t> source(m), target(m), date(m), end_date(m), label(m), scope(m),
            note(m), id(m), line(m), col(m);
        std::vector<std::uint16_t> type(m);
        std::vector<std::uint8_t> status(m), flags(m);
        std::vector<double> amount(m);
        ListColumn sources;
        PairColumns attrs;
        std::size_t i = 0;
        for (RelationEdge e : g_.relations()) {
            const Relation& r = g_.relation(e);
            const RelationDetails& d = g_.details(r.id);
            source[i] = static_cast<std::uint32_t>(g_.source(e));
            target[i] = static_cast<std::uint32_t>(g_.target(e));
            type[i] = r.type;
            status[i] = static_cast<std::uint8_t>(r.status);
            flags[i] = static_cast<std::uint8_t>((r.exclusive ? snapshot::kExclusive : 0) |
                                                 static_cast<int>(r.date_bound) << snapshot::kDateBoundShift);
            amount[i] = r.has_amount() ? r.amount_usd : std::numeric_limits<double>::quiet_NaN();
            date[i] = snapshot::pack_date(r.date);
            end_date[i] = snapshot::pack_date(r.end_date);
            label[i] = pool_.add(d.label);
            scope[i] = pool_.add(d.scope);
            note[i] = pool_.add(d.note);
            id[i] = pool_.add(d.id);
            const RelationPosition at = g_.position(r.id);
            line[i] = at.line;
            col[i] = at.column;
            for (const Source& s : d.sources) add_source(s);
            sources.close(source_url_.size());
            attrs.add(d.attributes, pool_);
            ++i;
        }
        add(column(sec::relation_source, source), column(sec::relation_target, target),
            column(sec::relation_type, type), column(sec::relation_status, status),
            column(sec::relation_flags, flags), column(sec::relation_amount, amount),
            column(sec::relation_date, date), column(sec::relation_end_date, end_date),
            column(sec::relation_label, label), column(sec::relation_scope, scope),
            column(sec::relation_note, note), column(sec::relation_id, id),
            column(sec::relation_line, line), column(sec::relation_column, col),
            column(sec::relation_sources_at, sources.at), column(sec::relation_attrs_at, attrs.at.at),
            column(sec::relation_attr_keys, attrs.keys), column(sec::relation_attr_values, attrs.values));
        const auto [by_source_at, by_source_items] = by_source(source, g_.entity_count());
        add(column(sec::relation_by_source_at, by_source_at), column(sec::relation_by_source, by_source_items));
        add(column(sec::source_url, source_url_), column(sec::source_citation, source_citation_),
            column(sec::source_publisher, source_publisher_), column(sec::source_date, source_date_),
            column(sec::source_confidence, source_confidence_));
    }

    void add_source(const Source& s) {
        source_url_.push_back(pool_.add(s.url));
        source_citation_.push_back(pool_.add(s.citation));
        source_publisher_.push_back(pool_.add(s.publisher));
        source_date_.push_back(snapshot::pack_date(s.date));
        source_confidence_.push_back(static_cast<std::uint8_t>(s.confidence));
    }

    void warnings() {
        std::vector<std::uint8_t> severity;
        std::vector<std::uint32_t> file, line, col, message, source_line;
        for (const Diagnostic& d : warnings_) {
            severity.push_back(static_cast<std::uint8_t>(d.severity));
            file.push_back(pool_.add(d.where.file));
            line.push_back(d.where.line);
            col.push_back(d.where.column);
            message.push_back(pool_.add(d.message));
            source_line.push_back(pool_.add(d.source_line));
        }
        add(column(sec::warning_severity, severity), column(sec::warning_file, file),
            column(sec::warning_line, line), column(sec::warning_column, col),
            column(sec::warning_message, message), column(sec::warning_source_line, source_line));
    }

    template <typename... S>
    void add(S&&... s) {
        (sections_.push_back(std::forward<S>(s)), ...);
    }

    static std::size_t aligned(std::size_t n) {
        return (n + snapshot::kAlignment - 1) / snapshot::kAlignment * snapshot::kAlignment;
    }

    template <typename T>
    static void put(std::string& out, std::size_t at, T v) {
        std::memcpy(out.data() + at, &v, sizeof v);
    }

    // Header, section table, then each section at an aligned offset (zero padding).
    static std::string assemble(const std::vector<Section>& all) {
        const std::size_t table_end = snapshot::kHeaderSize + all.size() * snapshot::kEntrySize;
        std::size_t size = aligned(table_end);
        for (const Section& s : all) size = aligned(size + s.bytes.size());
        std::string out(size, '\0');
        out.replace(0, snapshot::kMagic.size(), snapshot::kMagic);
        put<std::uint32_t>(out, 8, snapshot::kVersion);
        put<std::uint32_t>(out, 12, snapshot::kByteOrderMark);
        put<std::uint64_t>(out, 16, size);
        put<std::uint32_t>(out, 24, static_cast<std::uint32_t>(all.size()));
        std::size_t offset = aligned(table_end), entry = snapshot::kHeaderSize;
        for (const Section& s : all) {
            out.replace(entry, s.name.size(), s.name);
            put<std::uint64_t>(out, entry + snapshot::kNameSize, offset);
            put<std::uint64_t>(out, entry + snapshot::kNameSize + 8, s.bytes.size());
            put<std::uint64_t>(out, entry + snapshot::kNameSize + 16, xxh64(s.bytes));
            out.replace(offset, s.bytes.size(), s.bytes);
            offset = aligned(offset + s.bytes.size());
            entry += snapshot::kEntrySize;
        }
        const std::string_view bytes(out);
        const std::uint64_t seed = xxh64(bytes.substr(0, 32));
        put<std::uint64_t>(out, 32, xxh64(bytes.substr(snapshot::kHeaderSize, table_end - snapshot::kHeaderSize), seed));
        return out;
    }

    const PartnershipGraph& g_;
    const std::vector<Diagnostic>& warnings_;
    const snapshot::Adjacency* adjacency_;
    StringPool pool_;
    std::vector<std::uint32_t> info_;
    std::vector<std::uint32_t> source_url_, source_citation_, source_publisher_, source_date_;
    std::vector<std::uint8_t> source_confidence_;
    std::vector<Section> sections_;
};

}  // namespace

std::string write_snapshot(const PartnershipGraph& g, const std::vector<Diagnostic>& warnings,
                           const snapshot::Adjacency* adjacency) {
    return Writer(g, warnings, adjacency).run();
}

}  // namespace pactgraph
