// `metrics`: turns the command's settings into centrality options, computes the measures and
// writes them as a ranked table (text, Markdown, CSV) or a JSON array. Validation of metric
// names and option combinations lives here so the CLI stays thin.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/centrality.hpp"

namespace pactgraph {

struct MetricsRequest {
    std::vector<std::string> metrics;  // empty: all that apply
    std::string sort;                  // empty: pagerank if computed, else the first
    std::size_t top = 0;               // 0: every entity
    std::string format = "table";      // table, csv, json, markdown
    std::string weight;                // "" or "amount"
    bool undirected = false;
    std::string compat = "networkx";   // networkx or igraph: presets for the two below
    std::string direction;             // "", in, out
    std::optional<bool> normalized;
    std::optional<double> alpha;       // PageRank damping
    std::optional<double> katz_alpha;
    std::optional<double> tol;
    std::optional<int> max_iter;
    bool explain = false;
    bool timings = false;
};

struct MetricsOutput {
    std::string out;  // the table or JSON
    std::string err;  // the settings line for JSON, --timings
};

// Throws UsageError on unknown names and meaningless combinations, NotConvergedError when an
// iterative measure does not converge.
MetricsOutput run_metrics(const PartnershipGraph& g, const MetricsRequest& request);

// The measures a request names, in canonical order when it names none.
std::vector<Metric> requested_metrics(const MetricsRequest& request);
CentralityOptions centrality_options(const MetricsRequest& request);

// One measure's scores for another command (render --size-by): NetworkX defaults. `option`
// names the option in the error for an unknown metric.
std::vector<double> metric_scores(const PartnershipGraph& g, const std::string& metric,
                                  const char* option);

}  // namespace pactgraph
