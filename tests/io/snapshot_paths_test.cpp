// `paths A B` on a snapshot searches the path view the snapshot stores and reads only the path's
// entities and relations (cli/paths.cpp, io/snapshot_reader's SnapshotFile): it must answer
// exactly as the whole graph does, fall back to the whole graph whenever it cannot (names,
// aliases, filters, --all, --weight amount, a snapshot without a view), and refuse a stored view
// that is damaged or does not match the relations.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "../cli/run_cli.hpp"
#include "analysis/paths.hpp"
#include "../analysis/test_graphs.hpp"
#include "io/graph_reader.hpp"
#include "io/snapshot_reader.hpp"
#include "io/snapshot_writer.hpp"
#include "snapshot_test_support.hpp"

using namespace pactgraph;
using namespace pactgraph::test;
namespace fs = std::filesystem;

namespace {

fs::path dir() { return scratch_dir("snapshot-paths"); }

// The snapshot of graph file `relative`, made by `convert` (which stores the view).
std::string snapshot_of(const std::string& relative) {
    const std::string out = (dir() / (fs::path(relative).stem().string() + ".pgsnap")).string();
    const CliResult r = run_cli({"convert", source_path(relative), "-o", out, "-q"});
    if (r.status != 0) throw std::runtime_error("convert failed: " + r.err);
    return out;
}

// A snapshot of the graph in `relative` with `adjacency` stored as its view (nullptr: none).
std::string snapshot_with(const std::string& relative, const snapshot::Adjacency* adjacency, const std::string& name) {
    const LoadResult r = load_graph(source_path(relative));
    const fs::path out = dir() / name;
    spit(out, write_snapshot(r.graph, r.warnings, adjacency));
    return out.string();
}

std::vector<std::string> ids_of(const std::string& relative) {
    const PartnershipGraph g = load_graph(source_path(relative)).graph;
    std::vector<std::string> ids;
    for (EntityId v = 0; v < g.entity_count(); ++v) ids.push_back(g.entity(v).id);
    return ids;
}

void same_answer(const std::vector<std::string>& args, const std::string& graph, const std::string& snap) {
    std::vector<std::string> on_graph{"paths", graph}, on_snap{"paths", snap};
    on_graph.insert(on_graph.end(), args.begin(), args.end());
    on_snap.insert(on_snap.end(), args.begin(), args.end());
    const CliResult a = run_cli(on_graph), b = run_cli(on_snap);
    CAPTURE(on_snap);
    CHECK(b.status == a.status);
    CHECK(b.out == a.out);
    CHECK(b.err == a.err);
}

}  // namespace

TEST_CASE("A snapshot stores the graph's path view, and reads it back checked", "[io][snapshot][paths]") {
    const std::string relative = GENERATE(as<std::string>{}, "tests/data/paths/random-40.toml",
                                          "tests/data/paths/random-dense-30.toml", "graphs/openai-frontier.toml");
    const std::string snap = snapshot_of(relative);
    const Projection expected = path_view(load_graph(source_path(relative)).graph);
    const SnapshotFile file(snap, "s.pgsnap");
    const auto a = file.adjacency();
    REQUIRE(a);
    CHECK(U32Array::view(a->out_offsets) == expected.out.offsets);
    CHECK(U32Array::view(a->out_targets) == expected.out.targets);
    CHECK(U32Array::view(a->in_offsets) == expected.in.offsets);
    CHECK(U32Array::view(a->in_targets) == expected.in.targets);
    CHECK(file.entity_count() == expected.n);
    CHECK(file.find_id(std::string(file.entity_id(3))) == EntityId{3});
    CHECK_FALSE(file.find_id("no-such-entity"));
}

TEST_CASE("paths on a snapshot answers every pair as the whole graph does", "[io][snapshot][paths]") {
    // Random graphs with parallel, symmetric (agreement, partners_with) and self-loop relations,
    // and entities with no relations (scripts/expected-paths.py).
    const std::string relative = GENERATE(as<std::string>{}, "tests/data/paths/random-40.toml",
                                          "tests/data/paths/random-dense-30.toml",
                                          "tests/data/paths/random-sparse-120.toml");
    const std::string graph = source_path(relative), snap = snapshot_of(relative);
    const std::vector<std::string> ids = ids_of(relative);
    const std::size_t n = ids.size();
    for (std::size_t k = 0; k < 30; ++k) {  // 30 pairs spread over the graph
        const std::string& a = ids[k * 7 % n];
        const std::string& b = ids[(k * 13 + 5) % n];
        same_answer({a, b}, graph, snap);
        same_answer({a, b, "--undirected", "--format", "tsv"}, graph, snap);
    }
    same_answer({ids[0], ids[1], "--format", "json"}, graph, snap);
    same_answer({ids[2], ids[5], "--format", "json", "--undirected"}, graph, snap);
}

