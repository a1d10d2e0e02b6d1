#include <algorithm>
#include <filesystem>
#include <fstream>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../analysis/centrality_expected.hpp"
#include "../support/golden.hpp"
#include "run_cli.hpp"

using namespace pactgraph::test;

namespace {

const ExpectedCase& expected(const std::string& name, const std::string& variant) {
    for (const auto& c : kExpectedCases)
        if (c.name == name && c.variant == variant) return c;
    throw std::logic_error("no expected case " + name);
}

bool iterative(const std::string& m) {
    return m == "pagerank" || m == "eigenvector" || m == "katz" || m == "hub" || m == "authority";
}

// Every object of the JSON array against NetworkX's numbers (expected values are in file order).
void check_json_against(const CliResult& r, const ExpectedCase& c) {
    REQUIRE(r.status == 0);
    const auto rows = nlohmann::json::parse(r.out);
    REQUIRE(rows.size() == c.ids.size());
    std::size_t compared = 0;
    for (const auto& row : rows) {
        const std::string id = row["id"];
        const auto at = std::find(c.ids.begin(), c.ids.end(), id);
        REQUIRE(at != c.ids.end());
        const auto v = static_cast<std::size_t>(at - c.ids.begin());
        for (const auto& e : c.metrics) {
            if (e.status != ExpectedMetric::Status::value) continue;
            INFO(c.name << " " << row["id"] << " " << e.metric);
            REQUIRE(row.contains(e.metric));
            const double tol = iterative(e.metric) ? 1e-6 : 1e-9;
            CHECK_THAT(row[e.metric].get<double>(), Catch::WithinAbs(e.values[v], tol));
            ++compared;
        }
    }
    CHECK(compared >= c.ids.size() * 6);
}

// The seed graph without its agreements: acyclic (values from NetworkX, scripts/expected-metrics.py).
const std::string kAcyclicTypes = "invests_in,owns,offers,exclusive_cloud_for,repackages,considers_suing";

}  // namespace

TEST_CASE("metrics prints the shipped graph as a table ranked by PageRank", "[cli][metrics]") {
    const CliResult r = run_cli({"metrics", "-q", kSeedGraph});
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::StartsWith(
        "# 9 entities, 16 distinct directed pairs, unweighted; a symmetric relation counts as a pair "
        "each way; closeness/harmonic on incoming distances; normalized degree/betweenness/closeness; "
        "networkx conventions; ranked by pagerank\nrank  id          name "));
    CHECK_THAT(r.out, Catch::Contains("\n   1  openai-api  OpenAI stateless APIs  0.3750"));
    CHECK(r.err.empty());
    // Without the (symmetric) agreements the graph is acyclic and eigenvector centrality does not
    // converge, in NetworkX either (networkx.eigenvector_centrality raises).
    const CliResult dag = run_cli({"metrics", "-q", "--types", kAcyclicTypes, kSeedGraph});
    CHECK(dag.err == "warning: eigenvector left out: it did not converge in 100 iterations "
                     "(tolerance 1e-06); name it in --metrics with a larger --max-iter or --tol to "
                     "insist\n");
}

TEST_CASE("metrics --format json matches NetworkX, settings on standard error", "[cli][metrics]") {
    const auto [name, variant, flag] = GENERATE(table<std::string, std::string, std::string>({
        {"openai-frontier", "directed", "--quiet"},
        {"karate", "directed", "--quiet"},
        {"karate-reversed", "directed", "--quiet"},
        {"florentine", "undirected", "--undirected"},
        {"random-parallel", "weighted", "--weight=amount"},
        {"openai-frontier-types", "directed", "--types=agreement,offers"},
        {"openai-frontier-kinds", "directed", "--kinds=company,cloud"},
    }));
    const ExpectedCase& c = expected(name, variant);
    const CliResult r = run_cli({"metrics", "-q", flag, "--format", "json", source_path(c.file)});
    check_json_against(r, c);
    CHECK_THAT(r.err, Catch::StartsWith("# " + std::to_string(c.ids.size()) + " entities, "));
}

