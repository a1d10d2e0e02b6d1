// Graph snapshots (.pgsnap): every shipped graph and test fixture comes back from a snapshot
// with every field (TOML -> snapshot -> TOML byte-identical, and lines, columns, flags and
// warnings too), the file is read by its magic whatever its name, and damaged, truncated, foreign
// and forged files are refused with a message naming the file, never trusted.
#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <limits>
#include <random>

#include "../cli/run_cli.hpp"
#include "io/csv_reader.hpp"
#include "io/graph_reader.hpp"
#include "io/snapshot_reader.hpp"
#include "io/snapshot_writer.hpp"
#include "io/toml_writer.hpp"
#include "io_test_support.hpp"
#include "snapshot_test_support.hpp"

using namespace pactgraph;
using namespace pactgraph::testing;
using pactgraph::test::run_cli;
using pactgraph::test::scratch_root;
using pactgraph::test::source_path;
namespace fs = std::filesystem;

namespace {

// Every graph fixture that loads: the shipped graphs, the test graphs, the interop CSVs.
std::vector<std::string> loadable_graphs() {
    std::vector<std::string> out;
    for (const char* dir : {"graphs", "tests/data", "tests/data/metrics", "tests/data/structure"})
        for (const auto& entry : fs::directory_iterator(source_path(dir)))
            if (entry.path().extension() == ".toml") out.push_back(entry.path().string());
    out.push_back(source_path("tests/data/interop/deals-edges.csv"));
    out.push_back(source_path("tests/data/interop/kumu-edges.csv"));
    out.push_back(source_path("tests/data/interop/kumu-nodes.csv"));
    std::sort(out.begin(), out.end());
    // The fixtures that are bad on purpose.
    std::erase_if(out, [](const std::string& p) {
        for (const char* bad : {"bad-syntax.toml", "empty.toml", "unknown-entity.toml", "five-mistakes.toml"})
            if (fs::path(p).filename() == bad) return true;
        return false;
    });
    return out;
}

LoadResult kumu_pair() {
    return read_csv_graph(file_text(source_path("tests/data/interop/kumu-nodes.csv")), "kumu-nodes.csv",
                          file_text(source_path("tests/data/interop/kumu-edges.csv")), "kumu-edges.csv");
}

fs::path scratch(const std::string& name) {
    const fs::path dir = scratch_root() / "snapshot";
    fs::create_directories(dir);
    return dir / name;
}

std::string message_of(const std::string& bytes, const std::string& name = "bad.pgsnap") {
    return first_line(error_text([&] { read_snapshot(bytes, name); }));
}

// The richest fixture (attributes, sources, aliases, declared words), with two warnings.
const LoadResult& good_graph() {
    static const LoadResult r = [] {
        LoadResult out = load_graph(source_path("tests/data/roundtrip.toml"));
        out.warnings.push_back({Severity::warning, {"roundtrip.toml", 3, 1}, "a warning", "id = \"a-1\""});
        out.warnings.push_back({Severity::warning, {"roundtrip.toml", 0, 0}, "another", ""});
        return out;
    }();
    return r;
}

const std::string& good_snapshot() {
    static const std::string bytes = write_snapshot(good_graph().graph, good_graph().warnings);
    return bytes;
}

std::string forged(const std::function<void(SnapshotParts&)>& edit) {
    SnapshotParts parts = take_apart(good_snapshot());
    edit(parts);
    return put_together(parts);
}

}  // namespace

TEST_CASE("TOML -> snapshot -> TOML is byte-identical for every fixture, and every field comes back",
          "[io][snapshot][round_trip]") {
    const std::vector<std::string> files = loadable_graphs();
    REQUIRE(files.size() >= 20);
    for (const std::string& path : files) {
        CAPTURE(path);
        const LoadResult r = load_graph(path);
        const std::string snap = write_snapshot(r.graph, r.warnings);
        const LoadResult back = read_snapshot(snap, "g.pgsnap");
        CHECK(to_toml(back.graph) == to_toml(r.graph));
        CHECK(model_dump(back.graph, back.warnings) == model_dump(r.graph, r.warnings));
        CHECK(back.graph.info().source_name == "g.pgsnap");
        // Nothing is lost or added: the snapshot of what came back is the same file.
        CHECK(write_snapshot(back.graph, back.warnings) == snap);
    }
}

