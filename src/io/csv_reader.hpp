// Spreadsheet graphs: a nodes CSV and an edges CSV (Kumu-, Gephi- or pactgraph-style columns,
// matched case-insensitively with the usual synonyms; see docs/formats.md). Extra columns are
// kept as entity or relation attributes. An edges file alone creates its entities from the ids
// it names.
#pragma once

#include "io/graph_reader.hpp"
#include "io/import_options.hpp"

#include <optional>

namespace pactgraph {

// Reads one CSV: an edges file (it has source and target columns), or else a nodes file.
class CsvReader final : public GraphReader {
public:
    explicit CsvReader(ImportOptions options = {}) : options_(options) {}
    std::string_view format_name() const override { return "csv"; }
    using GraphReader::read;
    LoadResult read(std::string_view text, const std::string& source_name) const override;

private:
    ImportOptions options_;
};

// Reads an edges file (source and target columns) in two parts, one on this thread and one on
// another: the graph and warnings that CsvReader gives, in about half the time on two cores.
// Nothing when it is no edges file, or when a part meets what the reading on one thread must
// tell (an error, an empty id, text that is not UTF-8): CsvReader reads it then. CsvReader calls
// this for files of at least ImportOptions::split_from bytes on a machine with two cores or more.
std::optional<LoadResult> read_csv_edges_on_two_threads(std::string_view text, const std::string& source_name,
                                                        const ImportOptions& options = {});

// Reads a nodes file and an edges file into one graph. An edge naming an id the nodes file does
// not list creates that entity with a warning (an error when strict).
LoadResult read_csv_graph(std::string_view nodes_text, const std::string& nodes_name,
                          std::string_view edges_text, const std::string& edges_name,
                          ImportOptions options = {});

}  // namespace pactgraph
