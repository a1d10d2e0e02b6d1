// Splits a large pactgraph TOML file into pieces that parse on their own, so the reader holds
// one piece's document tree at a time instead of the whole file's (toml++'s tree takes about 15
// bytes of memory per byte of file). A piece starts at a top-level [[entity]] or [[relation]]
// header and runs to the next one (its sub-tables, such as [[relation.sources]], stay with it);
// everything else ([graph], [vocabulary], keys before the first table) goes to header pieces.
// Consecutive pieces of one kind are joined up to a size.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace pactgraph {

enum class TomlChunkKind : std::uint8_t { header, entity, relation };

struct TomlChunk {
    TomlChunkKind kind;
    std::string_view text;
    std::uint32_t first_line;  // 1-based line of the file where `text` starts
};

// The pieces of `text` in file order, each at most about `batch_bytes` (a single table may be
// larger). Tables are found line by line outside multi-line strings, strings and brackets, so a
// line such as "[not a table]" inside a multi-line string or array is not taken for one.
std::vector<TomlChunk> toml_chunks(std::string_view text, std::size_t batch_bytes);

}  // namespace pactgraph
