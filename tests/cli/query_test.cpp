// neighbors, paths, match and subgraph on the shipped graph, end to end through the CLI.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "run_cli.hpp"

using namespace pactgraph::test;
using json = nlohmann::ordered_json;  // keeps key order, which the schema fixes

namespace {

CliResult ok(const std::vector<std::string>& args, const std::string& in = "") {
    const CliResult r = run_cli(args, in);
    INFO(r.err);
    REQUIRE(r.status == 0);
    return r;
}

std::vector<std::string> keys(const json& j) {
    std::vector<std::string> out;
    for (auto it = j.begin(); it != j.end(); ++it) out.push_back(it.key());
    return out;
}

using Keys = std::vector<std::string>;

// Two clouds each exclusive for the same service, and a third cloud that is not.
const std::string kTwoClouds = R"(
[[entity]]
id = "c1"
kind = "cloud"
[[entity]]
id = "c2"
kind = "cloud"
[[entity]]
id = "c3"
kind = "cloud"
[[entity]]
id = "api"
kind = "service"
[[relation]]
from = "c1"
to = "api"
type = "exclusive_cloud_for"
exclusive = true
scope = "all of it"
source = "s"
[[relation]]
from = "c2"
to = "api"
type = "exclusive_cloud_for"
exclusive = true
scope = "all of it"
source = "s"
[[relation]]
from = "c3"
to = "api"
type = "hosts"
source = "s"
)";

}  // namespace

TEST_CASE("neighbors into openai lists Microsoft's 1B 2019 and 10B 2023 investments", "[cli][query]") {
    const CliResult r = ok({"neighbors", kSeedGraph, "openai", "--in"});
    CHECK_THAT(r.out, Catch::Contains("1  microsoft  company    openai <-[invests_in]- microsoft       $1B     2019       closed"));
    CHECK_THAT(r.out, Catch::Contains("1  microsoft  company    openai <-[invests_in]- microsoft       $10B    2023       closed"));
    // An agreement is symmetric: --in lists it whichever end wrote it.
    CHECK_THAT(r.out, Catch::Contains("1  softbank   investor   openai -[agreement]- softbank"));
    CHECK(r.err.empty());
    SECTION("as TSV for awk") {
        const CliResult t = ok({"neighbors", kSeedGraph, "OpenAI", "--in", "--format", "tsv", "--types", "invests_in"});
        CHECK(t.out.substr(0, t.out.find('\n')) == "depth\tneighbor\tkind\tvia\tdirection\ttype\tamount_usd\tdate\tdate_bound\tstatus\tsources");
        CHECK_THAT(t.out, !Catch::Contains("amazon"));
        CHECK_THAT(t.out, Catch::Contains("1\tmicrosoft\tcompany\topenai\tin\tinvests_in\t1000000000\t2019\t\tclosed\t"));
        CHECK_THAT(t.out, Catch::Contains("1\tmicrosoft\tcompany\topenai\tin\tinvests_in\t10000000000\t2023\t\tclosed\t"));
    }
}

TEST_CASE("neighbors JSON has a stable schema", "[cli][query]") {
    const json j = json::parse(ok({"neighbors", kSeedGraph, "aws", "--depth", "2", "--format", "json"}).out);
    CHECK(keys(j) == Keys{"center", "direction", "depth", "entities", "relations"});
    CHECK(j["center"] == json{{"id", "aws"}, {"name", "Amazon Web Services"}, {"kind", "cloud"}});
    CHECK(j["direction"] == "both");
    // depth 1: amazon, frontier; depth 2: microsoft, openai (via amazon/frontier), openai-api.
    REQUIRE(j["entities"].size() == 5);
    CHECK(keys(j["entities"][0]) == Keys{"id", "name", "kind", "depth"});
    CHECK(j["entities"][0]["id"] == "amazon");
    CHECK(j["entities"][4]["depth"] == 2);
    const json& rel = j["relations"][0];
    CHECK(keys(rel) == Keys{"depth", "via", "neighbor", "direction", "relation"});
    CHECK(rel["relation"]["type"] == "owns");
    CHECK(rel["direction"] == "in");
}

