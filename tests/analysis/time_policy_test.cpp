// The time policy (analysis/time_slice.hpp): a relation is in force on a day when it had started
// and not ended; a start the file does not settle is unknown, and the policy decides.
#include <catch2/catch.hpp>

#include "analysis/time_slice.hpp"

using namespace pactgraph;

namespace {

PartialDate day(const char* text) { return *PartialDate::parse(text); }

Relation starting(const char* date, DateBound bound = DateBound::exact, const char* end = "") {
    Relation r;
    if (*date) r.date = day(date);
    if (*end) r.end_date = day(end);
    r.date_bound = bound;
    return r;
}

}  // namespace

TEST_CASE("in force, not in force, or unknown on a day", "[analysis][time]") {
    CHECK(in_force_state(starting("2023"), day("2023-01-01")) == InForce::yes);
    CHECK(in_force_state(starting("2023"), day("2022-12-31")) == InForce::no);
    CHECK(in_force_state(starting(""), day("2022-12-31")) == InForce::unknown);
    CHECK(in_force_state(starting("2025-09", DateBound::on_or_after), day("2025-08-31")) == InForce::no);
    CHECK(in_force_state(starting("2025-09", DateBound::on_or_after), day("2025-09-01")) == InForce::unknown);
    CHECK(in_force_state(starting("2024", DateBound::before), day("2024-01-01")) == InForce::yes);
    CHECK(in_force_state(starting("2024", DateBound::before), day("2023-12-31")) == InForce::unknown);
    // An end settles it whatever the start.
    CHECK(in_force_state(starting("", DateBound::exact, "2020"), day("2021")) == InForce::no);
    CHECK(in_force_state(starting("2024", DateBound::before, "2020"), day("2021")) == InForce::no);
    CHECK(in_force_on(starting(""), day("2020"), UndatedPolicy::include));
    CHECK(!in_force_on(starting(""), day("2020"), UndatedPolicy::exclude));
}

TEST_CASE("the graph as of a day carries that day and counts the unknown", "[analysis][time]") {
    PartnershipGraph g;
    Entity e;
    e.id = "a";
    const EntityId a = g.add_entity(e);
    e.id = "b";
    const EntityId b = g.add_entity(e);
    e.id = "c";
    const EntityId c = g.add_entity(e);
    g.info().as_of = day("2026-11-26");
    g.add_relation(a, b, starting("2020"), {});
    g.add_relation(b, c, starting("2025-09", DateBound::on_or_after), {});
    g.add_relation(a, c, starting(""), {});
    const PartialDate d = day("2025-12-31");
    CHECK(count_unknown_on(g, d) == 2);
    CHECK(as_of(g, d).info().as_of.to_string() == "2025-12-31");
    CHECK(as_of(g, d).relation_count() == 3);
    CHECK(as_of(g, d, UndatedPolicy::exclude).relation_count() == 1);
    CHECK(as_of(g, day("2024"), UndatedPolicy::include).relation_count() == 2);
}
