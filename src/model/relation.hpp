// A relation (a deal, an investment, a hosting arrangement) between two entities.
//
// The edge itself carries only small, fixed-size fields (`Relation`, 24 bytes) so that graphs of
// millions of relations stay compact; free text and sources live in a side table of
// `RelationDetails`, indexed by `RelationId` (the relation's position in file order).
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "model/date.hpp"
#include "model/vocabulary.hpp"

namespace pactgraph {

using RelationId = std::uint32_t;

struct Source {
    std::string url;       // http(s) URL; may be empty when only a citation is known
    std::string citation;  // free text ("Financial Times, 2026")
    std::string publisher;
    PartialDate date;
    Confidence confidence = Confidence::unspecified;
};

struct Relation {
    // (Set here, not at their declarations: GCC 12 refuses `{}` for a Relation whose bit-fields
    // have default member initializers.)
    Relation() : exclusive(false), date_bound(DateBound::exact) {}

    RelationId id = 0;
    RelationTypeId type = 0;
    Status status = kDefaultStatus;
    // Two bit-fields in one byte, so that a relation is 24 bytes, not 32 (a stored edge of
    // 10M relations: 400 MB instead of 480).
    bool exclusive : 1;
    DateBound date_bound : 2;  // `date` is the start, or only a bound on it
    double amount_usd = std::numeric_limits<double>::quiet_NaN();  // NaN: not disclosed
    PartialDate date;
    PartialDate end_date;

    bool has_amount() const { return !std::isnan(amount_usd); }
    // The start is on or after `date` (exactly dated, or bounded ">="): what ends before `date`
    // cannot overlap it.
    bool starts_at_or_after_date() const { return !date.empty() && date_bound != DateBound::before; }
};
static_assert(sizeof(Relation) == 24, "a relation's fixed fields fill 24 bytes; more costs 8 bytes a relation");

// Where a relation was declared in its file (1-based; 0 when it was not read from one). Kept
// for every relation, apart from its details, so a relation without details costs 8 bytes here.
struct RelationPosition {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
};

struct RelationDetails {
    std::string label;
    std::string scope;  // what an exclusivity covers
    std::string note;
    std::vector<Source> sources;
    std::string id;  // the file's own `id`; "" = derived (model/relation_ids.hpp)
    // Further free attributes (extra CSV columns, GraphML/JSON/DOT keys the model has no field
    // for), in file order; usually empty. Last, so brace-initialised details stay valid.
    std::vector<std::pair<std::string, std::string>> attributes;

    // Nothing to store: an imported edge list's usual relation.
    bool empty() const {
        return label.empty() && scope.empty() && note.empty() && sources.empty() && id.empty() &&
               attributes.empty();
    }
};

}  // namespace pactgraph
