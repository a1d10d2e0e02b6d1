// GEXF for Gephi: typed attributes, and dates spelled as Gephi's timeline wants them.
#include <catch2/catch.hpp>

#include "io/gexf_writer.hpp"
#include "io/graph_reader.hpp"

using namespace pactgraph;

TEST_CASE("GEXF carries kinds, types and Gephi-spelled dates", "[io][gexf]") {
    const PartnershipGraph g = load_graph(std::string(PACTGRAPH_SOURCE_DIR) + "/tests/data/roundtrip.toml").graph;
    const std::string gexf = write_gexf(g);
    CHECK_THAT(gexf, Catch::Contains(R"(<graph defaultedgetype="directed" mode="dynamic" timeformat="date">)"));
    CHECK_THAT(gexf, Catch::Contains(R"(<attribute id="3" title="amount_usd" type="double"/>)"));
    CHECK_THAT(gexf, Catch::Contains(R"(<node id="a-1" label="Ünïcödé — “quoted”">)"));
    CHECK_THAT(gexf, Catch::Contains(R"(<attvalue for="0" value="fund"/>)"));
    // date 2023-06-01, end_date 2025: the end year stands for its first day.
    CHECK_THAT(gexf, Catch::Contains(
        R"(<edge id="0" source="a-1" target="b_2" kind="resells" label="l" start="2023-06-01" end="2025-01-01">)"));
    CHECK_THAT(gexf, Catch::Contains(R"(<attvalue for="3" value="2500000000"/>)"));
    CHECK_THAT(gexf, Catch::Contains(R"(<description>AT&amp;T &quot;Labs&quot; \ &lt;script&gt;</description>)"));
}