TEST_CASE("Unknown ids exit 2 with did you mean", "[cli][query]") {
    const CliResult r = run_cli({"neighbors", kSeedGraph, "amazn"});
    CHECK(r.status == 2);
    CHECK(r.err == "error: unknown entity 'amazn'; did you mean 'amazon'?\n");
    CHECK(r.out.empty());
    CHECK(run_cli({"paths", kSeedGraph, "amazon", "micrsoft"}).err == "error: unknown entity 'micrsoft'; did you mean 'microsoft'?\n");
}

TEST_CASE("paths finds how Amazon and Microsoft connect through OpenAI", "[cli][query]") {
    SECTION("undirected, weighted by amount: the chain of the big deals") {
        const CliResult r = ok({"paths", kSeedGraph, "amazon", "microsoft", "--undirected", "--weight", "amount"});
        CHECK(r.out == "amazon -[agreement $50B 2026]- openai <-[invests_in $10B 2023]- microsoft\n");
    }
    SECTION("undirected, fewest hops: the lawsuit being weighed is a direct link") {
        const CliResult r = ok({"paths", kSeedGraph, "amazon", "microsoft", "--undirected"});
        CHECK(r.out == "amazon <-[considers_suing 2026]- microsoft\n");
    }
    SECTION("undirected, all paths up to 4 hops (NetworkX counts 4)") {
        const CliResult r = ok({"paths", kSeedGraph, "amazon", "microsoft", "--undirected", "--all"});
        CHECK(r.out == "amazon <-[considers_suing 2026]- microsoft\n"
                       "amazon -[agreement $50B 2026]- openai <-[invests_in $10B 2023]- microsoft\n"
                       "amazon -[owns <2007]-> aws -[exclusive_cloud_for 2026]-> frontier <-[offers 2026]- openai <-[invests_in $10B 2023]- microsoft\n"
                       "amazon -[agreement $50B 2026]- openai -[offers 2020-06]-> openai-api <-[exclusive_cloud_for 2020-06]- azure <-[owns <2011]- microsoft\n");
        CHECK(r.err.empty());
        const CliResult cut = ok({"paths", kSeedGraph, "amazon", "microsoft", "--undirected", "--all", "--limit", "1"});
        CHECK(cut.err == "3 more paths not shown (--limit 1)\n");
    }
    SECTION("following the direction of relations: the two agreements, symmetric, lead there") {
        const CliResult r = ok({"paths", kSeedGraph, "amazon", "microsoft"});
        CHECK(r.out == "amazon -[agreement $50B 2026]- openai -[agreement 2025-09]- microsoft\n");
    }
    SECTION("none following the direction: exit 0, say so") {
        const CliResult r = ok({"paths", kSeedGraph, "aws", "microsoft"});
        CHECK(r.out.empty());
        CHECK(r.err == "no paths from aws to microsoft following relations in their direction (--undirected "
                       "follows them either way)\n");
    }
}

TEST_CASE("paths JSON and TSV have stable schemas", "[cli][query]") {
    const json j = json::parse(ok({"paths", kSeedGraph, "amazon", "microsoft", "--undirected", "--all",
                                   "--max-hops", "2", "--format", "json"}).out);
    CHECK(keys(j) == Keys{"from", "to", "mode", "undirected", "weight", "max_hops", "paths", "more", "search_stopped"});
    REQUIRE(j["paths"].size() == 2);
    const json& p = j["paths"][1];
    CHECK(keys(p) == Keys{"hops", "cost", "chain", "entities", "steps"});
    CHECK(p["entities"] == json{"amazon", "openai", "microsoft"});
    CHECK(keys(p["steps"][1]) == Keys{"from", "to", "direction", "relations"});
    CHECK(p["steps"][1]["direction"] == "backward");
    CHECK(p["steps"][1]["relations"].size() == 4);  // the parallel microsoft -> openai relations
    CHECK(p["steps"][1]["relations"][0]["amount_usd"] == 1e10);
    const CliResult t = ok({"paths", kSeedGraph, "amazon", "microsoft", "--undirected", "--format", "tsv"});
    CHECK(t.out == "path\thop\tfrom\tdirection\tto\ttype\tamount_usd\tdate\tdate_bound\tstatus\tparallel\n"
                   "1\t1\tamazon\tbackward\tmicrosoft\tconsiders_suing\t\t2026\t\tconsidered\t1\n");
}

