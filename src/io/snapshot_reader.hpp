// Reads a graph snapshot (.pgsnap, written by io/snapshot_writer; layout in
// io/snapshot_format.hpp): the file is memory-mapped and the model rebuilt from its arrays,
// without parsing text. A snapshot is never trusted: before anything is used, the magic, the
// version, the file size and every section's checksum are checked, and then every count, offset,
// string index and value is bounds-checked, so a damaged or hostile file is refused with a
// message (exit 2) and cannot make the reader read outside the file or allocate more than a
// fixed multiple of its size.
#pragma once

#include <string>
#include <string_view>

#include "io/graph_reader.hpp"

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

class SnapshotReader final : public GraphReader {
public:
    std::string_view format_name() const override { return kSnapshotFormat; }
    using GraphReader::read;
    LoadResult read(std::string_view text, const std::string& source_name) const override {
        return read_snapshot(text, source_name);
    }
};

}  // namespace pactgraph
