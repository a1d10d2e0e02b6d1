// A CSV row longer than its header (extra, empty trailing fields) is read within the header's
// columns: found by the CSV fuzzer as a read past the column list (AddressSanitizer).
#include <catch2/catch.hpp>

#include "io/graph_reader.hpp"

using namespace pactgraph;

TEST_CASE("CSV rows longer than the header are read within its columns", "[io][csv]") {
    const auto edges = reader_for("csv")->read(std::string_view("source,target,relation\na,b,owns,,,\n"), "e.csv");
    CHECK(edges.graph.relation_count() == 1);
    const auto nodes = reader_for("csv")->read(std::string_view("id,name,kind\na,A,company,,\n"), "n.csv");
    CHECK(nodes.graph.entity_count() == 1);
}
