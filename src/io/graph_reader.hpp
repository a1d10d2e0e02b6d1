// Readers of graph files, behind one interface: bytes in, PartnershipGraph out, errors that
// point at FILE:LINE:COLUMN. New formats (CSV, DOT, GraphML, JSON) plug in by adding a reader
// and a line in reader_for().
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "io/graph_source.hpp"
#include "io/import_options.hpp"
#include "model/graph.hpp"
#include "support/diagnostics.hpp"

namespace pactgraph {

struct LoadResult {
    PartnershipGraph graph;
    std::vector<Diagnostic> warnings;  // semantic warnings (see model/validate.hpp) included
};

class GraphReader {
public:
    virtual ~GraphReader() = default;
    virtual std::string_view format_name() const = 0;
    // Parses `text`; `source_name` is used in diagnostics. Throws InputError.
    virtual LoadResult read(std::string_view text, const std::string& source_name) const = 0;
    LoadResult read(std::istream& in, const std::string& source_name) const;
};

// The reader for a format name ("toml", "csv", …); throws InvalidChoice listing the known ones.
// `options` apply to the readers of other tools' formats (not TOML).
std::unique_ptr<GraphReader> reader_for(std::string_view format, ImportOptions options = {});
std::vector<std::string> reader_formats();
// The format a path implies by its extension ("tsv" is read as "csv"); "toml" when there is none
// or it is "-".
std::string format_for_path(std::string_view path);

// Reads a graph (standard input's text is `stdin_text`), checking first that it is a non-empty
// text file; `options` apply to the readers of other tools' formats. Throws FileError or
// InputError.
LoadResult load_graph(const GraphSource& source, std::string_view stdin_text = {},
                      ImportOptions options = {});
// The same for a path whose format comes from its extension (tests, tools).
LoadResult load_graph(const std::string& path, std::string_view stdin_text = {},
                      std::string_view format = {});

// Throws InputError when `text` is empty or binary (a NUL byte), pointing at the spot.
void check_text_input(std::string_view text, const std::string& source_name);

}  // namespace pactgraph
