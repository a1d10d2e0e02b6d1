// Options the query commands (neighbors, paths, subgraph, match) share: the output format and
// the direction flags.
#pragma once

#include <chrono>
#include <string>

#include "analysis/paths.hpp"
#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

// --format table|json|tsv (default table; "text" is accepted for table).
void add_format_option(CLI::App& cmd, std::string& format);

// --out, --in, --both (setting `direction`; its initial value is the default).
void add_direction_flags(CLI::App& cmd, Direction& direction);

// Writes a command's text answer to `output` (atomically) or, when it is empty or "-", to io.out.
void write_text(const std::string& output, const std::string& text, Io& io);

// --timings: print the query's compute seconds (loading excluded) on standard error.
void add_timings_flag(CLI::App& cmd, bool& timings);

class Stopwatch {
public:
    double seconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    }

private:
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace pactgraph::cli
