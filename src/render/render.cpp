#include "render/render.hpp"

#include <algorithm>

#include "render/dot_writer.hpp"
#include "render/graphviz.hpp"
#include "render/mermaid.hpp"
#include "render/svg_text.hpp"
#include "support/diagnostics.hpp"
#include "support/suggest.hpp"

namespace pactgraph {

namespace {

// True when every entity has a fixed position and every edge a fixed route (see
// RenderOptions::routes): then nothing is laid out again.
bool drawn_as_laid_out(const RenderOptions& o, const std::string& dot) {
    if (o.positions.empty() || o.routes.empty()) return false;
    std::size_t edges = 0, routed = 0;
    for (std::size_t at = dot.find(" -> "); at != std::string::npos; at = dot.find(" -> ", at + 1)) {
        const std::size_t end = dot.find('\n', at);
        ++edges;
        if (dot.substr(at, end - at).find(", pos=\"") != std::string::npos) ++routed;
    }
    return edges == routed;
}

}  // namespace

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
                    " relations would take dot more than a few seconds; using sfdp",
                true};
    return {LayoutEngine::dot, ""};
}

RankDir choose_rankdir(const PartnershipGraph& g, const RenderOptions& o) {
    if (o.rankdir) return *o.rankdir;
    const LayoutEngine engine = choose_engine(g, o).engine;
    // Graphviz 2.43 lays a clustered graph out differently after any earlier layout in the same
    // process (its output would then change from run to run), so clustered pictures get no
    // trial layouts.
    if (engine != LayoutEngine::dot || g.entity_count() < 2 || o.cluster_by != ClusterBy::none)
        return RankDir::TB;
    const auto squareness = [&](RankDir dir) {
        RenderOptions trial = o;
        trial.rankdir = dir;
        const Point size = graphviz_size(to_dot(g, trial, engine), engine);
        return std::max(size.x, size.y) / std::max(1.0, std::min(size.x, size.y));
    };
    return squareness(RankDir::LR) < squareness(RankDir::TB) ? RankDir::LR : RankDir::TB;
}

bool too_large_to_lay_out(const PartnershipGraph& g, OutputFormat format) {
    return format != OutputFormat::dot && format != OutputFormat::mermaid &&
           g.entity_count() > kLayoutMaxEntities;
}

Rendered render_graph(const PartnershipGraph& g, const RenderOptions& options, OutputFormat format) {
    RenderOptions o = options;
    o.rankdir = choose_rankdir(g, options);
    if (format == OutputFormat::mermaid) return {to_mermaid(g, o), "", false};
    const EngineChoice engine = choose_engine(g, o);
    if (format == OutputFormat::png) {  // first, so the user's -Gdpi (written after) wins
        const std::string dpi = std::to_string(static_cast<int>(o.dpi.value_or(kPngDpi)));
        o.graph_attributes.insert(o.graph_attributes.begin(), Attribute{"dpi", dpi});
    }
    std::string dot = to_dot(g, o, engine.engine);
    if (format == OutputFormat::dot) return {std::move(dot), "", false};
    std::string bytes = drawn_as_laid_out(o, dot) ? graphviz_render_as_laid_out(dot, format_name(format))
                                                   : graphviz_render(dot, engine.engine, format_name(format));
    if (format == OutputFormat::svg) {
        bytes = accessible_svg(bytes, picture_title(g, o), describe_picture(g, o));
        if (o.theme == Theme::auto_) bytes = auto_theme_svg(bytes);
    }
    return {std::move(bytes), engine.note, engine.fallback};
}

FixedLayout fixed_layout(const PartnershipGraph& g, const RenderOptions& options) {
    RenderOptions o = options;
    o.rankdir = choose_rankdir(g, options);
    const LayoutEngine engine = choose_engine(g, o).engine;
    GraphvizLayout laid = graphviz_layout(to_dot(g, o, engine), engine);
    FixedLayout out;
    for (EntityId v = 0; v < g.entity_count(); ++v)
        if (auto it = laid.nodes.find(g.entity(v).id); it != laid.nodes.end()) out.positions.insert(*it);
    out.routes = std::move(laid.edges);
    return out;
}

std::map<std::string, Point> layout_positions(const PartnershipGraph& g,
                                              const RenderOptions& options) {
    return fixed_layout(g, options).positions;
}

void apply_highlight(const PartnershipGraph& g, const std::vector<std::string>& ids,
                     RenderOptions& o) {
    if (ids.empty()) return;
    o.entity_marks.assign(g.entity_count(), Mark::faded);
    o.relation_marks.assign(g.relation_count(), Mark::faded);
    for (const std::string& id : ids) {
        o.entity_marks[resolve_entity(g, id)] = Mark::highlight;
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
