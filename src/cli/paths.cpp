#include "cli/paths.hpp"

#include <CLI/CLI.hpp>
#include <memory>
#include <optional>
#include <ostream>
#include <vector>

#include "analysis/path_search.hpp"
#include "cli/graph_input.hpp"
#include "cli/options.hpp"
#include "format/query_format.hpp"
#include "support/diagnostics.hpp"

namespace pactgraph::cli {

namespace {

// What standard error says: "no paths from … (hint)", "12 more paths not shown …", or "".
std::string paths_notice(const PartnershipGraph& g, const PathsQuery& q, const PathsResult& r) {
    const PathOptions& o = q.options;
    if (r.paths.empty() && !r.search_stopped) {
        std::string out = "no paths from " + g.entity(q.from).id + " to " + g.entity(q.to).id;
        if (q.all) out += " of at most " + std::to_string(o.max_hops) + " hops";
        if (o.weight == PathWeight::amount) out += " through relations with a disclosed amount";
        if (!o.undirected) out += " following relations in their direction (--undirected follows them either way)";
        return out + "\n";
    }
    const std::string limit = " (--limit " + std::to_string(o.limit) + ")";
    const std::string steps = "the search stopped after " + std::to_string(o.step_budget) + " steps";
    if (r.search_stopped && r.more > 0)
        return "at least " + std::to_string(r.more) + " more paths not shown" + limit + "; " + steps + "\n";
    if (r.search_stopped) return steps + "; there may be more paths (lower --max-hops)\n";
    if (r.more > 0) return std::to_string(r.more) + " more paths not shown" + limit + "\n";
    return "";
}

struct PathsOptions {
    GraphInput input;
    std::string from, to;
    TextFormat format = TextFormat::table;
    bool all = false;
    bool timings = false;
    PathOptions analysis;
};

// The shortest path by hops in a snapshot that stores its path view, with no filter and FROM and
// TO given by id: the search runs on the stored adjacency, and only the path's entities and the
// relations among them are read, instead of the whole model (docs/performance.md). False when
// another route must answer: the whole graph is then loaded, which also resolves aliases and
// names and words the errors.
bool shortest_in_snapshot(const PathsOptions& o, Context& ctx) {
    if (o.all || o.analysis.weight != PathWeight::hops) return false;
    const std::unique_ptr<SnapshotFile> snap = open_plain_snapshot(o.input, ctx.io);
    if (!snap) return false;
    const auto from = snap->find_id(o.from), to = snap->find_id(o.to);
    if (!from || !to || *from == *to) return false;
    const Stopwatch build;
    std::optional<snapshot::Adjacency> a = snap->adjacency();
    if (!a) return false;
    const Projection view = adjacency_view(snap->entity_count(), U32Array::view(a->out_offsets), U32Array::view(a->out_targets),
                                           U32Array::view(a->in_offsets), U32Array::view(a->in_targets));
    ShortestPathSearch search(view, [&snap](EntityId v) { return snap->entity_id(v); });
    if (o.timings) ctx.io.err << "time view " << build.seconds() << "\n";
    const Stopwatch clock;
    const std::vector<EntityId> on_path = search.shortest_entities(*from, *to, o.analysis);
    const LoadResult part = snap->among(on_path.empty() ? std::vector<EntityId>{*from, *to} : on_path);
    const PartnershipGraph& g = part.graph;
    std::vector<EntityId> entities;
    for (const EntityId v : on_path) entities.push_back(g.find(snap->entity_id(v)));
    PathsResult result;
    if (!entities.empty()) result.paths.push_back(path_through(g, entities, o.analysis));
    for (const Path& p : result.paths)
        for (const Hop& h : p.hops)
            if (h.relations.empty())
                throw InputError(Diagnostic{Severity::error, {o.input.source().display_name, 0, 0},
                                            "snapshot is damaged (its view.* sections do not match its relations)", {}});
    if (o.timings) ctx.io.err << "time query " << clock.seconds() << "\n";
    print_warnings(o.input, part.warnings, ctx.io);
    const PathsQuery q{g.find(o.from), g.find(o.to), false, o.analysis};
    ctx.io.out << paths_report(g, q, result, o.format);
    ctx.io.err << paths_notice(g, q, result);
    return true;
}

}  // namespace

void setup_paths(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<PathsOptions>();
    CLI::App* cmd = app.add_subcommand(
        "paths", "how FROM reaches TO: the shortest path, or --all simple paths up to --max-hops");
    add_graph_input(*cmd, opts->input);
    cmd->add_option("FROM", opts->from, "an entity: its id, an alias or its name")->required();
    cmd->add_option("TO", opts->to, "an entity: its id, an alias or its name")->required();
    cmd->add_flag("--all", opts->all, "all simple paths of at most --max-hops hops, shortest first");
    cmd->add_option("--max-hops", opts->analysis.max_hops, "with --all: the longest path")
        ->check(CLI::Range(1, 100))->capture_default_str();
    cmd->add_option("--limit", opts->analysis.limit, "with --all: paths printed; the rest are counted")
        ->check(CLI::Range(1, 1000000))->capture_default_str();
    cmd->add_flag("--undirected", opts->analysis.undirected, "follow relations either way (how are they connected at all)");
    add_path_weight_option(*cmd, opts->analysis.weight,
                           "hops, or amount: follow only disclosed amounts, a relation costing $1B/amount (big deals are close)");
    add_format_option(*cmd, opts->format, kQueryFormats,
                      "table for people, json for programs (schema: docs/queries.md), tsv for cut/awk");
    add_timings_flag(*cmd, opts->timings);
    cmd->callback([opts, &ctx] {
        if (shortest_in_snapshot(*opts, ctx)) return;
        const LoadResult r = load_input(opts->input, ctx.io, {opts->from, opts->to});
        const PartnershipGraph& g = r.graph;
        PathsQuery q{resolve_entity(g, opts->from), resolve_entity(g, opts->to), opts->all, opts->analysis};
        if (q.from == q.to) throw UsageError("FROM and TO are the same entity '" + g.entity(q.from).id + "'");
        const Stopwatch build;
        const Projection view = path_view(g);
        ShortestPathSearch search(g, view);
        if (opts->timings) ctx.io.err << "time view " << build.seconds() << "\n";
        const Stopwatch clock;
        PathsResult result;
        if (q.all) result = all_simple_paths(g, view, q.from, q.to, q.options);
        else if (auto p = search.shortest(q.from, q.to, q.options)) result.paths.push_back(*p);
        if (opts->timings) ctx.io.err << "time query " << clock.seconds() << "\n";
        ctx.io.out << paths_report(g, q, result, opts->format);
        ctx.io.err << paths_notice(g, q, result);
    });
}

}  // namespace pactgraph::cli
