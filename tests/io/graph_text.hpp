// Every field of a graph spelled out as text, independently of any writer, so round-trip tests
// can compare a graph with what came back from a file.
#pragma once

#include <sstream>
#include <string>

#include "model/graph.hpp"

namespace pactgraph::testing {

enum class Describe {
    everything,
    data_only,  // entities and relations (kind and type names included), not the graph's title
                // or the declared words' descriptions and flags
};

inline std::string describe_graph(const PartnershipGraph& g, Describe what = Describe::everything) {
    std::ostringstream o;
    o.precision(17);
    if (what == Describe::everything) {
        o << g.info().title << '|' << g.info().description << '|' << g.info().as_of.to_string() << '\n';
        for (KindId k : g.vocabulary().extra_kinds())
            o << "kind " << g.vocabulary().kind(k).name << '|' << g.vocabulary().kind(k).description << '\n';
        for (RelationTypeId t : g.vocabulary().extra_types()) {
            const RelationTypeInfo& i = g.vocabulary().type(t);
            o << "type " << i.name << '|' << i.description << '|' << i.links_targets << i.symmetric << '\n';
        }
    }
    const auto words = [&o](const std::vector<std::string>& w) {
        for (const auto& s : w) o << s << ',';
        o << '|';
    };
    const auto attributes = [&o](const std::vector<std::pair<std::string, std::string>>& attrs) {
        for (const auto& [k, val] : attrs) o << k << '=' << val << ',';
    };
    for (EntityId v = 0; v < g.entity_count(); ++v) {
        const Entity& e = g.entity(v);
        o << e.id << '|' << e.name << '|' << g.kind_name(v) << '|';
        words(e.roles);
        words(e.aliases);
        words(e.tags);
        o << e.url << '|' << e.note << '|';
        attributes(e.attributes);
        o << '\n';
    }
    for (RelationEdge e : g.relations()) {
        const Relation& r = g.relation(e);
        const RelationDetails& d = g.details(e);
        o << g.entity(g.source(e)).id << "->" << g.entity(g.target(e)).id << '|' << g.type_name(e) << '|'
          << status_name(r.status) << '|' << r.exclusive << '|' << (r.has_amount() ? r.amount_usd : -1.0) << '|'
          << r.date.to_string() << '|' << r.end_date.to_string() << '|' << d.label << '|' << d.scope << '|' << d.note;
        for (const Source& s : d.sources)
            o << "|src " << s.url << ';' << s.citation << ';' << s.publisher << ';' << s.date.to_string() << ';'
              << confidence_name(s.confidence);
        o << '|';
        attributes(d.attributes);
        o << '\n';
    }
    return o.str();
}

}  // namespace pactgraph::testing
