// Exclusivity conflicts: two parties that both claim a thing, directly or through relations that
// say one thing "is part of / is built on / repackages / is offered through" another (relation
// types with `links_targets`). Pure: takes the graph, returns findings; callers print them.
//
// An exclusive relation H -[t, exclusive]-> T covers T and everything that reaches T through
// linking relations: X -[repackages]-> T puts X under H's exclusivity too. A conflict is a second
// relation P -> U by a different party (not H, nor an owner or subsidiary of H through `owns`) whose
// target U is covered, where that second relation is exclusive too, or is a plain hosting or
// offering (ConflictOptions::competing_types) by a party of H's kind (a cloud against a cloud; the
// maker offering its own product is not a competitor). Relations that have `ended`, or whose dates
// do not overlap, do not conflict.
#pragma once

#include <string>
#include <vector>

#include "model/graph.hpp"
#include "support/enum_names.hpp"

namespace pactgraph {

enum class ConflictSeverity {
    direct,        // both relations name the same target
    linked,        // the targets are joined by linking relations all of which are established
    claimed_link,  // the joining chain has a link that is only claimed, disputed or rumored
};

inline constexpr EnumNames<ConflictSeverity, 3> kSeverityNames{
    "severity",
    {{{ConflictSeverity::direct, "direct"},
      {ConflictSeverity::linked, "linked"},
      {ConflictSeverity::claimed_link, "claimed_link"}}}};
// The same, as words for people.
inline constexpr EnumNames<ConflictSeverity, 3> kSeverityTexts{
    "severity",
    {{{ConflictSeverity::direct, "direct overlap"},
      {ConflictSeverity::linked, "overlap through a link"},
      {ConflictSeverity::claimed_link, "overlap through a claimed link"}}}};
inline std::string_view severity_name(ConflictSeverity s) { return kSeverityNames.name(s); }
inline std::string_view severity_text(ConflictSeverity s) { return kSeverityTexts.name(s); }

struct Conflict {
    RelationEdge first;   // the exclusivity whose coverage reaches the other's target
    RelationEdge second;  // the competing relation (exclusive, or a plain hosting/offering)
    // Linking relations from the second target to the first one, in their own direction
    // (frontier -[repackages]-> openai-api); empty for a direct overlap.
    std::vector<RelationEdge> chain;
    ConflictSeverity severity = ConflictSeverity::direct;
};

// A cycle among linking relations (a part_of b part_of a), reported once; the search visits
// every entity at most once, so cycles never loop.
struct LinkCycle {
    std::vector<RelationEdge> relations;  // in cycle order, starting at the smallest entity id
};

struct ConflictOptions {
    // Non-exclusive relation types that count as using the target (hosting, offering).
    std::vector<std::string> competing_types = {"hosts", "offers"};
};

struct ConflictReport {
    std::vector<Conflict> conflicts;  // direct first, then by relation file order
    std::vector<LinkCycle> cycles;
    std::size_t exclusives_checked = 0;  // exclusive relations in force
};

// A link is "claimed" when its status is rumored, disputed or considered, or when no source backs
// it better than one party's claim (confidence claimed or rumored).
bool is_claimed_link(const PartnershipGraph& g, RelationEdge e);

ConflictReport find_conflicts(const PartnershipGraph& g, const ConflictOptions& options = {});

}  // namespace pactgraph
