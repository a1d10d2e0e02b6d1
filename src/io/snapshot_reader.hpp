// Reads a graph snapshot (.pgsnap, written by io/snapshot_writer; layout in
// io/snapshot_format.hpp): the file is memory-mapped and the model rebuilt from its arrays,
// without parsing text. A snapshot is never trusted: before anything is used, the magic, the
// version, the file size and every section's checksum are checked, and then every count, offset,
// string index and value is bounds-checked, so a damaged or hostile file is refused with a
// message (exit 2) and cannot make the reader read outside the file or allocate more than a
// fixed multiple of its size.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/graph_reader.hpp"
#include "io/snapshot_format.hpp"

namespace pactgraph {

inline constexpr std::string_view kSnapshotFormat = "pgsnap";

// True when `bytes` begin as a snapshot does ("PGSNAP\0"): such input is read as a snapshot
// whatever its file name or the format asked for says (no text format holds a NUL byte).
bool looks_like_snapshot(std::string_view bytes);

// The graph in snapshot `bytes`, with the warnings stored with it; messages name `source_name`,
// which also becomes the graph's info().source_name. Throws InputError: "NAME: error: not a
// pactgraph snapshot (bad magic)", "snapshot format version 3, this pactgraph reads version 1",
// "snapshot is truncated (…)", "snapshot is damaged (checksum mismatch in section …)" or
// "snapshot is damaged (…)" naming the section and element that is out of range.
LoadResult read_snapshot(std::string_view bytes, const std::string& source_name);

// Maps the file at `path` and reads it. Throws FileError when it cannot be opened.
LoadResult read_snapshot_file(const std::string& path, const std::string& display_name);

// True when the file at `path` begins as a snapshot does; false when it does not or cannot be
// read (the whole read then says why).
bool is_snapshot_file(const std::string& path);

// A snapshot opened for a query that needs only part of it (a shortest path: the stored
// adjacency, two ids, and then the few entities and relations on the path), instead of the
// whole model. Opening makes the checks every read makes (magic, version, size, the section
// table, every section's checksum, the string pool); what is then read is bounds-checked as
// read_snapshot checks it, so a damaged file is refused with the same messages.
class SnapshotFile {
public:
    // Maps the file. Throws FileError when it cannot be opened, InputError when it is damaged.
    SnapshotFile(const std::string& path, const std::string& display_name);
    ~SnapshotFile();
    SnapshotFile(const SnapshotFile&) = delete;
    SnapshotFile& operator=(const SnapshotFile&) = delete;

    std::size_t entity_count() const;
    // The entity whose id is exactly `id` (not an alias or a name), or nullopt.
    std::optional<EntityId> find_id(std::string_view id) const;
    // Entity v's id as stored (v < entity_count()).
    std::string_view entity_id(EntityId v) const;
    // The stored path view (snapshot_format.hpp's view.* sections), checked, viewing the mapped
    // file (valid while this object lives); nullopt when the file has none (one written before
    // pactgraph stored it).
    std::optional<snapshot::Adjacency> adjacency() const;
    // The graph of just `entities` (file indices, in file order whatever their order here) and
    // the relations among them, with the vocabulary, the graph's info and the stored warnings.
    // Its entities are renumbered: look them up by id.
    LoadResult among(std::vector<EntityId> entities) const;

private:
    struct Parts;
    std::unique_ptr<Parts> parts_;
};

class SnapshotReader final : public GraphReader {
public:
    std::string_view format_name() const override { return kSnapshotFormat; }
    using GraphReader::read;
    LoadResult read(std::string_view text, const std::string& source_name) const override {
        return read_snapshot(text, source_name);
    }
};

}  // namespace pactgraph
