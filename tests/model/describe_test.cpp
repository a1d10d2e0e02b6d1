// model/describe: the one wording of relations, entities and sources.
#include <catch2/catch.hpp>

#include "io/graph_reader.hpp"
#include "model/describe.hpp"

using namespace pactgraph;

namespace {
const char* kGraph = R"(
[[entity]]
id = "msft"
name = "Microsoft"
kind = "company"
[[entity]]
id = "openai"
kind = "company"
[[relation]]
from = "msft"
to = "openai"
type = "exclusive_cloud_for"
exclusive = true
status = "closed"
date = "2019-07"
end_date = "2030"
amount_usd = 1e9
source = "https://example.com/deal"
)";
}  // namespace

TEST_CASE("A relation reads the same by id in text and by name in pictures", "[model][describe]") {
    const PartnershipGraph g = load_graph("-", kGraph).graph;
    const RelationEdge e = g.relations().front();
    CHECK(relation_arrow(g, e) == "msft -[exclusive_cloud_for]-> openai");
    CHECK(relation_facts(g, e) == "closed, 2019-07 to 2030, $1B, exclusive");
    CHECK(relation_sentence(g, e) == "Microsoft \u2192 openai: exclusive cloud for, $1B, 2019-07 to 2030, closed");
    CHECK(type_words("partners_with") == "partners with");
    CHECK(entity_label(g, g.find("msft")) == "Microsoft (msft)");
    CHECK(entity_label(g, g.find("openai")) == "openai");
}

TEST_CASE("A source reads URL first in text and URL last, only when safe, in tooltips", "[model][describe]") {
    Source s;
    s.url = "https://example.com/a";
    s.citation = "Deal announced";
    s.publisher = "Example News";
    s.date = *PartialDate::parse("2025-09-11");
    s.confidence = Confidence::confirmed;
    CHECK(source_text(s) == "https://example.com/a (Deal announced, Example News, 2025-09-11; confirmed)");
    CHECK(source_tooltip(s) == "Deal announced; Example News; 2025-09-11; confirmed; https://example.com/a");
    s.url = "javascript:alert(1)";
    CHECK(source_tooltip(s) == "Deal announced; Example News; 2025-09-11; confirmed");
    Source bare;
    bare.citation = "a filing";
    CHECK(source_text(bare) == "a filing");
}
