#include "format/query_format.hpp"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "format/json_fields.hpp"
#include "model/describe.hpp"
#include "support/diagnostics.hpp"
#include "support/money.hpp"
#include "support/suggest.hpp"
#include "format/table.hpp"

namespace pactgraph {

namespace {

using json = nlohmann::ordered_json;

std::string dump(const json& j) { return j.dump(2) + "\n"; }

// An empty table prints nothing for people (standard error says why) and the header for TSV.
std::string render(const Table& t, TextFormat f) {
    if (f == TextFormat::tsv) return t.to_tsv();
    return t.size() == 0 ? std::string() : t.to_text();
}

json entity_json(const PartnershipGraph& g, EntityId v) {
    return json{{"id", g.entity(v).id}, {"name", g.entity(v).name}, {"kind", g.kind_name(v)}};
}

// "on_or_after", "before" or "" (an exact date, or none): the TSV date_bound field.
std::string bound_cell(const Relation& r) { return r.date.empty() ? "" : std::string(date_bound_name(r.date_bound)); }

std::string amount_cell(const Relation& r, TextFormat f) {
    if (!r.has_amount()) return "";
    return f == TextFormat::tsv ? plain_amount(r.amount_usd) : format_money_short(r.amount_usd);
}

// The first source, shortened for a table; every source, separated by " | ", for TSV.
std::string sources_cell(const RelationDetails& d, TextFormat f) {
    if (d.sources.empty()) return "";
    if (f == TextFormat::tsv) {
        std::string out;
        for (const Source& s : d.sources) out += (out.empty() ? "" : " | ") + source_text(s);
        return out;
    }
    std::string first = d.sources.front().url.empty() ? d.sources.front().citation : d.sources.front().url;
    if (display_width(first) > 48) {
        std::size_t cut = 47;
        while (cut > 0 && (static_cast<unsigned char>(first[cut]) & 0xC0) == 0x80) --cut;
        first = first.substr(0, cut) + "…";
    }
    if (d.sources.size() > 1) first += " (+" + std::to_string(d.sources.size() - 1) + ")";
    return first;
}

// "invests_in $10B 2023": the type and the facts a chain link has room for.
std::string relation_short(const PartnershipGraph& g, RelationEdge e) {
    const Relation& r = g.relation(e);
    std::string out(g.type_name(e));
    if (r.has_amount()) out += " " + format_money_short(r.amount_usd);
    if (!r.date.empty()) out += " " + bounded_date_text(r.date, r.date_bound);
    return out;
}

bool forward(const PartnershipGraph& g, const Hop& h) { return g.source(h.relations.front()) == h.from; }

}  // namespace

std::string hop_link(const PartnershipGraph& g, const Hop& hop) {
    const std::string label = relation_short(g, hop.relations.front());
    if (g.symmetric(hop.relations.front())) return "-[" + label + "]-";  // either way alike
    return forward(g, hop) ? "-[" + label + "]->" : "<-[" + label + "]-";
}

std::string path_chain(const PartnershipGraph& g, const Path& p) {
    if (p.hops.empty()) return "";
    std::string out = g.entity(p.hops.front().from).id;
    for (const Hop& h : p.hops) out += " " + hop_link(g, h) + " " + g.entity(h.to).id;
    return out;
}

// --- neighbors -------------------------------------------------------------------------------

std::string neighbors_report(const PartnershipGraph& g, const Neighborhood& n, PathDirection d, int depth,
                             TextFormat f) {
    if (f == TextFormat::json) {
        json j{{"center", entity_json(g, n.center)}, {"direction", kPathDirectionNames.name(d)}, {"depth", depth}};
        j["entities"] = json::array();
        for (EntityId v : n.entities) {
            json e = entity_json(g, v);
            e["depth"] = n.depth_of[v];
            j["entities"].push_back(e);
        }
        j["relations"] = json::array();
        for (const NeighborStep& s : n.steps) {
            json r{{"depth", s.depth}, {"via", g.entity(s.via).id}, {"neighbor", g.entity(s.entity).id},
                   {"direction", g.source(s.relation) == s.via ? "out" : "in"}};
            r["relation"] = relation_json(g, s.relation);
            j["relations"].push_back(r);
        }
        return dump(j);
    }
    const bool tsv = f == TextFormat::tsv;
    Table t(tsv ? std::vector<std::string>{"depth", "neighbor", "kind", "via", "direction", "type", "amount_usd",
                                           "date", "date_bound", "status", "sources"}
                : std::vector<std::string>{"depth", "neighbor", "kind", "relation", "amount", "date", "status",
                                           "source"},
            {Table::Align::right});
    for (const NeighborStep& s : n.steps) {
        const Relation& r = g.relation(s.relation);
        const bool out = g.source(s.relation) == s.via;
        const std::string type(g.type_name(s.relation));
        const std::string link = g.symmetric(s.relation) ? " -[" + type + "]- "
                                 : out                       ? " -[" + type + "]-> "
                                                             : " <-[" + type + "]- ";
        const std::string rel = g.entity(s.via).id + link + g.entity(s.entity).id;
        std::vector<std::string> row{std::to_string(s.depth), g.entity(s.entity).id, std::string(g.kind_name(s.entity))};
        if (tsv) {
            row.insert(row.end(), {g.entity(s.via).id, out ? "out" : "in", type});
        } else {
            row.push_back(rel);
        }
        if (tsv)
            row.insert(row.end(), {amount_cell(r, f), r.date.to_string(), bound_cell(r)});
        else
            row.insert(row.end(), {amount_cell(r, f), bounded_date_text(r.date, r.date_bound)});
        row.insert(row.end(), {std::string(status_name(r.status)), sources_cell(g.details(s.relation), f)});
        t.add_row(std::move(row));
    }
    return render(t, f);
}

// --- paths -----------------------------------------------------------------------------------

std::string paths_report(const PartnershipGraph& g, const PathsQuery& q, const PathsResult& r, TextFormat f) {
    if (f == TextFormat::json) {
        json j{{"from", g.entity(q.from).id},
               {"to", g.entity(q.to).id},
               {"mode", q.all ? "all" : "shortest"},
               {"undirected", q.options.undirected},
               {"weight", q.options.weight == PathWeight::hops ? "hops" : "amount"}};
        if (q.all) j["max_hops"] = q.options.max_hops;
        j["paths"] = json::array();
        for (const Path& p : r.paths) {
            json pj{{"hops", p.hops.size()}, {"cost", p.cost}, {"chain", path_chain(g, p)}};
            pj["entities"] = json::array({g.entity(q.from).id});
            pj["steps"] = json::array();
            for (const Hop& h : p.hops) {
                pj["entities"].push_back(g.entity(h.to).id);
                json rels = json::array();
                for (RelationEdge e : h.relations) rels.push_back(relation_json(g, e));
                pj["steps"].push_back(json{{"from", g.entity(h.from).id}, {"to", g.entity(h.to).id},
                                           {"direction", forward(g, h) ? "forward" : "backward"},
                                           {"relations", rels}});
            }
            j["paths"].push_back(pj);
        }
        j["more"] = r.more;
        j["search_stopped"] = r.search_stopped;
        return dump(j);
    }
    if (f == TextFormat::table) {
        std::string out;
        for (const Path& p : r.paths) out += path_chain(g, p) + "\n";
        return out;
    }
    Table t({"path", "hop", "from", "direction", "to", "type", "amount_usd", "date", "date_bound", "status",
             "parallel"});
    for (std::size_t i = 0; i < r.paths.size(); ++i)
        for (std::size_t k = 0; k < r.paths[i].hops.size(); ++k) {
            const Hop& h = r.paths[i].hops[k];
            const Relation& rel = g.relation(h.relations.front());
            t.add_row({std::to_string(i + 1), std::to_string(k + 1), g.entity(h.from).id,
                       forward(g, h) ? "forward" : "backward", g.entity(h.to).id,
                       std::string(g.type_name(h.relations.front())), amount_cell(rel, f), rel.date.to_string(),
                       bound_cell(rel), std::string(status_name(rel.status)), std::to_string(h.relations.size())});
        }
    return t.to_tsv();
}

// --- match -----------------------------------------------------------------------------------

namespace {

struct Column {
    std::string name;
    bool node = true;
    std::size_t index = 0;
};

// Every node (anonymous ones as _1, _2 … by position) and the named edges.
std::vector<Column> match_columns(const Pattern& p) {
    std::vector<Column> cols;
    for (std::size_t i = 0; i < p.nodes.size(); ++i)
        cols.push_back({p.nodes[i].name.empty() ? "_" + std::to_string(i + 1) : p.nodes[i].name, true, i});
    for (std::size_t i = 0; i < p.edges.size(); ++i)
        if (!p.edges[i].name.empty()) cols.push_back({p.edges[i].name, false, i});
    return cols;
}

}  // namespace

std::string match_report(const PartnershipGraph& g, const Pattern& p, const MatchResult& r, TextFormat f) {
    const std::vector<Column> cols = match_columns(p);
    if (f == TextFormat::json) {
        json j{{"pattern", p.text}};
        j["columns"] = json::array();
        for (const Column& c : cols) j["columns"].push_back(c.name);
        j["matches"] = json::array();
        for (const Match& m : r.matches) {
            json nodes = json::object(), edges = json::object();
            for (std::size_t i = 0; i < p.nodes.size(); ++i) nodes[cols[i].name] = entity_json(g, m.nodes[i]);
            for (std::size_t i = 0; i < p.edges.size(); ++i)
                edges[p.edges[i].name.empty() ? "_e" + std::to_string(i + 1) : p.edges[i].name] =
                    relation_json(g, m.edges[i]);
            j["matches"].push_back(json{{"nodes", nodes}, {"edges", edges}});
        }
        j["count"] = r.matches.size();
        j["truncated"] = r.truncated;
        return dump(j);
    }
    // TSV gives a named edge's type and the line of its [[relation]] (what tells two apart).
    const bool tsv = f == TextFormat::tsv;
    std::vector<std::string> headers;
    for (const Column& c : cols) {
        headers.push_back(c.name);
        if (tsv && !c.node) headers.push_back(c.name + "_line");
    }
    Table t(headers);
    for (const Match& m : r.matches) {
        std::vector<std::string> row;
        for (const Column& c : cols) {
            if (c.node) {
                row.push_back(g.entity(m.nodes[c.index]).id);
            } else if (tsv) {
                row.push_back(std::string(g.type_name(m.edges[c.index])));
                row.push_back(std::to_string(g.position(m.edges[c.index]).line));
            } else {
                row.push_back(relation_short(g, m.edges[c.index]));
            }
        }
        t.add_row(std::move(row));
    }
    return render(t, f);
}

}  // namespace pactgraph
