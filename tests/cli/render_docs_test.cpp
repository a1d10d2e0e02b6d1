#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "run_cli.hpp"

using namespace pactgraph::test;
namespace fs = std::filesystem;

namespace {

// Runs scripts/render-docs --check with the built binary; returns its exit status.
int render_docs_check(const std::string& docs_dir, const std::string& log) {
    const std::string cmd = "cd '" + source_path("") + "' && PACTGRAPH='" + PACTGRAPH_BINARY +
                            "' RENDER_DOCS_DIR='" + docs_dir + "' scripts/render-docs --check >'" +
                            log + "' 2>&1";
    const int raw = std::system(cmd.c_str());
    return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
}

}  // namespace

TEST_CASE("the committed docs images are what the renderer draws today", "[cli][render][docs]") {
    const fs::path scratch = pactgraph::test::scratch_root() / "pactgraph-render-docs-test";
    fs::remove_all(scratch);
    fs::create_directories(scratch);
    const std::string log = (scratch / "log").string();
    INFO(slurp(log));
    CHECK(render_docs_check(source_path("docs"), log) == 0);
    INFO(slurp(log));

    SECTION("and the check fails, naming the file, when an image is stale") {
        fs::copy(source_path("docs"), scratch / "docs", fs::copy_options::recursive);
        std::ofstream(scratch / "docs/img/openai-frontier.svg", std::ios::app) << "<!-- edited -->\n";
        CHECK(render_docs_check((scratch / "docs").string(), log) == 1);
        CHECK_THAT(slurp(log), Catch::Contains("stale: " + (scratch / "docs").string() +
                                               "/img/openai-frontier.svg"));
        CHECK_THAT(slurp(log), !Catch::Contains("ai-compute-web.svg"));
    }
    SECTION("or when the Mermaid block of docs/README.md is stale") {
        fs::copy(source_path("docs"), scratch / "docs", fs::copy_options::recursive);
        std::string readme = slurp(scratch / "docs/README.md");
        readme.replace(readme.find("flowchart TB"), 12, "flowchart LR");
        std::ofstream(scratch / "docs/README.md") << readme;
        CHECK(render_docs_check((scratch / "docs").string(), log) == 1);
        CHECK_THAT(slurp(log), Catch::Contains("README.md (Mermaid block)"));
    }
    fs::remove_all(scratch);
}