TEST_CASE("A CSV nodes + edges pair comes back from a snapshot with its warnings",
          "[io][snapshot][round_trip]") {
    const LoadResult r = kumu_pair();
    REQUIRE_FALSE(r.warnings.empty());
    const LoadResult back = read_snapshot(write_snapshot(r.graph, r.warnings), "k.pgsnap");
    CHECK(to_toml(back.graph) == to_toml(r.graph));
    CHECK(model_dump(back.graph, back.warnings) == model_dump(r.graph, r.warnings));
}

TEST_CASE("A snapshot file is mapped and read by its extension, by --input-format and by its magic",
          "[io][snapshot]") {
    const LoadResult r = load_graph(source_path("graphs/ai-compute-web.toml"));
    const std::string snap = write_snapshot(r.graph, r.warnings);
    const std::string expected = model_dump(r.graph, r.warnings);
    SECTION("by its extension") {
        const fs::path p = scratch("ext.pgsnap");
        pactgraph::test::spit(p, snap);
        CHECK(model_dump(load_graph(p.string()).graph, load_graph(p.string()).warnings) == expected);
    }
    SECTION("misnamed as TOML") {
        const fs::path p = scratch("misnamed.toml");
        pactgraph::test::spit(p, snap);
        const LoadResult back = load_graph(p.string());
        CHECK(model_dump(back.graph, back.warnings) == expected);
    }
    SECTION("named by the format") {
        const fs::path p = scratch("named.bin");
        pactgraph::test::spit(p, snap);
        const LoadResult back = load_graph(graph_source(p.string(), "pgsnap"));
        CHECK(model_dump(back.graph, back.warnings) == expected);
    }
    SECTION("from standard input") {
        const LoadResult back = load_graph(graph_source("-"), snap);
        CHECK(model_dump(back.graph, back.warnings) == expected);
        CHECK(back.graph.info().source_name == "<stdin>");
    }
}

TEST_CASE("Writing a snapshot is deterministic", "[io][snapshot]") {
    const LoadResult a = load_graph(source_path("graphs/openai-frontier.toml"));
    const LoadResult b = load_graph(source_path("graphs/openai-frontier.toml"));
    CHECK(write_snapshot(a.graph, a.warnings) == write_snapshot(b.graph, b.warnings));
}

TEST_CASE("A string repeated a thousand times is stored once when short and expands within the bound",
          "[io][snapshot]") {
    PartnershipGraph g;
    const std::string shared(64, 's'), long_note(300, 'n');
    for (int i = 0; i < 2000; ++i) {
        Entity e;
        e.id = "e" + std::to_string(i);
        e.name = shared;
        e.note = long_note;
        g.add_entity(std::move(e));
    }
    const std::string snap = write_snapshot(g);
    // The 64-byte name once, the 300-byte note once per entity.
    CHECK(snap.size() < 2000 * 300 + 2000 * 100);
    CHECK(snap.size() > 2000 * 300);
    const LoadResult back = read_snapshot(snap, "s.pgsnap");
    CHECK(model_dump(back.graph) == model_dump(g));
}

