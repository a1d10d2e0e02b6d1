// analysis/time_slice: the graph as of a day.
//   a -[2019]-> b -[2021 to 2022-06]-> c     d -[undated]-> a     e (no relations)
#include <catch2/catch.hpp>

#include "analysis/time_slice.hpp"
#include "io/graph_reader.hpp"

using namespace pactgraph;

namespace {
PartnershipGraph graph() {
    return load_graph("-", R"(
[[entity]]
id = "a"
kind = "company"
[[entity]]
id = "b"
kind = "company"
[[entity]]
id = "c"
kind = "company"
[[entity]]
id = "d"
kind = "company"
[[entity]]
id = "e"
kind = "company"
[[relation]]
from = "a"
to = "b"
type = "invests_in"
date = "2019"
source = "s"
[[relation]]
from = "b"
to = "c"
type = "hosts"
date = "2021"
end_date = "2022-06"
source = "s"
[[relation]]
from = "d"
to = "a"
type = "owns"
source = "s"
)").graph;
}

std::string ids(const PartnershipGraph& g) {
    std::string out;
    for (EntityId v = 0; v < g.entity_count(); ++v) out += g.entity(v).id;
    return out;
}

PartialDate day(const char* text) { return *PartialDate::parse(text); }
}  // namespace

TEST_CASE("A relation is in force from its start to its end day inclusive", "[analysis][time]") {
    const PartnershipGraph g = graph();
    const Relation& hosts = g.relation(g.relations()[1]);
    CHECK_FALSE(in_force_on(hosts, day("2020-12-31")));
    CHECK(in_force_on(hosts, day("2021")));
    CHECK(in_force_on(hosts, day("2022-06-01")));
    CHECK_FALSE(in_force_on(hosts, day("2022-06-02")));
    CHECK(in_force_on(g.relation(g.relations()[2]), day("1900")));  // undated: no known start
}

TEST_CASE("The graph as of a day keeps what was in force and entities without dates", "[analysis][time]") {
    const PartnershipGraph g = graph();
    const PartnershipGraph early = as_of(g, day("2018"));
    CHECK(early.relation_count() == 1);  // only the undated d -> a
    CHECK(ids(early) == "ade");          // a and d through the undated relation, e has none
    const PartnershipGraph mid = as_of(g, day("2021-06"));
    CHECK(mid.relation_count() == 3);
    CHECK(ids(mid) == "abcde");
    const PartnershipGraph late = as_of(g, day("2024"));
    CHECK(late.relation_count() == 2);
    CHECK(ids(late) == "abde");  // c's only relation ended
    CHECK(late.info().as_of.to_string() == "2024");  // the view says which day it shows
}

TEST_CASE("Yearly frames run from the first to the last year a relation starts or ends", "[analysis][time]") {
    const auto frames = yearly_frames(graph());
    REQUIRE(frames.size() == 4);  // 2019, 2020, 2021, 2022
    CHECK(frames.front().year == 2019);
    CHECK(frames.back().year == 2022);
    CHECK(frames[2].as_of.to_string() == "2021-12-31");
    CHECK(frames[2].graph.info().as_of.to_string() == "2021-12-31");
    CHECK(frames[2].graph.relation_count() == 3);
    CHECK(frames[3].graph.relation_count() == 2);
}
