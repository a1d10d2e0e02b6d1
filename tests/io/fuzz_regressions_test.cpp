// Every input in tests/data/fuzz-regressions/FORMAT/ (what scripts/fuzz found, once fixed, and
// hand-made bad inputs: truncated files, dangling references, deep nesting) loads or is refused
// with exit 2 and a FILE:LINE message; never a crash, an internal error (exit 3) or a hang.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

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

// A 10 MB single line in each format (too large to keep in the repository): a value that long
// is read or refused with a located message, never a crash or a hang.
TEST_CASE("A 10 MB single line loads or exits 2 in every format", "[io][fuzz]") {
    const std::string huge(10u << 20, 'x');
    const std::vector<std::pair<std::string, std::string>> inputs = {
        {"toml", "[graph]\ntitle = \"" + huge + "\"\n[[entity]]\nid = \"a\"\nkind = \"company\"\n"},
        {"csv", "source,target,relation,note\na,b,invests_in," + huge + "\n"},
        {"json", "{\"nodes\":[{\"id\":\"a\",\"note\":\"" + huge + "\"}],\"links\":[]}"},
        {"graphml", "<graphml><graph edgedefault=\"directed\"><node id=\"" + huge + "\"/></graph></graphml>"},
        {"dot", "digraph { a [label=\"" + huge + "\"] a -> b }"},
        {"csv", "source,target\n" + huge},  // one unterminated line, no newline
    };
    const fs::path dir = scratch_root() / "huge-lines";
    fs::create_directories(dir);
    for (const auto& [format, text] : inputs) {
        const fs::path path = dir / ("huge." + format);
        spit(path, text);
        CAPTURE(format);
        const CliResult r = run_cli({"check", path.string(), "-q"});
        CHECK((r.status == 0 || r.status == 2));
        if (r.status == 2) CHECK_THAT(r.err, Catch::StartsWith(path.string() + ":"));
        // A refusal quotes the line cut short, not 10 MB of it.
        CHECK(r.err.size() < 4096);
    }
    fs::remove_all(dir);
}