TEST_CASE("Foreign, truncated and damaged snapshots are refused with what is wrong", "[io][snapshot][bad]") {
    const std::string& good = good_snapshot();
    const auto places = section_places(good);
    REQUIRE(places.size() > 50);

    SECTION("foreign files and wrong magic") {
        CHECK(message_of("") == "bad.pgsnap: error: not a pactgraph snapshot (bad magic)");
        CHECK(message_of("[graph]\ntitle = \"x\"\n") == "bad.pgsnap: error: not a pactgraph snapshot (bad magic)");
        CHECK(message_of("\x89PNG\r\n\x1a\n" + good.substr(8)) ==
              "bad.pgsnap: error: not a pactgraph snapshot (bad magic)");
        std::string wrong = good;
        wrong[7] = 'x';
        CHECK(message_of(wrong) == "bad.pgsnap: error: not a pactgraph snapshot (bad magic)");
    }
    SECTION("truncated at every section boundary") {
        std::vector<std::size_t> cuts{0, 4, 7, 8, 20, 39, 40, 41, 100};
        for (const SectionPlace& p : places) {
            cuts.push_back(p.offset);
            cuts.push_back(p.offset + p.length);
        }
        for (std::size_t cut : cuts) {
            if (cut >= good.size()) continue;
            CAPTURE(cut);
            const std::string m = message_of(good.substr(0, cut));
            if (cut < 8) CHECK(m == "bad.pgsnap: error: not a pactgraph snapshot (bad magic)");
            else if (cut < 40)
                CHECK(m == "bad.pgsnap: error: snapshot is truncated (" + std::to_string(cut) +
                               " bytes; its header alone is 40)");
            else
                CHECK(m == "bad.pgsnap: error: snapshot is truncated (" + std::to_string(cut) + " of its " +
                               std::to_string(good.size()) + " bytes)");
        }
    }
    SECTION("a flipped byte in each section") {
        std::size_t flipped = 0;
        for (const SectionPlace& p : places) {
            if (p.length == 0) continue;
            for (std::uint64_t at : {p.offset, p.offset + p.length / 2, p.offset + p.length - 1}) {
                std::string bad = good;
                bad[at] = static_cast<char>(bad[at] ^ 0x10);
                CAPTURE(p.name, at);
                CHECK(message_of(bad) == "bad.pgsnap: error: snapshot is damaged (checksum mismatch in section " +
                                             p.name + ")");
                ++flipped;
            }
        }
        CHECK(flipped > 100);
    }
    SECTION("a flipped byte in the header or the section table") {
        const auto flip = [&](std::size_t at) {
            std::string bad = good;
            bad[at] = static_cast<char>(bad[at] ^ 0x01);
            return message_of(bad);
        };
        CHECK(flip(8) == "bad.pgsnap: error: snapshot format version 0, this pactgraph reads version 1; "
                         "convert the original graph file again");
        CHECK(flip(12) == "bad.pgsnap: error: snapshot is damaged (its byte-order mark is not the little-endian 0x01020304)");
        CHECK_THAT(flip(16), Catch::StartsWith("bad.pgsnap: error: snapshot is"));
        CHECK(flip(28) == "bad.pgsnap: error: snapshot is damaged (a reserved header field is not 0)");
        for (std::size_t at : {32u, 40u, 40u + 24u, 40u + 48u * 3 + 30u, 40u + 48u * 7 + 47u})
            CHECK(flip(at) == "bad.pgsnap: error: snapshot is damaged (checksum mismatch in the header)");
    }
    SECTION("the padding between sections") {
        std::size_t padded = 0;
        for (const SectionPlace& p : places) {
            const std::size_t end = p.offset + p.length;
            if (end % 8 == 0 || end >= good.size()) continue;
            std::string bad = good;
            bad[end] = '\x01';
            CHECK(message_of(bad) == "bad.pgsnap: error: snapshot is damaged (non-zero padding at offset " +
                                         std::to_string(end) + ")");
            ++padded;
        }
        CHECK(padded > 0);
    }
}

