// The filters every command shares (--as-of, --where, --types, --kinds), as one value that
// selects part of a graph. Semantics (documented in docs/queries.md):
//
//   kinds    keeps the entities of those kinds and the relations between them (vertex-induced).
//   types    keeps the relations of those types and the entities at their ends (edge-induced:
//            an entity with no relation of those types is dropped).
//   where    keeps the relations that satisfy the expression and the entities at their ends
//            (edge-induced, like types).
//   as_of    keeps the relations in force on that day and their entities (analysis/time_slice.hpp:
//            `undated` decides about relations whose start is unknown on that day); the result's
//            info().as_of is that day.
//
// All given filters apply together (a relation must pass each one). Kinds and types are
// resolved against the graph's vocabulary first (resolve_kinds/resolve_types), so a typo is
// reported with "did you mean" before anything is filtered.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/time_slice.hpp"
#include "model/graph.hpp"

namespace pactgraph {

struct WhereText {
    std::string text;
    std::string source_name;  // what errors call it ("--where")
};

struct GraphFilter {
    std::optional<PartialDate> as_of;
    UndatedPolicy undated = UndatedPolicy::include;  // with as_of: relations of unknown start
    std::optional<WhereText> where;
    std::vector<RelationTypeId> types;
    std::vector<KindId> kinds;

    bool empty() const { return !as_of && !where && types.empty() && kinds.empty(); }
};

// The ids of these words in the vocabulary; throws UsageError "unknown relation type 'x'; did
// you mean 'y'? (known: …)" (the caller names the option).
std::vector<KindId> resolve_kinds(const Vocabulary& vocabulary, const std::vector<std::string>& words);
std::vector<RelationTypeId> resolve_types(const Vocabulary& vocabulary,
                                          const std::vector<std::string>& words);

// The part of `g` the filter keeps. Throws InputError for a bad where expression.
PartnershipGraph apply_filter(const PartnershipGraph& g, const GraphFilter& filter);

// With filter.as_of: how many relations that pass the other filters have an unknown start on that
// day (included or left out by filter.undated); 0 without as_of.
std::size_t unknown_start_count(const PartnershipGraph& g, const GraphFilter& filter);

}  // namespace pactgraph