TEST_CASE("metrics JSON keeps full double precision", "[cli][metrics]") {
    const CliResult r = run_cli({"metrics", "-q", "-m", "pagerank", "--format", "json", kSeedGraph});
    const auto rows = nlohmann::json::parse(r.out);
    // NetworkX: pagerank['openai-api'] = 0.23015207543153915 (to the last digits of the iteration).
    CHECK(rows[0]["id"] == "openai-api");
    CHECK_THAT(rows[0]["pagerank"].get<double>(), Catch::WithinAbs(0.23015207543153915, 1e-12));
    CHECK_THAT(r.out, Catch::Contains("\"pagerank\": 0.2301520754315"));
}

TEST_CASE("metrics options select, sort, cut and reformat the table", "[cli][metrics]") {
    SECTION("--metrics, --sort and --top") {
        const CliResult r = run_cli({"metrics", "-q", "-m", "betweenness,degree", "--sort",
                                     "betweenness", "--top", "2", kSeedGraph});
        CHECK(r.status == 0);
        CHECK_THAT(r.out, Catch::EndsWith(
            "rank  id      name    betweenness  degree\n"
            "----  ------  ------  -----------  ------\n"
            "   1  openai  OpenAI       0.4107  1.2500\n"
            "   2  amazon  Amazon       0.0714  0.5000\n"));  // tied with microsoft: by id
    }
    SECTION("markdown keeps the settings line above the table") {
        const CliResult r = run_cli({"metrics", "-q", "-m", "degree", "--format", "markdown",
                                     "--top", "1", kSeedGraph});
        CHECK_THAT(r.out, Catch::StartsWith("9 entities, 16 distinct directed pairs") &&
                              Catch::Contains("| rank | id | name | degree |") &&
                              Catch::Contains("| 1 | openai | OpenAI | 1.2500 |"));
    }
    SECTION("csv: full precision, settings on standard error") {
        const CliResult r = run_cli({"metrics", "-q", "-m", "betweenness", "--format", "csv",
                                     "--top", "2", "--raw", kSeedGraph});
        CHECK(r.out == "rank,id,name,betweenness\r\n1,openai,OpenAI,23\r\n2,amazon,Amazon,4\r\n");
        CHECK_THAT(r.err, Catch::Contains("; raw degree/betweenness/closeness;"));
    }
    SECTION("--compat igraph says so") {
        const CliResult r = run_cli({"metrics", "-q", "--compat", "igraph", "-m", "closeness",
                                     "-m", "harmonic", kSeedGraph});
        CHECK(r.status == 0);
        CHECK_THAT(r.out, Catch::Contains("closeness/harmonic on outgoing distances; raw "
                                          "degree/betweenness/closeness; igraph conventions"));
    }
    SECTION("--explain says why the top entities rank there") {
        const CliResult r = run_cli({"metrics", "-q", "--explain", "--top", "3", kSeedGraph});
        CHECK_THAT(r.out, Catch::Contains(
            // Incoming: Microsoft's four, Amazon's agreement and, an agreement being symmetric,
            // those with SoftBank and Nvidia; outgoing: two offers and the four agreements.
            // Betweenness 0.4107 (NetworkX).
            "OpenAI ranks 2nd by pagerank: 7 incoming relations (from Microsoft, Amazon, SoftBank, …) "
            "and 6 outgoing; on 41% of the shortest paths between other entities\n"));
    }
}