TEST_CASE("Forged snapshots with valid checksums are refused, never trusted", "[io][snapshot][bad]") {
    const auto damaged = [](const std::string& what) {
        return "bad.pgsnap: error: snapshot is damaged (" + what + ")";
    };
    SnapshotParts base = take_apart(good_snapshot());
    const auto count = [&](std::size_t field) { return base.get<std::uint64_t>("graph.counts", field); };
    const std::uint64_t strings = count(0), entities = count(3);
    REQUIRE(put_together(base) == good_snapshot());  // the forger lays files out as the writer does

    SECTION("a newer version") {
        CHECK(message_of(forged([](SnapshotParts& p) { p.version = 3; })) ==
              "bad.pgsnap: error: snapshot format version 3, this pactgraph reads version 1; "
              "convert the original graph file again");
    }
    SECTION("counts that do not fit the file") {
        CHECK(message_of(forged([](SnapshotParts& p) { p.set<std::uint64_t>("graph.counts", 4, 1ULL << 40); })) ==
              damaged("1099511627776 relations; at most 4294967295 fit"));
        CHECK(message_of(forged([](SnapshotParts& p) { p.set<std::uint64_t>("graph.counts", 3, 4000000000ULL); })) ==
              damaged("section entities.id holds " + std::to_string(entities * 4) +
                      " bytes; expected 4000000000 items of 4 bytes"));
        CHECK(message_of(forged([](SnapshotParts& p) { p.set<std::uint64_t>("graph.counts", 1, 70000); })) ==
              damaged("70000 kinds; at most 65536 fit"));
        CHECK(message_of(forged([](SnapshotParts& p) { p.set<std::uint64_t>("graph.counts", 0, ~0ULL); })) ==
              damaged("18446744073709551615 strings; at most 4294967295 fit"));
    }
    SECTION("string indices and offsets past the pool") {
        CHECK(message_of(forged([](SnapshotParts& p) { p.set<std::uint32_t>("entities.name", 1, 0xFFFFFFF0u); })) ==
              damaged("section entities.name: string 4294967280 at 1 is past the " + std::to_string(strings) +
                      " strings of the pool"));
        const std::uint64_t pool = base.section("strings.bytes").size();
        CHECK(message_of(forged([&](SnapshotParts& p) {
                  p.set<std::uint64_t>("strings.offsets", strings / 2, pool + 100);
              })) == damaged("section strings.offsets: offset " + std::to_string(pool + 100) + " at " +
                             std::to_string(strings / 2) + " is out of order or past the " +
                             std::to_string(pool) + " items"));
        CHECK(message_of(forged([&](SnapshotParts& p) { p.section("strings.bytes").pop_back(); })) ==
              damaged("section strings.offsets: offset " + std::to_string(pool) + " at " +
                      std::to_string(strings) + " is out of order or past the " + std::to_string(pool - 1) +
                      " items"));
        CHECK(message_of(forged([&](SnapshotParts& p) { p.section("strings.bytes").push_back('x'); })) ==
              damaged("section strings.offsets ends at " + std::to_string(pool) + " of " +
                      std::to_string(pool + 1) + " items"));
        CHECK(message_of(forged([](SnapshotParts& p) { p.set<std::uint64_t>("entities.roles_at", 1, 1ULL << 50); })) ==
              damaged("section entities.roles_at: offset 1125899906842624 at 1 is out of order or past the " +
                      std::to_string(base.section("entities.roles").size() / 4) + " items"));
    }
    SECTION("references out of range") {
        CHECK(message_of(forged([&](SnapshotParts& p) { p.set<std::uint32_t>("relations.target", 0, 1000000); })) ==
              damaged("section relations.target: 1000000 at 0 is out of range (expected below " +
                      std::to_string(entities) + ")"));
        CHECK(message_of(forged([](SnapshotParts& p) { p.set<std::uint16_t>("entities.kind", 0, 999); })) ==
              damaged("section entities.kind: 999 at 0 is out of range (expected below " +
                      std::to_string(base.section("kinds.name").size() / 4) + ")"));
        CHECK(message_of(forged([](SnapshotParts& p) { p.set<std::uint16_t>("relations.type", 1, 999); })) ==
              damaged("section relations.type: 999 at 1 is out of range (expected below " +
                      std::to_string(base.section("types.name").size() / 4) + ")"));
        CHECK(message_of(forged([](SnapshotParts& p) { p.set<std::uint8_t>("relations.status", 0, 9); })) ==
              damaged("section relations.status: 9 at 0 is out of range (expected below 9)"));
        CHECK(message_of(forged([](SnapshotParts& p) { p.set<std::uint8_t>("sources.confidence", 0, 5); })) ==
              damaged("section sources.confidence: 5 at 0 is out of range (expected below 5)"));
        CHECK(message_of(forged([](SnapshotParts& p) { p.set<std::uint8_t>("warnings.severity", 0, 2); })) ==
              damaged("section warnings.severity: 2 at 0 is out of range (expected below 2)"));
    }
    SECTION("values the model cannot hold") {
        CHECK(message_of(forged([](SnapshotParts& p) { p.set<std::uint8_t>("relations.flags", 0, 0x80); })) ==
              damaged("section relations.flags: unknown flags 128 at 0"));
        CHECK(message_of(forged([](SnapshotParts& p) { p.set<std::uint8_t>("relations.flags", 0, 6); })) ==
              damaged("section relations.flags: unknown flags 6 at 0"));
        CHECK(message_of(forged([](SnapshotParts& p) { p.set<std::uint32_t>("relations.date", 0, 2024u << 16 | 13u << 8); })) ==
              damaged("section relations.date: no date in the bits " + std::to_string(2024u << 16 | 13u << 8) + " at 0"));
        CHECK(message_of(forged([](SnapshotParts& p) { p.set<double>("relations.amount", 0, -5.0); })) ==
              damaged("section relations.amount: the amount at 0 is negative or not finite"));
        CHECK(message_of(forged([](SnapshotParts& p) { p.set<double>("relations.amount", 0, std::numeric_limits<double>::infinity()); })) ==
              damaged("section relations.amount: the amount at 0 is negative or not finite"));
        CHECK(message_of(forged([](SnapshotParts& p) { p.set<std::uint8_t>("kinds.flags", 0, 2); })) ==
              damaged("section kinds.flags: unknown flags 2 at 0"));
    }
    SECTION("ids that are not ids, or taken twice") {
        const std::uint32_t first = base.get<std::uint32_t>("entities.id", 0);
        const std::uint32_t name = base.get<std::uint32_t>("entities.name", 0);
        CHECK_THAT(message_of(forged([&](SnapshotParts& p) { p.set<std::uint32_t>("entities.id", 1, first); })),
                   Catch::StartsWith("bad.pgsnap: error: snapshot is damaged (entity 1: the id '") &&
                       Catch::EndsWith("' is taken by entity 0)"));
        CHECK_THAT(message_of(forged([&](SnapshotParts& p) { p.set<std::uint32_t>("entities.id", 0, name); })),
                   Catch::StartsWith("bad.pgsnap: error: snapshot is damaged (entity 0: '") &&
                       Catch::EndsWith("' is not an id)"));
        CHECK(message_of(forged([](SnapshotParts& p) { p.set<std::uint32_t>("entities.id", 0, 0); })) ==
              damaged("entity 0: '' is not an id"));
    }
    SECTION("text that is not UTF-8") {
        CHECK_THAT(message_of(forged([](SnapshotParts& p) { p.section("strings.bytes")[3] = '\xFF'; })),
                   Catch::StartsWith("bad.pgsnap: error: snapshot is damaged (strings.bytes is not UTF-8 at byte "));
    }
    SECTION("the section table itself") {
        CHECK(message_of(forged([](SnapshotParts& p) { p.sections.erase(p.sections.begin() + 20); })) ==
              damaged("no section " + base.sections[20].first));
        CHECK(message_of(forged([](SnapshotParts& p) { p.sections[21].first = p.sections[20].first; })) ==
              damaged("two sections named " + base.sections[20].first));
        CHECK(message_of(forged([](SnapshotParts& p) { p.sections[5].first = "Bad Name"; })) ==
              damaged("section 5 has no valid name"));
        // A section that claims to run past the end of the file.
        std::string bad = good_snapshot();
        write_le<std::uint64_t>(bad, 40 + 48 * 10 + 32, 1ULL << 62);
        rechecksum_header(bad);
        CHECK_THAT(message_of(bad), Catch::StartsWith("bad.pgsnap: error: snapshot is damaged (section ") &&
                                        Catch::EndsWith(" runs past the end of the file (" +
                                                        std::to_string(bad.size()) + " bytes))"));
        // Sections laid where the layout does not put them.
        bad = good_snapshot();
        write_le<std::uint64_t>(bad, 40 + 48 * 10 + 24, read_le<std::uint64_t>(bad, 40 + 48 * 10 + 24) + 8);
        rechecksum_header(bad);
        CHECK_THAT(message_of(bad), Catch::Contains(" is at offset "));
        // A table too long for the file.
        bad = good_snapshot();
        write_le<std::uint32_t>(bad, 24, 0x7FFFFFFF);
        CHECK(message_of(bad) == damaged("a table of 2147483647 sections does not fit in its " +
                                         std::to_string(bad.size()) + " bytes"));
        // Bytes after the last section.
        bad = good_snapshot() + std::string(16, '\0');
        CHECK(message_of(bad) == damaged(std::to_string(bad.size()) + " bytes, but its header says " +
                                         std::to_string(good_snapshot().size())));
        write_le<std::uint64_t>(bad, 16, bad.size());
        rechecksum_header(bad);
        const SectionPlace last = section_places(good_snapshot()).back();
        CHECK(message_of(bad) ==
              damaged(std::to_string(bad.size() - last.offset - last.length) + " bytes after the last section"));
    }
    SECTION("unknown sections are checked and ignored") {
        const std::string extra = forged([](SnapshotParts& p) { p.sections.emplace_back("csr.out_offsets", "12345"); });
        const LoadResult back = read_snapshot(extra, "x.pgsnap");
        CHECK(model_dump(back.graph, back.warnings) == model_dump(good_graph().graph, good_graph().warnings));
    }
}

