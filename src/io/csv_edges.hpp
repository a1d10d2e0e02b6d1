// The relation rows of an edges CSV. A large file is parsed in blocks on every core (tokens,
// amounts, dates, statuses) while one thread builds the graph from the blocks in file order,
// so the graph, its warnings and the first error are exactly those of reading the file from
// start to end on one thread; any block that cannot be trusted (a malformed quote, a row with
// an error) is read again the serial way.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "io/csv_columns.hpp"
#include "io/csv_parser.hpp"
#include "io/import_builder.hpp"
#include "io/import_options.hpp"

namespace pactgraph {

// Reads every record after `after_header` (the parser that read the header, which has source
// and target columns) as a relation of the builder's graph. `nodes_listed`: the entities came
// from a nodes file, so an id it lacks is created with a warning (an error when strict).
void read_csv_edges(ImportBuilder& b, std::string_view text, const std::string& name,
                    const CsvHeader& header, const CsvParser& after_header, bool nodes_listed,
                    const ImportOptions& options);

// Fails when a row has non-empty fields beyond the header's columns.
void check_csv_width(const ImportBuilder& b, const CsvHeader& header, const std::vector<CsvField>& fields);

}  // namespace pactgraph
