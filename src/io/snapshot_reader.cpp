#include "io/snapshot_reader.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <memory>
#include <optional>
#include <stdexcept>
#include <limits>
#include <unordered_set>

#include "io/snapshot_format.hpp"
#include "io/text_input.hpp"
#include "support/mapped_file.hpp"
#include "support/text.hpp"
#include "support/xxhash64.hpp"

namespace pactgraph {

namespace {

namespace sec = snapshot::section;

constexpr std::uint64_t kMaxIndex = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint64_t kMaxWords = std::uint64_t{std::numeric_limits<KindId>::max()} + 1;

template <typename T>
T load(std::string_view bytes, std::size_t at) {
    T v;
    std::memcpy(&v, bytes.data() + at, sizeof v);
    return v;
}

struct SectionEntry {
    std::string_view name;
    std::uint64_t offset = 0, length = 0, checksum = 0;
};

// A file read in part checks its checksums.blocks_4k instead of whole sections: each block of a
// section the first time a byte of it is read.
class BlockCheck {
public:
    // `sections` in the table's order; `sums` the checksums.blocks_4k section, at index `self`,
    // its length already checked against blocks_in(sections, self).
    BlockCheck(std::string_view file, const std::vector<SectionEntry>& sections, std::size_t self,
               std::string_view sums, const std::string& source_name)
        : file_(file), sections_(sections), sums_(sums), name_(source_name) {
        std::size_t next = 0;
        for (std::size_t i = 0; i < sections.size(); ++i) {
            base_.push_back(next);
            if (i != self) next += blocks(sections[i].length);
        }
        ok_.assign(next, 0);
    }

    static std::size_t blocks(std::uint64_t length) {
        return static_cast<std::size_t>((length + snapshot::kBlockSize - 1) / snapshot::kBlockSize);
    }
    static std::size_t blocks_in(const std::vector<SectionEntry>& sections, std::size_t self) {
        std::size_t n = 0;
        for (std::size_t i = 0; i < sections.size(); ++i)
            if (i != self) n += blocks(sections[i].length);
        return n;
    }

    // Checks the blocks of section `section` that bytes [from, from + length) lie in.
    void touch(std::size_t section, std::size_t from, std::size_t length) const {
        if (length == 0) return;
        const SectionEntry& s = sections_[section];
        for (std::size_t b = from / snapshot::kBlockSize; b <= (from + length - 1) / snapshot::kBlockSize; ++b) {
            const std::size_t k = base_[section] + b;
            if (ok_[k]) continue;
            const std::size_t at = b * snapshot::kBlockSize;
            const std::string_view block = file_.substr(static_cast<std::size_t>(s.offset) + at,
                                                        std::min<std::size_t>(snapshot::kBlockSize, s.length - at));
            if (xxh64(block) != load<std::uint64_t>(sums_, k * 8))
                throw InputError(Diagnostic{Severity::error, {name_, 0, 0},
                                            "snapshot is damaged (checksum mismatch in section " +
                                                std::string(s.name) + ")",
                                            {}});
            ok_[k] = 1;
        }
    }

private:
    std::string_view file_;
    const std::vector<SectionEntry>& sections_;
    std::string_view sums_;
    const std::string& name_;
    std::vector<std::size_t> base_;  // per section: its first block's index in sums_
    mutable std::vector<std::uint8_t> ok_;
};

// One section read as a fixed-width array; its length was checked against the count it holds,
// so every index below size() is inside the file. With a BlockCheck, an item's blocks are
// checked as it is read.
template <typename T>
class Column {
public:
    Column() = default;
    Column(std::string_view name, std::string_view bytes, const BlockCheck* check = nullptr, std::size_t section = 0)
        : name_(name), bytes_(bytes), check_(check), section_(section) {}
    std::size_t size() const { return bytes_.size() / sizeof(T); }
    T operator[](std::size_t i) const {
        if (check_) check_->touch(section_, i * sizeof(T), sizeof(T));
        return load<T>(bytes_, i * sizeof(T));
    }
    std::string_view name() const { return name_; }
    // The same column with every block checked now, for a scan of all of it (items are then
    // read without a check each).
    Column checked_whole() const {
        if (check_) check_->touch(section_, 0, bytes_.size());
        return Column(name_, bytes_);
    }

private:
    std::string_view name_, bytes_;
    const BlockCheck* check_ = nullptr;
    std::size_t section_ = 0;
};

bool is_section_name(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_';
    });
}

std::size_t aligned(std::size_t n) {
    return (n + snapshot::kAlignment - 1) / snapshot::kAlignment * snapshot::kAlignment;
}

std::string str(std::uint64_t n) { return std::to_string(n); }

// A list per element (roles, sources, attributes): offsets[i]..offsets[i+1] index the items.
// Checked whole when read (Decoder::list), or, reading in part, each element's pair as it is
// read (Decoder::items_of).
struct ListOffsets {
    Column<std::uint64_t> at;
    std::uint64_t items = 0;
    bool checked = true;
};

struct ItemRange {
    std::size_t begin = 0, end = 0;
};

class Decoder {
public:
    // `in_part`: the caller reads only part of the file (SnapshotFile), so blocks are checked as
    // they are read when the file has checksums.blocks_4k.
    Decoder(std::string_view bytes, const std::string& name, bool in_part = false)
        : bytes_(bytes), name_(name), budget_((snapshot::kMaxExpansion + 1) * bytes.size()), in_part_(in_part) {}

