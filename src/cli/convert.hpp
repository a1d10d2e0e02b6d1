// `pactgraph convert IN -o OUT`: reads a graph in any readable format (the shared GraphInput, so
// --nodes/--edges, --strict and the filters apply) and writes it in another: TOML, CSV (nodes +
// edges), NetworkX node-link JSON, GraphML, GEXF, Neo4j admin-import CSV, GraphFrames CSV or
// pactgraph's styled DOT, or a binary snapshot (.pgsnap, io/snapshot_writer). Formats that are two
// files are named from -o (see docs/formats.md).
#pragma once

#include <string>
#include <vector>

#include "cli/context.hpp"
#include "model/graph.hpp"
#include "support/diagnostics.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

enum class ConvertFormat { toml, csv, json, graphml, gexf, neo4j, graphframes, dot, pgsnap };

// One file of a conversion: where it goes and what it holds.
struct ConvertedFile {
    std::string path;  // "-": standard output
    std::string text;
};

// The format -o's extension implies; none when it names none (or for a directory).
std::optional<ConvertFormat> convert_format_for(const std::string& output);

// The files `g` becomes in `format`, named from `output` ("" or "-": standard output, refused
// for the two-file formats). Two-file formats: OUT/ (or an existing directory) holds
// nodes.csv + edges.csv (neo4j: nodes.csv + relationships.csv; graphframes: vertices.csv +
// edges.csv); any other OUT gives OUT.nodes.csv + OUT.edges.csv (a trailing .csv dropped first).
// `warnings` (what reading the graph gave) are kept by a snapshot, which tells them again.
std::vector<ConvertedFile> converted_files(const PartnershipGraph& g, ConvertFormat format,
                                           const std::string& output,
                                           const std::vector<Diagnostic>& warnings = {});

void setup_convert(CLI::App& app, Context& ctx);

}  // namespace pactgraph::cli
