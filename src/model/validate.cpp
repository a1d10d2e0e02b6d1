#include "model/validate.hpp"

namespace pactgraph {

namespace {

std::string describe(const PartnershipGraph& g, RelationEdge e) {
    return "relation " + g.entity(g.source(e)).id + " -[" + std::string(g.type_name(e)) + "]-> " +
           g.entity(g.target(e)).id;
}

}  // namespace

Validation validate(const PartnershipGraph& g, std::size_t max_listed) {
    Validation out;
    for (RelationEdge e : g.relations()) {
        const Relation& r = g.relation(e);
        const RelationDetails& d = g.stored_details(r.id);
        const bool unsourced = d.sources.empty();
        const bool unscoped = r.exclusive && d.scope.empty();
        const bool backwards = !r.end_date.empty() && r.starts_at_or_after_date() && r.end_date < r.date;
        const auto warn = [&](const auto& message) {
            if (out.total++ >= max_listed) return;
            const RelationPosition at = g.position(r.id);
            out.listed.push_back({Severity::warning, SourceLocation{g.info().source_name, at.line, at.column},
                                  describe(g, e) + message(), {}});
        };
        if (unsourced) warn([] { return std::string(" cites no source; expected `source` or `sources`"); });
        if (unscoped)
            warn([] { return std::string(" is exclusive but has no `scope`; say what the exclusivity covers"); });
        if (backwards)
            warn([&] {
                return " ends (" + r.end_date.to_string() + ") before it starts (" +
                       bounded_date_words(r.date, r.date_bound) + ")";
            });
    }
    return out;
}

}  // namespace pactgraph