TEST_CASE("metrics refuses what it cannot compute honestly, with exit 2", "[cli][metrics]") {
    const auto [args, message] = GENERATE(table<std::vector<std::string>, std::string>({
        {{"-m", "eigenvector", "--types", kAcyclicTypes},
         "error: eigenvector did not converge in 100 iterations (tolerance 1e-06); no scores "
         "printed. Try a larger --max-iter or --tol\n"},
        {{"-m", "pagerank", "--max-iter", "2"},
         "error: pagerank did not converge in 2 iterations (tolerance 1e-06); no scores printed. "
         "Try a larger --max-iter or --tol\n"},
        {{"-m", "pagernk"},
         "error: --metrics: unknown metric 'pagernk'; did you mean 'pagerank'?; expected degree, "
         "in_degree, out_degree, betweenness, closeness, harmonic, pagerank, eigenvector, katz, "
         "hub or authority\n"},
        {{"--weight", "amount", "-m", "closeness"},
         "error: --metrics: closeness reads edge weights as distances, and a larger amount is not "
         "a longer path; drop it or --weight\n"},
        {{"--undirected", "-m", "in_degree"},
         "error: --metrics: in_degree needs directions; drop it or --undirected (use degree on an "
         "undirected graph)\n"},
        {{"-m", "degree", "--sort", "katz"},
         "error: --sort: katz is not among the metrics computed; add it to --metrics\n"},
        {{"--alpha", "1.5"}, "error: --alpha: PageRank's damping must be in (0, 1]\n"},
    }));
    std::vector<std::string> argv = {"metrics", "-q", kSeedGraph};
    argv.insert(argv.end(), args.begin(), args.end());
    const CliResult r = run_cli(argv);
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err == message);
}

namespace {

// The fontsize="…" of a node's line in DOT output.
double dot_fontsize(const std::string& dot, const std::string& id) {
    const auto line = dot.find("\n  \"" + id + "\" [");
    REQUIRE(line != std::string::npos);
    const auto at = dot.find("fontsize=\"", line);
    REQUIRE(at < dot.find('\n', line + 1));
    return std::stod(dot.substr(at + 10));
}

}  // namespace

TEST_CASE("render --size-by scales nodes in PageRank order, --color-by names its metric",
          "[cli][metrics]") {
    const CliResult r = run_cli({"render", "-q", "-T", "dot", "--size-by", "pagerank",
                                 "--color-by", "betweenness", kSeedGraph});
    REQUIRE(r.status == 0);
    // PageRank (NetworkX, agreements a pair each way): openai-api 0.230 > openai 0.211 > frontier
    // 0.133 > microsoft 0.068.
    const double api = dot_fontsize(r.out, "openai-api"), frontier = dot_fontsize(r.out, "frontier"),
                 openai = dot_fontsize(r.out, "openai"), microsoft = dot_fontsize(r.out, "microsoft");
    CHECK(api > openai);
    CHECK(openai > frontier);
    CHECK(frontier > microsoft);
    CHECK_THAT(r.out, Catch::Contains("node size: pagerank") && Catch::Contains("node shade: betweenness"));
    SECTION("an unknown or non-converging metric is refused") {
        const CliResult bad = run_cli({"render", "-q", "-T", "dot", "--size-by", "pagernk", kSeedGraph});
        CHECK(bad.status == 2);
        CHECK_THAT(bad.err, Catch::StartsWith("error: --size-by: unknown metric 'pagernk'; did you mean 'pagerank'?"));
        const CliResult eig = run_cli({"render", "-q", "-T", "dot", "--color-by", "eigenvector", "--types",
                                       kAcyclicTypes, kSeedGraph});
        CHECK(eig.status == 2);
        CHECK(eig.err == "error: --color-by: eigenvector does not converge on this graph (100 "
                         "iterations, as NetworkX); pick another metric (see docs/metrics.md)\n");
    }
}

TEST_CASE("metrics writes the approved table, CSV and Markdown for the seed graph", "[cli][metrics]") {
    const auto [format, golden] = GENERATE(table<std::string, std::string>({
        {"table", "metrics/openai-frontier.txt"},
        {"csv", "metrics/openai-frontier.csv"},
        {"markdown", "metrics/openai-frontier.md"},
    }));
    const CliResult r = run_cli({"metrics", "-q", kSeedGraph, "--format", format, "-m", "degree,pagerank,betweenness,closeness"});
    CHECK(r.status == 0);
    pactgraph::test::check_golden(golden, r.out);
}