    // The checks every read starts with: header, section table and checksums, counts, strings.
    void prepare() {
        header();
        sections();
        counts();
        strings();
    }

    // The whole model (after prepare()).
    LoadResult whole() { return build(nullptr); }

    // The vocabulary, the graph's info and warnings, the entities `only` (indices into the file's
    // entities, ascending, distinct) and the relations among them, renumbered in file order.
    LoadResult among(const std::vector<std::uint32_t>& only) {
        const std::uint64_t n = counts_[snapshot::entities];
        entity_map_.assign(n, kAbsent);
        std::uint32_t next = 0;
        for (const std::uint32_t v : only) entity_map_[v] = next++;
        return build(&only);
    }

    std::uint64_t entity_count() const { return counts_[snapshot::entities]; }

    // The id of entity `v` (< entity_count()) as stored; checked to be a string of the pool.
    std::string_view entity_id(std::size_t v) const { return view(ids(), v); }

    // The entity whose id is exactly `id`, or nullopt: a binary search of entities.by_id, or
    // without it a scan. (A by_id out of order can miss an id, never find a wrong one.)
    std::optional<std::uint32_t> find_entity_id(std::string_view id) const {
        const std::uint64_t n = entity_count();
        if (!has(sec::entity_by_id)) {
            const auto all = ids().checked_whole();
            for (std::size_t v = 0; v < n; ++v)
                if (view(all, v) == id) return static_cast<std::uint32_t>(v);
            return std::nullopt;
        }
        const auto order = column<std::uint32_t>(sec::entity_by_id, n);
        std::size_t low = 0, high = static_cast<std::size_t>(n);  // the id is in [low, high) if anywhere
        while (low < high) {
            const std::size_t mid = low + (high - low) / 2;
            const std::uint32_t v = order[mid];
            check_below(v, n, order.name(), mid);
            const std::string_view at = entity_id(v);
            if (at == id) return v;
            if (at < id) low = mid + 1;
            else high = mid;
        }
        return std::nullopt;
    }

    // The stored path view, checked: offsets from 0 up to the targets' count, each vertex's
    // targets ascending and below the entity count. nullopt when the file has none.
    std::optional<snapshot::Adjacency> adjacency() const {
        const bool any = has(sec::view_out_offsets) || has(sec::view_out_targets) ||
                         has(sec::view_in_offsets) || has(sec::view_in_targets);
        if (!any) return std::nullopt;
        snapshot::Adjacency a;
        side(sec::view_out_offsets, sec::view_out_targets, a.out_offsets, a.out_targets);
        side(sec::view_in_offsets, sec::view_in_targets, a.in_offsets, a.in_targets);
        return a;
    }

private:
    static constexpr std::uint32_t kAbsent = std::numeric_limits<std::uint32_t>::max();

    const Column<std::uint32_t>& ids() const {
        if (!ids_) ids_ = column<std::uint32_t>(sec::entity_id, entity_count());
        return *ids_;
    }

    LoadResult build(const std::vector<std::uint32_t>* only) {
        LoadResult out;
        PartnershipGraph& g = out.graph;
        info(g);
        kinds(g);
        types(g);
        entities(g, only);
        relations(g, only);
        out.warnings = warnings();
        return out;
    }

    bool has(std::string_view name) const {
        return std::any_of(entries_.begin(), entries_.end(), [&](const SectionEntry& s) { return s.name == name; });
    }

    // A u32 section read in place (sections start at multiples of 8 of a mapped or allocated
    // buffer, so the elements are aligned).
    std::span<const std::uint32_t> u32_section(std::string_view name, std::uint64_t count) const {
        const std::string_view bytes = section_bytes(name);
        if (bytes.size() != count * sizeof(std::uint32_t))
            damaged("section " + std::string(name) + " holds " + str(bytes.size()) + " bytes; expected " +
                    str(count) + " items of 4 bytes");
        if (reinterpret_cast<std::uintptr_t>(bytes.data()) % alignof(std::uint32_t) != 0)
            damaged("section " + std::string(name) + " is not aligned");
        touch(section_index(name), 0, bytes.size());
        return {reinterpret_cast<const std::uint32_t*>(bytes.data()), static_cast<std::size_t>(count)};
    }

    void side(std::string_view offsets_name, std::string_view targets_name, std::span<const std::uint32_t>& offsets,
              std::span<const std::uint32_t>& targets) const {
        const std::uint64_t n = entity_count();
        offsets = u32_section(offsets_name, n + 1);
        targets = u32_section(targets_name, section_length(targets_name) / sizeof(std::uint32_t));
        if (offsets.front() != 0 || offsets.back() != targets.size())
            damaged("section " + std::string(offsets_name) + " does not run from 0 to the " +
                    str(targets.size()) + " items of " + std::string(targets_name));
        for (std::size_t v = 0; v < n; ++v)
            if (offsets[v] > offsets[v + 1])
                damaged("section " + std::string(offsets_name) + ": offset " + str(offsets[v + 1]) + " at " +
                        str(v + 1) + " is out of order");
        for (std::size_t v = 0; v < n; ++v) {
            for (std::size_t i = offsets[v]; i < offsets[v + 1]; ++i)
                if (targets[i] >= n || (i > offsets[v] && targets[i] <= targets[i - 1]))
                    damaged("section " + std::string(targets_name) + ": " + str(targets[i]) + " at " + str(i) +
                            " is not an entity after the one before it");
        }
    }

