// One document about a graph: title, diagram, metrics table, conflicts with their explanations,
// timeline and the list of sources. Markdown (the diagram is an SVG file beside it, linked by a
// relative name, so GitHub shows it) or one self-contained HTML file (the SVG inlined, styles
// inline, no scripts and no external requests; every text from the graph escaped).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/conflicts.hpp"
#include "model/graph.hpp"
#include "format/table.hpp"

namespace pactgraph {

struct ReportParts {
    std::string source_name;        // the graph file, for the header line
    std::string diagram_svg;        // the picture (inlined in HTML); empty: no diagram section
    std::string diagram_file;       // Markdown: the SVG's name relative to the report
    std::optional<Table> metrics;   // centrality per entity, when computed
    std::string metrics_caption;    // what the metrics are
    ConflictReport conflicts;
    std::vector<RelationEdge> timeline;
};

// The report's metrics table: degree, PageRank and betweenness (NetworkX defaults, see
// docs/metrics.md) per entity, highest PageRank first, ties by id.
Table report_metrics_table(const PartnershipGraph& g);
inline constexpr const char* kReportMetricsCaption =
    "Centrality as NetworkX computes it with its defaults on the directed graph of distinct "
    "(from, to) pairs (docs/metrics.md): degree centrality, PageRank (alpha 0.85) and "
    "normalized betweenness, highest PageRank first.";

std::string report_markdown(const PartnershipGraph& g, const ReportParts& parts);
std::string report_html(const PartnershipGraph& g, const ReportParts& parts);

// The distinct sources the relations cite, in first-cited order, with the relations citing each.
struct CitedSource {
    Source source;
    std::vector<RelationEdge> cited_by;
};
std::vector<CitedSource> cited_sources(const PartnershipGraph& g);

}  // namespace pactgraph