TEST_CASE("paths on a snapshot falls back to the whole graph for what the view cannot answer",
          "[io][snapshot][paths]") {
    const std::string relative = "graphs/openai-frontier.toml";
    const std::string graph = source_path(relative), snap = snapshot_of(relative);
    const std::vector<std::vector<std::string>> cases{
        {"amazon", "openai"},                         // ids: the stored view
        {"Microsoft", "openai"},                      // a name
        {"microsfot", "openai"},                      // a typo: did you mean
        {"openai", "openai"},                         // the same entity
        {"amazon", "openai", "--all"},                // every simple path
        {"amazon", "openai", "--weight", "amount"},   // costs by amount
        {"amazon", "openai", "--as-of", "2020-01-01"},  // a filter
        {"amazon", "openai", "--types", "hosts"},
        {"softbank", "aws", "--format", "json"},
    };
    for (const auto& args : cases) same_answer(args, graph, snap);
    // A snapshot written without the view (as before pactgraph stored it) answers the same.
    const std::string old = snapshot_with(relative, nullptr, "no-view.pgsnap");
    for (const auto& args : cases) same_answer(args, graph, old);
}

TEST_CASE("A stored view that is damaged or does not match the relations is refused", "[io][snapshot][paths][bad]") {
    const std::string relative = "tests/data/paths/random-40.toml";
    const PartnershipGraph g = load_graph(source_path(relative)).graph;
    const Projection view = path_view(g);
    std::vector<std::uint32_t> out_offsets(view.out.offsets.begin(), view.out.offsets.end());
    std::vector<std::uint32_t> out_targets(view.out.targets.begin(), view.out.targets.end());
    const std::string from = g.entity(0).id;
    // The last entity of these files has no relations (scripts/expected-paths.py: isolated).
    const std::string lone = g.entity(g.entity_count() - 1).id;
    const auto refused = [&](const std::string& snap, const std::string& what, const std::string& to) {
        const CliResult r = run_cli({"paths", snap, from, to});
        CHECK(r.status == 2);
        CHECK(r.err == snap + ": error: snapshot is damaged (" + what + ")\n");
    };
    SECTION("a target past the entities") {
        out_targets[0] = static_cast<std::uint32_t>(g.entity_count());
        const snapshot::Adjacency a{out_offsets, out_targets, view.in.offsets, view.in.targets};
        refused(snapshot_with(relative, &a, "bad-target.pgsnap"),
                "section view.out.targets: " + std::to_string(g.entity_count()) +
                    " at 0 is not an entity after the one before it",
                lone);
    }
    SECTION("offsets out of order") {
        std::swap(out_offsets[1], out_offsets[2]);
        const snapshot::Adjacency a{out_offsets, out_targets, view.in.offsets, view.in.targets};
        if (out_offsets[1] != out_offsets[2])
            refused(snapshot_with(relative, &a, "bad-offsets.pgsnap"),
                    "section view.out.offsets: offset " + std::to_string(out_offsets[2]) + " at 2 is out of order", lone);
    }
    SECTION("a view whose arcs the relations do not have") {
        // Every entity steps straight to every other: a one-hop path that has no relation.
        const std::size_t n = g.entity_count();
        std::vector<std::uint32_t> offsets{0}, targets;
        for (std::uint32_t u = 0; u < n; ++u) {
            for (std::uint32_t v = 0; v < n; ++v)
                if (v != u) targets.push_back(v);
            offsets.push_back(static_cast<std::uint32_t>(targets.size()));
        }
        const snapshot::Adjacency a{offsets, targets, offsets, targets};
        const std::string snap = snapshot_with(relative, &a, "forged-view.pgsnap");
        REQUIRE(run_cli({"paths", source_path(relative), from, lone}).status == 0);  // no path: exit 0
        refused(snap, "its view.* sections do not match its relations", lone);
    }
    SECTION("a view of only some of the sections") {
        testing::SnapshotParts parts = testing::take_apart(slurp(snapshot_of(relative)));
        std::erase_if(parts.sections, [](const auto& s) { return s.first == "view.in.targets"; });
        testing::refresh_block_checksums(parts);
        const fs::path bad = dir() / "three-of-four.pgsnap";
        spit(bad, testing::put_together(parts));
        refused(bad.string(), "no section view.in.targets", lone);
    }
}