    [[noreturn]] void refuse(const std::string& what) const {
        throw InputError(Diagnostic{Severity::error, {name_, 0, 0}, what, {}});
    }
    [[noreturn]] void damaged(const std::string& what) const {
        refuse("snapshot is damaged (" + what + ")");
    }

    // Magic, version, byte order, size, the section table's checksum.
    void header() {
        if (bytes_.substr(0, snapshot::kMagic.size()) != snapshot::kMagic)
            refuse("not a pactgraph snapshot (bad magic)");
        if (bytes_.size() < snapshot::kHeaderSize)
            refuse("snapshot is truncated (" + str(bytes_.size()) + " bytes; its header alone is " +
                   str(snapshot::kHeaderSize) + ")");
        if (const auto v = load<std::uint32_t>(bytes_, 8); v != snapshot::kVersion)
            refuse("snapshot format version " + str(v) + ", this pactgraph reads version " +
                   str(snapshot::kVersion) + "; convert the original graph file again");
        if (load<std::uint32_t>(bytes_, 12) != snapshot::kByteOrderMark)
            damaged("its byte-order mark is not the little-endian 0x01020304");
        const auto size = load<std::uint64_t>(bytes_, 16);
        if (size > bytes_.size())
            refuse("snapshot is truncated (" + str(bytes_.size()) + " of its " + str(size) + " bytes)");
        if (size < bytes_.size())
            damaged(str(bytes_.size()) + " bytes, but its header says " + str(size));
        count_ = load<std::uint32_t>(bytes_, 24);
        if (load<std::uint32_t>(bytes_, 28) != 0) damaged("a reserved header field is not 0");
        if (count_ > (bytes_.size() - snapshot::kHeaderSize) / snapshot::kEntrySize)
            damaged("a table of " + str(count_) + " sections does not fit in its " +
                    str(bytes_.size()) + " bytes");
        table_end_ = snapshot::kHeaderSize + count_ * snapshot::kEntrySize;
        const std::uint64_t seed = xxh64(bytes_.substr(0, 32));
        const std::string_view table = bytes_.substr(snapshot::kHeaderSize, table_end_ - snapshot::kHeaderSize);
        if (xxh64(table, seed) != load<std::uint64_t>(bytes_, 32))
            damaged("checksum mismatch in the header");
    }

    // The section table: names, bounds, layout (every byte of the file belongs to the header,
    // the table, a section or the zero padding between them), then each section's checksum.
    void sections() {
        for (std::size_t i = 0; i < count_; ++i) {
            const std::size_t at = snapshot::kHeaderSize + i * snapshot::kEntrySize;
            const std::string_view raw = bytes_.substr(at, snapshot::kNameSize);
            SectionEntry s;
            s.name = raw.substr(0, raw.find('\0'));
            if (!is_section_name(s.name) || raw.find_first_not_of('\0', s.name.size()) != raw.npos)
                damaged("section " + str(i) + " has no valid name");
            s.offset = load<std::uint64_t>(bytes_, at + snapshot::kNameSize);
            s.length = load<std::uint64_t>(bytes_, at + snapshot::kNameSize + 8);
            s.checksum = load<std::uint64_t>(bytes_, at + snapshot::kNameSize + 16);
            if (s.offset > bytes_.size() || s.length > bytes_.size() - s.offset)
                damaged("section " + std::string(s.name) + " at offset " + str(s.offset) + ", " +
                        str(s.length) + " bytes long, runs past the end of the file (" +
                        str(bytes_.size()) + " bytes)");
            entries_.push_back(s);
        }
        std::vector<SectionEntry> by_offset = entries_;
        // An empty section lies where the next one starts: it comes first.
        std::sort(by_offset.begin(), by_offset.end(), [](const SectionEntry& a, const SectionEntry& b) {
            return a.offset != b.offset ? a.offset < b.offset : a.length < b.length;
        });
        std::size_t pos = table_end_;
        for (const SectionEntry& s : by_offset) {
            if (s.offset != aligned(pos))
                damaged("section " + std::string(s.name) + " is at offset " + str(s.offset) +
                        "; expected " + str(aligned(pos)));
            check_padding(pos, s.offset);
            pos = s.offset + s.length;
        }
        if (aligned(pos) != bytes_.size())
            damaged(str(bytes_.size() - pos) + " bytes after the last section");
        check_padding(pos, bytes_.size());
        std::vector<std::string_view> names;
        for (const SectionEntry& s : entries_) names.push_back(s.name);
        std::sort(names.begin(), names.end());
        if (auto d = std::adjacent_find(names.begin(), names.end()); d != names.end())
            damaged("two sections named " + std::string(*d));
        const auto sums = std::find_if(entries_.begin(), entries_.end(), [](const SectionEntry& s) {
            return s.name == sec::block_checksums;
        });
        for (const SectionEntry& s : entries_)
            if ((!in_part_ || sums == entries_.end() || &s == &*sums) && xxh64(bytes_.substr(s.offset, s.length)) != s.checksum)
                damaged("checksum mismatch in section " + std::string(s.name));
        if (!in_part_ || sums == entries_.end()) return;
        const auto self = static_cast<std::size_t>(sums - entries_.begin());
        const std::size_t expected = BlockCheck::blocks_in(entries_, self);
        if (sums->length != expected * 8)
            damaged("section " + std::string(sec::block_checksums) + " holds " + str(sums->length) +
                    " bytes; expected " + str(expected) + " items of 8 bytes");
        blocks_.emplace(bytes_, entries_, self, bytes_.substr(sums->offset, sums->length), name_);
    }

