// The graph-file argument every command takes, and loading it: warnings go to standard error.
// The filters shared by every command (--as-of, --where, --types, --kinds; see
// query/graph_filter.hpp and docs/queries.md) are added here too, so a command that takes its
// FILE through add_graph_input gets them without a line of its own. `diff`, which takes two
// files, adds its own positional and the rest with add_input_options.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/context.hpp"
#include "analysis/time_slice.hpp"
#include "io/graph_reader.hpp"
#include "io/snapshot_reader.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

struct GraphInput {
    std::string path = "-";
    std::string format;  // --input-format; empty: from the extension
    bool quiet = false;  // no warnings on standard error
    // --nodes/--edges: a CSV pair (either alone is one CSV file), instead of FILE.
    std::string nodes, edges;
    // --strict: unknown kinds and relation types in other tools' formats are errors.
    bool strict = false;
    // --max-memory: the most memory the process may take (bytes), and the limit as written.
    std::optional<std::uint64_t> max_memory;
    std::string max_memory_text;
    // Shared filters; empty means "not given".
    std::optional<PartialDate> as_of;
    UndatedPolicy undated = UndatedPolicy::include;  // --undated, for every time view
    std::optional<std::string> where;
    std::vector<std::string> types;
    std::vector<std::string> kinds;

    // Where FILE comes from (standard input for "-"), made once for every reader and message.
    GraphSource source() const { return source_of(path); }
    GraphSource source_of(const std::string& file) const;
};

// Adds the FILE positional (default "-": standard input) and add_input_options.
void add_graph_input(CLI::App& cmd, GraphInput& input);
// --input-format, --nodes, --edges, --strict, --quiet and the filters (--as-of, --where,
// --types, --kinds).
void add_input_options(CLI::App& cmd, GraphInput& input, const std::string& files = "FILE");

// Loads the graph (input.path, the --nodes/--edges pair, or `source` when given) and applies
// the filters; prints its warnings to io.err unless quiet. Throws on bad input (a bad file, an unknown type or kind, a
// bad --where expression), naming the option.
// `named`: the entities the command was asked about (ids, aliases or names); each is looked up
// before filtering (unknown: "did you mean"), and one the filters leave out is an error naming
// them: "openai is left out by --kinds cloud".
LoadResult load_input(const GraphInput& input, Io& io, const std::vector<std::string>& named = {});
LoadResult load_input(const GraphInput& input, const GraphSource& source, Io& io,
                      const std::vector<std::string>& named = {});

// Prints the warnings reading the graph gave to io.err, unless --quiet.
void print_warnings(const GraphInput& input, const std::vector<Diagnostic>& warnings, Io& io);

// FILE opened as a snapshot for a query that reads only part of it, when it is one (a file,
// not standard input, that begins as a snapshot does) and no filter is given; null otherwise,
// and the command loads the whole graph with load_input. Sets --max-memory as load_input does.
std::unique_ptr<SnapshotFile> open_plain_snapshot(const GraphInput& input, Io& io);

// "as of 2024-12-31: 1 relation of unknown start included (--undated exclude leaves it out)";
// "" when `unknown` is 0. Time views print it on standard error.
std::string unknown_start_note(const PartialDate& day, std::size_t unknown, UndatedPolicy policy);

}  // namespace pactgraph::cli
