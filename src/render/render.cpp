#include "render/render.hpp"

#include "render/dot_writer.hpp"
#include "render/graphviz.hpp"
#include "render/mermaid.hpp"
#include "support/diagnostics.hpp"
#include "support/suggest.hpp"

namespace pactgraph {

EngineChoice choose_engine(const PartnershipGraph& g, const RenderOptions& o) {
    if (!o.positions.empty()) {
        EngineChoice c{LayoutEngine::neato, ""};
        if (o.engine && *o.engine != LayoutEngine::neato)
            c.note = "note: fixed positions are laid out with neato, not " +
                     std::string(engine_name(*o.engine));
        return c;
    }
    if (o.engine) return {*o.engine, ""};
    if (g.entity_count() > kDotMaxEntities || g.relation_count() > kDotMaxRelations)
        return {LayoutEngine::sfdp,
                "note: " + std::to_string(g.entity_count()) + " entities and " +
                    std::to_string(g.relation_count()) +
                    " relations would take dot more than a few seconds; using sfdp (pass -K dot "
                    "to insist)"};
    return {LayoutEngine::dot, ""};
}

Rendered render_graph(const PartnershipGraph& g, const RenderOptions& o, OutputFormat format) {
    if (format == OutputFormat::mermaid) return {to_mermaid(g, o), ""};
    const EngineChoice engine = choose_engine(g, o);
    std::string dot = to_dot(g, o, engine.engine);
    if (format == OutputFormat::dot) return {std::move(dot), ""};
    return {graphviz_render(dot, engine.engine, format_name(format)), engine.note};
}

std::map<std::string, Point> layout_positions(const PartnershipGraph& g, const RenderOptions& o) {
    const LayoutEngine engine = choose_engine(g, o).engine;
    std::map<std::string, Point> positions = graphviz_positions(to_dot(g, o, engine), engine);
    std::map<std::string, Point> out;
    for (EntityId v = 0; v < g.entity_count(); ++v)
        if (auto it = positions.find(g.entity(v).id); it != positions.end()) out.insert(*it);
    // The legend keeps its place too, so pinned frames do not draw it over the entities.
    if (auto it = positions.find("pactgraph:legend"); it != positions.end()) out.insert(*it);
    return out;
}

void apply_highlight(const PartnershipGraph& g, const std::vector<std::string>& ids,
                     RenderOptions& o) {
    if (ids.empty()) return;
    o.entity_marks.assign(g.entity_count(), Mark::faded);
    o.relation_marks.assign(g.relation_count(), Mark::faded);
    for (const std::string& id : ids) {
        const EntityId v = g.find(id);
        if (v == kNoEntity)
            throw UsageError("--highlight: unknown entity '" + id + "'" + did_you_mean(id, g.ids()) +
                             "; expected an entity id or alias");
        o.entity_marks[v] = Mark::highlight;
    }
    std::vector<Mark> ends = o.entity_marks;  // neighbours of a highlight are context, not faded
    for (RelationEdge e : g.relations()) {
        const EntityId s = g.source(e), t = g.target(e);
        if (o.entity_marks[s] != Mark::highlight && o.entity_marks[t] != Mark::highlight) continue;
        o.relation_marks[g.relation(e).id] = Mark::highlight;
        for (EntityId v : {s, t})
            if (ends[v] == Mark::faded) ends[v] = Mark::none;
    }
    o.entity_marks = std::move(ends);
}

}  // namespace pactgraph
