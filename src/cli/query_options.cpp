#include "cli/query_options.hpp"

#include <CLI/CLI.hpp>
#include <ostream>

#include "support/atomic_file.hpp"

namespace pactgraph::cli {

void add_format_option(CLI::App& cmd, std::string& format) {
    cmd.add_option("--format", format, "table for people, json for programs (schema: docs/queries.md), tsv for cut/awk")
        ->check(CLI::IsMember({"table", "text", "json", "tsv"}))
        ->capture_default_str();
}

void write_text(const std::string& output, const std::string& text, Io& io) {
    if (output.empty() || output == "-") io.out << text;
    else write_file_atomically(output, text);
}

void add_timings_flag(CLI::App& cmd, bool& timings) {
    cmd.add_flag("--timings", timings, "print the query's seconds (loading excluded) on standard error");
}

void add_direction_flags(CLI::App& cmd, Direction& direction) {
    auto* out = cmd.add_flag_callback("--out", [&direction] { direction = Direction::out; },
                                      "follow relations out of each entity only");
    auto* in = cmd.add_flag_callback("--in", [&direction] { direction = Direction::in; },
                                     "follow relations into each entity only");
    auto* both = cmd.add_flag_callback("--both", [&direction] { direction = Direction::both; },
                                       "follow relations either way");
    out->excludes(in)->excludes(both);
    in->excludes(both);
}

}  // namespace pactgraph::cli
