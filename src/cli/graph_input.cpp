#include "cli/graph_input.hpp"

#include <CLI/CLI.hpp>
#include <ostream>

namespace pactgraph::cli {

void add_graph_input(CLI::App& cmd, GraphInput& input) {
    cmd.add_option("FILE", input.path, "graph file (TOML, see docs/format.md); - or none reads standard input")
        ->type_name("FILE");
    cmd.add_option("--input-format", input.format, "format of FILE when its extension does not say")
        ->type_name("FORMAT");
    cmd.add_flag("-q,--quiet", input.quiet, "do not print warnings about the graph file");
}

LoadResult load_input(const GraphInput& input, Io& io) {
    const std::string& text = input.path == "-" ? io.stdin_text() : std::string();
    LoadResult result = load_graph(input.path, text, input.format);
    if (!input.quiet)
        for (const auto& w : result.warnings) io.err << format_diagnostic(w) << '\n';
    return result;
}

}  // namespace pactgraph::cli
