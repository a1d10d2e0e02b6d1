#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/toml_chunks.hpp"
#include "io/toml_reader.hpp"
#include "snapshot_test_support.hpp"
#include "support/diagnostics.hpp"

using namespace pactgraph;

namespace {

std::string file_text(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The model and warnings, or the error, of reading `text` with pieces of `chunk_bytes`.
std::string outcome(const std::string& text, std::size_t chunk_bytes) {
    try {
        const LoadResult r = TomlReader(chunk_bytes).read(text, "g.toml");
        return testing::model_dump(r.graph, r.warnings);
    } catch (const InputError& e) {
        return std::string("error: ") + e.what();
    }
}

}  // namespace

TEST_CASE("TOML pieces split at [[entity]] and [[relation]], never inside strings or arrays", "[io][toml]") {
    const std::string text =
        "[graph]\ntitle = \"t\"\n"
        "[[entity]]\nid = \"a\"\nnote = \"\"\"\n[[relation]]\n\"\"\"\n"
        "[[entity]]\nid = \"b\"\ntags = [\n  \"x\",\n[\"not a table\"][0],\n]\n"
        "[entity.attributes]\nk = \"v\"\n"
        "[[relation]]\nfrom = \"a\"\nto = \"b\"\nnote = '''\n[[entity]]\n'''\n"
        "[[relation.sources]]\nurl = \"https://example.com/#x\" # [[entity]]\n"
        "[vocabulary]\n";
    const std::vector<TomlChunk> pieces = toml_chunks(text, 1);  // no joining: one piece per table
    REQUIRE(pieces.size() == 5);
    CHECK(pieces[0].kind == TomlChunkKind::header);
    CHECK(pieces[0].first_line == 1);
    CHECK(pieces[1].kind == TomlChunkKind::entity);
    CHECK(pieces[1].first_line == 3);
    CHECK(pieces[2].kind == TomlChunkKind::entity);
    CHECK(pieces[2].first_line == 8);
    CHECK(pieces[3].kind == TomlChunkKind::relation);
    CHECK(pieces[3].text.find("[[relation.sources]]") != std::string_view::npos);
    CHECK(pieces[4].kind == TomlChunkKind::header);
    CHECK(pieces[4].text == "[vocabulary]\n");
    std::string joined;
    for (const TomlChunk& p : pieces) joined += p.text;
    CHECK(joined == text);
    CHECK(toml_chunks(text, 1 << 20).size() == 4);  // the two entities joined into one piece
}

TEST_CASE("A TOML file read in small pieces gives the same graph, warnings and errors as in one go",
          "[io][toml]") {
    std::vector<std::filesystem::path> files;
    for (const char* dir : {PACTGRAPH_SOURCE_DIR "/graphs", PACTGRAPH_SOURCE_DIR "/tests/data"})
        for (const auto& entry : std::filesystem::directory_iterator(dir))
            if (entry.path().extension() == ".toml") files.push_back(entry.path());
    REQUIRE(files.size() >= 15);
    for (const auto& file : files) {
        INFO(file.filename().string());
        const std::string text = file_text(file);
        const std::string whole = outcome(text, TomlReader::kDefaultChunkBytes);
        CHECK(outcome(text, 1) == whole);
        CHECK(outcome(text, 300) == whole);
    }
}

TEST_CASE("A syntax error in a later piece names the file's line", "[io][toml]") {
    std::string text;
    for (int i = 0; i < 50; ++i) text += "[[entity]]\nid = \"e" + std::to_string(i) + "\"\nkind = \"company\"\n";
    text += "[[relation]]\nfrom = \"e0\"\nto = = \"e1\"\n";
    CHECK_THAT(outcome(text, 64), Catch::StartsWith("error: g.toml:153:"));
    CHECK(outcome(text, 64) == outcome(text, TomlReader::kDefaultChunkBytes));
}

TEST_CASE("A TOML file read in pieces tells its progress after each piece", "[io][toml][progress]") {
    std::string text;
    for (int i = 0; i < 40; ++i) text += "[[entity]]\nid = \"e" + std::to_string(i) + "\"\nkind = \"company\"\n";
    for (int i = 0; i + 1 < 40; ++i)
        text += "[[relation]]\nfrom = \"e" + std::to_string(i) + "\"\nto = \"e" + std::to_string(i + 1) +
                "\"\ntype = \"owns\"\nsource = \"s\"\n";
    std::vector<std::size_t> done;
    const LoadResult r = TomlReader(200, [&](std::size_t d, std::size_t total) {
                             CHECK(total == text.size());
                             done.push_back(d);
                         }).read(text, "g.toml");
    CHECK(r.graph.relation_count() == 39);
    REQUIRE(done.size() >= 10);
    for (std::size_t k = 1; k < done.size(); ++k) CHECK(done[k] > done[k - 1]);
    CHECK(done.back() == text.size());
    done.clear();
    (void)TomlReader(TomlReader::kDefaultChunkBytes, [&](std::size_t d, std::size_t) { done.push_back(d); })
        .read(text, "g.toml");
    CHECK(done.empty());  // a small file is read in one go, without progress
}
