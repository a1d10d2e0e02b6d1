// Summary counts of a graph: by kind, by relation type and status, the date range and the
// disclosed amounts. Pure: takes the graph, returns values.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/graph.hpp"

namespace pactgraph {

struct CountRow {
    std::string name;
    std::size_t count = 0;
    double amount_usd = 0;       // sum of disclosed amounts (statuses only: one certainty each)
    std::size_t with_amount = 0;  // how many relations disclosed one
};

// Statuses grouped by how certain a deal is; amounts are summed within a group, never across
// (docs/insights.md, "stats"): firm (signed, closed), reported (reported, announced,
// non_binding), speculative (rumored, considered), disputed, ended.
struct CertaintyGroup {
    std::string name;                  // "firm", "reported", …
    std::string words;                 // "closed or signed", for people
    std::vector<Status> statuses;      // in this order in the output
    std::size_t relations = 0;
    double amount_usd = 0;             // sum of the disclosed amounts of this group only
    std::size_t with_amount = 0;
};
// The five groups above, in that order, with empty counts.
std::vector<CertaintyGroup> certainty_groups();

struct GraphStats {
    std::size_t entities = 0;
    std::size_t relations = 0;
    std::size_t exclusive = 0;
    std::size_t sourced = 0;  // relations citing at least one source
    std::vector<CountRow> by_kind;    // vocabulary order, only those present
    std::vector<CountRow> by_type;    // vocabulary order, only those present
    std::vector<CountRow> by_status;  // lifecycle order, only those present
    PartialDate first_date;           // earliest exact start date (empty when none has one)
    PartialDate last_date;            // latest exact start date or end date
    std::size_t dated = 0;            // relations with an exact start date
    std::size_t bounded = 0;          // relations whose start is only bounded (">=2025-09", "<2024")
    std::vector<CertaintyGroup> amounts_by_certainty;  // always the five groups
    std::size_t with_amount = 0;
};

GraphStats compute_stats(const PartnershipGraph& g);

}  // namespace pactgraph
