// pactgraph: the executable is only this; everything else lives in the libraries under src/.
#include <unistd.h>

#include <iostream>
#include <string>
#include <vector>

#include "cli/app.hpp"

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    std::vector<std::string> args(argv + 1, argv + argc);
    pactgraph::cli::Io io{std::cin, std::cout, std::cerr};
    io.err_is_terminal = isatty(STDERR_FILENO) == 1;
    const int status = pactgraph::cli::run(args, io);
    std::cout.flush();
    return std::cout ? status : 2;
}
