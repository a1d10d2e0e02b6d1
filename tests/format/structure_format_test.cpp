// The structure table's numbers: for people fixed with a dash for "no value", for programs the
// shortest round-trip text with an empty cell; and the name lists of weak points.
#include <catch2/catch.hpp>

#include "../analysis/test_graphs.hpp"
#include "format/numbers.hpp"
#include "format/structure_format.hpp"

using namespace pactgraph;

TEST_CASE("Numbers read back exactly for programs and at four decimals for people", "[format][structure]") {
    CHECK(round_trip(0.1) == "0.1");
    CHECK(round_trip(2.0 / 3.0) == "0.6666666666666666");
    CHECK(fixed(2.0 / 3.0) == "0.6667");
    CHECK(fixed_or_dash(std::nullopt) == "-");
    CHECK(round_trip_or_empty(std::nullopt).empty());
}

TEST_CASE("Name lists join with 'and' and cut long lists with a count", "[format][structure]") {
    const PartnershipGraph& g = test::graph_file("graphs/openai-frontier.toml");
    CHECK(entity_names(g, {g.find("softbank"), g.find("nvidia")}) == "SoftBank and Nvidia");
    CHECK(entity_names(g, {g.find("softbank"), g.find("nvidia"), g.find("aws")}, 2) == "SoftBank, Nvidia and 1 more");
}

TEST_CASE("A TSV table carries empty cells where a measure has no value", "[format][structure]") {
    const PartnershipGraph& g = test::graph_file("tests/data/metrics/isolated.toml");
    const StructureAnswer a = answer_structure(g, {});
    const StructureText t = structure_text(g, a, TextFormat::tsv);
    // An isolated entity has no constraint, effective size or reciprocity (NetworkX: NaN), and
    // ranks last.
    const std::string last = t.document.substr(t.document.rfind('\n', t.document.size() - 2) + 1);
    CHECK_THAT(last, Catch::EndsWith("\t\t\t\t0\n"));
    CHECK_THAT(t.note, Catch::StartsWith("# "));
}
