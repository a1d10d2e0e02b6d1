// The graph as of a date, in one place for every time view (--as-of, diff --from/--to, yearly
// frames, timeline --as-of). Policy (docs/queries.md, "Time views"):
//
// * A relation is in force on DAY when it had started by DAY and had not ended before it
//   (no end_date, or end_date >= DAY). Partial dates compare by their first day ("2023" is
//   2023-01-01).
// * Whether it had started is known when the file gives its date (`date = "2023"`), or a bound
//   that settles it: `date = ">=2025-09"` (started on or after) has not started before
//   2025-09-01; `date = "<2024"` (started before) has started on 2024-01-01 and later.
// * Otherwise — no date at all, or a bound that does not settle it — its start is unknown on
//   DAY. UndatedPolicy decides: `include` (the default) keeps such relations, `exclude` leaves
//   them out; every time view says how many there were (count_unknown_on).
// * An entity is kept when a kept relation touches it, or when none of its relations carries
//   any date (ownership of a cloud, say, holds at every date the file can speak of).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "model/graph.hpp"
#include "support/enum_names.hpp"

namespace pactgraph {

enum class InForce : std::uint8_t { yes, no, unknown };

enum class UndatedPolicy : std::uint8_t { include, exclude };
inline constexpr EnumNames<UndatedPolicy, 2> kUndatedPolicyNames{
    "undated policy", {{{UndatedPolicy::include, "include"}, {UndatedPolicy::exclude, "exclude"}}}};

// Whether `r` is in force on `day`, as far as the file says.
InForce in_force_state(const Relation& r, const PartialDate& day);
// The state above with unknown decided by the policy.
bool in_force_on(const Relation& r, const PartialDate& day, UndatedPolicy policy = UndatedPolicy::include);

// How many relations of `g` have an unknown state on `day` (included or left out by the policy).
std::size_t count_unknown_on(const PartnershipGraph& g, const PartialDate& day);

// Narrows `keep_entity` to the entities the rule above keeps, given the relations kept.
void keep_entities_in_force(const PartnershipGraph& g, const std::vector<bool>& kept_relations,
                            std::vector<bool>& keep_entity);

// The graph as of `day`; its info().as_of is `day` (the date the view shows).
PartnershipGraph as_of(const PartnershipGraph& g, const PartialDate& day,
                       UndatedPolicy policy = UndatedPolicy::include);

struct Frame {
    int year = 0;
    PartialDate as_of;  // the last day of the year
    PartnershipGraph graph;
    std::size_t unknown = 0;  // relations of unknown start on that day (see the policy)
};
// One frame per year from the first to the last year any relation starts or ends: the graph as
// of 31 December of that year.
std::vector<Frame> yearly_frames(const PartnershipGraph& g, UndatedPolicy policy = UndatedPolicy::include);

}  // namespace pactgraph
