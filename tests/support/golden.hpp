// Golden ("approved") files for text outputs: the whole output is compared with a committed
// file, so a change anywhere in it shows up as a diff to review instead of slipping past a few
// Contains() fragments.
//
//   check_golden("stats/seed.txt", run_cli({"stats", kSeedGraph}).out);
//
// compares with tests/golden/stats/seed.txt. On a difference (or when the file is missing) it
// writes tests/golden/stats/seed.received.txt beside it and fails; `scripts/approve` shows the
// diffs and, with --yes, makes the received files the approved ones.
#pragma once

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "../cli/run_cli.hpp"

namespace pactgraph::test {

inline std::filesystem::path received_path(const std::filesystem::path& approved) {
    std::filesystem::path p = approved;
    return p.replace_extension(".received" + approved.extension().string());
}

inline void check_golden(const std::string& name, const std::string& actual) {
    const std::filesystem::path approved = source_path("tests/golden/" + name);
    const std::filesystem::path received = received_path(approved);
    std::ifstream in(approved, std::ios::binary);
    const std::string expected{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in && expected == actual) {
        std::filesystem::remove(received);
        SUCCEED("matches " << name);
        return;
    }
    std::filesystem::create_directories(received.parent_path());
    std::ofstream(received, std::ios::binary) << actual;
    FAIL_CHECK("output differs from tests/golden/" << name << " (see " << received.filename().string()
                                                   << "; scripts/approve shows the diff)");
}

}  // namespace pactgraph::test
