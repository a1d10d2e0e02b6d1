// pactgraph(1), written in troff from the CLI11 definitions (cli/command_spec.hpp), so the man
// page lists exactly the commands and options --help does. The build runs the hidden
// `pactgraph __man-page` and cmake --install puts the result in share/man/man1.
#pragma once

#include <string>

namespace CLI {
class App;
}

namespace pactgraph::cli {

std::string man_page(CLI::App& app);

}  // namespace pactgraph::cli
