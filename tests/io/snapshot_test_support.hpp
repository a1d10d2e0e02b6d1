// Helpers of the snapshot tests: every field of a model spelled out (lines, columns, flags and
// warnings included, which the TOML text does not carry), and a snapshot taken apart into its
// sections and put together again with fresh checksums, written here from the layout in
// docs/formats.md rather than with the writer's code, so that tests can forge files whose
// checksums are right and whose content is hostile.
#pragma once

#include <cstdint>
#include <cstring>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "model/graph.hpp"
#include "support/diagnostics.hpp"
#include "support/xxhash64.hpp"

namespace pactgraph::testing {

inline std::string model_dump(const PartnershipGraph& g, const std::vector<Diagnostic>& warnings = {}) {
    std::ostringstream o;
    o.precision(17);
    const GraphInfo& info = g.info();
    o << "info " << info.title << '|' << info.description << '|' << info.as_of.to_string() << '\n';
    const Vocabulary& voc = g.vocabulary();
    for (std::size_t k = 0; k < voc.kind_count(); ++k) {
        const KindInfo& i = voc.kind(static_cast<KindId>(k));
        o << "kind " << i.name << '|' << i.description << '|' << i.builtin << '\n';
    }
    for (std::size_t t = 0; t < voc.type_count(); ++t) {
        const RelationTypeInfo& i = voc.type(static_cast<RelationTypeId>(t));
        o << "type " << i.name << '|' << i.description << '|' << i.builtin << i.links_targets << i.symmetric << '\n';
    }
    const auto list = [&o](const std::vector<std::string>& items) {
        for (const auto& s : items) o << s << ';';
        o << '|';
    };
    const auto pairs = [&o](const std::vector<std::pair<std::string, std::string>>& items) {
        for (const auto& [k, v] : items) o << k << '=' << v << ';';
        o << '|';
    };
    for (EntityId v = 0; v < g.entity_count(); ++v) {
        const Entity& e = g.entity(v);
        o << "entity " << v << ' ' << e.id << '|' << e.name << '|' << e.kind << '|';
        list(e.roles);
        list(e.aliases);
        list(e.tags);
        o << e.url << '|' << e.note << '|';
        pairs(e.attributes);
        o << e.line << ':' << e.column;
        for (const auto& a : e.aliases) o << " finds(" << a << ")=" << g.find(a);
        o << '\n';
    }
    for (RelationEdge e : g.relations()) {
        const Relation& r = g.relation(e);
        const RelationDetails& d = g.details(e);
        o << "relation " << r.id << ' ' << g.source(e) << "->" << g.target(e) << '|' << r.type << '|'
          << static_cast<int>(r.status) << '|' << r.exclusive << '|' << (r.has_amount() ? r.amount_usd : -1.0) << '|'
          << r.date.to_string() << '|' << static_cast<int>(r.date_bound) << '|' << r.end_date.to_string() << '|'
          << d.label << '|' << d.scope << '|' << d.note << '|' << d.id << '|' << g.position(e).line << ':' << g.position(e).column << '|';
        for (const Source& s : d.sources)
            o << "src " << s.url << ';' << s.citation << ';' << s.publisher << ';' << s.date.to_string() << ';'
              << static_cast<int>(s.confidence) << '|';
        pairs(d.attributes);
        o << '\n';
    }
    for (const Diagnostic& w : warnings) o << "warning " << format_diagnostic(w) << '\n';
    return o.str();
}

// A snapshot's sections, in table order, as (name, bytes); and the header's version field.
struct SnapshotParts {
    std::uint32_t version = 1;
    std::vector<std::pair<std::string, std::string>> sections;

    std::string& section(const std::string& name) {
        for (auto& [n, bytes] : sections)
            if (n == name) return bytes;
        throw std::runtime_error("no section " + name);
    }

    template <typename T>
    T get(const std::string& name, std::size_t i) {
        T v;
        std::memcpy(&v, item<T>(name, i), sizeof v);
        return v;
    }

    template <typename T>
    void set(const std::string& name, std::size_t i, T v) {
        std::memcpy(item<T>(name, i), &v, sizeof v);
    }

