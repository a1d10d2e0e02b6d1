// scripts/check-layers, the layer fence CI runs: it passes on src/ as it is and fails, naming
// the file and line, on a tree with an include that points upward or a fenced third-party header.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "../cli/run_cli.hpp"

using namespace pactgraph::test;
namespace fs = std::filesystem;

namespace {

struct ScriptResult {
    int status = -1;
    std::string out;
};

ScriptResult check_layers(const fs::path& src, const fs::path& log) {
    const std::string cmd = "'" + source_path("scripts/check-layers") + "' --src '" + src.string() +
                            "' >'" + log.string() + "' 2>/dev/null";
    const int raw = std::system(cmd.c_str());
    std::ifstream in(log);
    return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1,
            {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()}};
}

void append(const fs::path& file, const std::string& line) { std::ofstream(file, std::ios::app) << line << "\n"; }

}  // namespace

TEST_CASE("check-layers passes on src and fails on an include against the fence", "[scripts][layers]") {
    const fs::path scratch = scratch_root() / "check-layers";
    fs::remove_all(scratch);
    fs::create_directories(scratch);
    const ScriptResult clean = check_layers(source_path("src"), scratch / "clean.log");
    INFO(clean.out);
    CHECK(clean.status == 0);
    CHECK(clean.out.empty());

    fs::copy(source_path("src"), scratch / "src", fs::copy_options::recursive);
    const auto [file, line, expected] = GENERATE(table<std::string, std::string, std::string>({
        {"analysis/stats.cpp", "#include \"cli/app.hpp\"", "analysis includes cli/app.hpp; analysis may include analysis, model, support"},
        {"render/style.cpp", "#include \"analysis/paths.hpp\"", "render includes analysis/paths.hpp"},
        {"query/where.cpp", "#include \"format/table.hpp\"", "query includes format/table.hpp"},
        {"query/where.cpp", "#include <CLI/CLI.hpp>", "<CLI/CLI.hpp> is fenced to cli/*"},
        {"render/render.hpp", "#include <graphviz/gvc.h>", "<graphviz/gvc.h> is fenced to render/*.cpp"},
    }));
    fs::remove_all(scratch / "bad");
    fs::copy(scratch / "src", scratch / "bad", fs::copy_options::recursive);
    append(scratch / "bad" / file, line);
    const ScriptResult bad = check_layers(scratch / "bad", scratch / "bad.log");
    CHECK(bad.status == 1);
    CHECK_THAT(bad.out, Catch::StartsWith(file + ":") && Catch::Contains(expected));
}