TEST_CASE("A forged snapshot that would expand beyond its bound is refused", "[io][snapshot][bad]") {
    PartnershipGraph g;
    for (int i = 0; i < 20000; ++i) {
        Entity e;
        e.id = "e" + std::to_string(i);
        if (i == 0) e.note = std::string(100000, 'x');
        g.add_entity(std::move(e));
    }
    SnapshotParts parts = take_apart(write_snapshot(g));
    const std::uint32_t big = parts.get<std::uint32_t>("entities.note", 0);
    for (std::size_t i = 0; i < 20000; ++i) parts.set<std::uint32_t>("entities.note", i, big);
    CHECK(message_of(put_together(parts)) ==
          "bad.pgsnap: error: snapshot is damaged (its strings expand to more than 17 times the file's size)");
}

TEST_CASE("Random damage to a snapshot's content, checksums made to match, is refused or read",
          "[io][snapshot][bad]") {
    // A small deterministic fuzz in the suite (fuzz/ has the long libFuzzer run): change a byte
    // or a 4-byte word of one section, recompute the checksums, read. Anything but a value or an
    // InputError (another exception, a crash, a sanitizer report) fails.
    const SnapshotParts base = take_apart(good_snapshot());
    std::mt19937 rng(12);
    std::size_t refused = 0, read = 0;
    for (int round = 0; round < 3000; ++round) {
        SnapshotParts parts = base;
        auto& [name, bytes] = parts.sections[rng() % parts.sections.size()];
        if (bytes.empty()) continue;
        const std::size_t at = rng() % bytes.size();
        if (rng() % 2 == 0 || at + 4 > bytes.size()) {
            bytes[at] = static_cast<char>(rng());
        } else {
            const std::uint32_t v = (rng() % 3 == 0) ? 0xFFFFFFFFu - rng() % 4 : static_cast<std::uint32_t>(rng());
            std::memcpy(bytes.data() + at, &v, 4);
        }
        if (rng() % 10 == 0) bytes.resize(rng() % (bytes.size() + 1));
        CAPTURE(round, name, at);
        try {
            read_snapshot(put_together(parts), "fuzz.pgsnap");
            ++read;
        } catch (const InputError& e) {
            CHECK_THAT(std::string(e.what()), Catch::StartsWith("fuzz.pgsnap: error: snapshot is damaged ("));
            ++refused;
        }
    }
    CHECK(refused > 300);
    CHECK(read > 10);
}
