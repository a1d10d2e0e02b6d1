// What changed between two graphs (two files, or one file at two dates): entities and relations
// added, removed and changed (naming the fields), and words of the vocabulary that differ.
// Pure: takes two graphs, returns the differences.
//
// Entities match by id. Relations match by (from id, to id, type name); among parallel relations
// with the same key (two investments by one investor), those with the same date pair first, then
// the rest in file order. Types and kinds compare by name, so files with different vocabularies
// diff fine: the differing words are listed as vocabulary changes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/graph.hpp"
#include "support/enum_names.hpp"

namespace pactgraph {

enum class Change { added, removed, changed };
inline constexpr EnumNames<Change, 3> kChangeNames{
    "change", {{{Change::added, "added"}, {Change::removed, "removed"}, {Change::changed, "changed"}}}};
inline std::string_view change_name(Change c) { return kChangeNames.name(c); }

struct EntityChange {
    Change change = Change::added;
    std::string id;
    std::optional<EntityId> before, after;  // in the old / new graph
    std::vector<std::string> fields;        // for `changed`: name, kind, roles, …
};

struct RelationChange {
    Change change = Change::added;
    std::optional<RelationEdge> before, after;
    std::vector<std::string> fields;  // for `changed`: status, amount_usd, date, …
};

struct VocabularyChange {
    Change change = Change::added;
    std::string what;  // "kind" or "type"
    std::string name;
    std::vector<std::string> fields;  // for a type whose flags differ: links_targets, symmetric
};

struct GraphDiff {
    std::vector<VocabularyChange> vocabulary;
    std::vector<EntityChange> entities;     // removed and changed in old order, then added
    std::vector<RelationChange> relations;  // same order
    std::size_t unchanged_entities = 0;
    std::size_t unchanged_relations = 0;

    bool empty() const { return vocabulary.empty() && entities.empty() && relations.empty(); }
};

GraphDiff diff_graphs(const PartnershipGraph& before, const PartnershipGraph& after);

}  // namespace pactgraph
