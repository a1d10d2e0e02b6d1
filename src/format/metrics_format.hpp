// `metrics` answers as text: a ranked table (aligned text, Markdown, CSV in full precision) or a
// JSON array, the settings line that says what was computed, and the --explain sentences.
#pragma once

#include <string>

#include "format/text_format.hpp"
#include "query/metrics_query.hpp"

namespace pactgraph {

// What a program reads (`document`) and what a person is told beside it (the notes, for
// standard error): for JSON and CSV the settings line and the explanations are notes; for
// people they head and follow the table.
struct MetricsText {
    std::string document;
    std::string settings_note;
    std::string explain_note;
};

// `explain`: how many of the top entities get a sentence saying why they rank there (0: none).
MetricsText metrics_text(const PartnershipGraph& g, const MetricsAnswer& a, TextFormat format,
                         std::size_t explain = 0);

// "9 entities, 12 distinct directed pairs, unweighted; closeness/harmonic on incoming distances;
// normalized degree/betweenness/closeness; networkx conventions; ranked by pagerank"
std::string metrics_settings(const MetricsAnswer& a);

// "time load S", "time view S", then "time pagerank 0.000012 iterations N" per measure.
std::string metrics_timings(const MetricsAnswer& a, double load_seconds);

}  // namespace pactgraph