TEST_CASE("Reading a snapshot in part checks the blocks it reads", "[io][snapshot][paths][bad]") {
    const std::string relative = "tests/data/paths/random-40.toml";
    const std::string snap = snapshot_of(relative);
    const std::vector<std::string> ids = ids_of(relative);
    const CliResult good = run_cli({"paths", snap, ids[0], ids[3]});
    REQUIRE(good.status == 0);
    const auto run_on = [&](const std::string& bytes, const std::string& name, const std::string& command) {
        const fs::path p = dir() / name;
        spit(p, bytes);
        return run_cli({command, p.string(), ids[0], ids[3]});
    };
    const auto damaged_in = [](testing::SnapshotParts parts, const std::string& section, std::size_t at) {
        std::string& bytes = parts.section(section);
        bytes[at] = static_cast<char>(bytes[at] ^ 0x01);
        return parts;
    };
    const testing::SnapshotParts parts = testing::take_apart(slurp(snap));
    SECTION("a byte changed in a section the path search reads is refused") {
        // put_together gives every section a fresh checksum, so only checksums.blocks_4k tells.
        for (const std::string section : {"view.out.targets", "relations.source", "entities.id", "strings.bytes"}) {
            CAPTURE(section);
            const CliResult r = run_on(testing::put_together(damaged_in(parts, section, 0)), "block.pgsnap", "paths");
            CHECK(r.status == 2);
            CHECK_THAT(r.err, Catch::EndsWith(": error: snapshot is damaged (checksum mismatch in section " + section + ")\n"));
        }
    }
    SECTION("a byte changed where the search does not read leaves its answer as it was") {
        // A chain of 20,000 relations: relations.note spans twenty 4 KiB blocks, and the path
        // c0 -> c3 reads only the first. (A whole read checks whole sections, whose checksums
        // put_together made right, and ignores the blocks.)
        PartnershipGraph chain;
        const RelationTypeId supplies = *chain.vocabulary().find_type("supplies");
        for (int i = 0; i <= 20000; ++i) chain.add_entity(test::plain_entity("c" + std::to_string(i)));
        Relation r;
        r.type = supplies;
        for (EntityId i = 0; i < 20000; ++i) chain.add_relation(i, i + 1, r, RelationDetails{});
        const Projection view = path_view(chain);
        const snapshot::Adjacency a{view.out.offsets, view.out.targets, view.in.offsets, view.in.targets};
        testing::SnapshotParts p = testing::take_apart(write_snapshot(chain, {}, &a));
        const std::size_t last = p.section("relations.note").size() - 1;
        const fs::path file = dir() / "chain.pgsnap";
        spit(file, testing::put_together(damaged_in(p, "relations.note", last)));
        const CliResult far = run_cli({"paths", file.string(), "c0", "c3"});
        CHECK(far.status == 0);
        CHECK(far.out == "c0 -[supplies]-> c1 -[supplies]-> c2 -[supplies]-> c3\n");
        const CliResult near = run_cli({"paths", file.string(), "c19990", "c20000"});
        CHECK(near.status == 2);
        CHECK_THAT(near.err, Catch::EndsWith("snapshot is damaged (checksum mismatch in section relations.note)\n"));
    }
    SECTION("block checksums of the wrong length are refused") {
        testing::SnapshotParts p = parts;
        p.section("checksums.blocks_4k").append(8, '\0');
        const CliResult r = run_on(testing::put_together(p), "blocks-length.pgsnap", "paths");
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Catch::Contains("snapshot is damaged (section checksums.blocks_4k holds "));
    }
    SECTION("a snapshot without block checksums is checked whole") {
        testing::SnapshotParts p = damaged_in(parts, "relations.note", 0);
        std::erase_if(p.sections, [](const auto& s) { return s.first == "checksums.blocks_4k"; });
        CHECK(run_on(testing::put_together(p), "no-blocks.pgsnap", "paths").out == good.out);
        std::string bytes = testing::put_together(p);
        bytes[bytes.size() - 1] = static_cast<char>(bytes[bytes.size() - 1] ^ 0x01);  // now a section's checksum is wrong
        const CliResult r = run_on(bytes, "no-blocks-damaged.pgsnap", "paths");
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Catch::Contains("snapshot is damaged (checksum mismatch in section "));
    }
}

