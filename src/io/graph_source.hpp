// Where a graph comes from, decided once (in cli) and used by every reader and message: a path
// or standard input ("-"), the name messages show ("<stdin>" for standard input), and the format
// (from --input-format, else the extension, else TOML).
#pragma once

#include <string>
#include <string_view>

namespace pactgraph {

struct GraphSource {
    std::string path;          // "-" for standard input
    std::string display_name;  // what every message calls it
    std::string format;        // a name reader_for() knows

    bool is_stdin() const { return path == "-"; }
    // The path without its extension ("graphs/x" for graphs/x.toml; "noname" for standard
    // input, as Graphviz names its -O output), for names derived from the input.
    std::string stem() const;
};

// Throws InvalidChoice when `format` (or the extension, when `format` is empty) names no reader.
GraphSource graph_source(std::string path, std::string_view format = {});

// The extension of a path, lowercased, without its dot; "" when there is none.
std::string extension_of(std::string_view path);

}  // namespace pactgraph
