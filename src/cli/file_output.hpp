// Writing a command's output file, or with --check comparing it with the file on disk: every
// command that writes a file takes --check (CI: "is the committed image still what the graph
// draws?"). With --check nothing is written; a stale or missing file is named on standard error
// with how to refresh it, and the command exits 1.
#pragma once

#include <string>
#include <string_view>

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

// Adds --check to `cmd`, setting `check`.
void add_check_flag(CLI::App& cmd, bool& check);

// Without `check`: writes `content` to `path` atomically and returns 0. With `check`: compares
// `content` byte for byte with the file at `path`, writes nothing, and returns 0 when they are
// identical, else 1 after saying on io.err which file is stale (or missing) and how to refresh it.
int deliver_file(const std::string& path, std::string_view content, bool check, Io& io);

// True when the file at `path` holds exactly `content` (false when it cannot be read).
bool file_holds(const std::string& path, std::string_view content);

}  // namespace pactgraph::cli