    // Checks the blocks of bytes [from, from + length) of section `index` (reading in part).
    void touch(std::size_t index, std::size_t from, std::size_t length) const {
        if (blocks_) blocks_->touch(index, from, length);
    }

    void check_padding(std::size_t from, std::size_t to) const {
        if (bytes_.substr(from, to - from).find_first_not_of('\0') != std::string_view::npos)
            damaged("non-zero padding at offset " + str(from));
    }

    std::size_t section_index(std::string_view name) const {
        for (std::size_t i = 0; i < entries_.size(); ++i)
            if (entries_[i].name == name) return i;
        damaged("no section " + std::string(name));
    }

    // The bytes of section `name`, unchecked when reading in part: read them through column(),
    // or touch() them first.
    std::string_view section_bytes(std::string_view name) const {
        const SectionEntry& s = entries_[section_index(name)];
        return bytes_.substr(s.offset, s.length);
    }

    template <typename T>
    Column<T> column(std::string_view name, std::uint64_t count) const {
        const std::size_t index = section_index(name);
        const std::string_view bytes = section_bytes(name);
        if (bytes.size() % sizeof(T) != 0 || bytes.size() / sizeof(T) != count)
            damaged("section " + std::string(name) + " holds " + str(bytes.size()) + " bytes; expected " +
                    str(count) + " items of " + str(sizeof(T)) + " bytes");
        return Column<T>(name, bytes, blocks_ ? &*blocks_ : nullptr, index);
    }

    // A u64[count + 1] column of offsets into `items` items: from 0, not decreasing, to the end.
    // Reading in part, only the ends are checked here, each element's offsets as it is read
    // (items_of), unless `whole`.
    ListOffsets list(std::string_view name, std::uint64_t count, std::uint64_t items, bool whole = false) const {
        const auto at = whole ? column<std::uint64_t>(name, count + 1).checked_whole() : column<std::uint64_t>(name, count + 1);
        if (blocks_ && !whole) {
            if (at[0] != 0 || at[count] != items)
                damaged("section " + std::string(name) + " does not run from 0 to its " + str(items) + " items");
            return {at, items, false};
        }
        std::uint64_t prev = 0;
        for (std::size_t i = 0; i < at.size(); ++i) {
            const std::uint64_t v = at[i];
            if (v < prev || v > items || (i == 0 && v != 0))
                damaged("section " + std::string(name) + ": offset " + str(v) + " at " + str(i) +
                        " is out of order or past the " + str(items) + " items");
            prev = v;
        }
        if (prev != items)
            damaged("section " + std::string(name) + " ends at " + str(prev) + " of " + str(items) + " items");
        return {at, items, true};
    }

    // The items of element i of a list.
    ItemRange items_of(const ListOffsets& list, std::size_t i) const {
        const std::uint64_t begin = list.at[i], end = list.at[i + 1];
        if (!list.checked && (begin > end || end > list.items))
            damaged("section " + std::string(list.at.name()) + ": offsets " + str(begin) + ", " + str(end) + " at " +
                    str(i) + " are out of order or past the " + str(list.items) + " items");
        return {static_cast<std::size_t>(begin), static_cast<std::size_t>(end)};
    }

    // graph.counts; each count bounded by what the format's indices can name.
    void counts() {
        const auto c = column<std::uint64_t>(sec::counts, snapshot::kCountFields);
        for (std::size_t i = 0; i < snapshot::kCountFields; ++i) counts_[i] = c[i];
        const auto bound = [&](std::size_t field, std::uint64_t max, const char* what) {
            if (counts_[field] > max)
                damaged(str(counts_[field]) + " " + what + "; at most " + str(max) + " fit");
        };
        bound(snapshot::strings, kMaxIndex, "strings");
        bound(snapshot::kinds, kMaxWords, "kinds");
        bound(snapshot::types, kMaxWords, "types");
        bound(snapshot::entities, kMaxIndex, "entities");
        bound(snapshot::relations, kMaxIndex, "relations");
        bound(snapshot::warnings, kMaxIndex, "warnings");
    }

