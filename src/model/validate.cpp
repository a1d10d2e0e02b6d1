#include "model/validate.hpp"

namespace pactgraph {

namespace {

Diagnostic warning_at(const PartnershipGraph& g, RelationPosition at, std::string message) {
    return Diagnostic{Severity::warning, SourceLocation{g.info().source_name, at.line, at.column},
                      std::move(message), {}};
}

std::string describe(const PartnershipGraph& g, RelationEdge e) {
    return "relation " + g.entity(g.source(e)).id + " -[" + std::string(g.type_name(e)) + "]-> " +
           g.entity(g.target(e)).id;
}

}  // namespace

Validation validate(const PartnershipGraph& g, std::size_t limit) {
    Validation out;
    const auto add = [&](RelationId id, auto words) {
        if (out.listed.size() < limit) out.listed.push_back(warning_at(g, g.position(id), words()));
        else ++out.unlisted;
    };
    for (RelationEdge e : g.relations()) {
        const Relation& r = g.relation(e);
        const RelationDetails& d = g.details(r.id);
        if (d.sources.empty())
            add(r.id, [&] { return describe(g, e) + " cites no source; expected `source` or `sources`"; });
        if (r.exclusive && d.scope.empty())
            add(r.id, [&] { return describe(g, e) + " is exclusive but has no `scope`; say what the exclusivity covers"; });
        if (!r.end_date.empty() && r.starts_at_or_after_date() && r.end_date < r.date)
            add(r.id, [&] {
                return describe(g, e) + " ends (" + r.end_date.to_string() + ") before it starts (" +
                       bounded_date_words(r.date, r.date_bound) + ")";
            });
    }
    return out;
}

}  // namespace pactgraph
