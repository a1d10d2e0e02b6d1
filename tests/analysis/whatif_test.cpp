// What-if changes on the seed graph (graphs/openai-frontier.toml), whose web is:
//
//   microsoft -owns-> azure -exclusive-> openai-api <-offers- openai -offers-> frontier
//   amazon -owns-> aws -exclusive-> frontier -repackages (disputed)-> openai-api
//   microsoft -> openai (2 investments, agreement, lawsuit), amazon -> openai (cloud pact),
//   openai -> softbank, openai -> nvidia, microsoft -> amazon (lawsuit)
//
// The one conflict: Azure's exclusivity over openai-api against AWS's over frontier, which
// repackages openai-api (analysis/conflicts_test.cpp).
#include <catch2/catch.hpp>

#include "analysis/centrality.hpp"
#include "analysis/whatif.hpp"
#include "test_graphs.hpp"
#include "model/relation_ids.hpp"

using namespace pactgraph;

namespace {

const PartnershipGraph& seed() { return test::graph_file("graphs/openai-frontier.toml"); }

EntityId id(const char* s) { return seed().find(s); }

std::string relation_id(RelationId r) { return relation_ids(seed())[r]; }

}  // namespace

TEST_CASE("Voiding AWS's exclusivity removes the Azure/AWS conflict", "[analysis][whatif]") {
    const PartnershipGraph& g = seed();
    REQUIRE(find_conflicts(g).conflicts.size() == 1);
    const WhatIfResult r = what_if(g, {{WhatIfChange::Kind::void_exclusivity, id("aws")}});
    REQUIRE(r.voided_exclusivities.size() == 1);
    CHECK(relation_id(r.voided_exclusivities[0]) == "aws-exclusive_cloud_for-frontier");
    REQUIRE(r.conflicts_gone.size() == 1);
    CHECK(g.entity(g.source(r.conflicts_gone[0].first)).id == "azure");
    CHECK(g.entity(g.source(r.conflicts_gone[0].second)).id == "aws");
    CHECK(r.conflicts_appeared.empty());
    // The relation stays, no longer exclusive; nothing else moves.
    CHECK(r.after.relation_count() == g.relation_count());
    CHECK_FALSE(r.after.relation(r.after.relations()[r.voided_exclusivities[0]]).exclusive);
    CHECK(r.removed_entities.empty());
    CHECK(r.kind_losses.empty());
    CHECK(r.splits.empty());
}

TEST_CASE("Voiding Microsoft's exclusivity voids the one Azure, which it owns, holds", "[analysis][whatif]") {
    const PartnershipGraph& g = seed();
    const WhatIfResult r = what_if(g, {{WhatIfChange::Kind::void_exclusivity, id("microsoft")}});
    REQUIRE(r.voided_exclusivities.size() == 1);
    CHECK(relation_id(r.voided_exclusivities[0]) == "azure-exclusive_cloud_for-openai-api");
    CHECK(r.conflicts_gone.size() == 1);
    WhatIfOptions own_only;
    own_only.with_owned = false;
    const WhatIfResult direct =
        what_if(g, {{WhatIfChange::Kind::void_exclusivity, id("microsoft")}}, own_only);
    CHECK(direct.voided_exclusivities.empty());
    CHECK(direct.conflicts_gone.empty());
}

TEST_CASE("Removing Microsoft takes Azure along and openai-api loses its direct cloud",
          "[analysis][whatif]") {
    const PartnershipGraph& g = seed();
    const WhatIfResult r = what_if(g, {{WhatIfChange::Kind::remove_entity, id("microsoft")}});
    CHECK(r.removed_entities == std::vector<EntityId>{id("microsoft"), id("azure")});
    CHECK(r.after.entity_count() == g.entity_count() - 2);
    CHECK(r.conflicts_gone.size() == 1);  // Azure's exclusivity went with Azure
    REQUIRE(r.kind_losses.size() == 1);
    const KindLoss& loss = r.kind_losses[0];
    CHECK(loss.entity == id("openai-api"));
    CHECK(loss.lost_direct == std::vector<EntityId>{id("azure")});
    CHECK(loss.reached_before);
    // Still reached by AWS, through frontier's (disputed) repackaging of the API.
    CHECK(loss.reached_by_after == id("aws"));
    CHECK_FALSE(loss.lost_all());
    CHECK(r.splits.empty());

    SECTION("without AWS's path either, openai-api has no cloud left") {
        const WhatIfResult both = what_if(
            g, {{WhatIfChange::Kind::remove_entity, id("microsoft")},
                {WhatIfChange::Kind::end_relation, kNoEntity,
                 g.relation(*find_relation(g, "frontier-repackages-openai-api")).id}});
        REQUIRE(both.kind_losses.size() == 1);
        CHECK(both.kind_losses[0].lost_all());
    }
    SECTION("keeping what Microsoft owns, Azure stays and nothing loses its cloud") {
        WhatIfOptions options;
        options.with_owned = false;
        const WhatIfResult kept =
            what_if(g, {{WhatIfChange::Kind::remove_entity, id("microsoft")}}, options);
        CHECK(kept.removed_entities == std::vector<EntityId>{id("microsoft")});
        CHECK(kept.kind_losses.empty());
        // Azure and openai-api stay joined; Azure's only other tie was its owner.
        CHECK(kept.splits.empty());
    }
}

TEST_CASE("Ending OpenAI's deal with SoftBank splits SoftBank off", "[analysis][whatif]") {
    const PartnershipGraph& g = seed();
    const RelationId deal = g.relation(*find_relation(g, "openai-agreement-softbank")).id;
    const WhatIfResult r = what_if(g, {{WhatIfChange::Kind::end_relation, kNoEntity, deal}});
    CHECK(r.removed_relations == std::vector<RelationId>{deal});
    CHECK(r.after.relation_count() == g.relation_count() - 1);
    REQUIRE(r.splits.size() == 1);
    CHECK(r.splits[0].component == 0);
    REQUIRE(r.splits[0].parts.size() == 2);
    CHECK(r.splits[0].parts[0].size() == g.entity_count() - 1);
    CHECK(r.splits[0].parts[1] == std::vector<EntityId>{id("softbank")});
}

TEST_CASE("PageRank moves are the largest changes, before and after computed apart",
          "[analysis][whatif]") {
    const PartnershipGraph& g = seed();
    WhatIfOptions options;
    options.top_moves = 4;
    const WhatIfResult r = what_if(g, {{WhatIfChange::Kind::remove_entity, id("amazon")}}, options);
    REQUIRE(r.pagerank_moves.size() == 4);
    const std::vector<double> before = pagerank(project(g, false, false), 0.85, 1e-6, 100);
    const std::vector<double> after = pagerank(project(r.after, false, false), 0.85, 1e-6, 100);
    double smallest_listed = 1;
    for (const CentralityMove& m : r.pagerank_moves) {
        CHECK(m.before == before[m.entity]);
        const auto a = std::find(r.entity_before.begin(), r.entity_before.end(), m.entity);
        REQUIRE(a != r.entity_before.end());
        CHECK(m.after == after[static_cast<std::size_t>(a - r.entity_before.begin())]);
        smallest_listed = std::min(smallest_listed, std::abs(m.after - m.before));
    }
    for (EntityId a = 0; a < r.entity_before.size(); ++a) {
        const bool listed = std::any_of(r.pagerank_moves.begin(), r.pagerank_moves.end(),
                                        [&](const auto& m) { return m.entity == r.entity_before[a]; });
        if (!listed) CHECK(std::abs(after[a] - before[r.entity_before[a]]) <= smallest_listed);
    }
}