TEST_CASE("match finds the Azure and AWS exclusivities", "[cli][query]") {
    const std::string pattern = "(c1:cloud)-[r1 {exclusive}]->(x)<-[r2 {exclusive}]-(c2:cloud)";
    SECTION("two clouds exclusive for the same target match both ways round; the plain host does not") {
        const CliResult r = ok({"match", "-", pattern}, kTwoClouds);
        CHECK(r.out == "c1  x    c2  r1                   r2\n"
                       "--  ---  --  -------------------  -------------------\n"
                       "c1  api  c2  exclusive_cloud_for  exclusive_cloud_for\n"
                       "c2  api  c1  exclusive_cloud_for  exclusive_cloud_for\n");
    }
    SECTION("on the shipped graph they cover different entities, joined by Frontier's repackaging") {
        const CliResult direct = ok({"match", kSeedGraph, pattern});
        CHECK(direct.out.empty());
        CHECK(direct.err == "no matches for " + pattern + "\n");
        const CliResult r = ok({"match", kSeedGraph,
                                "(c1:cloud)-[r1 {exclusive}]->(x)<-[:repackages]-(y)<-[r2 {exclusive}]-(c2:cloud)"});
        CHECK(r.out == "c1     x           y         c2   r1                           r2\n"
                       "-----  ----------  --------  ---  ---------------------------  ------------------------\n"
                       "azure  openai-api  frontier  aws  exclusive_cloud_for 2020-06  exclusive_cloud_for 2026\n");
    }
    SECTION("parallel relations give one row each when the edge is named (TSV adds its line)") {
        const CliResult r = ok({"match", kSeedGraph, "(a:company)-[r:invests_in]->(b)-[:offers]->(p:platform)", "--format", "tsv"});
        // Was two identical rows "microsoft openai frontier invests_in": the bug of issue 10.
        CHECK(r.out == "a\tb\tp\tr\tr_line\nmicrosoft\topenai\tfrontier\tinvests_in\t87\n"
                       "microsoft\topenai\tfrontier\tinvests_in\t98\n");
    }
}

TEST_CASE("match JSON has a stable schema and pattern errors point at the column", "[cli][query]") {
    const json j = json::parse(ok({"match", kSeedGraph, "(a {name ~ 'soft'})<-[:agreement]-(b)", "--format", "json"}).out);
    CHECK(keys(j) == Keys{"pattern", "columns", "matches", "count", "truncated"});
    CHECK(j["columns"] == json{"a", "b"});
    // Microsoft's name has "soft" too, and its agreement with OpenAI is symmetric.
    REQUIRE(j["count"] == 2);
    CHECK(keys(j["matches"][1]) == Keys{"nodes", "edges"});
    CHECK(j["matches"][0]["nodes"]["a"]["id"] == "microsoft");
    CHECK(j["matches"][1]["nodes"]["a"]["id"] == "softbank");
    CHECK(j["matches"][1]["edges"]["_e1"]["from"] == "openai");
    const CliResult bad = run_cli({"match", kSeedGraph, "(a:compny)-->(b)"});
    CHECK(bad.status == 2);
    CHECK(bad.err == "PATTERN:1:4: error: unknown entity kind 'compny'; did you mean 'company'? (known: company, investor, "
                     "cloud, product, platform, service, model, chipmaker, venture, person, government)\n"
                     "    (a:compny)-->(b)\n"
                     "       ^\n");
    const CliResult cond = run_cli({"match", kSeedGraph, "(a)-[r {amount >= 5e9 && dat > 2020}]->(b)"});
    CHECK(cond.status == 2);
    CHECK_THAT(cond.err, Catch::StartsWith("PATTERN:1:26: error: unknown field 'dat'; did you mean 'date'?"));
    CHECK_THAT(cond.err, Catch::EndsWith("    (a)-[r {amount >= 5e9 && dat > 2020}]->(b)\n                             ^\n"));
    CHECK_THAT(run_cli({"match", kSeedGraph, "(a)-[r]-(b)"}).err,
               Catch::StartsWith("PATTERN:1:4: error: an edge without a direction; expected -[…]-> or <-[…]-"));
    CHECK_THAT(run_cli({"match", kSeedGraph, "(a)-[:owns]->(b"}).err,
               Catch::StartsWith("PATTERN:1:16: error: found the end of the pattern; expected ':' and a kind"));
}

