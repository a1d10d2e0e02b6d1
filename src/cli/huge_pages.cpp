#include "cli/huge_pages.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>

#include "io/snapshot_reader.hpp"

namespace pactgraph::cli {

namespace {

constexpr std::string_view kTunable = "glibc.malloc.hugetlb";
constexpr unsigned long long kDefaultFrom = 32ULL << 20;

bool sanitizer_build() {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

bool kernel_has_thp() {
    std::ifstream in("/sys/kernel/mm/transparent_hugepage/enabled");
    std::string line;
    std::getline(in, line);
    return line.find("[always]") != std::string::npos || line.find("[madvise]") != std::string::npos;
}

unsigned long long threshold() {
    const char* from = std::getenv("PACTGRAPH_HUGE_PAGES_FROM");
    if (!from || !*from) return kDefaultFrom;
    char* end = nullptr;
    const unsigned long long v = std::strtoull(from, &end, 10);
    return end && *end == '\0' ? v : kDefaultFrom;
}

// An argument naming a regular file of at least `from` bytes: ARG itself, or VALUE of --flag=VALUE.
bool names_large_file(std::string_view arg, unsigned long long from) {
    if (arg.starts_with("--"))
        if (const auto eq = arg.find('='); eq != std::string_view::npos) arg.remove_prefix(eq + 1);
    struct stat st {};
    return !arg.empty() && ::stat(std::string(arg).c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
           static_cast<unsigned long long>(st.st_size) >= from;
}

// `paths` reads a snapshot in place (only the path's part of it): its heap stays small, and a
// restart would cost more than it saves.
bool reads_in_place(int argc, char** argv, int i) {
    return argc >= 2 && std::string_view(argv[1]) == "paths" && is_snapshot_file(argv[i]);
}

}  // namespace

void restart_with_huge_pages_for_large_inputs(int argc, char** argv) {
    if (sanitizer_build()) return;
    if (const char* off = std::getenv("PACTGRAPH_HUGE_PAGES"); off && std::string_view(off) == "0") return;
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    if (tunables && std::string_view(tunables).find(kTunable) != std::string_view::npos) return;
    const unsigned long long from = threshold();
    bool large = false;
    for (int i = 1; i < argc && !large; ++i) large = names_large_file(argv[i], from) && !reads_in_place(argc, argv, i);
    if (!large || !kernel_has_thp()) return;
    const std::string before = tunables ? tunables : "";
    const std::string value = (before.empty() ? "" : before + ":") + std::string(kTunable) + "=1";
    if (::setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0) return;
    ::execv("/proc/self/exe", argv);
    // Still here: the restart failed; go on without it, the environment as it was.
    if (tunables) ::setenv("GLIBC_TUNABLES", before.c_str(), 1);
    else ::unsetenv("GLIBC_TUNABLES");
}

}  // namespace pactgraph::cli
