// The `match` pattern language: Cypher-like ASCII art over the graph's kinds and types.
//
//   (a:investor)-[:invests_in]->(b)-[:offers]->(p:product)
//   (c1:cloud)-[r1 {exclusive}]->(x)<-[r2 {exclusive}]-(c2:cloud)
//   (a:company|investor {name ~ "soft"})-->(b), (a)-[:agreement]->(c)
//
//   pattern := chain ("," chain)*
//   chain   := node (edge node)*
//   node    := "(" [NAME] [":" KIND ("|" KIND)*] ["{" EXPR "}"] ")"
//   edge    := "-[" [NAME] [":" TYPE ("|" TYPE)*] ["{" EXPR "}"] "]->"  |  "<-[" … "]-"  |  "-->"  |  "<--"
//
// A name used twice is the same node. EXPR is a --where expression (query/where.hpp): on an edge
// over the relation (and from./to.), on a node over the entity's own fields (id, name, kind, …).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/match.hpp"
#include "query/where.hpp"

namespace pactgraph {

struct PatternNode {
    std::string name;  // "" when anonymous
    std::vector<KindId> kinds;  // any of; empty: every kind
    std::optional<WhereExpr> where;
};

struct PatternEdge {
    std::string name;
    std::size_t from = 0;
    std::size_t to = 0;
    std::vector<RelationTypeId> types;  // any of; empty: every type
    std::optional<WhereExpr> where;
};

struct Pattern {
    std::string text;
    std::vector<PatternNode> nodes;
    std::vector<PatternEdge> edges;
};

// Parses PATTERN against the graph's vocabulary. Throws InputError ("PATTERN:1:COL: error: …"
// with the pattern and a caret) naming what was expected.
Pattern parse_pattern(std::string_view text, const Vocabulary& vocabulary);

// The analysis-level pattern: the predicates of `p` over `g`. `p` must outlive the result.
MatchPattern to_match_pattern(const Pattern& p, const PartnershipGraph& g);

// The matches that print distinct rows: one per choice of entities and of the relations of the
// named edges (an unnamed edge is not printed, so parallel relations behind it give one row),
// the first of each kept, order unchanged. `match --all-matches` skips this.
MatchResult distinct_rows(const PartnershipGraph& g, const Pattern& p, MatchResult r);

}  // namespace pactgraph
