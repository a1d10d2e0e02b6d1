// The native graph file: TOML with [graph], [vocabulary], [[entity]] and [[relation]] tables.
// The format is documented in docs/format.md.
#pragma once

#include "io/graph_reader.hpp"

namespace pactgraph {

class TomlReader final : public GraphReader {
public:
    std::string_view format_name() const override { return "toml"; }
    using GraphReader::read;
    LoadResult read(std::string_view text, const std::string& source_name) const override;
};

}  // namespace pactgraph
