// The CSV reader's load time on a large file (hidden: run by hand, see docs/formats.md):
//   scripts/gen-csv.py 100000 1000000 /tmp/g
//   PACTGRAPH_CSV_BENCH=/tmp/g build/pactgraph_tests '[.csv_bench]'
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <iostream>

#include "io/csv_reader.hpp"
#include "io_test_support.hpp"

using namespace pactgraph;

TEST_CASE("The CSV reader loads a large nodes + edges pair", "[.csv_bench]") {
    const char* prefix = std::getenv("PACTGRAPH_CSV_BENCH");
    REQUIRE(prefix != nullptr);
    const auto slurp = [](const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    };
    const std::string nodes = slurp(std::string(prefix) + "-nodes.csv");
    const std::string edges = slurp(std::string(prefix) + "-edges.csv");
    const auto timed = [](const char* what, auto&& fn) {
        const auto start = std::chrono::steady_clock::now();
        const LoadResult r = fn();
        const std::chrono::duration<double> s = std::chrono::steady_clock::now() - start;
        std::cout << what << ": " << r.graph.entity_count() << " entities, " << r.graph.relation_count()
                  << " relations in " << s.count() << " s\n";
        return r.graph.relation_count();
    };
    const auto pair = timed("nodes + edges", [&] { return read_csv_graph(nodes, "n.csv", edges, "e.csv"); });
    const auto alone = timed("edges alone", [&] { return CsvReader().read(std::string_view(edges), "e.csv"); });
    CHECK(pair == alone);
}
