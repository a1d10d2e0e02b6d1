// The native graph file: TOML with [graph], [vocabulary], [[entity]] and [[relation]] tables.
// The format is documented in docs/format.md.
#pragma once

#include <cstddef>

#include "io/graph_reader.hpp"
#include "io/import_options.hpp"

namespace pactgraph {

class TomlReader final : public GraphReader {
public:
    // Files larger than `chunk_bytes` are parsed a piece of about that size at a time
    // (io/toml_chunks.hpp), so memory stays bounded by the graph instead of by toml++'s tree
    // of the whole file; smaller ones in one go.
    // `progress` is told the bytes of the pieces read so far (large files only).
    explicit TomlReader(std::size_t chunk_bytes = kDefaultChunkBytes, ReadProgress progress = {})
        : chunk_bytes_(chunk_bytes), progress_(std::move(progress)) {}
    static constexpr std::size_t kDefaultChunkBytes = std::size_t{4} << 20;

    std::string_view format_name() const override { return "toml"; }
    using GraphReader::read;
    LoadResult read(std::string_view text, const std::string& source_name) const override;

private:
    std::size_t chunk_bytes_;
    ReadProgress progress_;
};

}  // namespace pactgraph