TEST_CASE("subgraph writes a graph file that loads again", "[cli][query]") {
    namespace fs = std::filesystem;
    const fs::path dir = pactgraph::test::scratch_root() / "pactgraph-query-test";
    fs::create_directories(dir);
    SECTION("the ego network of Frontier at depth 1 (NetworkX ego_graph: 4 nodes, 4 edges)") {
        const std::string out = (dir / "ego.toml").string();
        ok({"subgraph", kSeedGraph, "--ego", "frontier", "--depth", "1", "-o", out});
        CHECK(ok({"check", out}).out == out + ": ok: 4 entities, 4 relations, 0 warnings\n");
        CHECK(ok({"neighbors", out, "frontier", "--format", "tsv"}).out == ok({"neighbors", kSeedGraph, "frontier", "--format", "tsv"}).out);
    }
    SECTION("the path through OpenAI keeps its hops' parallel relations (with amounts: both investments)") {
        const CliResult r = ok({"subgraph", kSeedGraph, "--path", "amazon", "microsoft", "--undirected", "--weight", "amount"});
        CHECK(ok({"check", "-"}, r.out).out == "<stdin>: ok: 3 entities, 3 relations, 0 warnings\n");
    }
    SECTION("with the filters only: the graph as of 2020") {
        // The 2019 investment and the two owns ("<2011", "<2007") and their five entities.
        CHECK(ok({"check", "-"}, ok({"subgraph", kSeedGraph, "--as-of", "2020"}).out).out ==
              "<stdin>: ok: 5 entities, 3 relations, 0 warnings\n");
    }
    SECTION("nothing selected: exit 0, no file") {
        const std::string out = (dir / "none.toml").string();
        fs::remove(out);
        const CliResult r = ok({"subgraph", kSeedGraph, "--path", "aws", "microsoft", "-o", out});
        CHECK(r.err == "nothing selected: no path between the two entities; no graph written\n");
        CHECK_FALSE(fs::exists(out));
    }
}

TEST_CASE("subgraph and match draw with -T; Graphviz's dot accepts the DOT", "[cli][query]") {
    namespace fs = std::filesystem;
    const fs::path dir = pactgraph::test::scratch_root() / "pactgraph-query-test";
    fs::create_directories(dir);
    const CliResult r = ok({"subgraph", kSeedGraph, "--ego", "frontier", "--depth", "1", "-T", "dot"});
    CHECK_THAT(r.out, Catch::Contains("digraph \"pactgraph\" {"));
    CHECK_THAT(r.out, Catch::Contains("\"aws\"") && Catch::Contains("\"openai-api\"") && !Catch::Contains("\"microsoft\""));
    const CliResult m = ok({"match", kSeedGraph, "(c:cloud)-[r {exclusive}]->(x)", "-T", "dot"});
    CHECK_THAT(m.out, Catch::Contains("\"azure\"") && Catch::Contains("\"aws\"") && !Catch::Contains("\"openai\""));
    const fs::path dot_file = dir / "ego.dot";
    std::ofstream(dot_file) << r.out;
    if (std::system("command -v dot >/dev/null 2>&1") != 0) {
        WARN("Graphviz's dot is not installed; skipping the check that it accepts the DOT");
        return;
    }
    const std::string cmd = "dot -Tsvg -o /dev/null '" + dot_file.string() + "' 2>/dev/null";
    CHECK(std::system(cmd.c_str()) == 0);
}

TEST_CASE("match writes its table to -o and subgraph takes -T toml as its own format", "[cli][query]") {
    namespace fs = std::filesystem;
    const fs::path dir = pactgraph::test::scratch_root() / "pactgraph-query-test";
    fs::create_directories(dir);
    const std::string out = (dir / "match.tsv").string();
    ok({"match", kSeedGraph, "(c:cloud)-[r {exclusive}]->(x)", "--format", "tsv", "-o", out});
    std::ifstream in(out);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(text == "c\tx\tr\tr_line\naws\tfrontier\texclusive_cloud_for\t173\nazure\topenai-api\texclusive_cloud_for\t148\n");
    CHECK_THAT(ok({"subgraph", kSeedGraph, "--ego", "aws", "-T", "toml"}).out, Catch::StartsWith("# Part of "));
}
