#include "render/edges.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>
#include <tuple>

#include "model/describe.hpp"
#include "render/style.hpp"
#include "support/escape.hpp"
#include "support/money.hpp"

namespace pactgraph {

namespace {

int mark_rank(Mark m) {
    switch (m) {
        case Mark::conflict: return 6;
        case Mark::removed: return 5;
        case Mark::added: return 4;
        case Mark::changed: return 3;
        case Mark::highlight: return 2;
        case Mark::faded: return 1;
        case Mark::none: break;
    }
    return 0;
}

// "2019", "2019–2023" or "" from the relations' exact dates; with none, a bound as written but
// with a proper sign ("≥2025-09", "<2011").
std::string year_span(const PartnershipGraph& g, const DrawnEdge& e) {
    int lo = 0, hi = 0;
    std::string bound;
    for (RelationId id : e.relations) {
        const Relation& r = g.relation(g.relations()[id]);
        if (r.date.empty()) continue;
        if (r.date_bound != DateBound::exact) {
            if (bound.empty())
                bound = (r.date_bound == DateBound::before ? "<" : "\u2265") + r.date.to_string();
            continue;
        }
        const int y = r.date.year();
        lo = lo == 0 ? y : std::min(lo, y);
        hi = std::max(hi, y);
    }
    if (lo == 0) return bound;
    if (lo == hi) return std::to_string(lo);
    return std::to_string(lo) + "\u2013" + std::to_string(hi);
}

}  // namespace

std::vector<DrawnEdge> drawn_edges(const PartnershipGraph& g, bool merge_parallel) {
    std::vector<DrawnEdge> out;
    using Key = std::tuple<EntityId, EntityId, RelationTypeId, Status, bool>;
    std::map<Key, std::size_t> groups;
    for (RelationEdge edge : g.relations()) {
        const Relation& r = g.relation(edge);
        const Key key{g.source(edge), g.target(edge), r.type, r.status, r.exclusive};
        if (merge_parallel) {
            auto [it, fresh] = groups.emplace(key, out.size());
            if (!fresh) {
                out[it->second].relations.push_back(r.id);
                continue;
            }
        }
        out.push_back({g.source(edge), g.target(edge), {r.id}});
    }
    return out;
}

std::vector<std::string> wrap_words(const std::string& text, std::size_t width) {
    std::vector<std::string> lines;
    std::istringstream words(text);
    std::string word, line;
    while (words >> word) {
        if (!line.empty() && line.size() + 1 + word.size() > width) {
            lines.push_back(line);
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

std::vector<std::string> edge_label_lines(const PartnershipGraph& g, const DrawnEdge& e) {
    const RelationEdge first = g.relations()[e.relations.front()];
    const Relation& r = g.relation(first);
    std::vector<std::string> lines;
    std::string head = type_words(g.type_name(first));
    if (e.relations.size() > 1) head += " \u00d7" + std::to_string(e.relations.size());
    if (status_style(r.status).line != LineStyle::solid || r.status == Status::ended)
        head += " (" + std::string(status_name(r.status)) + ")";
    lines.push_back(head);
    if (e.relations.size() == 1 && !g.details(r.id).label.empty())
        lines.push_back(g.details(r.id).label);
    double amount = 0;
    bool any_amount = false;
    for (RelationId id : e.relations) {
        const Relation& m = g.relation(g.relations()[id]);
        if (m.has_amount()) amount += m.amount_usd, any_amount = true;
    }
    std::string money = any_amount ? format_money_short(amount) : "";
    const std::string years = year_span(g, e);
    if (!money.empty() || !years.empty())
        lines.push_back(money + (!money.empty() && !years.empty() ? ", " : "") + years);
    if (r.exclusive) {
        const std::string& scope = g.details(r.id).scope;
        const bool says_it = scope.rfind("exclusive", 0) == 0;
        auto wrapped = wrap_words(says_it ? scope : "exclusive" + (scope.empty() ? "" : ": " + scope), 28);
        lines.insert(lines.end(), wrapped.begin(), wrapped.end());
    }
    return lines;
}

std::string edge_tooltip(const PartnershipGraph& g, const DrawnEdge& e) {
    std::string out;
    for (RelationId id : e.relations) {
        const RelationDetails& d = g.details(id);
        if (!out.empty()) out += "\n\n";
        out += relation_sentence(g, g.relations()[id]);
        if (!d.label.empty()) out += " (" + d.label + ")";
        if (g.relation(g.relations()[id]).exclusive)
            out += "\nexclusive" + (d.scope.empty() ? "" : ": " + d.scope);
        if (!d.note.empty()) out += "\n" + d.note;
        for (const Source& src : d.sources) out += "\nsource: " + source_tooltip(src);
        if (d.sources.empty()) out += "\nsource: none given";
    }
    return out;
}

std::string edge_link(const PartnershipGraph& g, const DrawnEdge& e) {
    for (RelationId id : e.relations)
        for (const Source& src : g.details(id).sources)
            if (is_safe_link(src.url)) return src.url;
    return "";
}

std::string entity_tooltip(const PartnershipGraph& g, EntityId v) {
    const Entity& en = g.entity(v);
    std::string out = en.name + " (" + std::string(g.kind_name(v)) + ", id " + en.id + ")";
    if (!en.roles.empty()) {
        out += "\nroles:";
        for (const auto& r : en.roles) out += " " + r;
    }
    if (!en.aliases.empty()) {
        out += "\nalso:";
        for (const auto& a : en.aliases) out += " " + a;
    }
    if (!en.note.empty()) out += "\n" + en.note.get();
    if (is_safe_link(en.url)) out += "\n" + en.url.get();
    return out;
}

std::string entity_link(const PartnershipGraph& g, EntityId v) {
    const std::string& url = g.entity(v).url;
    return is_safe_link(url) ? url : "";
}

Mark edge_mark(const RenderOptions& o, const DrawnEdge& e) {
    Mark best = Mark::none;
    for (RelationId id : e.relations) {
        const Mark m = id < o.relation_marks.size() ? o.relation_marks[id] : Mark::none;
        if (mark_rank(m) > mark_rank(best)) best = m;
    }
    return best;
}

Mark entity_mark(const RenderOptions& o, EntityId v) {
    return v < o.entity_marks.size() ? o.entity_marks[v] : Mark::none;
}

bool marks_show_change(const RenderOptions& o) {
    const auto change = [](Mark m) { return m == Mark::added || m == Mark::removed || m == Mark::changed; };
    return std::any_of(o.relation_marks.begin(), o.relation_marks.end(), change) ||
           std::any_of(o.entity_marks.begin(), o.entity_marks.end(), change);
}

}  // namespace pactgraph
