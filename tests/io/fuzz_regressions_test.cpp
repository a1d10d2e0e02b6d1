// Every input in tests/data/fuzz-regressions/FORMAT/ (what scripts/fuzz found, once fixed, and
// hand-made bad inputs: truncated files, dangling references, deep nesting) loads or is refused
// with exit 2 and a FILE:LINE message; never a crash, an internal error (exit 3) or a hang.
#include <catch2/catch.hpp>

#include <filesystem>

#include "../cli/run_cli.hpp"

using namespace pactgraph::test;
namespace fs = std::filesystem;

TEST_CASE("Every fuzz regression input loads or exits 2 with a located message", "[io][fuzz]") {
    const fs::path root = source_path("tests/data/fuzz-regressions");
    std::size_t files = 0;
    for (const char* format : {"toml", "csv", "json", "graphml", "dot"}) {
        for (const auto& entry : fs::directory_iterator(root / format)) {
            const std::string path = entry.path().string();
            CAPTURE(path);
            const CliResult r = run_cli({"check", path, "--input-format", format, "-q"});
            CHECK((r.status == 0 || r.status == 2));
            if (r.status == 2) CHECK_THAT(r.err, Catch::StartsWith(path + ":"));
            ++files;
        }
    }
    CHECK(files >= 5);
}
