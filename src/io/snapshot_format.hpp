// The layout of a graph snapshot (.pgsnap), shared by io/snapshot_writer and io/snapshot_reader;
// docs/formats.md describes it for people.
//
//   offset  size  field
//   0       8     magic "PGSNAP\0\x1a"
//   8       4     format version (kSnapshotVersion)
//   12      4     byte-order mark 0x01020304, written little-endian (bytes 04 03 02 01)
//   16      8     the file's size in bytes (a truncated copy is told as such)
//   24      4     number of sections
//   28      4     reserved, 0
//   32      8     XXH64 of the section table, seeded with the XXH64 of bytes 0..31
//   40      48×n  the section table: per section a name (24 bytes, NUL-padded), its offset,
//                 its length and the XXH64 of its bytes (8 bytes each)
//   then the sections, each at an offset that is a multiple of 8, zero bytes in between.
//
// Every integer is little-endian. Each section is one column: a fixed-width array of one field
// (struct of arrays): relations.source is the source entity of every relation in file order,
// relations.amount their amounts, and so on. Strings are u32 indices into one string pool
// (strings.offsets: u64[strings + 1], strings.bytes: the UTF-8 bytes). Lists (an entity's
// roles, a relation's sources) are a u64[count + 1] offset column (NAME_at) into an item column.
// A reader ignores sections it does not know (so a later pactgraph can add one, such as a CSR
// view, without a new version); a change to the meaning of a known section needs a new version.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "model/date.hpp"

