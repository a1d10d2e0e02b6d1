// libFuzzer target for one graph reader (PACTGRAPH_FUZZ_FORMAT: toml, csv, json, graphml, dot;
// the snapshot reader has its own, fuzz_snapshot.cpp), built by -DPACTGRAPH_FUZZ=ON with clang
// (see scripts/fuzz). A reader may refuse its input with pactgraph's Error (FILE:LINE:COLUMN,
// exit 2 in the CLI); anything else escaping it (another exception, a crash, a sanitizer report,
// a hang, unbounded memory) is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "io/graph_reader.hpp"
#include "support/diagnostics.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto reader = pactgraph::reader_for(PACTGRAPH_FUZZ_FORMAT);
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        reader->read(text, "fuzz-input");
    } catch (const pactgraph::Error&) {
        // A refusal with a message: the expected outcome for bad input.
    }
    return 0;
}
