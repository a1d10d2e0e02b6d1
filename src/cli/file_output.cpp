#include "cli/file_output.hpp"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <ostream>

#include "support/atomic_file.hpp"

namespace pactgraph::cli {

void add_check_flag(CLI::App& cmd, bool& check) {
    cmd.add_flag("--check", check,
                 "write nothing: compare the output with the file(s) on disk byte for byte; exit 0 "
                 "when identical, 1 when stale (for CI)");
}

bool file_holds(const std::string& path, std::string_view content) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    const std::string on_disk{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return !in.bad() && on_disk == content;
}

int deliver_file(const std::string& path, std::string_view content, bool check, Io& io) {
    if (!check) {
        write_file_atomically(path, content);
        return 0;
    }
    if (file_holds(path, content)) return 0;
    const bool missing = !std::filesystem::exists(path);
    io.err << (missing ? "missing: " : "stale: ") << path
           << (missing ? " does not exist" : " differs from what the command writes now")
           << "; run the same command without --check to " << (missing ? "write" : "refresh")
           << " it\n";
    return 1;
}

}  // namespace pactgraph::cli
