#include "format/communities_format.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "format/numbers.hpp"
#include "format/table.hpp"
#include "support/money.hpp"
#include "support/text.hpp"

namespace pactgraph {

namespace {

using json = nlohmann::ordered_json;

std::string community_name(std::uint32_t c) { return "community " + std::to_string(c + 1); }

std::string json_document(const PartnershipGraph& g, const CommunityResult& r) {
    json doc;
    doc["modularity"] = r.modularity;
    json communities = json::array();
    for (const auto& members : r.communities) {
        json ids = json::array();
        for (EntityId v : members) ids.push_back(g.entity(v).id);
        communities.push_back(std::move(ids));
    }
    doc["communities"] = std::move(communities);
    json links = json::array();
    for (const CommunityLink& l : r.links)
        links.push_back({{"a", l.a}, {"b", l.b}, {"relations", l.relations}, {"amount_usd", l.amount_usd}});
    doc["links"] = std::move(links);
    return doc.dump(2) + "\n";
}

std::string rows_document(const PartnershipGraph& g, const CommunityResult& r, TextFormat format) {
    Table t({"id", "name", "community"});
    for (EntityId v = 0; v < g.entity_count(); ++v)
        t.add_row({g.entity(v).id, g.entity(v).name, std::to_string(r.of[v])});
    return format == TextFormat::csv ? t.to_csv() : t.to_tsv();
}

std::string people_document(const PartnershipGraph& g, const CommunityResult& r, const std::string& settings) {
    std::ostringstream o;
    o << count_noun(r.communities.size(), "community", "communities") << ", modularity "
      << fixed(r.modularity) << " (" << settings << ")\n";
    std::size_t width = 0;
    for (EntityId v = 0; v < g.entity_count(); ++v) width = std::max(width, display_width(g.entity(v).id));
    for (std::uint32_t c = 0; c < r.communities.size(); ++c) {
        o << "\n" << community_name(c) << " (" << count_noun(r.communities[c].size(), "entity", "entities") << "):\n";
        for (EntityId v : r.communities[c])
            o << "  " << g.entity(v).id << std::string(width - display_width(g.entity(v).id) + 2, ' ')
              << g.entity(v).name << "\n";
    }
    o << "\nbetween communities:\n";
    if (r.links.empty()) o << "  none\n";
    for (const CommunityLink& l : r.links) {
        o << "  " << community_name(l.a) << " - " << community_name(l.b) << ": "
          << count_noun(l.relations, "relation");
        if (l.amount_usd > 0) o << ", " << format_money_short(l.amount_usd) << " disclosed";
        o << "\n";
    }
    return o.str();
}

}  // namespace

std::string communities_text(const PartnershipGraph& g, const CommunityResult& r, TextFormat format,
                             const std::string& settings) {
    if (format == TextFormat::json) return json_document(g, r);
    if (for_programs(format)) return rows_document(g, r, format);
    return people_document(g, r, settings);
}

}  // namespace pactgraph
