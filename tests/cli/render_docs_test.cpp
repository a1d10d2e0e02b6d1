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

// An empty scratch folder `name` (whatever an earlier run left there removed).
fs::path fresh_scratch(const std::string& name) {
    const fs::path dir = pactgraph::test::scratch_root() / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

}  // namespace

TEST_CASE("the committed docs images are what the renderer draws today", "[cli][render][docs]") {
    const fs::path scratch = fresh_scratch("pactgraph-render-docs-test");
    const std::string log = (scratch / "log").string();
    const int status = render_docs_check(source_path("docs"), log);
    INFO(slurp(log));
    CHECK(status == 0);
    fs::remove_all(scratch);
}

// One stale image and a stale Mermaid block in the same copy of docs/, so the check (the
// slowest test under the sanitizers) runs once for both and shows it names each stale file
// and no fresh one.
TEST_CASE("render-docs --check fails naming each stale image and the stale Mermaid block",
          "[cli][render][docs]") {
    const fs::path scratch = fresh_scratch("pactgraph-render-docs-stale-test");
    const std::string log = (scratch / "log").string();
    const fs::path docs = scratch / "docs";
    fs::copy(source_path("docs"), docs, fs::copy_options::recursive);
    std::ofstream(docs / "img/openai-frontier.svg", std::ios::app) << "<!-- edited -->\n";
    std::string readme = slurp(docs / "README.md");
    readme.replace(readme.find("flowchart TB"), 12, "flowchart LR");
    std::ofstream(docs / "README.md") << readme;

    const int status = render_docs_check(docs.string(), log);
    const std::string out = slurp(log);
    INFO(out);
    CHECK(status == 1);
    CHECK_THAT(out, Catch::Contains("stale: " + docs.string() + "/img/openai-frontier.svg"));
    CHECK_THAT(out, Catch::Contains("README.md (Mermaid block)"));
    CHECK_THAT(out, !Catch::Contains("ai-compute-web.svg"));
    fs::remove_all(scratch);
}
