// Options of the readers of other tools' formats (CSV, JSON, GraphML, DOT).
#pragma once

#include <cstddef>
#include <functional>

namespace pactgraph {

// Told now and then while a large file is read: bytes read so far of the total. Called on the
// reader's thread; readers call it at most every few thousand records.
using ReadProgress = std::function<void(std::size_t done, std::size_t total)>;

struct ImportOptions {
    // Unknown entity kinds and relation types are errors instead of words declared on the fly
    // (with one warning each).
    bool strict = false;
    ReadProgress progress = {};  // may be empty
};

}  // namespace pactgraph