TEST_CASE("A snapshot read in part finds ids and relations by its indices, checked as it reads them",
          "[io][snapshot][paths][bad]") {
    const std::string relative = "tests/data/paths/random-40.toml";
    const std::string graph = source_path(relative), snap = snapshot_of(relative);
    const std::vector<std::string> ids = ids_of(relative);
    const testing::SnapshotParts parts = testing::take_apart(slurp(snap));
    // A forged file whose every checksum (sections and blocks) is right: only its content is bad.
    const auto forged = [&](testing::SnapshotParts p, const std::string& name) {
        testing::refresh_block_checksums(p);
        const fs::path file = dir() / name;
        spit(file, testing::put_together(p));
        return file.string();
    };
    SECTION("entities.by_id finds every id, and nothing else") {
        const SnapshotFile file(snap, "s.pgsnap");
        for (std::size_t v = 0; v < ids.size(); ++v) CHECK(file.find_id(ids[v]) == EntityId(v));
        for (const std::string& missing : {std::string(), ids[0] + "x", ids[0].substr(0, 1), std::string("~")})
            CHECK_FALSE(file.find_id(missing));
    }
    SECTION("entities.by_id pointing past the entities is refused") {
        testing::SnapshotParts p = parts;
        for (std::size_t k = 0; k < ids.size(); ++k) p.set<std::uint32_t>("entities.by_id", k, 1000);
        const CliResult r = run_cli({"paths", forged(p, "by-id-range.pgsnap"), ids[0], ids[3]});
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Catch::Contains("snapshot is damaged (section entities.by_id: 1000 at "));
    }
    SECTION("entities.by_id out of order can miss an id, and the whole graph then answers") {
        testing::SnapshotParts p = parts;
        for (std::size_t k = 0; k < ids.size(); ++k)
            p.set<std::uint32_t>("entities.by_id", k, static_cast<std::uint32_t>(ids.size() - 1 - k));
        const std::string file = forged(p, "by-id-order.pgsnap");
        same_answer({ids[0], ids[3]}, graph, file);
        same_answer({ids[7], ids[1], "--undirected"}, graph, file);
    }
    SECTION("relations.by_source that lists relations of other entities is refused") {
        testing::SnapshotParts p = parts;
        const std::size_t m = p.section("relations.by_source").size() / 4;
        for (std::size_t k = 0; k < m; ++k) p.set<std::uint32_t>("relations.by_source", k, 0);
        const CliResult r = run_cli({"paths", forged(p, "by-source.pgsnap"), ids[0], ids[3]});
        CHECK(r.status == 2);
        CHECK_THAT(r.err, Catch::Contains("snapshot is damaged (section relations.by_source"));
    }
    SECTION("a string that is not UTF-8 is refused reading in part as reading whole") {
        testing::SnapshotParts p = parts;
        p.section("strings.bytes")[0] ^= static_cast<char>(0x80);  // string 1: the title or a kind's name
        const std::string file = forged(p, "not-utf8.pgsnap");
        const CliResult part = run_cli({"paths", file, ids[0], ids[3]});
        const CliResult whole = run_cli({"metrics", file});
        CHECK(part.status == 2);
        CHECK(whole.status == 2);
        CHECK_THAT(part.err, Catch::EndsWith("snapshot is damaged (strings.bytes is not UTF-8 at byte 0)\n"));
        CHECK(whole.err == part.err);
    }
    SECTION("a checksums.blocks section of the first block checksums (64 KiB) is skipped") {
        testing::SnapshotParts p = parts;
        p.sections.insert(p.sections.end() - 1, {"checksums.blocks", std::string(24, 'x')});
        const CliResult r = run_cli({"paths", forged(p, "old-blocks.pgsnap"), ids[0], ids[3]});
        CHECK(r.status == 0);
        CHECK(r.out == run_cli({"paths", graph, ids[0], ids[3]}).out);
    }
    SECTION("without the indices (a snapshot written before them), the answers are the same") {
        testing::SnapshotParts p = parts;
        std::erase_if(p.sections, [](const auto& s) {
            return s.first == "entities.by_id" || s.first == "relations.by_source_at" || s.first == "relations.by_source";
        });
        const std::string file = forged(p, "no-indices.pgsnap");
        for (std::size_t k = 0; k < 10; ++k) same_answer({ids[k * 3 % ids.size()], ids[(k * 7 + 2) % ids.size()]}, graph, file);
    }
}
