// Symmetric relation types (agreement, partners_with, or a file's own) are followed both ways by
// every traversal and drawn without an arrowhead (issue 10, finding 2).
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>

#include "run_ok.hpp"

using namespace pactgraph::test;
using json = nlohmann::json;

namespace {

bool has(const std::string& text, const std::string& word) { return text.find(word) != std::string::npos; }

// a -[allied_with]-> b, a file-declared symmetric type; b -[supplies]-> c.
const std::string kAllied = R"(
[vocabulary]
types = [{ name = "allied_with", symmetric = true }]
[[entity]]
id = "a"
kind = "company"
[[entity]]
id = "b"
kind = "company"
[[entity]]
id = "c"
kind = "company"
[[relation]]
from = "a"
to = "b"
type = "allied_with"
source = "s"
[[relation]]
from = "b"
to = "c"
type = "supplies"
source = "s"
)";

}  // namespace

TEST_CASE("neighbors follows symmetric relations both ways", "[cli][symmetric]") {
    const std::string in = ok({"neighbors", kSeedGraph, "openai", "--in", "--format", "tsv"}).out;
    CHECK(has(in, "\tsoftbank\t"));
    CHECK(has(in, "\tnvidia\t"));
    const std::string out = ok({"neighbors", kSeedGraph, "softbank", "--out", "--format", "tsv"}).out;
    CHECK(has(out, "\topenai\t"));
    CHECK(has(ok({"neighbors", "-", "b", "--out", "--format", "tsv"}, kAllied).out, "1\ta\t"));
}

TEST_CASE("paths follow symmetric relations both ways", "[cli][symmetric]") {
    // softbank -[agreement]- openai -[agreement]- microsoft, both agreements written from the
    // other end.
    const CliResult r = ok({"paths", kSeedGraph, "softbank", "microsoft"});
    CHECK(r.out == "softbank -[agreement >=2025-09]- openai -[agreement 2025-09]- microsoft\n");
    CHECK(ok({"paths", "-", "b", "a"}, kAllied).out == "b -[allied_with]- a\n");
    CHECK(run_cli({"paths", "-", "c", "a"}, kAllied).out.empty());  // supplies is not symmetric
}

TEST_CASE("subgraph --ego and match follow symmetric relations both ways", "[cli][symmetric]") {
    const std::string ego = ok({"subgraph", kSeedGraph, "--ego", "softbank", "--out"}).out;
    CHECK(has(ego, "id = \"openai\""));
    const std::string m = ok({"match", kSeedGraph, "(a:investor)-[:agreement]->(b)", "--format", "tsv"}).out;
    CHECK(m == "a\tb\nsoftbank\topenai\n");
    CHECK(ok({"match", "-", "(x)-[:allied_with]->(y)-[:supplies]->(z)", "--format", "tsv"}, kAllied).out ==
          "x\ty\tz\na\tb\tc\n");
    CHECK(ok({"match", "-", "(x {id == 'b'})-[:allied_with]->(y)", "--format", "tsv"}, kAllied).out == "x\ty\nb\ta\n");
}

TEST_CASE("symmetric relations are drawn without an arrowhead", "[cli][symmetric]") {
    const std::string dot = ok({"render", "-", "-T", "dot"}, kAllied).out;
    INFO(dot);
    const auto edge = dot.find("\"a\" -> \"b\"");
    REQUIRE(edge != std::string::npos);
    CHECK(has(dot.substr(edge, dot.find('\n', edge) - edge), "dir=\"none\""));
    const auto other = dot.find("\"b\" -> \"c\"");
    REQUIRE(other != std::string::npos);
    CHECK(!has(dot.substr(other, dot.find('\n', other) - other), "dir=\"none\""));
    const std::string mermaid = ok({"render", "-", "-T", "mermaid"}, kAllied).out;
    CHECK(has(mermaid, "n0 ---|"));
    CHECK(has(mermaid, "n1 -->|"));
}

TEST_CASE("metrics count a symmetric relation as a pair each way and say so", "[cli][symmetric][metrics]") {
    // NetworkX: DiGraph with a->b and b->a (the allied relation) and b->c; n = 3.
    // in_degree_centrality: a 1/2, b 1/2, c 1/2; out_degree_centrality: a 1/2, b 2/2, c 0.
    const json j = json::parse(ok({"metrics", "-", "-m", "in_degree,out_degree", "--format", "json"}, kAllied).out);
    std::map<std::string, std::pair<double, double>> got;
    for (const json& row : j) got[row["id"]] = {row["in_degree"], row["out_degree"]};
    CHECK(got["a"] == std::pair{0.5, 0.5});
    CHECK(got["b"] == std::pair{0.5, 1.0});
    CHECK(got["c"] == std::pair{0.5, 0.0});
    const CliResult table = ok({"metrics", "-", "-m", "degree"}, kAllied);
    CHECK_THAT(table.out, Catch::Contains("a symmetric relation counts as a pair each way"));
}
