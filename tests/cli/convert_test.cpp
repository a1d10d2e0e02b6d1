// `convert`: every output format from -o's extension or -T, the two-file formats' names,
// standard input, --check, and the shared --nodes/--edges/--strict input options.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

#include "io/graph_reader.hpp"
#include "model/graph.hpp"
#include "run_cli.hpp"

using namespace pactgraph::test;
namespace fs = std::filesystem;

namespace {

fs::path fresh_dir(const std::string& name) {
    const fs::path dir = scratch_root() / ("convert-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

// Each relation as "from -> to type" (entity ids and type names), sorted: what every format keeps.
std::multiset<std::string> relation_lines(const pactgraph::PartnershipGraph& g) {
    std::multiset<std::string> out;
    for (auto e : g.relations())
        out.insert(g.entity(g.source(e)).id + " -> " + g.entity(g.target(e)).id + " " +
                   std::string(g.type_name(e)));
    return out;
}

std::set<std::string> entity_ids(const pactgraph::PartnershipGraph& g) {
    std::set<std::string> out;
    for (pactgraph::EntityId v = 0; v < g.entity_count(); ++v) out.insert(g.entity(v).id);
    return out;
}

const std::string kEdgesCsv = source_path("tests/data/interop/deals-edges.csv");

}  // namespace

TEST_CASE("convert writes each single-file format from -o's extension and it reads back",
          "[cli][convert]") {
    const std::string ext = GENERATE("toml", "json", "graphml", "dot", "gv", "pgsnap");
    const fs::path out = fresh_dir("ext-" + ext) / ("g." + ext);
    const CliResult r = run_cli({"convert", kSeedGraph, "-o", out.string()});
    REQUIRE(r.status == 0);
    CHECK(r.out.empty());
    const auto seed = pactgraph::load_graph(kSeedGraph).graph;
    const auto back = pactgraph::load_graph(out.string()).graph;
    CHECK(entity_ids(back) == entity_ids(seed));
    CHECK(relation_lines(back) == relation_lines(seed));
}

TEST_CASE("convert -T gexf writes GEXF for Gephi", "[cli][convert]") {
    const fs::path out = fresh_dir("gexf") / "g.gexf";
    REQUIRE(run_cli({"convert", kSeedGraph, "-o", out.string()}).status == 0);
    CHECK_THAT(slurp(out), Catch::Contains("<gexf ") && Catch::Contains("timeformat=\"date\""));
}

TEST_CASE("convert names the files of two-file formats from -o DIR/ or -o BASE", "[cli][convert]") {
    const fs::path dir = fresh_dir("pairs");
    const auto seed = pactgraph::load_graph(kSeedGraph).graph;
    const auto [format, output, first, second] = GENERATE(table<std::string, std::string, std::string, std::string>({
        {"csv", "csvdir/", "csvdir/nodes.csv", "csvdir/edges.csv"},
        {"csv", "g.csv", "g.nodes.csv", "g.edges.csv"},
        {"csv", "g", "g.nodes.csv", "g.edges.csv"},
        {"neo4j", "neo/", "neo/nodes.csv", "neo/relationships.csv"},
        {"graphframes", "gf", "gf.vertices.csv", "gf.edges.csv"},
    }));
    if (output.back() == '/') fs::create_directories(dir / output);
    const std::vector<std::string> args = {"convert", kSeedGraph, "-o", (dir / output).string()};
    std::vector<std::string> with_format = args;
    if (format != "csv" || output == "g" || output.back() == '/') with_format.insert(with_format.end(), {"-T", format});
    const CliResult r = run_cli(with_format);
    REQUIRE(r.status == 0);
    REQUIRE(fs::exists(dir / first));
    REQUIRE(fs::exists(dir / second));
    const CliResult back = run_cli({"convert", "--nodes", (dir / first).string(), "--edges",
                                    (dir / second).string(), "-T", "toml", "-q"});
    REQUIRE(back.status == 0);
    const fs::path toml = dir / (format + "-back.toml");
    spit(toml, back.out);
    const auto g = pactgraph::load_graph(toml.string()).graph;
    CHECK(entity_ids(g) == entity_ids(seed));
    CHECK(relation_lines(g) == relation_lines(seed));
}

TEST_CASE("convert reads standard input in any readable format", "[cli][convert]") {
    const CliResult r = run_cli({"convert", "-", "--input-format", "csv", "-T", "toml"}, slurp(kEdgesCsv));
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("id = \"microsoft\"") && Catch::Contains("type = \"invests_in\""));
    CHECK_THAT(r.err, Catch::Contains("unknown relation type 'Buys Compute From'"));
    const CliResult json = run_cli({"convert", "-T", "json"}, slurp(kSeedGraph));
    REQUIRE(json.status == 0);
    CHECK_THAT(json.out, Catch::StartsWith("{"));
}

TEST_CASE("convert refuses outputs it cannot name or tell the format of", "[cli][convert]") {
    const fs::path dir = fresh_dir("refuse");
    const CliResult stdout_pair = run_cli({"convert", kSeedGraph, "-T", "csv"});
    CHECK(stdout_pair.status == 2);
    CHECK_THAT(stdout_pair.err, Catch::Contains("two files; pass -o DIR/ or -o BASE"));
    const CliResult no_format = run_cli({"convert", kSeedGraph});
    CHECK(no_format.status == 2);
    CHECK_THAT(no_format.err, Catch::Contains("-T: name the output format"));
    const CliResult typo = run_cli({"convert", kSeedGraph, "-o", (dir / "g.jsno").string()});
    CHECK(typo.status == 2);
    CHECK_THAT(typo.err, Catch::Contains("cannot tell the format from"));
    const CliResult bad_t = run_cli({"convert", kSeedGraph, "-T", "grapml"});
    CHECK(bad_t.status == 2);
    CHECK_THAT(bad_t.err, Catch::Contains("did you mean 'graphml'"));
    CHECK(fs::is_empty(dir));
}

TEST_CASE("convert --check compares every file it would write", "[cli][convert]") {
    const fs::path dir = fresh_dir("check");
    const std::string base = (dir / "g").string();
    CHECK(run_cli({"convert", kSeedGraph, "-T", "csv", "-o", base, "--check"}).status == 1);
    REQUIRE(run_cli({"convert", kSeedGraph, "-T", "csv", "-o", base}).status == 0);
    CHECK(run_cli({"convert", kSeedGraph, "-T", "csv", "-o", base, "--check"}).status == 0);
    spit(dir / "g.edges.csv", "source,target\n");
    const CliResult stale = run_cli({"convert", kSeedGraph, "-T", "csv", "-o", base, "--check"});
    CHECK(stale.status == 1);
    CHECK_THAT(stale.err, Catch::Contains("stale: " + base + ".edges.csv"));
    CHECK_THAT(stale.err, !Catch::Contains("nodes.csv"));
}

TEST_CASE("The nodes and edges options read a Kumu-style pair with a BOM and CRLF lines and quoted commas",
          "[cli][convert]") {
    const std::string nodes = source_path("tests/data/interop/kumu-nodes.csv");
    const std::string edges = source_path("tests/data/interop/kumu-edges.csv");
    const CliResult r = run_cli({"check", "--nodes", nodes, "--edges", edges});
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("ok: 3 entities, 2 relations"));
    const CliResult toml = run_cli({"convert", "--nodes", nodes, "--edges", edges, "-T", "toml", "-q"});
    CHECK_THAT(toml.out, Catch::Contains("note = \"Lab, San Francisco\"") &&
                             Catch::Contains("amount_usd = 13000000000"));
    const CliResult drawn = run_cli({"render", "--nodes", nodes, "--edges", edges, "-T", "svg"});
    CHECK(drawn.status == 0);
    CHECK_THAT(drawn.out, Catch::Contains("<svg") && Catch::Contains("Azure"));
}

