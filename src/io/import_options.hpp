// Options of the readers of other tools' formats (CSV, JSON, GraphML, DOT).
#pragma once

namespace pactgraph {

struct ImportOptions {
    // Unknown entity kinds and relation types are errors instead of words declared on the fly
    // (with one warning each).
    bool strict = false;
};

}  // namespace pactgraph
