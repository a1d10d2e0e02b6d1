#include "model/validate.hpp"

namespace pactgraph {

namespace {

Diagnostic warning_at(const PartnershipGraph& g, const RelationDetails& d, std::string message) {
    return Diagnostic{Severity::warning, SourceLocation{g.info().source_name, d.line, d.column},
                      std::move(message), {}};
}

std::string describe(const PartnershipGraph& g, RelationEdge e) {
    return "relation " + g.entity(g.source(e)).id + " -[" + std::string(g.type_name(e)) + "]-> " +
           g.entity(g.target(e)).id;
}

}  // namespace

std::vector<Diagnostic> validate(const PartnershipGraph& g) {
    std::vector<Diagnostic> out;
    for (RelationEdge e : g.relations()) {
        const Relation& r = g.relation(e);
        const RelationDetails& d = g.details(r.id);
        if (d.sources.empty())
            out.push_back(warning_at(g, d, describe(g, e) + " cites no source; expected `source` or `sources`"));
        if (r.exclusive && d.scope.empty())
            out.push_back(warning_at(g, d, describe(g, e) + " is exclusive but has no `scope`; say what the exclusivity covers"));
        if (!r.end_date.empty() && r.starts_at_or_after_date() && r.end_date < r.date)
            out.push_back(warning_at(g, d, describe(g, e) + " ends (" + r.end_date.to_string() +
                                               ") before it starts (" + bounded_date_words(r.date, r.date_bound) + ")"));
    }
    return out;
}

}  // namespace pactgraph