    // The pool: offsets in order, the bytes UTF-8, each string starting at a character.
    void strings() {
        const std::uint64_t n = counts_[snapshot::strings];
        const SectionEntry* bytes = nullptr;
        for (const SectionEntry& s : entries_)
            if (s.name == sec::string_bytes) bytes = &s;
        if (!bytes) damaged("no section " + std::string(sec::string_bytes));
        pool_ = bytes_.substr(bytes->offset, bytes->length);
        pool_index_ = section_index(sec::string_bytes);
        if (blocks_) {  // reading in part: each string is checked as it is read (view)
            offsets_ = list(sec::string_offsets, n, pool_.size()).at;
            return;
        }
        offsets_ = list(sec::string_offsets, n, pool_.size(), true).at;
        if (const std::size_t bad = invalid_utf8_at(pool_); bad != std::string_view::npos)
            damaged("strings.bytes is not UTF-8 at byte " + str(bad));
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t start = static_cast<std::size_t>(offsets_[i]);
            if (start < pool_.size() && (static_cast<unsigned char>(pool_[start]) & 0xC0) == 0x80)
                damaged("string " + str(i) + " starts inside a UTF-8 character");
        }
    }

    // String `i` of `col` (an index into the pool), counted against the expansion budget.
    std::string text(const Column<std::uint32_t>& col, std::size_t i) {
        return take(view(col, i));
    }

    std::string_view view(const Column<std::uint32_t>& col, std::size_t i) const {
        const std::uint32_t s = col[i];
        if (s >= counts_[snapshot::strings])
            damaged("section " + std::string(col.name()) + ": string " + str(s) + " at " + str(i) +
                    " is past the " + str(counts_[snapshot::strings]) + " strings of the pool");
        const auto begin = static_cast<std::size_t>(offsets_[s]), end = static_cast<std::size_t>(offsets_[s + 1]);
        if (blocks_) check_string(s, begin, end);
        return pool_.substr(begin, end - begin);
    }

    // Reading in part: what strings() checks of the whole pool, for string s at [begin, end).
    void check_string(std::uint32_t s, std::size_t begin, std::size_t end) const {
        if (begin > end || end > pool_.size())
            damaged("section " + std::string(sec::string_offsets) + ": offsets " + str(begin) + ", " + str(end) +
                    " at " + str(s) + " are out of order or past the " + str(pool_.size()) + " bytes");
        touch(pool_index_, begin, end - begin);
        if (begin < end && (static_cast<unsigned char>(pool_[begin]) & 0xC0) == 0x80)
            damaged("string " + str(s) + " starts inside a UTF-8 character");
        if (const std::size_t bad = invalid_utf8_at(pool_.substr(begin, end - begin)); bad != std::string_view::npos)
            damaged("strings.bytes is not UTF-8 at byte " + str(begin + bad));
    }

    std::string take(std::string_view s) {
        if (s.size() > budget_)
            damaged("its strings expand to more than " + str(snapshot::kMaxExpansion + 1) +
                    " times the file's size");
        budget_ -= s.size();
        return std::string(s);
    }

    std::vector<std::string> words(const ListOffsets& at, const Column<std::uint32_t>& items, std::size_t i) {
        const ItemRange r = items_of(at, i);
        std::vector<std::string> out;
        out.reserve(r.end - r.begin);
        for (std::size_t k = r.begin; k < r.end; ++k) out.push_back(text(items, k));
        return out;
    }

    std::vector<std::pair<std::string, std::string>> pairs(const ListOffsets& at,
                                                           const Column<std::uint32_t>& keys,
                                                           const Column<std::uint32_t>& values,
                                                           std::size_t i) {
        const ItemRange r = items_of(at, i);
        std::vector<std::pair<std::string, std::string>> out;
        out.reserve(r.end - r.begin);
        for (std::size_t k = r.begin; k < r.end; ++k) out.emplace_back(text(keys, k), text(values, k));
        return out;
    }

    PartialDate date(std::uint32_t packed, std::string_view where, std::size_t i) const {
        const auto d = snapshot::unpack_date(packed);
        if (!d) damaged("section " + std::string(where) + ": no date in the bits " + str(packed) + " at " + str(i));
        return *d;
    }

    template <typename T>
    void check_below(T value, std::uint64_t limit, std::string_view where, std::size_t i) const {
        if (static_cast<std::uint64_t>(value) >= limit)
            damaged("section " + std::string(where) + ": " + str(static_cast<std::uint64_t>(value)) + " at " +
                    str(i) + " is out of range (expected below " + str(limit) + ")");
    }

    void info(PartnershipGraph& g) {
        const auto c = column<std::uint32_t>(sec::info, snapshot::kInfoFields);
        g.info().title = text(c, snapshot::title);
        g.info().description = text(c, snapshot::description);
        g.info().as_of = date(c[snapshot::as_of], sec::info, snapshot::as_of);
        g.info().source_name = name_;
    }

    // A word of the vocabulary, checked; its flags must be among `allowed`.
    std::string word(const Column<std::uint32_t>& names, const Column<std::uint8_t>& flags,
                     std::uint8_t allowed, std::size_t i) {
        std::string name = text(names, i);
        if (!is_slug(name))
            damaged("section " + std::string(names.name()) + ": '" + name + "' at " + str(i) + " is not a word");
        if ((flags[i] & ~allowed) != 0)
            damaged("section " + std::string(flags.name()) + ": unknown flags " + str(flags[i]) + " at " + str(i));
        return name;
    }

    // Each stored word becomes the id this graph's vocabulary gives it: a built-in word keeps
    // its built-in id; one this pactgraph does not have built in is declared.
    void kinds(PartnershipGraph& g) {
        const std::uint64_t n = counts_[snapshot::kinds];
        const auto names = column<std::uint32_t>(sec::kind_name, n);
        const auto descriptions = column<std::uint32_t>(sec::kind_description, n);
        const auto flags = column<std::uint8_t>(sec::kind_flags, n);
        Vocabulary& voc = g.vocabulary();
        for (std::size_t i = 0; i < n; ++i) {
            std::string name = word(names, flags, snapshot::kBuiltin, i);
            if (!voc.find_kind(name) && voc.kind_count() >= kMaxWords) damaged("more kinds than fit");
            kind_map_.push_back(voc.add_kind({std::move(name), text(descriptions, i), false}));
        }
    }

    void types(PartnershipGraph& g) {
        const std::uint64_t n = counts_[snapshot::types];
        const auto names = column<std::uint32_t>(sec::type_name, n);
        const auto descriptions = column<std::uint32_t>(sec::type_description, n);
        const auto flags = column<std::uint8_t>(sec::type_flags, n);
        Vocabulary& voc = g.vocabulary();
        const std::uint8_t all = snapshot::kBuiltin | snapshot::kLinksTargets | snapshot::kSymmetric;
        for (std::size_t i = 0; i < n; ++i) {
            std::string name = word(names, flags, all, i);
            if (!voc.find_type(name) && voc.type_count() >= kMaxWords) damaged("more types than fit");
            RelationTypeInfo info{std::move(name), text(descriptions, i), false,
                                  (flags[i] & snapshot::kLinksTargets) != 0,
                                  (flags[i] & snapshot::kSymmetric) != 0};
            type_map_.push_back(voc.add_type(std::move(info)));
        }
    }

    // Every entity, or those of `only` (indices, ascending).
    void entities(PartnershipGraph& g, const std::vector<std::uint32_t>* only) {
        const std::uint64_t n = counts_[snapshot::entities];
        const auto ids = column<std::uint32_t>(sec::entity_id, n);
        const auto names = column<std::uint32_t>(sec::entity_name, n);
        const auto kinds = column<std::uint16_t>(sec::entity_kind, n);
        const auto urls = column<std::uint32_t>(sec::entity_url, n);
        const auto notes = column<std::uint32_t>(sec::entity_note, n);
        const auto lines = column<std::uint32_t>(sec::entity_line, n);
        const auto cols = column<std::uint32_t>(sec::entity_column, n);
        const auto word_list = [&](std::string_view at, std::string_view items) {
            const auto item_count = section_length(items) / sizeof(std::uint32_t);
            return std::pair{list(at, n, item_count), column<std::uint32_t>(items, item_count)};
        };
        const auto [roles_at, roles] = word_list(sec::entity_roles_at, sec::entity_roles);
        const auto [aliases_at, aliases] = word_list(sec::entity_aliases_at, sec::entity_aliases);
        const auto [tags_at, tags] = word_list(sec::entity_tags_at, sec::entity_tags);
        const auto [attrs_at, attr_keys] = word_list(sec::entity_attrs_at, sec::entity_attr_keys);
        const auto attr_values = column<std::uint32_t>(sec::entity_attr_values, attr_keys.size());
        const std::size_t count = only ? only->size() : static_cast<std::size_t>(n);
        for (std::size_t k = 0; k < count; ++k) {
            const std::size_t v = only ? (*only)[k] : k;
            Entity e;
            e.id = text(ids, v);
            if (!is_slug(e.id)) damaged("entity " + str(v) + ": '" + e.id + "' is not an id");
            if (const EntityId other = g.find(e.id); other != kNoEntity && g.entity(other).id == e.id)
                damaged("entity " + str(v) + ": the id '" + e.id + "' is taken by entity " + str(other));
            e.name = text(names, v);
            check_below(kinds[v], kind_map_.size(), kinds.name(), v);
            e.kind = kind_map_[kinds[v]];
            e.roles = words(roles_at, roles, v);
            e.aliases = words(aliases_at, aliases, v);
            e.tags = words(tags_at, tags, v);
            e.url = text(urls, v);
            e.note = text(notes, v);
            e.attributes = pairs(attrs_at, attr_keys, attr_values, v);
            e.line = lines[v];
            e.column = cols[v];
            const EntityId added = g.add_entity(std::move(e));
            for (const std::string& alias : g.entity(added).aliases) g.add_alias(alias, added);
        }
    }

    std::uint64_t section_length(std::string_view name) const { return section_bytes(name).size(); }

    struct SourceColumns {
        Column<std::uint32_t> url, citation, publisher, date;
        Column<std::uint8_t> confidence;
    };

    Source source(const SourceColumns& c, std::size_t i) {
        Source s;
        s.url = text(c.url, i);
        s.citation = text(c.citation, i);
        s.publisher = text(c.publisher, i);
        s.date = date(c.date[i], c.date.name(), i);
        check_below(c.confidence[i], static_cast<std::uint64_t>(Confidence::confirmed) + 1, c.confidence.name(), i);
        s.confidence = static_cast<Confidence>(c.confidence[i]);
        return s;
    }

    Relation relation_fields(std::size_t i) const {
        Relation r;
        check_below(rel_.type[i], type_map_.size(), rel_.type.name(), i);
        r.type = type_map_[rel_.type[i]];
        check_below(rel_.status[i], static_cast<std::uint64_t>(Status::ended) + 1, rel_.status.name(), i);
        r.status = static_cast<Status>(rel_.status[i]);
        const std::uint8_t flags = rel_.flags[i];
        const int bound = flags >> snapshot::kDateBoundShift;
        if ((flags & ~snapshot::kRelationFlagBits) != 0 || bound > static_cast<int>(DateBound::before))
            damaged("section " + std::string(rel_.flags.name()) + ": unknown flags " + str(flags) + " at " + str(i));
        r.exclusive = (flags & snapshot::kExclusive) != 0;
        r.date_bound = static_cast<DateBound>(bound);
        const double amount = rel_.amount[i];
        if (!std::isnan(amount) && (!std::isfinite(amount) || amount < 0))
            damaged("section " + std::string(rel_.amount.name()) + ": the amount at " + str(i) +
                    " is negative or not finite");
        r.amount_usd = std::isnan(amount) ? std::numeric_limits<double>::quiet_NaN() : amount;
        r.date = date(rel_.date[i], rel_.date.name(), i);
        r.end_date = date(rel_.end_date[i], rel_.end_date.name(), i);
        return r;
    }

    struct RelationColumns {
        Column<std::uint32_t> source, target, date, end_date, label, scope, note, id, line, column;
        Column<std::uint16_t> type;
        Column<std::uint8_t> status, flags;
        Column<double> amount;
    };

    // The relations with both ends among `only` (ascending), from relations.by_source when the
    // file has it, else by a scan of every relation's ends.
    std::vector<std::uint32_t> relations_among(const std::vector<std::uint32_t>& only) const {
        if (!has(sec::relation_by_source)) return relations_among();
        const std::uint64_t m = counts_[snapshot::relations], n = counts_[snapshot::entities];
        const ListOffsets at = list(sec::relation_by_source_at, n, m);
        const auto items = column<std::uint32_t>(sec::relation_by_source, m);
        std::vector<std::uint32_t> out;
        for (const std::uint32_t v : only) {
            const ItemRange r = items_of(at, v);
            for (std::size_t k = r.begin; k < r.end; ++k) {
                const std::uint32_t i = items[k];
                check_below(i, m, items.name(), k);
                if (rel_.source[i] != v)
                    damaged("section " + std::string(items.name()) + ": relation " + str(i) + " at " + str(k) +
                            " does not start at entity " + str(v));
                check_below(rel_.target[i], n, rel_.target.name(), i);
                if (entity_map_[rel_.target[i]] != kAbsent) out.push_back(i);
            }
        }
        std::sort(out.begin(), out.end());
        if (const auto twice = std::adjacent_find(out.begin(), out.end()); twice != out.end())
            damaged("section " + std::string(items.name()) + " lists relation " + str(*twice) + " twice");
        return out;
    }

    // The same by a scan: the relations with both ends in entity_map_.
    std::vector<std::uint32_t> relations_among() const {
        std::vector<std::uint32_t> out;
        const std::uint64_t n = counts_[snapshot::entities];
        const auto source = rel_.source.checked_whole(), target = rel_.target.checked_whole();
        for (std::size_t i = 0; i < source.size(); ++i) {
            check_below(source[i], n, source.name(), i);
            check_below(target[i], n, target.name(), i);
            if (entity_map_[source[i]] != kAbsent && entity_map_[target[i]] != kAbsent)
                out.push_back(static_cast<std::uint32_t>(i));
        }
        return out;
    }

    std::uint32_t end(std::uint32_t v) const { return entity_map_.empty() ? v : entity_map_[v]; }

    // All relations, or with `only` those among them, their ends renumbered.
    void relations(PartnershipGraph& g, const std::vector<std::uint32_t>* only) {
        const bool among = only != nullptr;
        const std::uint64_t m = counts_[snapshot::relations], n = counts_[snapshot::entities];
        rel_ = {column<std::uint32_t>(sec::relation_source, m), column<std::uint32_t>(sec::relation_target, m),
                column<std::uint32_t>(sec::relation_date, m), column<std::uint32_t>(sec::relation_end_date, m),
                column<std::uint32_t>(sec::relation_label, m), column<std::uint32_t>(sec::relation_scope, m),
                column<std::uint32_t>(sec::relation_note, m), column<std::uint32_t>(sec::relation_id, m),
                column<std::uint32_t>(sec::relation_line, m), column<std::uint32_t>(sec::relation_column, m),
                column<std::uint16_t>(sec::relation_type, m), column<std::uint8_t>(sec::relation_status, m),
                column<std::uint8_t>(sec::relation_flags, m), column<double>(sec::relation_amount, m)};
        const std::uint64_t s = counts_[snapshot::sources];
        const SourceColumns src{column<std::uint32_t>(sec::source_url, s), column<std::uint32_t>(sec::source_citation, s),
                                column<std::uint32_t>(sec::source_publisher, s),
                                column<std::uint32_t>(sec::source_date, s),
                                column<std::uint8_t>(sec::source_confidence, s)};
        const ListOffsets sources_at = list(sec::relation_sources_at, m, s);
        const auto attr_count = section_length(sec::relation_attr_keys) / sizeof(std::uint32_t);
        const ListOffsets attrs_at = list(sec::relation_attrs_at, m, attr_count);
        const auto attr_keys = column<std::uint32_t>(sec::relation_attr_keys, attr_count);
        const auto attr_values = column<std::uint32_t>(sec::relation_attr_values, attr_count);
        std::unordered_set<std::string_view> own_ids;
        const std::vector<std::uint32_t> chosen = among ? relations_among(*only) : std::vector<std::uint32_t>{};
        const std::size_t count = among ? chosen.size() : static_cast<std::size_t>(m);
        g.reserve_relations(count);
        g.begin_bulk();  // linked to their entities at the end, each list sized once
        for (std::size_t k = 0; k < count; ++k) {
            const std::size_t i = among ? chosen[k] : k;
            check_below(rel_.source[i], n, rel_.source.name(), i);
            check_below(rel_.target[i], n, rel_.target.name(), i);
            RelationDetails d;
            d.label = text(rel_.label, i);
            d.scope = text(rel_.scope, i);
            d.note = text(rel_.note, i);
            const std::string_view id = view(rel_.id, i);
            if (!id.empty() && (!is_slug(id) || !own_ids.insert(id).second))
                damaged("relation " + str(i) + ": '" + std::string(id) + "' is not an id, or is taken");
            d.id = take(id);
            const ItemRange r = items_of(sources_at, i);
            d.sources.reserve(r.end - r.begin);
            for (std::size_t k = r.begin; k < r.end; ++k) d.sources.push_back(source(src, k));
            d.attributes = pairs(attrs_at, attr_keys, attr_values, i);
            g.add_relation(end(rel_.source[i]), end(rel_.target[i]), relation_fields(i), std::move(d),
                           RelationPosition{rel_.line[i], rel_.column[i]});
        }
        g.end_bulk();
    }

    std::vector<Diagnostic> warnings() {
        const std::uint64_t n = counts_[snapshot::warnings];
        const auto severity = column<std::uint8_t>(sec::warning_severity, n);
        const auto file = column<std::uint32_t>(sec::warning_file, n);
        const auto line = column<std::uint32_t>(sec::warning_line, n);
        const auto col = column<std::uint32_t>(sec::warning_column, n);
        const auto message = column<std::uint32_t>(sec::warning_message, n);
        const auto source_line = column<std::uint32_t>(sec::warning_source_line, n);
        std::vector<Diagnostic> out;
        for (std::size_t i = 0; i < n; ++i) {
            check_below(severity[i], static_cast<std::uint64_t>(Severity::error) + 1, severity.name(), i);
            out.push_back({static_cast<Severity>(severity[i]), {text(file, i), line[i], col[i]},
                           text(message, i), text(source_line, i)});
        }
        return out;
    }

    std::string_view bytes_;
    const std::string& name_;
    std::size_t budget_;  // bytes of text the file may still expand to
    std::size_t count_ = 0, table_end_ = 0;
    bool in_part_ = false;
    std::vector<SectionEntry> entries_;
    std::optional<BlockCheck> blocks_;  // reading in part a file with checksums.blocks_4k
    std::uint64_t counts_[snapshot::kCountFields] = {};
    std::string_view pool_;
    std::size_t pool_index_ = 0;
    Column<std::uint64_t> offsets_;
    mutable std::optional<Column<std::uint32_t>> ids_;
    std::vector<KindId> kind_map_;
    std::vector<RelationTypeId> type_map_;
    RelationColumns rel_;
    std::vector<std::uint32_t> entity_map_;  // among(): file index -> index read, or kAbsent
};

}  // namespace

