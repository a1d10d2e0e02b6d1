#include "format/metrics_format.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <future>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>
#include <system_error>

#include "format/numbers.hpp"
#include "format/table.hpp"
#include "support/suggest.hpp"
#include "support/text.hpp"

namespace pactgraph {

namespace {

bool integral(double v) { return v == std::floor(v) && std::abs(v) < 1e15; }

// Readable: a column of whole numbers (raw counts, amounts) as integers, others with 4 decimals,
// or more when the column's largest value needs them for 4 significant digits (PageRank on
// 100,000 entities is about 0.00001 everywhere: "0.0000" in every row would say nothing).
std::string for_people(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

int column_decimals(const std::vector<double>& scores, const std::vector<EntityId>& rows) {
    if (std::all_of(rows.begin(), rows.end(), [&](EntityId v) { return integral(scores[v]); })) return 0;
    double largest = 0.0;
    for (EntityId v : rows)
        if (std::isfinite(scores[v])) largest = std::max(largest, std::abs(scores[v]));
    if (largest == 0.0 || largest >= 1e-3) return 4;
    return std::min(12, 3 - static_cast<int>(std::floor(std::log10(largest))));
}

std::vector<int> decimals_of(const CentralityResult& res, const std::vector<EntityId>& rows) {
    std::vector<int> out;
    for (const auto& s : res.scores) out.push_back(column_decimals(s, rows));
    return out;
}

std::vector<std::string> header_cells(const CentralityResult& res) {
    std::vector<std::string> h = {"rank", "id", "name"};
    for (Metric m : res.metrics) h.emplace_back(metric_name(m));
    return h;
}

// A row's cells, their memory reused from row to row: a million rows allocate little.
class RowCells {
public:
    RowCells(const PartnershipGraph& g, const CentralityResult& res, const std::vector<int>& decimals,
             TextFormat format)
        : g_(g), res_(res), decimals_(decimals), format_(format) {}

    const std::vector<std::string>& of(EntityId v, std::size_t rank) {
        cells_.resize(3 + res_.scores.size());
        cells_[0] = std::to_string(rank);
        cells_[1].assign(g_.entity(v).id);
        cells_[2].assign(g_.entity(v).name);
        for (std::size_t i = 0; i < res_.scores.size(); ++i) {
            if (for_programs(format_)) assign_round_trip(cells_[3 + i], res_.scores[i][v]);
            else cells_[3 + i] = for_people(res_.scores[i][v], decimals_[i]);
        }
        return cells_;
    }
    const PartnershipGraph& graph() const { return g_; }
    const CentralityResult& result() const { return res_; }

private:
    const PartnershipGraph& g_;
    const CentralityResult& res_;
    const std::vector<int>& decimals_;
    TextFormat format_;
    std::vector<std::string> cells_;
};

// Rows [first, last) of the ranking as CSV lines, into `out`, which gets room for `room` rows.
void add_csv_rows(DelimitedText& out, RowCells cells, const std::vector<EntityId>& rows, std::size_t first,
                  std::size_t last, std::size_t room) {
    // Rows go in rank order, entities here and there in memory: each row's entity is fetched a
    // few rows ahead.
    constexpr std::size_t kAhead = 8;
    constexpr std::size_t kSample = 4096;  // rows written before the rest is reserved
    for (std::size_t k = first; k < last; ++k) {
        if (k + kAhead < last) __builtin_prefetch(&cells.graph().entity(rows[k + kAhead]));
        if (k - first == kSample) out.reserve_rest(kSample, room);
        out.add_row(cells.of(rows[k], k + 1));
    }
}

// CSV straight into the text, a row per entity of a million: the second half of the rows on
// another thread (from 65,536 rows, when one can be had), appended to the first half's text,
// which has room for it.
std::string csv_rows(const RowCells& cells, const std::vector<EntityId>& rows) {
    constexpr std::size_t kSplitFrom = 1 << 16;
    std::size_t half = rows.size() >= kSplitFrom ? rows.size() / 2 : rows.size();
    std::future<std::string> second;
    if (half < rows.size()) try {
        second = std::async(std::launch::async, [&] {
            DelimitedText part(DelimitedText::Style::csv);
            add_csv_rows(part, cells, rows, half, rows.size(), rows.size() - half);
            return part.take();
        });
    } catch (const std::system_error&) {
        half = rows.size();
    }
    DelimitedText out(DelimitedText::Style::csv, header_cells(cells.result()));
    add_csv_rows(out, cells, rows, 0, half, rows.size());
    std::string text = out.take();
    if (second.valid()) text += second.get();
    return text;
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
    for (RelationEdge e : g.relations()) {  // a symmetric relation counts both ways, as measured
        const bool sym = g.symmetric(e);
        if (g.target(e) == v || (sym && g.source(e) == v)) {
            ++in;
            const std::string& n = g.entity(g.target(e) == v ? g.source(e) : g.target(e)).name;
            if (std::find(from.begin(), from.end(), n) == from.end()) from.push_back(n);
        }
        if (g.source(e) == v || (sym && g.target(e) == v)) ++out;
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
                        const std::vector<EntityId>& rows, TextFormat format) {
    if (format == TextFormat::json) {
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
    const std::vector<int> decimals = decimals_of(res, rows);
    if (format == TextFormat::csv) return csv_rows(RowCells(g, res, decimals, format), rows);
    RowCells cells(g, res, decimals, format);
    std::vector<Table::Align> align = {Table::Align::right, Table::Align::left, Table::Align::left};
    align.resize(3 + res.metrics.size(), Table::Align::right);
    Table t(header_cells(res), align);
    for (std::size_t k = 0; k < rows.size(); ++k) t.add_row(cells.of(rows[k], k + 1));
    return format == TextFormat::markdown ? t.to_markdown() : t.to_text();
}

// "betweenness sampled (96513 pairs): within ±0.01 with probability 0.9" and the like.
std::string approximation_note(const ApproxBound& b) {
    std::ostringstream s;
    s << metric_name(b.metric);
    if (!b.bounded && b.exact)
        s << " exact: all " << b.samples << " entities are sources (--sources asked for that many or more)";
    else if (!b.bounded)
        s << " from " << b.samples << " sources drawn at random (NetworkX's k): an estimate without "
          << "a stated error";
    else if (b.exact)
        s << " exact (cheaper than the samples the bound needs)";
    else
        s << " sampled (" << b.samples << (b.metric == Metric::betweenness ? " pairs" : " sources")
          << "): within \u00b1" << std::setprecision(3) << b.bound << " with probability " << 1.0 - b.delta;
    return s.str();
}

}  // namespace

std::string metrics_settings(const MetricsAnswer& a) {
    std::ostringstream s;
    s << count_noun(a.entities, "entity", "entities") << ", " << a.pairs << " distinct "
      << (a.directed ? "directed" : "undirected") << (a.pairs == 1 ? " pair, " : " pairs, ")
      << (a.weighted ? "weighted by amount" : "unweighted") << "; ";
    if (a.directed)
        s << "a symmetric relation counts as a pair each way; closeness/harmonic on "
          << (a.options.direction == DistanceDirection::in ? "incoming" : "outgoing") << " distances; ";
    s << (a.options.normalized ? "normalized" : "raw") << " degree/betweenness/closeness";
    s << "; " << kCompatNames.name(a.compat) << " conventions; ranked by " << metric_name(a.sort);
    for (const ApproxBound& b : a.result.approximations) s << "; " << approximation_note(b);
    s << "\n";
    return s.str();
}

std::string metrics_timings(const MetricsAnswer& a, double load_seconds) {
    char head[96];
    std::snprintf(head, sizeof head, "time load %.6f\ntime view %.6f\n", load_seconds, a.view_seconds);
    std::string out = head;
    for (std::size_t i = 0; i < a.result.metrics.size(); ++i) {
        char line[128];
        std::snprintf(line, sizeof line, "time %s %.6f",
                      std::string(metric_name(a.result.metrics[i])).c_str(), a.result.seconds[i]);
        out += line;
        if (const int it = a.result.iterations[i]; it > 0)
            out += " iterations " + std::to_string(it);
        out += "\n";
    }
    return out;
}

MetricsText metrics_text(const PartnershipGraph& g, const MetricsAnswer& a, TextFormat format,
                         std::size_t explain) {
    MetricsText out;
    const std::string settings = metrics_settings(a);
    const bool programs = for_programs(format);
    if (programs)
        out.settings_note = "# " + settings;
    else if (format == TextFormat::markdown)
        out.document += settings + "\n";
    else
        out.document += "# " + settings;
    std::string rows = render_rows(g, a.result, a.rows, format);
    if (out.document.empty()) out.document = std::move(rows);  // CSV and JSON: no copy of a million rows
    else out.document += rows;
    if (explain > 0) {
        std::string& to = programs ? out.explain_note : out.document;
        to += "\n";
        for (std::size_t k = 0; k < a.rows.size() && k < explain; ++k)
            to += explain_line(g, a.result, a.rows[k], k + 1, a.sort, a.options.normalized) + "\n";
    }
    return out;
}

}  // namespace pactgraph
