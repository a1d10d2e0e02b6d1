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
    RelationId id = 0;
    RelationTypeId type = 0;
    Status status = kDefaultStatus;
    bool exclusive = false;
    double amount_usd = std::numeric_limits<double>::quiet_NaN();  // NaN: not disclosed
    PartialDate date;
    PartialDate end_date;

    bool has_amount() const { return !std::isnan(amount_usd); }
};

struct RelationDetails {
    std::string label;
    std::string scope;  // what an exclusivity covers
    std::string note;
    std::vector<Source> sources;
    std::uint32_t line = 0;  // where it was declared
    std::uint32_t column = 0;
    std::string id;  // the file's own `id`; "" = derived (model/relation_ids.hpp)
};

}  // namespace pactgraph
