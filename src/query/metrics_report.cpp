#include "query/metrics_report.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <numeric>
#include <sstream>

#include "support/suggest.hpp"
#include "support/text.hpp"
#include "support/table.hpp"

namespace pactgraph {

namespace {

Metric parse_metric_or_throw(const std::string& name, const char* option) {
    if (auto m = parse_metric(name)) return *m;
    throw UsageError(std::string(option) + ": unknown metric '" + name + "'" +
                     did_you_mean(name, metric_names()) + "; expected " +
                     join_choices(metric_names()));
}

bool applies(Metric m, const MetricsRequest& r) {
    return !(r.undirected && metric_needs_direction(m)) && !(!r.weight.empty() && metric_uses_distances(m));
}

void refuse_if_meaningless(Metric m, const MetricsRequest& r) {
    const std::string name(metric_name(m));
    if (r.undirected && metric_needs_direction(m))
        throw UsageError("--metrics: " + name + " needs directions; drop it or --undirected (use "
                         "degree on an undirected graph)");
    if (!r.weight.empty() && metric_uses_distances(m))
        throw UsageError("--metrics: " + name + " reads edge weights as distances, and a larger "
                         "amount is not a longer path; drop it or --weight");
}

void check_ranges(const MetricsRequest& r) {
    if (!r.weight.empty() && r.weight != "amount")
        throw UsageError("--weight: unknown weight '" + r.weight + "'; expected amount");
    if (r.alpha && !(*r.alpha > 0.0 && *r.alpha <= 1.0))
        throw UsageError("--alpha: PageRank's damping must be in (0, 1]");
    if (r.katz_alpha && !(*r.katz_alpha > 0.0))
        throw UsageError("--katz-alpha: Katz's attenuation must be positive");
    if (r.tol && !(*r.tol > 0.0)) throw UsageError("--tol: the tolerance must be positive");
    if (r.max_iter && *r.max_iter < 1) throw UsageError("--max-iter: must be at least 1");
}

bool integral(double v) { return v == std::floor(v) && std::abs(v) < 1e15; }

// Readable: a column of whole numbers (raw counts, amounts) as integers, others with 4 decimals.
std::string for_people(double v, bool whole_column) {
    char buf[64];
    std::snprintf(buf, sizeof buf, whole_column ? "%.0f" : "%.4f", v);
    return buf;
}

std::vector<bool> whole_columns(const CentralityResult& res, const std::vector<EntityId>& rows) {
    std::vector<bool> whole;
    for (const auto& s : res.scores)
        whole.push_back(std::all_of(rows.begin(), rows.end(), [&](EntityId v) { return integral(s[v]); }));
    return whole;
}

// Shortest text that reads back as the same double.
std::string round_trip(double v) {
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

std::vector<EntityId> ranking(const PartnershipGraph& g, const std::vector<double>& by) {
    std::vector<EntityId> order(g.entity_count());
    std::iota(order.begin(), order.end(), EntityId{0});
    std::sort(order.begin(), order.end(), [&](EntityId a, EntityId b) {
        if (by[a] != by[b]) return by[a] > by[b];
        return g.entity(a).id < g.entity(b).id;
    });
    return order;
}

std::string settings_line(const PartnershipGraph& g, const Projection& p,
                          const CentralityOptions& o, const MetricsRequest& r, Metric sort) {
    std::ostringstream s;
    const std::size_t pairs =
        p.directed ? p.pair_count()
                   : (p.pair_count() + static_cast<std::size_t>(std::count(
                                           p.self_loop.begin(), p.self_loop.end(), 1))) / 2;
    s << count_noun(g.entity_count(), "entity", "entities") << ", " << pairs << " distinct "
      << (p.directed ? "directed" : "undirected") << (pairs == 1 ? " pair, " : " pairs, ")
      << (p.weighted ? "weighted by amount" : "unweighted") << "; ";
    if (p.directed)
        s << "closeness/harmonic on " << (o.direction == Direction::in ? "incoming" : "outgoing")
          << " distances; ";
    s << (o.normalized ? "normalized" : "raw") << " degree/betweenness/closeness";
    s << "; " << r.compat << " conventions; ranked by " << metric_name(sort) << "\n";
    return s.str();
}

std::vector<std::string> header_cells(const CentralityResult& res) {
    std::vector<std::string> h = {"rank", "id", "name"};
    for (Metric m : res.metrics) h.emplace_back(metric_name(m));
    return h;
}

std::string ordinal(std::size_t k) {
    const char* suffix = "th";
    if (k % 100 < 11 || k % 100 > 13) {
        if (k % 10 == 1) suffix = "st";
        if (k % 10 == 2) suffix = "nd";
        if (k % 10 == 3) suffix = "rd";
    }
    return std::to_string(k) + suffix;
}

// "OpenAI ranks 1st by pagerank: 6 incoming relations (from Microsoft, Amazon, SoftBank …) and 2
// outgoing; on 40% of shortest paths between other entities".
std::string explain_line(const PartnershipGraph& g, const CentralityResult& res, EntityId v,
                         std::size_t rank, Metric sort, bool normalized) {
    std::size_t in = 0, out = 0;
    std::vector<std::string> from;
    for (RelationEdge e : g.relations()) {
        if (g.target(e) == v) {
            ++in;
            const std::string& n = g.entity(g.source(e)).name;
            if (std::find(from.begin(), from.end(), n) == from.end()) from.push_back(n);
        }
        if (g.source(e) == v) ++out;
    }
    std::ostringstream s;
    s << g.entity(v).name << " ranks " << ordinal(rank) << " by " << metric_name(sort) << ": "
      << in << " incoming relation" << (in == 1 ? "" : "s");
    if (!from.empty()) {
        if (from.size() > 3) from = {from[0], from[1], from[2], "…"};
        s << " (from " << join_choices(from, from.back() == "…" ? ", " : " and ") << ")";
    }
    s << " and " << out << " outgoing";
    if (const auto* b = res.find(Metric::betweenness); b && normalized) {
        char pct[32];
        std::snprintf(pct, sizeof pct, "%.0f%%", 100.0 * (*b)[v]);
        s << "; on " << ((*b)[v] == 0.0 ? std::string("none of the") : pct + std::string(" of the"))
          << " shortest paths between other entities";
    }
    return s.str();
}

std::string render_rows(const PartnershipGraph& g, const CentralityResult& res,
                        const std::vector<EntityId>& rows, const std::string& format) {
    if (format == "json") {
        nlohmann::ordered_json arr = nlohmann::ordered_json::array();
        for (EntityId v : rows) {
            nlohmann::ordered_json o;
            o["id"] = g.entity(v).id;
            o["name"] = g.entity(v).name;
            for (std::size_t i = 0; i < res.metrics.size(); ++i)
                o[std::string(metric_name(res.metrics[i]))] = res.scores[i][v];
            arr.push_back(std::move(o));
        }
        return arr.dump(2) + "\n";
    }
    std::vector<Table::Align> align = {Table::Align::right, Table::Align::left, Table::Align::left};
    align.resize(3 + res.metrics.size(), Table::Align::right);
    Table t(header_cells(res), align);
    const std::vector<bool> whole = whole_columns(res, rows);
    std::size_t rank = 0;
    for (EntityId v : rows) {
        std::vector<std::string> cells = {std::to_string(++rank), g.entity(v).id, g.entity(v).name};
        for (std::size_t i = 0; i < res.scores.size(); ++i)
            cells.push_back(format == "csv" ? round_trip(res.scores[i][v])
                                            : for_people(res.scores[i][v], whole[i]));
        t.add_row(std::move(cells));
    }
    if (format == "csv") return t.to_csv();
    return format == "markdown" ? t.to_markdown() : t.to_text();
}

}  // namespace

std::vector<Metric> requested_metrics(const MetricsRequest& r) {
    std::vector<Metric> out;
    if (r.metrics.empty()) {
        for (Metric m : all_metrics())
            if (applies(m, r)) out.push_back(m);
        return out;
    }
    for (const std::string& name : r.metrics) {
        const Metric m = parse_metric_or_throw(name, "--metrics");
        refuse_if_meaningless(m, r);
        if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
    }
    return out;
}

CentralityOptions centrality_options(const MetricsRequest& r) {
    check_ranges(r);
    CentralityOptions o;
    if (r.compat == "igraph") {
        o.direction = Direction::out;
        o.normalized = false;
        o.harmonic_mean = true;
        o.scale_to_max = true;
        if (!r.tol) o.pagerank_tol = 1e-10;  // igraph solves PageRank exactly (PRPACK)
    } else if (r.compat != "networkx") {
        throw UsageError("--compat: unknown convention '" + r.compat + "'; expected networkx or igraph");
    }
    if (r.direction == "in") o.direction = Direction::in;
    if (r.direction == "out") o.direction = Direction::out;
    if (r.normalized) o.normalized = *r.normalized;
    if (r.alpha) o.pagerank_alpha = *r.alpha;
    if (r.katz_alpha) o.katz_alpha = *r.katz_alpha;
    o.tol = r.tol;
    o.max_iter = r.max_iter;
    o.drop_unconverged = r.metrics.empty();  // only measures asked for by name fail the command
    return o;
}

MetricsOutput run_metrics(const PartnershipGraph& g, const MetricsRequest& r) {
    const std::vector<Metric> metrics = requested_metrics(r);
    const CentralityOptions options = centrality_options(r);
    Metric sort = metrics.empty() ? Metric::pagerank : metrics.front();
    if (std::find(metrics.begin(), metrics.end(), Metric::pagerank) != metrics.end())
        sort = Metric::pagerank;
    if (!r.sort.empty()) {
        sort = parse_metric_or_throw(r.sort, "--sort");
        if (std::find(metrics.begin(), metrics.end(), sort) == metrics.end())
            throw UsageError("--sort: " + r.sort + " is not among the metrics computed; add it to --metrics");
    }
    MetricsOutput out;
    const Projection p = project(g, r.undirected, r.weight == "amount");
    const CentralityResult res = compute_centrality(p, metrics, options);
    if (!res.find(sort)) sort = res.metrics.front();

    std::vector<EntityId> rows = ranking(g, *res.find(sort));
    if (r.top > 0 && r.top < rows.size()) rows.resize(r.top);

    const std::string settings = settings_line(g, p, options, r, sort);
    const bool for_programs = r.format == "json" || r.format == "csv";
    if (for_programs)
        out.err += "# " + settings;
    else
        out.out += (r.format == "markdown" ? "" : "# ") + settings + (r.format == "markdown" ? "\n" : "");
    out.out += render_rows(g, res, rows, r.format);
    for (const std::string& why : res.dropped) out.err += "warning: " + why + "\n";
    if (r.explain) {
        std::string& to = for_programs ? out.err : out.out;
        to += "\n";
        for (std::size_t k = 0; k < rows.size() && k < (r.top ? r.top : 10); ++k)
            to += explain_line(g, res, rows[k], k + 1, sort, options.normalized) + "\n";
    }
    if (r.timings)
        for (std::size_t i = 0; i < res.metrics.size(); ++i) {
            char line[96];
            std::snprintf(line, sizeof line, "time %s %.6f\n",
                          std::string(metric_name(res.metrics[i])).c_str(), res.seconds[i]);
            out.err += line;
        }
    return out;
}

std::vector<double> metric_scores(const PartnershipGraph& g, const std::string& metric,
                                  const char* option) {
    const Metric m = parse_metric_or_throw(metric, option);
    try {
        return compute_centrality(project(g, false, false), {m}, CentralityOptions{}).scores.front();
    } catch (const NotConvergedError& e) {
        throw UsageError(std::string(option) + ": " + metric + " does not converge on this graph ("
                         + std::to_string(e.iterations()) + " iterations, as NetworkX); pick "
                         "another metric (see docs/metrics.md)");
    }
}

}  // namespace pactgraph
