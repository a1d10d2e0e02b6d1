// Graphviz DOT files, parsed by Graphviz's own cgraph (directed or undirected, subgraphs and
// clusters, default attributes, HTML-like labels kept as their text). Node and edge attributes
// map onto entity and relation fields where the names match and are kept as attributes
// otherwise; attributes that would make a later render read local files (image, shapefile,
// fontpath, imagepath) are dropped with a warning. See docs/formats.md.
#pragma once

#include "io/graph_reader.hpp"
#include "io/import_options.hpp"

namespace pactgraph {

class DotReader final : public GraphReader {
public:
    explicit DotReader(ImportOptions options = {}) : options_(options) {}
    std::string_view format_name() const override { return "dot"; }
    using GraphReader::read;
    LoadResult read(std::string_view text, const std::string& source_name) const override;

private:
    ImportOptions options_;
};

}  // namespace pactgraph
