#include "cli/match.hpp"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "cli/graph_input.hpp"
#include "cli/options.hpp"
#include "cli/render_options.hpp"
#include "format/query_format.hpp"
#include "query/subgraph.hpp"

namespace pactgraph::cli {

namespace {

struct MatchOptions {
    GraphInput input;
    std::string pattern;
    std::size_t limit = 1000;
    bool all_matches = false;
    TextFormat format = TextFormat::table;
    RenderCli render;
};

}  // namespace

void setup_match(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<MatchOptions>();
    CLI::App* cmd = app.add_subcommand(
        "match", "find where a pattern occurs, e.g. '(a:investor)-[:invests_in]->(b)-[:offers]->(p:product)' "
                 "(syntax: docs/queries.md); -T draws the matched part");
    add_graph_input(*cmd, opts->input);
    cmd->add_option("PATTERN", opts->pattern, "(name:kind {condition})-[name:type {condition}]->(…) …")->required();
    cmd->add_option("--limit", opts->limit, "the most matches printed")->check(CLI::Range(1, 10000000))->capture_default_str();
    cmd->add_flag("--all-matches", opts->all_matches,
                  "every match, also those that print the same row (parallel relations behind an unnamed edge)");
    add_format_option(*cmd, opts->format, kQueryFormats,
                      "table for people, json for programs (schema: docs/queries.md), tsv for cut/awk");
    add_render_options(*cmd, opts->render, false);
    cmd->callback([opts, &ctx] {
        const LoadResult r = load_input(opts->input, ctx.io);
        const Pattern pattern = parse_pattern(opts->pattern, r.graph.vocabulary());
        MatchResult result = match_pattern(r.graph, to_match_pattern(pattern, r.graph), opts->limit);
        if (!opts->all_matches) result = distinct_rows(r.graph, pattern, std::move(result));
        if (result.matches.empty()) ctx.io.err << "no matches for " << pattern.text << "\n";
        if (result.truncated) ctx.io.err << "more matches not shown (--limit " << opts->limit << ")\n";
        if (has_picture_request(opts->render)) {
            if (result.matches.empty()) return;
            const PartnershipGraph part = matched_subgraph(r.graph, result);
            ctx.status = write_rendered(opts->render, part, to_render_options(opts->render, part), opts->input.source(), ctx.io);
            return;
        }
        ctx.status = write_text(opts->render.output, match_report(r.graph, pattern, result, opts->format), ctx.io,
                                opts->render.check);
    });
}

}  // namespace pactgraph::cli
