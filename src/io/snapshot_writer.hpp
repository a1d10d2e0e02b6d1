// Writes a graph as a snapshot (.pgsnap): a versioned, checksummed binary file of fixed-width
// little-endian arrays that io/snapshot_reader maps and reads back in a fraction of the time a
// text format takes. It keeps the whole model: every field of every entity and relation, the
// vocabulary with its flags, the graph's title and date, file order and the line and column
// each element came from, and the warnings reading the original file gave. The layout is in
// io/snapshot_format.hpp and docs/formats.md. A snapshot is a cache for large graphs queried
// many times, not a file to keep in version control (the TOML is that).
#pragma once

#include <string>
#include <vector>

#include "io/snapshot_format.hpp"
#include "model/graph.hpp"
#include "support/diagnostics.hpp"

namespace pactgraph {

// The snapshot bytes of `g`; `warnings` are what reading it gave (stored, and told again by
// every command that reads the snapshot, as they are for the original file). Throws UsageError
// when the graph is too large for the format (more than 2^32 - 1 entities, relations or strings).
// `adjacency`, when given, is stored in the view.* sections: it must be the graph's path view
// (analysis/paths' path_view(g)), which io cannot compute itself; its size is checked.
std::string write_snapshot(const PartnershipGraph& g, const std::vector<Diagnostic>& warnings = {},
                           const snapshot::Adjacency* adjacency = nullptr);

}  // namespace pactgraph
