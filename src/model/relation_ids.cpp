#include "model/relation_ids.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

namespace pactgraph {

std::vector<std::string> relation_ids(const PartnershipGraph& g) {
    std::unordered_set<std::string> own;  // the file's ids, which derived ones step around
    for (RelationEdge e : g.relations())
        if (!g.stored_details(e).id.empty()) own.insert(g.stored_details(e).id);
    std::vector<std::string> ids;
    ids.reserve(g.relation_count());
    std::unordered_map<std::string, std::size_t> seen;
    for (RelationEdge e : g.relations()) {
        if (!g.stored_details(e).id.empty()) {
            ids.push_back(g.stored_details(e).id);
            continue;
        }
        std::string base = g.entity(g.source(e)).id;
        base.append("-").append(g.type_name(e)).append("-").append(g.entity(g.target(e)).id);
        std::string id;
        do {
            const std::size_t n = ++seen[base];
            id = n > 1 ? base + "#" + std::to_string(n) : base;
        } while (own.count(id));
        ids.push_back(std::move(id));
    }
    return ids;
}

std::optional<RelationEdge> find_relation(const PartnershipGraph& g, std::string_view id) {
    const std::vector<std::string> ids = relation_ids(g);
    auto same = [&](const std::string& s) {
        return std::equal(s.begin(), s.end(), id.begin(), id.end(), [](char a, char b) {
            return std::tolower(static_cast<unsigned char>(a)) ==
                   std::tolower(static_cast<unsigned char>(b));
        });
    };
    const auto it = std::find_if(ids.begin(), ids.end(), same);
    if (it == ids.end()) return std::nullopt;
    return g.relations()[static_cast<std::size_t>(it - ids.begin())];
}

}  // namespace pactgraph