TEST_CASE("metrics --approx samples betweenness and harmonic and says how close they are", "[cli][metrics][approx]") {
    // 2000 entities in a ring with chords: sampling needs fewer searches than entities.
    const auto file = scratch_root() / "approx-ring.toml";
    std::filesystem::create_directories(file.parent_path());
    {
        std::ofstream out(file);
        for (int i = 0; i < 2000; ++i) out << "[[entity]]\nid = \"e" << i << "\"\nkind = \"company\"\n";
        for (int i = 0; i < 2000; ++i)
            for (int step : {1, 37})
                out << "[[relation]]\nfrom = \"e" << i << "\"\nto = \"e" << (i + step) % 2000
                    << "\"\ntype = \"owns\"\nsource = \"s\"\n";
    }
    const std::vector<std::string> args = {"metrics", "-q", file.string(), "-m", "betweenness,harmonic", "--approx", "0.1", "--seed", "3"};
    const CliResult r = run_cli(args);
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("; betweenness sampled (") && Catch::Contains(" pairs): within \u00b1") &&
                          Catch::Contains("harmonic sampled (") && Catch::Contains("with probability 0.9"));
    CHECK(run_cli(args).out == r.out);
    const std::string gen = source_path("tests/data/gen-60.toml");
    CHECK_THAT(run_cli({"metrics", "-q", gen, "-m", "betweenness", "--approx", "0.1"}).out,
               Catch::Contains("betweenness exact (cheaper than the samples the bound needs)"));
    const CliResult closeness = run_cli({"metrics", "-q", gen, "-m", "closeness", "--approx", "0.05"});
    CHECK(closeness.status == 2);
    CHECK_THAT(closeness.err, Catch::StartsWith("error: --metrics: closeness has no sampled estimate"));
    const CliResult bad = run_cli({"metrics", "-q", gen, "--approx", "2"});
    CHECK(bad.status == 2);
    CHECK(bad.err == "error: --approx: EPS must be in (0, 1), e.g. 0.01\n");
}

TEST_CASE("metrics on a large graph: tiny scores keep their digits; only the overview warns of left-out path measures",
          "[cli][metrics][large]") {
    // 150,000 entities in a chain: past the size where exact path measures are refused.
    const auto file = scratch_root() / "chain-150k.csv";
    std::filesystem::create_directories(file.parent_path());
    {
        std::ofstream out(file);
        out << "source,target\n";
        for (int i = 0; i + 1 < 150000; ++i) out << 'e' << i << ",e" << i + 1 << '\n';
    }
    const CliResult pagerank = run_cli({"metrics", "-q", file.string(), "-m", "pagerank", "--top", "2"});
    CHECK(pagerank.status == 0);
    CHECK(pagerank.err.find("left out") == std::string::npos);
    // PageRank here is about 1/150,000 = 0.0000067 per entity: 4 significant digits, not 0.0000.
    CHECK_THAT(pagerank.out, Catch::Contains(" 0.00") && !Catch::Contains(" 0.0000\n"));
    const CliResult overview = run_cli({"metrics", "-q", file.string(), "--top", "2"});
    CHECK(overview.status == 0);
    CHECK_THAT(overview.err, Catch::StartsWith("warning: betweenness, closeness and harmonic left out: "));
    const CliResult named = run_cli({"metrics", "-q", file.string(), "-m", "betweenness"});
    CHECK(named.status == 2);
    CHECK_THAT(named.err, Catch::StartsWith("error: --metrics: exact betweenness: "));
    // --sources makes betweenness affordable; the overview still leaves the other two out.
    const CliResult sources = run_cli({"metrics", "-q", file.string(), "--sources", "8", "--top", "2", "--format", "csv"});
    CHECK(sources.status == 0);
    CHECK_THAT(sources.err, Catch::StartsWith("warning: closeness and harmonic left out: ") &&
                                Catch::Contains("betweenness from 8 sources drawn at random"));
    CHECK_THAT(sources.out, Catch::StartsWith("rank,id,name,degree,in_degree,out_degree,betweenness,pagerank,"));
    const CliResult harmonic = run_cli({"metrics", "-q", file.string(), "-m", "betweenness,harmonic", "--sources", "8"});
    CHECK(harmonic.status == 2);
    CHECK_THAT(harmonic.err, Catch::StartsWith("error: --metrics: exact harmonic: "));
}

