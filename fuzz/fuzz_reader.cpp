// libFuzzer target for one graph reader (PACTGRAPH_FUZZ_FORMAT: toml, csv, json, graphml, dot;
// the snapshot reader has its own, fuzz_snapshot.cpp), built by -DPACTGRAPH_FUZZ=ON with clang
// (see scripts/fuzz). A reader may refuse its input with pactgraph's Error (FILE:LINE:COLUMN,
// exit 2 in the CLI); anything else escaping it (another exception, a crash, a sanitizer report,
// a hang, unbounded memory) is a finding.
//
// The CSV target also reads each input in two parts on two threads, as large edges files are
// read: where that reading gives a graph, it must be the one a reading on one thread gives (the
// same TOML, positions and warnings); a difference is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "io/csv_reader.hpp"
#include "io/graph_reader.hpp"
#include "io/toml_writer.hpp"
#include "support/diagnostics.hpp"

namespace {

std::string everything(const pactgraph::LoadResult& r) {
    std::string out = pactgraph::to_toml(r.graph);
    for (pactgraph::RelationId i = 0; i < r.graph.relation_count(); ++i)
        out += std::to_string(r.graph.position(i).line) + "\n";
    for (const auto& w : r.warnings) out += pactgraph::format_diagnostic(w) + "\n";
    return out;
}

void compare_two_parts(std::string_view text) {
    std::optional<pactgraph::LoadResult> parts;
    try {
        parts = pactgraph::read_csv_edges_on_two_threads(text, "fuzz-input");
    } catch (const pactgraph::Error&) {
        return;  // (the graph has no entities: one thread says the same)
    }
    if (!parts) return;  // left to one thread
    pactgraph::ImportOptions one;
    one.split_from = std::numeric_limits<std::size_t>::max();
    const pactgraph::LoadResult single = pactgraph::CsvReader(one).read(text, "fuzz-input");
    if (everything(*parts) != everything(single)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto reader = pactgraph::reader_for(PACTGRAPH_FUZZ_FORMAT);
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        reader->read(text, "fuzz-input");
    } catch (const pactgraph::Error&) {
        // A refusal with a message: the expected outcome for bad input.
    }
    if (std::string_view(PACTGRAPH_FUZZ_FORMAT) == "csv") compare_two_parts(text);
    return 0;
}
