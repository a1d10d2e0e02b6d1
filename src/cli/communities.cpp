#include "cli/communities.hpp"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "cli/graph_input.hpp"
#include "cli/options.hpp"
#include "format/communities_format.hpp"
#include "format/numbers.hpp"

namespace pactgraph::cli {

namespace {

struct CommunitiesCliOptions {
    GraphInput input;
    CommunityOptions options;
    TextFormat format = TextFormat::table;
    bool timings = false;
};

std::string settings(const CommunityOptions& o) {
    return "Louvain, resolution " + round_trip(o.resolution) + ", seed " + std::to_string(o.seed) +
           ", weighted by " + std::string(kCommunityWeightNames.name(o.weight));
}

}  // namespace

void setup_communities(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<CommunitiesCliOptions>();
    CommunityOptions& o = opts->options;
    CLI::App* cmd = app.add_subcommand(
        "communities", "blocs of the web: Louvain modularity communities on the undirected view, "
                       "seeded and deterministic (as NetworkX's louvain_communities); see docs/structure.md");
    add_graph_input(*cmd, opts->input);
    add_format_option(*cmd, opts->format,
                      {{"table", TextFormat::table}, {"json", TextFormat::json}, {"tsv", TextFormat::tsv},
                       {"csv", TextFormat::csv}},
                      "output format", "-f,--format");
    cmd->add_option("--resolution", o.resolution, "above 1 favours smaller communities (default 1)")
        ->check(CLI::PositiveNumber.description(""));
    cmd->add_option("--seed", o.seed, "seed of the random visiting order (default 0)");
    add_enum_option(*cmd, "--weight", o.weight, kCommunityWeightNames,
                    "weigh a pair by its number of relations or their summed disclosed amounts");
    add_timings_flag(*cmd, opts->timings);
    cmd->footer("Examples:\n"
                "  pactgraph communities graphs/ai-compute-web.toml\n"
                "  pactgraph communities graphs/ai-compute-web.toml --weight amount --format json\n"
                "  pactgraph render graphs/ai-compute-web.toml --cluster-by community -o blocs.svg");
    cmd->callback([opts, &ctx] {
        const LoadResult loaded = load_input(opts->input, ctx.io);
        const Stopwatch clock;
        const CommunityResult r = louvain_communities(loaded.graph, opts->options);
        if (opts->timings) ctx.io.err << "time query " << clock.seconds() << "\n";
        ctx.io.out << communities_text(loaded.graph, r, opts->format, settings(opts->options));
    });
}

}  // namespace pactgraph::cli
