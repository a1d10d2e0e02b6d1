#include "io/toml_writer.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>

#include "support/escape.hpp"

namespace pactgraph {

namespace {

std::string list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + toml_quote(items[i]);
    return out + "]";
}

// Integers exactly when they are whole and within a double's exact range; else shortest
// round-tripping float text.
std::string number(double v) {
    char buf[40];
    if (v == std::floor(v) && std::fabs(v) < 9007199254740992.0) {
        std::snprintf(buf, sizeof buf, "%.0f", v);
        return buf;
    }
    for (int precision = 6; precision <= 17; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*g", precision, v);
        if (std::strtod(buf, nullptr) == v) break;
    }
    std::string s = buf;
    if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
    return s;
}

class Writer {
public:
    explicit Writer(const PartnershipGraph& g) : g_(g) {}

    std::string run(const std::string& comment) {
        std::istringstream lines(comment);
        for (std::string line; std::getline(lines, line);) out_ << "# " << line << '\n';
        if (!comment.empty()) out_ << '\n';
        header();
        vocabulary();
        for (EntityId v = 0; v < g_.entity_count(); ++v) entity(v);
        for (RelationEdge e : g_.relations()) relation(e);
        return out_.str();
    }

private:
    void key(std::string_view k, const std::string& value) { out_ << k << " = " << value << '\n'; }
    void text(std::string_view k, const std::string& value) {
        if (!value.empty()) key(k, toml_quote(value));
    }
    void words(std::string_view k, const std::vector<std::string>& values) {
        if (!values.empty()) key(k, list(values));
    }

    void attributes(const std::vector<std::pair<std::string, std::string>>& attrs) {
        if (attrs.empty()) return;
        std::string t = "{ ";
        for (std::size_t i = 0; i < attrs.size(); ++i)
            t += (i ? ", " : "") + toml_quote(attrs[i].first) + " = " + toml_quote(attrs[i].second);
        key("attributes", t + " }");
    }

    void header() {
        const GraphInfo& info = g_.info();
        if (info.title.empty() && info.description.empty() && info.as_of.empty()) return;
        out_ << "[graph]\n";
        text("title", info.title);
        text("description", info.description);
        text("as_of", info.as_of.to_string());
        out_ << '\n';
    }

    void vocabulary() {
        const Vocabulary& voc = g_.vocabulary();
        const auto kinds = voc.extra_kinds();
        const auto types = voc.extra_types();
        if (kinds.empty() && types.empty()) return;
        out_ << "[vocabulary]\n";
        if (!kinds.empty()) {
            std::vector<std::string> items;
            for (KindId k : kinds)
                items.push_back("{ name = " + toml_quote(voc.kind(k).name) +
                                ", description = " + toml_quote(voc.kind(k).description) + " }");
            out_ << "kinds = [\n";
            for (const auto& i : items) out_ << "  " << i << ",\n";
            out_ << "]\n";
        }
        if (!types.empty()) {
            out_ << "types = [\n";
            for (RelationTypeId t : types) {
                const RelationTypeInfo& info = voc.type(t);
                out_ << "  { name = " << toml_quote(info.name) << ", description = " << toml_quote(info.description)
                     << ", links_targets = " << (info.links_targets ? "true" : "false")
                     << ", symmetric = " << (info.symmetric ? "true" : "false") << " },\n";
            }
            out_ << "]\n";
        }
        out_ << '\n';
    }

    void entity(EntityId v) {
        const Entity& e = g_.entity(v);
        out_ << "[[entity]]\n";
        text("id", e.id);
        text("name", e.name);
        text("kind", std::string(g_.kind_name(v)));
        words("roles", e.roles);
        words("aliases", e.aliases);
        words("tags", e.tags);
        text("url", e.url);
        text("note", e.note);
        attributes(e.attributes);
        out_ << '\n';
    }

    static std::string source(const Source& s) {
        std::string t = "{ ";
        const auto field = [&t](std::string_view k, const std::string& v) {
            if (v.empty()) return;
            if (t.size() > 2) t += ", ";
            t += std::string(k) + " = " + toml_quote(v);
        };
        field("url", s.url);
        field("citation", s.citation);
        field("publisher", s.publisher);
        field("date", s.date.to_string());
        if (s.confidence != Confidence::unspecified) field("confidence", std::string(confidence_name(s.confidence)));
        return t + " }";
    }

    void relation(RelationEdge e) {
        const Relation& r = g_.relation(e);
        const RelationDetails& d = g_.stored_details(e);
        out_ << "[[relation]]\n";
        text("from", g_.entity(g_.source(e)).id);
        text("to", g_.entity(g_.target(e)).id);
        text("type", std::string(g_.type_name(e)));
        text("id", d.id);
        text("label", d.label);
        if (r.has_amount()) key("amount_usd", number(r.amount_usd));
        text("date", bounded_date_text(r.date, r.date_bound));
        text("end_date", r.end_date.to_string());
        text("status", std::string(status_name(r.status)));
        if (r.exclusive) key("exclusive", "true");
        text("scope", d.scope);
        text("note", d.note);
        if (!d.sources.empty()) {
            out_ << "sources = [\n";
            for (const Source& s : d.sources) out_ << "  " << source(s) << ",\n";
            out_ << "]\n";
        }
        attributes(d.attributes);
        out_ << '\n';
    }

    const PartnershipGraph& g_;
    std::ostringstream out_;
};

}  // namespace

std::string to_toml(const PartnershipGraph& g, const std::string& comment) {
    return Writer(g).run(comment);
}

}  // namespace pactgraph