namespace pactgraph::snapshot {

static_assert(std::endian::native == std::endian::little,
              "snapshots are read and written as little-endian arrays in place");

inline constexpr std::string_view kMagic{"PGSNAP\0\x1a", 8};
inline constexpr std::uint32_t kVersion = 1;
inline constexpr std::uint32_t kByteOrderMark = 0x01020304;
inline constexpr std::size_t kHeaderSize = 40;
inline constexpr std::size_t kNameSize = 24;
inline constexpr std::size_t kEntrySize = kNameSize + 24;
inline constexpr std::size_t kAlignment = 8;

// graph.counts: u64[kCountFields], in this order.
enum Count : std::size_t { strings, kinds, types, entities, relations, sources, warnings, kCountFields };
// graph.info: u32[kInfoFields]: the title and description (strings) and as_of (a packed date).
enum Info : std::size_t { title, description, as_of, kInfoFields };

// kinds.flags and types.flags.
inline constexpr std::uint8_t kBuiltin = 1, kLinksTargets = 2, kSymmetric = 4;
// relations.flags: bit 0 exclusive, bits 1-2 the DateBound of the date.
inline constexpr std::uint8_t kExclusive = 1;
inline constexpr int kDateBoundShift = 1;
inline constexpr std::uint8_t kRelationFlagBits = 7;

// Strings up to this length are stored once however often they occur; longer ones once per
// use. So what a reader builds from a file of N bytes is at most kMaxExpansion × N bytes of
// text, which the reader enforces on files it did not write.
inline constexpr std::size_t kSharedStringMax = 64;
inline constexpr std::size_t kMaxExpansion = 16;

// A date in a u32: year << 16 | month << 8 | day; 0 when there is none.
inline std::uint32_t pack_date(const PartialDate& d) {
    return static_cast<std::uint32_t>(d.year()) << 16 | static_cast<std::uint32_t>(d.month()) << 8 |
           static_cast<std::uint32_t>(d.day());
}
// The date, or nullopt when the bits name none (a month 13, a day 0 after a month 0 …).
inline std::optional<PartialDate> unpack_date(std::uint32_t v) {
    if (v == 0) return PartialDate{};
    return PartialDate::from_parts(static_cast<int>(v >> 16), static_cast<int>((v >> 8) & 0xFF),
                                   static_cast<int>(v & 0xFF));
}

// The sections of version 1, in the order the writer lays them out. The reader requires all.
namespace section {
inline constexpr std::string_view counts = "graph.counts", info = "graph.info";
inline constexpr std::string_view string_offsets = "strings.offsets", string_bytes = "strings.bytes";
inline constexpr std::string_view kind_name = "kinds.name", kind_description = "kinds.description",
                                  kind_flags = "kinds.flags";
inline constexpr std::string_view type_name = "types.name", type_description = "types.description",
                                  type_flags = "types.flags";
inline constexpr std::string_view entity_id = "entities.id", entity_name = "entities.name",
                                  entity_kind = "entities.kind", entity_url = "entities.url",
                                  entity_note = "entities.note", entity_line = "entities.line",
                                  entity_column = "entities.column",
                                  entity_roles_at = "entities.roles_at", entity_roles = "entities.roles",
                                  entity_aliases_at = "entities.aliases_at",
                                  entity_aliases = "entities.aliases",
                                  entity_tags_at = "entities.tags_at", entity_tags = "entities.tags",
                                  entity_attrs_at = "entities.attrs_at",
                                  entity_attr_keys = "entities.attr_keys",
                                  entity_attr_values = "entities.attr_values";
inline constexpr std::string_view relation_source = "relations.source",
                                  relation_target = "relations.target",
                                  relation_type = "relations.type",
                                  relation_status = "relations.status",
                                  relation_flags = "relations.flags",
                                  relation_amount = "relations.amount",
                                  relation_date = "relations.date",
                                  relation_end_date = "relations.end_date",
                                  relation_label = "relations.label",
                                  relation_scope = "relations.scope",
                                  relation_note = "relations.note", relation_id = "relations.id",
                                  relation_line = "relations.line",
                                  relation_column = "relations.column",
                                  relation_sources_at = "relations.sources_at",
                                  relation_attrs_at = "relations.attrs_at",
                                  relation_attr_keys = "relations.attr_keys",
                                  relation_attr_values = "relations.attr_values";
inline constexpr std::string_view source_url = "sources.url", source_citation = "sources.citation",
                                  source_publisher = "sources.publisher",
                                  source_date = "sources.date",
                                  source_confidence = "sources.confidence";
inline constexpr std::string_view warning_severity = "warnings.severity",
                                  warning_file = "warnings.file", warning_line = "warnings.line",
                                  warning_column = "warnings.column",
                                  warning_message = "warnings.message",
                                  warning_source_line = "warnings.source_line";
// Optional sections, written since pactgraph stores the path view (a reader of version 1 that
// does not know them skips them): the directed, unweighted analysis view's adjacency
// (analysis/view's path_view(g)), so that a shortest-path query searches the snapshot without
// rebuilding the model. Vertex v's successors are out.targets[out.offsets[v] .. out.offsets[v+1]),
// ascending; in.* its predecessors; u32 each, offsets[entities + 1].
inline constexpr std::string_view view_out_offsets = "view.out.offsets", view_out_targets = "view.out.targets",
                                  view_in_offsets = "view.in.offsets", view_in_targets = "view.in.targets";
// Optional indices, written since pactgraph reads snapshots in part (a reader that does not know
// them skips them): entities.by_id, u32[entities], every entity's position in the byte order of
// the ids (a binary search finds an id); relations.by_source_at, u64[entities + 1], and
// relations.by_source, u32[relations], each entity's relations as a source, ascending positions
// (a list as above).
inline constexpr std::string_view entity_by_id = "entities.by_id", relation_by_source_at = "relations.by_source_at",
                                  relation_by_source = "relations.by_source";
// Optional, the last section when present: the XXH64 of every block of kBlockSize bytes of every
// other section (u64 each), section by section in the table's order, a section's last block
// shorter. A reader that reads only part of the file (SnapshotFile) checks the blocks it reads
// instead of whole sections; without it, it checks every section, as a whole read does. (The first
// files with block checksums named them checksums.blocks, over 64 KiB blocks: a reader now takes
// that for a section it does not know, checked whole.)
inline constexpr std::string_view block_checksums = "checksums.blocks_4k";
}  // namespace section

inline constexpr std::size_t kBlockSize = 4 * 1024;

// The adjacency those optional sections hold (see above), as arrays that outlive it.
struct Adjacency {
    std::span<const std::uint32_t> out_offsets, out_targets, in_offsets, in_targets;
};

}  // namespace pactgraph::snapshot