bool looks_like_snapshot(std::string_view bytes) { return bytes.substr(0, 7) == snapshot::kMagic.substr(0, 7); }

LoadResult read_snapshot(std::string_view bytes, const std::string& source_name) {
    Decoder d(bytes, source_name);
    d.prepare();
    return d.whole();
}

LoadResult read_snapshot_file(const std::string& path, const std::string& display_name) {
    const MappedFile file(path);
    return read_snapshot(file.bytes(), display_name);
}

struct SnapshotFile::Parts {
    Parts(const std::string& path, const std::string& display_name)
        : file(path, MappedFile::Access::random), name(display_name), decoder(file.bytes(), name, true) {}
    MappedFile file;
    std::string name;
    Decoder decoder;
};

SnapshotFile::SnapshotFile(const std::string& path, const std::string& display_name)
    : parts_(std::make_unique<Parts>(path, display_name)) {
    parts_->decoder.prepare();
}

SnapshotFile::~SnapshotFile() = default;

std::size_t SnapshotFile::entity_count() const { return static_cast<std::size_t>(parts_->decoder.entity_count()); }

std::optional<EntityId> SnapshotFile::find_id(std::string_view id) const {
    if (const auto v = parts_->decoder.find_entity_id(id)) return static_cast<EntityId>(*v);
    return std::nullopt;
}

std::string_view SnapshotFile::entity_id(EntityId v) const { return parts_->decoder.entity_id(v); }

std::optional<snapshot::Adjacency> SnapshotFile::adjacency() const { return parts_->decoder.adjacency(); }

LoadResult SnapshotFile::among(std::vector<EntityId> entities) const {
    std::sort(entities.begin(), entities.end());
    entities.erase(std::unique(entities.begin(), entities.end()), entities.end());
    std::vector<std::uint32_t> only;
    for (const EntityId v : entities) {
        if (v >= entity_count()) throw std::out_of_range("SnapshotFile::among: no such entity");
        only.push_back(static_cast<std::uint32_t>(v));
    }
    return parts_->decoder.among(only);
}

bool is_snapshot_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char head[8] = {};
    in.read(head, sizeof head);
    return looks_like_snapshot(std::string_view(head, static_cast<std::size_t>(in.gcount())));
}

}  // namespace pactgraph