    template <typename T>
    char* item(const std::string& name, std::size_t i) {
        std::string& bytes = section(name);
        if ((i + 1) * sizeof(T) > bytes.size()) throw std::out_of_range(name + " has no item " + std::to_string(i));
        return bytes.data() + i * sizeof(T);
    }
};

template <typename T>
T read_le(const std::string& bytes, std::size_t at) {
    T v;
    std::memcpy(&v, bytes.data() + at, sizeof v);
    return v;
}

template <typename T>
void write_le(std::string& bytes, std::size_t at, T v) {
    std::memcpy(bytes.data() + at, &v, sizeof v);
}

// Recomputes the header's checksum after the header or table was edited.
inline void rechecksum_header(std::string& file) {
    const std::size_t table_end = 40 + 48 * static_cast<std::size_t>(read_le<std::uint32_t>(file, 24));
    const std::string_view all(file);
    write_le<std::uint64_t>(file, 32, xxh64(all.substr(40, table_end - 40), xxh64(all.substr(0, 32))));
}

// Where each section lies in a file: (name, offset, length), in table order.
struct SectionPlace {
    std::string name;
    std::uint64_t offset, length;
};

inline std::vector<SectionPlace> section_places(const std::string& file) {
    std::vector<SectionPlace> out;
    const auto count = read_le<std::uint32_t>(file, 24);
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t at = 40 + 48 * i;
        const std::string name = file.substr(at, 24);
        out.push_back({name.substr(0, name.find('\0')), read_le<std::uint64_t>(file, at + 24),
                       read_le<std::uint64_t>(file, at + 32)});
    }
    return out;
}

inline SnapshotParts take_apart(const std::string& file) {
    SnapshotParts parts;
    parts.version = read_le<std::uint32_t>(file, 8);
    for (const SectionPlace& p : section_places(file))
        parts.sections.emplace_back(p.name, file.substr(p.offset, p.length));
    return parts;
}

// Recomputes checksums.blocks_4k, when the parts have it, from the other sections (the XXH64 of
// every 4096-byte block of each, in table order): the forged file's blocks then check, too.
inline void refresh_block_checksums(SnapshotParts& parts) {
    std::string fresh, *sums = nullptr;
    for (auto& [name, bytes] : parts.sections) {
        if (name == "checksums.blocks_4k") {
            sums = &bytes;
            continue;
        }
        for (std::size_t at = 0; at < bytes.size(); at += 4096) {
            const std::uint64_t h = xxh64(std::string_view(bytes).substr(at, 4096));
            fresh.append(reinterpret_cast<const char*>(&h), sizeof h);
        }
    }
    if (sums) *sums = fresh;
}

// The file of `parts`: header, table, sections at multiples of 8 with zero padding, every
// checksum computed afresh.
inline std::string put_together(const SnapshotParts& parts) {
    const auto aligned = [](std::size_t n) { return (n + 7) / 8 * 8; };
    const std::size_t table_end = 40 + 48 * parts.sections.size();
    std::size_t size = aligned(table_end);
    for (const auto& [name, bytes] : parts.sections) size = aligned(size + bytes.size());
    std::string out(size, '\0');
    out.replace(0, 8, std::string("PGSNAP\0\x1a", 8));
    write_le<std::uint32_t>(out, 8, parts.version);
    write_le<std::uint32_t>(out, 12, 0x01020304);
    write_le<std::uint64_t>(out, 16, size);
    write_le<std::uint32_t>(out, 24, static_cast<std::uint32_t>(parts.sections.size()));
    std::size_t offset = aligned(table_end), entry = 40;
    for (const auto& [name, bytes] : parts.sections) {
        out.replace(entry, name.size(), name);
        write_le<std::uint64_t>(out, entry + 24, offset);
        write_le<std::uint64_t>(out, entry + 32, bytes.size());
        write_le<std::uint64_t>(out, entry + 40, xxh64(bytes));
        out.replace(offset, bytes.size(), bytes);
        offset = aligned(offset + bytes.size());
        entry += 48;
    }
    rechecksum_header(out);
    return out;
}

}  // namespace pactgraph::testing
