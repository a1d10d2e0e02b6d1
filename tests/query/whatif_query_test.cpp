// whatif's query layer: ids into changes, the affected entities and the picture's marks.
#include <catch2/catch.hpp>

#include "../analysis/test_graphs.hpp"
#include "query/whatif_query.hpp"
#include "support/diagnostics.hpp"

using namespace pactgraph;

TEST_CASE("Ending a relation by its derived id; an unknown one is refused with a suggestion", "[query][whatif]") {
    const PartnershipGraph& g = test::graph_file("graphs/openai-frontier.toml");
    const WhatIfChange c = ending(g, "Microsoft-Invests_In-OpenAI#2");
    CHECK(c.kind == WhatIfChange::Kind::end_relation);
    CHECK(g.entity(g.source(g.relations()[c.relation])).id == "microsoft");
    CHECK(g.relation(g.relations()[c.relation]).id == c.relation);
    CHECK_THROWS_WITH(ending(g, "aws-exclusive_cloud_for-frontiers"), Catch::Contains("did you mean"));
    CHECK_THROWS_AS(ending(g, "nothing"), UsageError);
}

TEST_CASE("Removing Microsoft marks it and Azure removed, OpenAI's API highlighted", "[query][whatif]") {
    const PartnershipGraph& g = test::graph_file("graphs/openai-frontier.toml");
    const WhatIfResult r = what_if(g, {removal(g, "microsoft")});
    RenderOptions o;
    mark_whatif(g, r, o);
    CHECK(o.entity_marks[g.find("microsoft")] == Mark::removed);
    CHECK(o.entity_marks[g.find("azure")] == Mark::removed);
    CHECK(o.entity_marks[g.find("openai-api")] == Mark::highlight);
    CHECK(o.entity_marks[g.find("nvidia")] == Mark::none);
    std::size_t removed = 0;
    for (Mark m : o.relation_marks) removed += m == Mark::removed;
    CHECK(removed == 7);  // the relations with Microsoft or Azure at an end, counted in the file
}

TEST_CASE("Voiding AWS marks its exclusivity changed and the conflict's ends affected", "[query][whatif]") {
    const PartnershipGraph& g = test::graph_file("graphs/openai-frontier.toml");
    const WhatIfResult r = what_if(g, {voiding(g, "aws")});
    const std::vector<EntityId> affected = affected_entities(r, g);
    CHECK(affected == std::vector<EntityId>{g.find("azure"), g.find("openai-api"), g.find("frontier"), g.find("aws")});
    RenderOptions o;
    mark_whatif(g, r, o);
    std::size_t changed = 0;
    for (Mark m : o.relation_marks) changed += m == Mark::changed;
    CHECK(changed == 1);
}
