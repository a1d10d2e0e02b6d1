#include "format/structure_format.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "format/numbers.hpp"
#include "format/table.hpp"
#include "model/describe.hpp"
#include "model/relation_ids.hpp"
#include "support/suggest.hpp"
#include "support/text.hpp"

namespace pactgraph {

namespace {

using json = nlohmann::ordered_json;

json ids_json(const PartnershipGraph& g, const std::vector<EntityId>& entities) {
    json arr = json::array();
    for (EntityId v : entities) arr.push_back(g.entity(v).id);
    return arr;
}

json optional_json(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

const ArticulationPoint* point_of(const StructureAnswer& a, EntityId v) {
    for (const ArticulationPoint& p : a.weak_points.articulation_points)
        if (p.entity == v) return &p;
    return nullptr;
}

std::size_t largest(const Components& c) {
    return c.sizes.empty() ? 0 : *std::max_element(c.sizes.begin(), c.sizes.end());
}

json summary_json(const PartnershipGraph& g, const StructureAnswer& a) {
    const StructureResult& s = a.measures;
    json o;
    o["entities"] = g.entity_count();
    o["relations"] = g.relation_count();
    o["pairs"] = a.pairs;
    o["weighted"] = a.weighted;
    o["weak_components"] = s.weak.count;
    o["largest_weak_component"] = largest(s.weak);
    o["strong_components"] = s.strong.count;
    o["largest_strong_component"] = largest(s.strong);
    o["density"] = s.density;
    o["reciprocity"] = optional_json(s.reciprocity);
    o["max_core_number"] = a.max_core;
    json points = json::array();
    for (const ArticulationPoint& p : a.weak_points.articulation_points)
        points.push_back({{"id", g.entity(p.entity).id}, {"parts", p.parts}, {"cut_off", ids_json(g, p.cut_off)}});
    o["articulation_points"] = std::move(points);
    const std::vector<std::string> rel_ids = relation_ids(g);
    json bridges = json::array();
    for (const Bridge& b : a.weak_points.bridges)
        bridges.push_back({{"relation", rel_ids[g.relation(b.relation).id]},
                           {"from", g.entity(g.source(b.relation)).id},
                           {"to", g.entity(g.target(b.relation)).id},
                           {"cut_off", ids_json(g, b.cut_off)}});
    o["bridges"] = std::move(bridges);
    return o;
}

json entity_json(const PartnershipGraph& g, const StructureAnswer& a, EntityId v, std::size_t rank) {
    const StructureResult& s = a.measures;
    const ArticulationPoint* p = point_of(a, v);
    json o;
    o["rank"] = rank;
    o["id"] = g.entity(v).id;
    o["name"] = g.entity(v).name;
    o["component"] = s.weak.of[v];
    o["strong_component"] = s.strong.of[v];
    o["core_number"] = s.core_number[v];
    o["clustering"] = s.clustering[v];
    o["constraint"] = optional_json(s.constraint[v]);
    o["effective_size"] = optional_json(s.effective_size[v]);
    o["reciprocity"] = optional_json(s.entity_reciprocity[v]);
    o["articulation_point"] = p != nullptr;
    o["cuts_off"] = p ? ids_json(g, p->cut_off) : json::array();
    return o;
}

std::string json_document(const PartnershipGraph& g, const StructureAnswer& a) {
    json entities = json::array();
    std::size_t rank = 0;
    for (EntityId v : a.rows) entities.push_back(entity_json(g, a, v, ++rank));
    json doc;
    doc["summary"] = summary_json(g, a);
    doc["entities"] = std::move(entities);
    return doc.dump(2) + "\n";
}

Table entity_table(const PartnershipGraph& g, const StructureAnswer& a, bool programs) {
    using A = Table::Align;
    Table t({"rank", "id", "name", "component", "strong", "core", "clustering", "constraint",
             "effective_size", "reciprocity", "cuts_off"},
            {A::right, A::left, A::left, A::right, A::right, A::right, A::right, A::right, A::right,
             A::right, A::right});
    const StructureResult& s = a.measures;
    auto number = [programs](const std::optional<double>& v) {
        return programs ? round_trip_or_empty(v) : fixed_or_dash(v);
    };
    std::size_t rank = 0;
    for (EntityId v : a.rows) {
        const ArticulationPoint* p = point_of(a, v);
        t.add_row({std::to_string(++rank), g.entity(v).id, g.entity(v).name, std::to_string(s.weak.of[v]),
                   std::to_string(s.strong.of[v]), std::to_string(s.core_number[v]),
                   number(s.clustering[v]), number(s.constraint[v]), number(s.effective_size[v]),
                   number(s.entity_reciprocity[v]),
                   p ? std::to_string(p->cut_off.size()) : (programs ? "0" : "-")});
    }
    return t;
}

std::string weak_point_lines(const PartnershipGraph& g, const StructureAnswer& a, const std::string& bullet) {
    std::string out;
    for (const ArticulationPoint& p : a.weak_points.articulation_points)
        out += bullet + entity_label(g, p.entity) + " is an articulation point: without it, " +
               entity_names(g, p.cut_off) + " " + (p.cut_off.size() == 1 ? "is" : "are") + " cut off\n";
    const std::vector<std::string> rel_ids = relation_ids(g);
    for (const Bridge& b : a.weak_points.bridges)
        out += bullet + "the relation " + rel_ids[g.relation(b.relation).id] + " is a bridge: ending it cuts off " +
               entity_names(g, b.cut_off) + "\n";
    if (out.empty()) out = bullet + "none: no single entity or relation disconnects the web\n";
    return out;
}

std::string summary_lines(const PartnershipGraph& g, const StructureAnswer& a, const std::string& prefix) {
    const StructureResult& s = a.measures;
    std::ostringstream o;
    o << prefix << count_noun(g.entity_count(), "entity", "entities") << ", "
      << count_noun(g.relation_count(), "relation") << " (" << count_noun(a.pairs, "distinct directed pair")
      << "); constraint and effective size " << (a.weighted ? "weighted by amount" : "unweighted") << "\n";
    o << prefix << "components: " << s.weak.count << " weak (largest " << largest(s.weak) << "), "
      << s.strong.count << " strong (largest " << largest(s.strong) << ")\n";
    o << prefix << "density " << fixed(s.density) << ", reciprocity "
      << fixed_or_dash(s.reciprocity) << ", largest k-core " << a.max_core << "\n";
    return o.str();
}

std::size_t neighbour_count(const PartnershipGraph& g, EntityId v) {
    std::set<EntityId> n;
    for (RelationEdge e : g.relations()) {
        if (g.source(e) == v && g.target(e) != v) n.insert(g.target(e));
        if (g.target(e) == v && g.source(e) != v) n.insert(g.source(e));
    }
    return n.size();
}

// "OpenAI (openai): 6 neighbours, effective size 5.3333, constraint 0.2531; in the 2-core; its
// loss cuts off SoftBank and NVIDIA"
std::string explain_line(const PartnershipGraph& g, const StructureAnswer& a, EntityId v) {
    const StructureResult& s = a.measures;
    std::ostringstream o;
    o << entity_label(g, v) << ": " << count_noun(neighbour_count(g, v), "neighbour");
    if (s.effective_size[v])
        o << ", effective size " << fixed(*s.effective_size[v]) << ", constraint " << fixed(*s.constraint[v]);
    o << "; in the " << s.core_number[v] << "-core";
    if (const ArticulationPoint* p = point_of(a, v))
        o << "; its loss cuts off " << entity_names(g, p->cut_off);
    return o.str() + "\n";
}

std::string explanations(const PartnershipGraph& g, const StructureAnswer& a, std::size_t explain) {
    if (explain == 0) return "";
    std::string out = "effective size: contacts that are not tied to the entity's other contacts; constraint: "
                      "how much its ties lead into one closed group (1: a single contact)\n";
    for (std::size_t k = 0; k < a.rows.size() && k < explain; ++k) out += explain_line(g, a, a.rows[k]);
    return out;
}

}  // namespace

std::string entity_names(const PartnershipGraph& g, const std::vector<EntityId>& entities, std::size_t at_most) {
    std::vector<std::string> names;
    for (std::size_t i = 0; i < entities.size() && i < at_most; ++i) names.push_back(g.entity(entities[i]).name);
    if (entities.size() > at_most)
        return join_choices(names, ", ") + " and " + std::to_string(entities.size() - at_most) + " more";
    return join_choices(names, " and ");
}

StructureText structure_text(const PartnershipGraph& g, const StructureAnswer& a, TextFormat format,
                             std::size_t explain) {
    StructureText out;
    if (format == TextFormat::json) {
        out.document = json_document(g, a);
        out.note = explanations(g, a, explain);
        return out;
    }
    const Table t = entity_table(g, a, for_programs(format));
    if (for_programs(format)) {
        out.document = format == TextFormat::csv ? t.to_csv() : t.to_tsv();
        out.note = summary_lines(g, a, "# ") + explanations(g, a, explain);
        return out;
    }
    if (format == TextFormat::markdown) {
        out.document = summary_lines(g, a, "- ") + "- weak points:\n" + weak_point_lines(g, a, "  - ") + "\n" +
                       t.to_markdown();
    } else {
        out.document = summary_lines(g, a, "") + "weak points:\n" + weak_point_lines(g, a, "  ") + "\n" +
                       t.to_text();
    }
    if (explain > 0) out.document += "\n" + explanations(g, a, explain);
    return out;
}

}  // namespace pactgraph
