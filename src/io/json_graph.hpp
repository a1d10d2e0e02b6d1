// NetworkX's node-link JSON (`directed`, `multigraph`, `graph`, `nodes`, `links`), as written by
// networkx.node_link_data and read by networkx.node_link_graph; also D3's form, whose links may
// name nodes by their index. See docs/formats.md for the keys.
#pragma once

#include "io/graph_reader.hpp"
#include "io/import_options.hpp"

namespace pactgraph {

class JsonReader final : public GraphReader {
public:
    explicit JsonReader(ImportOptions options = {}) : options_(options) {}
    std::string_view format_name() const override { return "json"; }
    using GraphReader::read;
    LoadResult read(std::string_view text, const std::string& source_name) const override;

private:
    ImportOptions options_;
};

// The graph as node-link JSON (a directed multigraph, indented by 2, keys in a fixed order);
// the vocabulary it declares goes under graph.vocabulary so a read gives it back.
std::string write_node_link_json(const PartnershipGraph& g);

}  // namespace pactgraph