TEST_CASE("metrics --sources estimates betweenness from sampled sources, as NetworkX's k", "[cli][metrics][approx]") {
    const std::string gen = source_path("tests/data/gen-60.toml");
    const std::vector<std::string> args = {"metrics", "-q", gen, "-m", "betweenness", "--sources", "12", "--seed", "5",
                                           "--format", "csv"};
    const CliResult r = run_cli(args);
    CHECK(r.status == 0);
    CHECK_THAT(r.err, Catch::Contains("; betweenness from 12 sources drawn at random (NetworkX's k): an estimate "
                                      "without a stated error"));
    CHECK(run_cli(args).out == r.out);
    std::vector<std::string> other_seed = args;
    other_seed[8] = "6";
    const CliResult seed6 = run_cli(other_seed);
    CHECK(seed6.status == 0);
    CHECK(seed6.out != r.out);
    std::vector<std::string> all = args;
    all[6] = "60";
    const CliResult every = run_cli(all);
    CHECK_THAT(every.err, Catch::Contains("betweenness exact: all 60 entities are sources"));
    CHECK(every.out == run_cli({"metrics", "-q", gen, "-m", "betweenness", "--format", "csv"}).out);

    const CliResult unused = run_cli({"metrics", "-q", gen, "-m", "pagerank", "--sources", "12"});
    CHECK(unused.status == 2);
    CHECK_THAT(unused.err, Catch::StartsWith("error: --sources: it samples betweenness's sources"));
    const CliResult zero = run_cli({"metrics", "-q", gen, "--sources", "0"});
    CHECK(zero.status == 2);
    CHECK(zero.err == "error: --sources: K must be a whole number of at least 1, e.g. 256\n");
    const CliResult both = run_cli({"metrics", "-q", gen, "--sources", "5", "--approx", "0.1"});
    CHECK(both.status == 2);
    CHECK_THAT(both.err, Catch::Contains("--approx excludes --sources"));
    const CliResult delta = run_cli({"metrics", "-q", gen, "-m", "betweenness", "--sources", "5", "--delta", "0.05"});
    CHECK(delta.status == 2);
    CHECK(delta.err == "error: --delta: it is --approx's failure probability; add --approx EPS or drop it\n");
    const CliResult seed = run_cli({"metrics", "-q", gen, "--seed", "3"});
    CHECK(seed.status == 2);
    CHECK(seed.err == "error: --seed: it seeds the sampling of --approx or --sources; add one of them or drop it\n");
}

TEST_CASE("metrics --timings tells loading, the view and each measure, in that order", "[cli][metrics]") {
    const CliResult r = run_cli({"metrics", "-q", "-m", "pagerank,degree", "--timings", kSeedGraph});
    REQUIRE(r.status == 0);
    const auto at = [&](const std::string& line) { return r.err.find(line); };
    CHECK(at("time load ") == 0);
    CHECK(at("\ntime view ") != std::string::npos);
    CHECK(at("\ntime view ") < at("\ntime pagerank "));
    CHECK_THAT(r.err, Catch::Matches("(.|\n)*\ntime pagerank [0-9.e-]+ iterations [0-9]+\n(.|\n)*"));
    CHECK_THAT(r.err, Catch::Contains("\ntime degree "));
    CHECK_THAT(r.out, Catch::Contains("\n   1  openai-api  OpenAI stateless APIs  "));  // the table as ever
}
