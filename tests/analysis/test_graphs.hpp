// Graphs for the analysis tests: files of the source tree, read once per process, and entities
// for graphs drawn in code.
#pragma once

#include <map>
#include <string>

#include "io/graph_reader.hpp"
#include "model/graph.hpp"

namespace pactgraph::test {

// The graph in `relative` (to the source tree), read on first use.
inline const PartnershipGraph& graph_file(const std::string& relative) {
    static std::map<std::string, PartnershipGraph> cache;
    auto it = cache.find(relative);
    if (it == cache.end())
        it = cache.emplace(relative, load_graph(std::string(PACTGRAPH_SOURCE_DIR) + "/" + relative).graph).first;
    return it->second;
}

// An entity of the default kind whose name is its id.
inline Entity plain_entity(std::string id) {
    Entity e;
    e.id = std::move(id);
    e.name = e.id;
    return e;
}

}  // namespace pactgraph::test
