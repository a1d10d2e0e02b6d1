// pactgraph: the executable is only this; everything else lives in the libraries under src/.
#include <sys/resource.h>
#include <unistd.h>

#include <iostream>
#include <string>
#include <vector>

#include "cli/app.hpp"
#include "cli/huge_pages.hpp"

int main(int argc, char** argv) {
    pactgraph::cli::restart_with_huge_pages_for_large_inputs(argc, argv);
    std::ios::sync_with_stdio(false);
    std::vector<std::string> args(argv + 1, argv + argc);
    pactgraph::cli::Io io{std::cin, std::cout, std::cerr};
    io.err_is_terminal = isatty(STDERR_FILENO) == 1;
    // --max-memory: the data limit (heap and private mappings), so that an allocation past it
    // fails with std::bad_alloc, which the command turns into a clear error.
    io.limit_memory = [](std::uint64_t bytes) {
        const rlimit limit{static_cast<rlim_t>(bytes), static_cast<rlim_t>(bytes)};
        setrlimit(RLIMIT_DATA, &limit);
    };
    const int status = pactgraph::cli::run(args, io);
    std::cout.flush();
    return std::cout ? status : 2;
}
