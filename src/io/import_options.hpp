// Options of the readers of other tools' formats (CSV, JSON, GraphML, DOT).
#pragma once

#include <cstddef>
#include <functional>

namespace pactgraph {

// Told now and then while a large file is read: bytes read so far of the total. Called on the
// reader's thread; readers call it at most every few thousand records.
using ReadProgress = std::function<void(std::size_t done, std::size_t total)>;
// Told when a reader will not read the text before `offset` again (a mapped file's pages before
// it may be given back); called on the reader's thread.
using ReadRelease = std::function<void(std::size_t offset)>;
// One ReadProgress that tells both (a reader that reads its text in order).
ReadProgress progress_and_release(ReadProgress progress, ReadRelease release);

struct ImportOptions {
    // Unknown entity kinds and relation types are errors instead of words declared on the fly
    // (with one warning each).
    bool strict = false;
    ReadProgress progress = {};  // may be empty
    ReadRelease release = {};    // may be empty
    // A CSV file of edges this large or larger is read in two parts on two threads (when the
    // machine has two cores); the graph is the same. Tests lower it.
    std::size_t split_from = std::size_t{16} << 20;
};

}  // namespace pactgraph
