#include <catch2/catch.hpp>

#include "analysis/diff.hpp"
#include "analysis/timeline.hpp"
#include "io/graph_reader.hpp"
#include "model/describe.hpp"
#include "../cli/run_cli.hpp"

using namespace pactgraph;

namespace {

PartnershipGraph fixture(const std::string& name) {
    return load_graph(test::source_path("tests/data/" + name)).graph;
}

}  // namespace

TEST_CASE("The timeline orders dated relations by first day, then the undated in file order",
          "[analysis][timeline]") {
    const auto g = load_graph(test::kSeedGraph).graph;
    const auto rows = timeline(g);
    REQUIRE(rows.size() == 15);
    std::vector<std::string> dates;
    for (RelationEdge e : rows) dates.push_back(bounded_date_text(g.relation(e).date, g.relation(e).date_bound));
    // A bound sorts by its date: "<2007" (AWS) and "<2011" (Azure) first.
    CHECK(dates == std::vector<std::string>{"<2007", "<2011", "2019", "2020-06", "2020-06", "2023", "2025-09",
                                            ">=2025-09", ">=2025-09", "2026", "2026", "2026", "2026", "2026", "2026"});
    // Ties keep file order: the Frontier offer, then the Amazon pact, then the AWS exclusivity.
    CHECK(relation_arrow(g, rows[3]) == "openai -[offers]-> openai-api");
    CHECK(relation_arrow(g, rows[9]) == "openai -[offers]-> frontier");
    CHECK(relation_arrow(g, rows[10]) == "amazon -[agreement]-> openai");
    CHECK(relation_arrow(g, rows[11]) == "aws -[exclusive_cloud_for]-> frontier");
    CHECK(relation_arrow(g, rows[0]) == "amazon -[owns]-> aws");
    CHECK(timeline(g, false).size() == 15);
    // Years of starts and ends; a "before" bound is no start year.
    CHECK(relation_years(g) == std::vector<int>{2019, 2020, 2023, 2025, 2026});
}

TEST_CASE("A diff names added, removed and changed entities, relations and fields",
          "[analysis][diff]") {
    const auto before = fixture("diff-old.toml");
    const auto after = fixture("diff-new.toml");
    const GraphDiff d = diff_graphs(before, after);

    REQUIRE(d.entities.size() == 3);
    CHECK((d.entities[0].change == Change::changed && d.entities[0].id == "a"));
    CHECK(d.entities[0].fields == std::vector<std::string>{"name"});
    CHECK((d.entities[1].change == Change::removed && d.entities[1].id == "gone"));
    CHECK((d.entities[2].change == Change::added && d.entities[2].id == "c"));
    CHECK(d.unchanged_entities == 1);

    // The two a->b investments are matched by date even though the new file swaps their order.
    REQUIRE(d.relations.size() == 3);
    CHECK(d.relations[0].change == Change::changed);
    CHECK(before.relation(*d.relations[0].before).date.to_string() == "2021");
    CHECK(d.relations[0].fields == std::vector<std::string>{"status", "amount_usd"});
    CHECK(d.relations[1].change == Change::removed);
    CHECK(relation_arrow(before, *d.relations[1].before) == "gone -[owns]-> a");
    CHECK(d.relations[2].change == Change::added);
    CHECK(relation_arrow(after, *d.relations[2].after) == "c -[resells]-> b");
    CHECK(d.unchanged_relations == 1);

    SECTION("different vocabularies are reported, not an error") {
        REQUIRE(d.vocabulary.size() == 2);
        CHECK((d.vocabulary[0].what == "kind" && d.vocabulary[0].name == "lab" &&
               d.vocabulary[0].change == Change::added));
        CHECK((d.vocabulary[1].what == "type" && d.vocabulary[1].name == "resells"));
    }
    SECTION("a graph compared with itself has no changes") {
        const GraphDiff same = diff_graphs(after, after);
        CHECK(same.empty());
        CHECK(same.unchanged_relations == 3);
    }
}
