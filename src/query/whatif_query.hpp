// `whatif`: the changes a user names (entity ids or aliases, relation ids) turned into
// analysis/whatif.hpp's changes, and the picture of the result: the graph before, with the
// removed parts and the voided exclusivities marked and the entities the change affects
// highlighted (RenderOptions marks, as the diff picture does).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis/whatif.hpp"
#include "render/render_options.hpp"

namespace pactgraph {

// Each throws UsageError for an unknown id, with "did you mean" (the caller names the option).
WhatIfChange removal(const PartnershipGraph& g, std::string_view entity);
WhatIfChange voiding(const PartnershipGraph& g, std::string_view entity);
WhatIfChange ending(const PartnershipGraph& g, std::string_view relation_id);

// Entities the change touches without removing them: those that lose reach to the kind, those
// cut off by a split (every part but the largest), and the ends of the conflicts that go or
// come; sorted by EntityId of the graph before.
std::vector<EntityId> affected_entities(const WhatIfResult& r, const PartnershipGraph& before);

// Marks on the graph before: removed entities and relations `removed`, voided exclusivities
// `changed`, affected entities `highlight`.
void mark_whatif(const PartnershipGraph& before, const WhatIfResult& r, RenderOptions& options);

}  // namespace pactgraph
