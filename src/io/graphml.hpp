// GraphML (http://graphml.graphdrawing.org/): written with typed keys for Gephi, yEd, Cytoscape
// and networkx.read_graphml; read with pugixml (keys by attr.name, <default> values, nested
// graphs flattened, yEd's label elements read as text). See docs/formats.md.
#pragma once

#include "io/graph_reader.hpp"
#include "io/import_options.hpp"

namespace pactgraph {

class GraphmlReader final : public GraphReader {
public:
    explicit GraphmlReader(ImportOptions options = {}) : options_(options) {}
    std::string_view format_name() const override { return "graphml"; }
    using GraphReader::read;
    LoadResult read(std::string_view text, const std::string& source_name) const override;

private:
    ImportOptions options_;
};

std::string write_graphml(const PartnershipGraph& g);

// `text` escaped for XML 1.0 element text or attribute values; control characters XML 1.0
// cannot carry (all below U+0020 but tab, line feed and carriage return) become U+FFFD.
std::string xml_text(std::string_view text);

}  // namespace pactgraph
