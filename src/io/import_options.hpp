// Options of the readers of other tools' formats (CSV, JSON, GraphML, DOT), and of how any
// reader goes about a large file.
#pragma once

#include <cstddef>
#include <functional>

namespace pactgraph {

// Told now and then while a file is read: bytes done of the total. Readers call it from the
// thread that called them.
using ReadProgress = std::function<void(std::size_t done, std::size_t total)>;

struct ImportOptions {
    // Unknown entity kinds and relation types are errors instead of words declared on the fly
    // (with one warning each).
    bool strict = false;
    // Threads that parse a large file (0: one per core). The graph, its warnings and errors do
    // not depend on it.
    unsigned threads = 0;
    // Bytes of text per block parsed in parallel (0: the reader's own choice); tests make it small
    // to put block boundaries everywhere.
    std::size_t block_size = 0;
    ReadProgress progress;
};

}  // namespace pactgraph
