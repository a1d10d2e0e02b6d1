// Every command reads a snapshot as it reads the TOML it was made from: the same output, the same
// warnings, the same exit status (the file's name aside); `convert` writes one and reads one; a
// bad snapshot is exit 2 for every command, with a message that names the file.
#include <catch2/catch.hpp>

#include <filesystem>

#include "../cli/run_cli.hpp"
#include "io/graph_reader.hpp"
#include "io/toml_writer.hpp"

using namespace pactgraph::test;
namespace fs = std::filesystem;

namespace {

fs::path snapshot_dir() { return scratch_dir("snapshot-commands"); }

// The seed graph's snapshot, made by `convert`.
const std::string& seed_snapshot() {
    static const std::string path = [] {
        const std::string p = (snapshot_dir() / "seed.pgsnap").string();
        const CliResult r = run_cli({"convert", kSeedGraph, "-o", p});
        if (r.status != 0) throw std::runtime_error("convert failed: " + r.err);
        return p;
    }();
    return path;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

// ARGS with FILE standing for the graph.
std::vector<std::string> with_file(std::vector<std::string> args, const std::string& file) {
    for (auto& a : args)
        if (a == "FILE") a = file;
    return args;
}

}  // namespace

TEST_CASE("Every command gives the same answer from a snapshot as from its TOML", "[io][snapshot][cli]") {
    const std::vector<std::string> args = GENERATE(values<std::vector<std::string>>({
        {"check", "FILE"},
        {"stats", "FILE"},
        {"stats", "FILE", "--format", "json", "--as-of", "2024"},
        {"conflicts", "FILE"},
        {"timeline", "FILE"},
        {"diff", "FILE", "--from", "2020", "--to", "2024"},
        {"render", "FILE", "-T", "dot"},
        {"render", "FILE", "-T", "mermaid", "--types", "invests_in"},
        {"metrics", "FILE"},
        {"neighbors", "FILE", "openai"},
        {"paths", "FILE", "amazon", "openai"},
        {"subgraph", "FILE", "--ego", "openai", "--depth", "1"},
        {"convert", "FILE", "-T", "json"},
        {"match", "FILE", "(a:company)-[:invests_in]->(b)-[:offers]->(p)"},
        {"report", "FILE"},
        {"structure", "FILE"},
        {"communities", "FILE"},
        {"whatif", "FILE", "--remove", "microsoft"},
        {"__complete-ids", "FILE"},
    }));
    CAPTURE(args);
    const CliResult from_toml = run_cli(with_file(args, kSeedGraph));
    const CliResult from_snapshot = run_cli(with_file(args, seed_snapshot()));
    CHECK(from_snapshot.status == from_toml.status);
    CHECK(replaced(from_snapshot.out, seed_snapshot(), kSeedGraph) == from_toml.out);
    CHECK(replaced(from_snapshot.err, seed_snapshot(), kSeedGraph) == from_toml.err);
}

TEST_CASE("diff finds no difference between a graph and its snapshot", "[io][snapshot][cli]") {
    const CliResult r = run_cli({"diff", kSeedGraph, seed_snapshot(), "-q"});
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Catch::EndsWith("\nno changes; 15 relations unchanged\n"));
}

TEST_CASE("convert writes a snapshot and turns it back into the same TOML", "[io][snapshot][cli]") {
    const fs::path back = snapshot_dir() / "back.toml";
    const CliResult r = run_cli({"convert", seed_snapshot(), "-o", back.string()});
    REQUIRE(r.status == 0);
    const auto seed = pactgraph::load_graph(kSeedGraph).graph;
    CHECK(slurp(back) == pactgraph::to_toml(seed, "Converted from " + seed_snapshot() + " by pactgraph convert."));
    // -T pgsnap to standard output is the same bytes as -o FILE.pgsnap.
    const CliResult piped = run_cli({"convert", kSeedGraph, "-T", "pgsnap", "-q"});
    REQUIRE(piped.status == 0);
    CHECK(piped.out == slurp(seed_snapshot()));
    // --check compares a snapshot like any other output.
    CHECK(run_cli({"convert", kSeedGraph, "-o", seed_snapshot(), "--check", "-q"}).status == 0);
}

TEST_CASE("A snapshot is read from standard input and under any name", "[io][snapshot][cli]") {
    const std::string bytes = slurp(seed_snapshot());
    const CliResult in = run_cli({"stats", "-", "-q"}, bytes);
    CHECK(in.status == 0);
    CHECK(in.out == run_cli({"stats", kSeedGraph, "-q"}).out);
    const fs::path misnamed = snapshot_dir() / "misnamed.toml";
    spit(misnamed, bytes);
    CHECK(run_cli({"check", misnamed.string()}).status == 0);
    const fs::path other = snapshot_dir() / "graph.bin";
    spit(other, bytes);
    const CliResult named = run_cli({"check", other.string(), "--input-format", "pgsnap", "-q"});
    CHECK(named.status == 0);
    CHECK_THAT(named.out, Catch::StartsWith(other.string() + ": ok: "));
}

TEST_CASE("Every command refuses a damaged snapshot with exit 2 and the file's name", "[io][snapshot][cli]") {
    std::string bytes = slurp(seed_snapshot());
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x20);
    const fs::path bad = snapshot_dir() / "damaged.pgsnap";
    spit(bad, bytes);
    const fs::path foreign = snapshot_dir() / "foreign.pgsnap";
    spit(foreign, slurp(kSeedGraph));
    const fs::path truncated = snapshot_dir() / "truncated.pgsnap";
    spit(truncated, slurp(seed_snapshot()).substr(0, 1000));
    const std::string out = (snapshot_dir() / "never.md").string();
    const std::vector<std::string> args = GENERATE_COPY(values<std::vector<std::string>>({
        {"check", "FILE"},
        {"stats", "FILE"},
        {"render", "FILE", "-T", "dot"},
        {"metrics", "FILE"},
        {"convert", "FILE", "-T", "toml"},
        {"report", "FILE", "-o", out},
        {"diff", "FILE", seed_snapshot()},
    }));
    CAPTURE(args);
    {
        const CliResult r = run_cli(with_file(args, bad.string()));
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Catch::StartsWith(bad.string() + ": error: snapshot is damaged (checksum mismatch in section "));
        const CliResult f = run_cli(with_file(args, foreign.string()));
        CHECK(f.status == 2);
        CHECK(f.err == foreign.string() + ": error: not a pactgraph snapshot (bad magic)\n");
        const CliResult t = run_cli(with_file(args, truncated.string()));
        CHECK(t.status == 2);
        CHECK(t.err == truncated.string() + ": error: snapshot is truncated (1000 of its " +
                           std::to_string(slurp(seed_snapshot()).size()) + " bytes)\n");
        CHECK_FALSE(fs::exists(out));
    }
}