TEST_CASE("The nodes and edges options exclude FILE and the commands that read two files", "[cli][convert]") {
    const CliResult both = run_cli({"stats", kSeedGraph, "--edges", kEdgesCsv});
    CHECK(both.status == 2);
    CHECK_THAT(both.err, Catch::Contains("pass FILE or --nodes/--edges, not both"));
    const CliResult diff = run_cli({"diff", kSeedGraph, kSeedGraph, "--edges", kEdgesCsv});
    CHECK(diff.status == 2);
    const CliResult missing = run_cli({"stats", "--edges", "no-such.csv"});
    CHECK(missing.status == 2);
    CHECK_THAT(missing.err, Catch::Contains("no-such.csv"));
}

TEST_CASE("render draws an edges-only CSV with a relation column", "[cli][convert]") {
    const CliResult r = run_cli({"render", kEdgesCsv, "-q"});
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::StartsWith("// pactgraph render: 4 entities, 3 relations"));
    CHECK_THAT(r.out, Catch::Contains("\"microsoft\" -> \"openai\""));
}

TEST_CASE("The strict option makes unknown kinds and types errors and check fail on warnings",
          "[cli][convert]") {
    const CliResult lenient = run_cli({"stats", kEdgesCsv});
    CHECK(lenient.status == 0);
    CHECK_THAT(lenient.err, Catch::Contains("declared it as 'buys_compute_from'"));
    const CliResult strict = run_cli({"stats", kEdgesCsv, "--strict"});
    CHECK(strict.status == 2);
    CHECK_THAT(strict.err, Catch::Contains(kEdgesCsv + ":4:") &&
                               Catch::Contains("unknown relation type 'Buys Compute From'"));
    const CliResult check = run_cli({"check", kEdgesCsv, "--strict"});
    CHECK(check.status == 2);
    CHECK_THAT(check.err, Catch::Contains("unknown relation type"));
}
