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
    double amount_usd = 0;       // sum of disclosed amounts (relations only)
    std::size_t with_amount = 0;  // how many relations disclosed one
};

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
    double total_amount_usd = 0;
    std::size_t with_amount = 0;
};

GraphStats compute_stats(const PartnershipGraph& g);

}  // namespace pactgraph
