// --where EXPR: a small expression language that selects relations by their own fields and by
// the fields of their two entities (`from.kind == cloud`). The grammar, the fields and the
// semantics of missing values are documented in docs/queries.md.
//
//   expr    := or
//   or      := and (("||" | "or") and)*
//   and     := unary (("&&" | "and") unary)*
//   unary   := ("!" | "not") unary | "(" expr ")" | test
//   test    := FIELD [op value | "in" "[" value ("," value)* "]"]
//   op      := == != < <= > >= ~
//   value   := NUMBER (1e9, 10_000, $5B) | DATE (2023, 2023-06, 2023-06-01) | "string" | WORD
//
// Parsing checks every name against the graph's vocabulary, so mistakes are caught before any
// relation is looked at; errors point at the column of the bad token with a caret.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/graph.hpp"

namespace pactgraph {

class WhereExpr {
public:
    struct Node;

    // Compiles `text` against `vocabulary`. Throws InputError ("--where:1:COL: error: …" with the
    // expression and a caret under the bad token).
    // `source_name` is what errors call the text ("--where:1:17: error: …").
    static WhereExpr parse(std::string_view text, const Vocabulary& vocabulary,
                           const std::string& source_name = "EXPR");

    // The same expression embedded in a longer line (a `match` pattern's `{…}`): errors name
    // `source` and count columns in `line`, where the expression starts after `offset` columns.
    // With `entity`, fields are those of one entity (id, name, kind, …) without from./to.
    static WhereExpr parse_in(std::string_view text, const Vocabulary& vocabulary, const std::string& source,
                              std::string_view line, std::uint32_t offset, bool entity);

    // True when relation `e` of `g` (a graph with the same vocabulary) satisfies the expression.
    bool matches(const PartnershipGraph& g, RelationEdge e) const;
    // For an expression parsed with `entity`: true when entity `v` satisfies it.
    bool matches_entity(const PartnershipGraph& g, EntityId v) const;

    const std::string& text() const { return text_; }

private:
    std::string text_;
    bool entity_ = false;
    std::shared_ptr<const Node> root_;
};

// The field names the language knows, in documentation order (for messages and docs).
std::vector<std::string> where_field_names();

}  // namespace pactgraph
