#include "cli/metrics.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>
#include <optional>
#include <ostream>

#include "cli/graph_input.hpp"
#include "cli/options.hpp"
#include "format/metrics_format.hpp"
#include "support/suggest.hpp"

namespace pactgraph::cli {

namespace {

struct MetricsOptions {
    GraphInput input;
    MetricsRequest request;
    TextFormat format = TextFormat::table;
    bool raw = false;
    bool normalized = false;
    bool explain = false;
    bool timings = false;
    std::optional<double> delta;        // --delta, with --approx (default 0.1)
    std::optional<std::uint64_t> seed;  // --seed, with --approx or --sources (default 1)
};

// --delta and --seed without the estimate they set would be dropped without a word.
void refuse_orphan_settings(const MetricsOptions& o) {
    const MetricsRequest& r = o.request;
    if (o.delta && !r.approx)
        throw UsageError("--delta: it is --approx's failure probability; add --approx EPS or drop it");
    if (o.seed && !r.approx && !r.sampled_sources)
        throw UsageError("--seed: it seeds the sampling of --approx or --sources; add one of them or drop it");
}

// Combinations that have no honest answer, refused with the flags that made them.
void refuse_meaningless(const MetricsRequest& r) {
    for (Metric m : r.metrics) {
        const std::string name(metric_name(m));
        if (refusal(m, r) == MetricRefusal::needs_direction)
            throw UsageError("--metrics: " + name + " needs directions; drop it or --undirected (use "
                             "degree on an undirected graph)");
        if (refusal(m, r) == MetricRefusal::no_estimate)
            throw UsageError("--metrics: closeness has no sampled estimate with a guarantee; use "
                             "harmonic with --approx (it reads the same distances), or drop --approx");
        if (refusal(m, r) == MetricRefusal::reads_distances)
            throw UsageError("--metrics: " + name + " reads edge weights as distances, and a larger "
                             "amount is not a longer path; drop it or --weight");
    }
    if (r.sampled_sources && !r.metrics.empty() &&
        std::find(r.metrics.begin(), r.metrics.end(), Metric::betweenness) == r.metrics.end())
        throw UsageError("--sources: it samples betweenness's sources, and betweenness is not among the "
                         "metrics computed; add it to --metrics");
    if (r.sort && !r.metrics.empty() &&
        std::find(r.metrics.begin(), r.metrics.end(), *r.sort) == r.metrics.end())
        throw UsageError("--sort: " + std::string(metric_name(*r.sort)) +
                         " is not among the metrics computed; add it to --metrics");
}

// Exact shortest-path measures on a graph where they would run for minutes or hours: named
// ones are refused with the way out, the default overview leaves them out with a warning.
void refuse_costly(const PartnershipGraph& g, MetricsRequest& r, std::ostream& err) {
    if (!exact_paths_too_costly(g.entity_count(), g.relation_count())) return;
    const auto why = [&](const char* them) {
        return "a breadth-first search from each of " + std::to_string(g.entity_count()) +
               " entities would take minutes to hours; --approx 0.01 estimates " + them +
               " within a stated error in seconds";
    };
    for (Metric m : r.metrics)
        if (searches_every_entity(m, r))
            throw UsageError("--metrics: exact " + std::string(metric_name(m)) + ": " + why("it"));
    if (!r.metrics.empty()) return;  // only measures without such searches were asked for
    std::vector<std::string> left_out;
    for (Metric m : all_metrics())
        if (searches_every_entity(m, r) && refusal(m, r) == MetricRefusal::none)
            left_out.emplace_back(metric_name(m));
    if (left_out.empty()) return;
    r.skip_path_measures = true;
    err << "warning: " << join_choices(left_out, " and ") << " left out: " << why("them") << "\n";
}

MetricsAnswer compute(const PartnershipGraph& g, const MetricsRequest& r) {
    try {
        return answer_metrics(g, r);
    } catch (const NotConvergedError& e) {
        throw Error(std::string(e.what()) + ". Try a larger --max-iter or --tol" +
                    (e.metric() == Metric::katz ? ", or a smaller --katz-alpha" : ""));
    }
}

CLI::Validator positive(const std::string& what) {
    return CLI::Validator(
        [what](std::string& v) { return std::stod(v) > 0.0 ? std::string() : what; }, "");
}

void add_approx_options(CLI::App& cmd, MetricsOptions& o) {
    MetricsRequest& r = o.request;
    const std::string group = "Approximation (large graphs; docs/metrics.md)";
    CLI::Option* approx = cmd.add_option_function<double>(
           "--approx", [&r](double eps) { r.approx.emplace().epsilon = eps; },
           "sample betweenness and harmonic: every score within ±EPS (on the [0,1] scale) with "
           "probability 1-DELTA; leaves closeness out")
        ->type_name("EPS")
        ->check(CLI::Validator([](std::string& v) {
            const double e = std::stod(v);
            return e > 0.0 && e < 1.0 ? std::string() : "EPS must be in (0, 1), e.g. 0.01";
        }, ""))
        ->group(group);
    cmd.add_option("--delta", o.delta, "with --approx: the failure probability (default 0.1)")
        ->check(CLI::Validator([](std::string& v) {
            const double d = std::stod(v);
            return d > 0.0 && d < 1.0 ? std::string() : "DELTA must be in (0, 1)";
        }, ""))
        ->group(group);
    cmd.add_option_function<std::size_t>(
           "--sources", [&r](std::size_t k) { r.sampled_sources.emplace().count = k; },
           "estimate betweenness from K entities drawn at random as sources, as NetworkX's "
           "betweenness_centrality(k=K): unbiased but with no stated error (--approx states one)")
        ->type_name("K")
        ->check(CLI::Validator([](std::string& v) {
            return v.find_first_not_of("0123456789") == std::string::npos && v.find_first_not_of('0') != std::string::npos
                       ? std::string() : "K must be a whole number of at least 1, e.g. 256";
        }, ""))
        ->excludes(approx)
        ->group(group);
    cmd.add_option("--seed", o.seed, "with --approx or --sources: the random seed (same seed, same scores)")
        ->group(group);
}

void add_algorithm_options(CLI::App& cmd, MetricsRequest& r) {
    cmd.add_option("--alpha", r.alpha, "PageRank damping (default 0.85)")
        ->check(CLI::Validator(
            [](std::string& v) {
                const double a = std::stod(v);
                return a > 0.0 && a <= 1.0 ? std::string() : "PageRank's damping must be in (0, 1]";
            },
            ""));
    cmd.add_option("--katz-alpha", r.katz_alpha, "Katz attenuation (default 0.1)")
        ->check(positive("Katz's attenuation must be positive"));
    cmd.add_option("--tol", r.tol, "convergence tolerance of the iterative measures (default: "
                   "NetworkX's, 1e-6; HITS 1e-8)")
        ->check(positive("the tolerance must be positive"));
    cmd.add_option("--threads", r.threads, "cores to use (default: all; the scores do not depend on it)")
        ->type_name("N");
    cmd.add_option("--max-iter", r.max_iter, "iteration limit (default: NetworkX's, 100; Katz 1000)")
        ->check(CLI::Range(1, 1000000000).description(""));
}

void add_convention_options(CLI::App& cmd, MetricsOptions& o) {
    MetricsRequest& r = o.request;
    cmd.add_option_function<std::string>(
           "--weight", [&r](const std::string&) { r.weighted = true; },
           "weigh pairs by their summed disclosed amounts (degree becomes strength; PageRank, "
           "eigenvector, Katz, HITS use the weights)")
        ->check(choice_check("weight", {"amount"}))
        ->type_name("amount");
    cmd.add_flag("--undirected", r.undirected, "take relations without direction (NetworkX Graph)");
    add_enum_option(cmd, "--direction", r.direction, kDistanceDirectionNames,
                    "closeness/harmonic distances to (in) or from (out) the entity; default in (NetworkX)");
    auto* norm = cmd.add_flag("--normalized", o.normalized,
                              "normalize degree, betweenness and closeness (default)");
    cmd.add_flag("--raw", o.raw, "raw counts: degree, unscaled betweenness, closeness "
                 "without the Wasserman-Faust factor")->excludes(norm);
    add_enum_option(cmd, "--compat", r.compat, kCompatNames,
                    "conventions: networkx, or igraph (outgoing distances, raw betweenness, harmonic "
                    "mean, scores scaled to max 1)");
}

}  // namespace

void setup_metrics(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<MetricsOptions>();
    MetricsRequest& r = opts->request;
    CLI::App* cmd = app.add_subcommand(
        "metrics", "centrality of every entity (degree, betweenness, closeness, harmonic, "
                   "PageRank, eigenvector, Katz, hubs and authorities) as NetworkX computes it; "
                   "see docs/metrics.md");
    add_graph_input(*cmd, opts->input);
    cmd->add_option_function<std::vector<std::string>>(
           "-m,--metrics", [&r](const std::vector<std::string>& names) {
               for (const auto& n : names) r.metrics.push_back(kMetricNames.parse(n));
           }, "measures to compute (default: all that apply)")
        ->delimiter(',')->allow_extra_args(false)->type_name("LIST")
        ->check(choice_check("metric", metric_names()));
    add_enum_option(*cmd, "-s,--sort", r.sort, kMetricNames, "rank by this measure (default: pagerank)")
        ->type_name("METRIC");
    cmd->add_option("-n,--top", r.top, "show only the first N entities")->type_name("N");
    add_format_option(*cmd, opts->format,
                      {{"table", TextFormat::table}, {"csv", TextFormat::csv},
                       {"json", TextFormat::json}, {"markdown", TextFormat::markdown}},
                      "output format", "-f,--format");
    add_convention_options(*cmd, *opts);
    add_algorithm_options(*cmd, r);
    add_approx_options(*cmd, *opts);
    cmd->add_flag("--explain", opts->explain, "add a line per top entity saying why it ranks there");
    cmd->add_flag("--timings", opts->timings, "print the seconds of loading, of building the view and of each measure on standard error");
    cmd->callback([opts, &ctx] {
        if (opts->raw) opts->request.normalized = false;
        if (opts->normalized) opts->request.normalized = true;
        MetricsRequest& req = opts->request;
        refuse_orphan_settings(*opts);
        if (req.approx) req.approx->delta = opts->delta.value_or(0.1), req.approx->seed = opts->seed.value_or(1);
        if (req.sampled_sources) req.sampled_sources->seed = opts->seed.value_or(1);
        refuse_meaningless(req);
        const Stopwatch loading;
        const LoadResult loaded = load_input(opts->input, ctx.io);
        const double load_seconds = loading.seconds();
        refuse_costly(loaded.graph, req, ctx.io.err);
        const MetricsAnswer a = compute(loaded.graph, opts->request);
        const std::size_t explain = opts->explain ? (opts->request.top ? opts->request.top : 10) : 0;
        const MetricsText text = metrics_text(loaded.graph, a, opts->format, explain);
        ctx.io.err << text.settings_note;
        for (const std::string& why : a.result.dropped)
            ctx.io.err << "warning: " << why
                       << "; name it in --metrics with a larger --max-iter or --tol to insist\n";
        ctx.io.err << text.explain_note;
        if (opts->timings) ctx.io.err << metrics_timings(a, load_seconds);
        ctx.io.out << text.document;
    });
}

}  // namespace pactgraph::cli
