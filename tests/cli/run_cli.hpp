// Runs the CLI in-process from an argv vector with captured output (the tests' seam).
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/app.hpp"

namespace pactgraph::test {

struct CliResult {
    int status = -1;
    std::string out;
    std::string err;
};

inline CliResult run_cli(const std::vector<std::string>& args, const std::string& stdin_text = "") {
    std::istringstream in(stdin_text);
    std::ostringstream out, err;
    cli::Io io{in, out, err};
    CliResult r;
    r.status = cli::run(args, io);
    r.out = out.str();
    r.err = err.str();
    return r;
}

inline std::string source_path(const std::string& relative) {
    return std::string(PACTGRAPH_SOURCE_DIR) + "/" + relative;
}

// A scratch root private to this test process, so that test runs in parallel (ctest -j, two
// build trees) never share files.
inline std::filesystem::path scratch_root() {
    return std::filesystem::temp_directory_path() /
           ("pactgraph-tests-" + std::to_string(::getpid()));
}

// A folder `name` below the scratch root, made if missing.
inline std::filesystem::path scratch_dir(const std::string& name) {
    const std::filesystem::path dir = scratch_root() / name;
    std::filesystem::create_directories(dir);
    return dir;
}

// The whole content of a file ("" when it cannot be read).
inline std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void spit(const std::filesystem::path& p, const std::string& text) {
    std::ofstream(p, std::ios::binary) << text;
}

inline const std::string kSeedGraph = source_path("graphs/openai-frontier.toml");

}  // namespace pactgraph::test
