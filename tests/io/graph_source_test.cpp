// io/graph_source: where a graph comes from, decided once.
#include <catch2/catch.hpp>

#include "io/graph_reader.hpp"
#include "io/graph_source.hpp"

using namespace pactgraph;

TEST_CASE("A graph source names standard input and takes its format from the extension", "[io][source]") {
    const GraphSource in = graph_source("-");
    CHECK(in.is_stdin());
    CHECK(in.display_name == "<stdin>");
    CHECK(in.format == "toml");
    CHECK(in.stem() == "noname");
    const GraphSource file = graph_source("graphs/deals.v2.TOML");
    CHECK(file.display_name == "graphs/deals.v2.TOML");
    CHECK(file.format == "toml");
    CHECK(file.stem() == "graphs/deals.v2");
    CHECK(graph_source("dir.d/noext").stem() == "dir.d/noext");
    CHECK(extension_of("a/b.c/d") == "");
    CHECK(extension_of("x.GV") == "gv");
}

TEST_CASE("An unknown graph format is refused before anything is read", "[io][source]") {
    CHECK_THROWS_WITH(graph_source("deals.xlsx"),
                      "error: unknown graph file format 'xlsx'; expected toml, csv, json, graphml, dot or pgsnap");
    CHECK_THROWS_WITH(graph_source("-", "tmol"),
                      "error: unknown graph file format 'tmol'; did you mean 'toml'?; expected toml, csv, json, graphml, dot or pgsnap");
}

TEST_CASE("Loading through a source names it in every message", "[io][source]") {
    try {
        load_graph(graph_source("-"), "[[entity]]\nid = 3\nkind = \"company\"\n");
        FAIL("expected InputError");
    } catch (const InputError& e) {
        CHECK(e.diagnostic().where.file == "<stdin>");
        CHECK(e.diagnostic().where.line == 2);
    }
}
