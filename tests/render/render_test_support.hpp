// Shared helpers for the render tests: loading fixtures and counting substrings.
#pragma once

#include <string>

#include "io/graph_reader.hpp"

namespace pactgraph::test {

inline PartnershipGraph load_fixture(const std::string& relative) {
    return load_graph(std::string(PACTGRAPH_SOURCE_DIR) + "/" + relative).graph;
}

inline Entity make_entity(const std::string& id) {
    Entity e;
    e.id = id;
    e.name = id;
    return e;
}

inline std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) ++n;
    return n;
}

}  // namespace pactgraph::test
