// Formatting the answers of `neighbors`, `paths` and `match` for people (an aligned table, path
// chains), for programs (JSON, one stable schema per command, see docs/queries.md) and for
// cut/awk (TSV with a header row). Also the entity lookup with "did you mean" they share.
#pragma once

#include <string>

#include "analysis/match.hpp"
#include "analysis/paths.hpp"
#include "query/pattern.hpp"

namespace pactgraph {

enum class QueryFormat { table, json, tsv };

// "table" (or "text"), "json", "tsv"; throws UsageError otherwise.
QueryFormat parse_query_format(const std::string& name);

// The entity an id or alias names; throws UsageError "no entity 'amazn'; did you mean 'amazon'?".
EntityId find_entity(const PartnershipGraph& g, const std::string& id_or_alias);

std::string direction_name(Direction d);  // "out", "in", "both"

// One hop as a chain link seen from `from`: "-[agreement $50B 2026]->" or "<-[invests_in $10B 2023]-".
std::string hop_link(const PartnershipGraph& g, const Hop& hop);
// "amazon -[agreement $50B 2026]-> openai <-[invests_in $10B 2023]- microsoft"
std::string path_chain(const PartnershipGraph& g, const Path& p);

std::string neighbors_report(const PartnershipGraph& g, const Neighborhood& n, Direction d, int depth,
                             QueryFormat format);

struct PathsQuery {
    EntityId from = kNoEntity;
    EntityId to = kNoEntity;
    bool all = false;
    PathOptions options;
};
std::string paths_report(const PartnershipGraph& g, const PathsQuery& q, const PathsResult& r, QueryFormat format);
// What standard error should say: "no paths from … (hint)", "12 more paths not shown …", or "".
std::string paths_notice(const PartnershipGraph& g, const PathsQuery& q, const PathsResult& r);

std::string match_report(const PartnershipGraph& g, const Pattern& p, const MatchResult& r, QueryFormat format);

}  // namespace pactgraph
