#include "cli/metrics.hpp"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "cli/graph_input.hpp"
#include "query/metrics_report.hpp"

namespace pactgraph::cli {

namespace {

struct MetricsOptions {
    GraphInput input;
    MetricsRequest request;
    bool raw = false;
    bool normalized = false;
};

}  // namespace

void setup_metrics(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<MetricsOptions>();
    MetricsRequest& r = opts->request;
    CLI::App* cmd = app.add_subcommand(
        "metrics", "centrality of every entity (degree, betweenness, closeness, harmonic, "
                   "PageRank, eigenvector, Katz, hubs and authorities) as NetworkX computes it; "
                   "see docs/metrics.md");
    add_graph_input(*cmd, opts->input);
    cmd->add_option("-m,--metrics", r.metrics, "measures to compute (default: all that apply)")
        ->delimiter(',')->allow_extra_args(false)->type_name("LIST");
    cmd->add_option("-s,--sort", r.sort, "rank by this measure (default: pagerank)")->type_name("METRIC");
    cmd->add_option("-n,--top", r.top, "show only the first N entities")->type_name("N");
    cmd->add_option("-f,--format", r.format, "output format")
        ->check(CLI::IsMember({"table", "csv", "json", "markdown"}))->capture_default_str();
    cmd->add_option("--weight", r.weight, "weigh pairs by their summed disclosed amounts (degree "
                    "becomes strength; PageRank, eigenvector, Katz, HITS use the weights)")
        ->type_name("amount");
    cmd->add_flag("--undirected", r.undirected, "take relations without direction (NetworkX Graph)");
    cmd->add_option("--direction", r.direction, "closeness/harmonic distances to (in) or from "
                    "(out) the entity; default in (NetworkX)")->check(CLI::IsMember({"in", "out"}));
    auto* norm = cmd->add_flag("--normalized", opts->normalized,
                               "normalize degree, betweenness and closeness (default)");
    cmd->add_flag("--raw", opts->raw, "raw counts: degree, unscaled betweenness, closeness "
                  "without the Wasserman-Faust factor")->excludes(norm);
    cmd->add_option("--alpha", r.alpha, "PageRank damping (default 0.85)");
    cmd->add_option("--katz-alpha", r.katz_alpha, "Katz attenuation (default 0.1)");
    cmd->add_option("--tol", r.tol, "convergence tolerance of the iterative measures (default: "
                    "NetworkX's, 1e-6; HITS 1e-8)");
    cmd->add_option("--max-iter", r.max_iter, "iteration limit (default: NetworkX's, 100; Katz 1000)");
    cmd->add_option("--compat", r.compat, "conventions: networkx, or igraph (outgoing distances, "
                    "raw betweenness, harmonic mean, scores scaled to max 1)")
        ->check(CLI::IsMember({"networkx", "igraph"}))->capture_default_str();
    cmd->add_flag("--explain", r.explain, "add a line per top entity saying why it ranks there");
    cmd->add_flag("--timings", r.timings, "print each measure's compute seconds on standard error");
    cmd->callback([opts, &ctx] {
        if (opts->raw) opts->request.normalized = false;
        if (opts->normalized) opts->request.normalized = true;
        const LoadResult loaded = load_input(opts->input, ctx.io);
        const MetricsOutput out = run_metrics(loaded.graph, opts->request);
        ctx.io.err << out.err;
        ctx.io.out << out.out;
    });
}

}  // namespace pactgraph::cli
