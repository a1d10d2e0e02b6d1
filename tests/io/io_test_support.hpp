// Small helpers of the reader tests: the text of a fixture, the message a bad input gives.
#pragma once

#include <fstream>
#include <functional>
#include <sstream>
#include <string>

#include "support/diagnostics.hpp"

namespace pactgraph::testing {

inline std::string file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline std::string fixture_text(const std::string& relative) {
    return file_text(std::string(PACTGRAPH_SOURCE_DIR) + "/" + relative);
}

// The InputError text `read` throws, or "(no error)".
inline std::string error_text(const std::function<void()>& read) {
    try {
        read();
    } catch (const InputError& e) {
        return e.what();
    }
    return "(no error)";
}

// Only the first line of an error (FILE:LINE:COL: error: …), without the quoted line and caret.
inline std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace pactgraph::testing
