// Formatting the answers of `neighbors`, `paths` and `match` for people (an aligned table, path
// chains), for programs (JSON, one stable schema per command, see docs/queries.md) and for
// cut/awk (TSV with a header row). Also the entity lookup with "did you mean" they share.
#pragma once

#include <string>

#include "analysis/match.hpp"
#include "analysis/paths.hpp"
#include "format/text_format.hpp"
#include "query/pattern.hpp"

namespace pactgraph {




// One hop as a chain link seen from `from`: "-[agreement $50B 2026]->" or "<-[invests_in $10B 2023]-".
std::string hop_link(const PartnershipGraph& g, const Hop& hop);
// "amazon -[agreement $50B 2026]-> openai <-[invests_in $10B 2023]- microsoft"
std::string path_chain(const PartnershipGraph& g, const Path& p);

std::string neighbors_report(const PartnershipGraph& g, const Neighborhood& n, PathDirection d, int depth,
                             TextFormat format);

struct PathsQuery {
    EntityId from = kNoEntity;
    EntityId to = kNoEntity;
    bool all = false;
    PathOptions options;
};
std::string paths_report(const PartnershipGraph& g, const PathsQuery& q, const PathsResult& r, TextFormat format);

std::string match_report(const PartnershipGraph& g, const Pattern& p, const MatchResult& r, TextFormat format);

}  // namespace pactgraph
