#include "query/pattern.hpp"

#include <set>

#include <algorithm>
#include <cctype>
#include <type_traits>

#include "support/diagnostics.hpp"
#include "support/suggest.hpp"

namespace pactgraph {

namespace {

const std::string kSource = "PATTERN";

class PatternParser {
public:
    PatternParser(std::string_view text, const Vocabulary& vocab) : text_(text), vocab_(vocab) {
        pattern_.text = std::string(text);
    }

    Pattern run() {
        do {
            chain();
        } while (accept(','));
        skip_space();
        if (pos_ < text_.size()) fail(pos_, "found '" + std::string(1, text_[pos_]) + "'; expected an edge (-[…]->, <-[…]-, -->, <--), ',' or the end of the pattern");
        return std::move(pattern_);
    }

private:
    [[noreturn]] void fail(std::size_t at, const std::string& message) const {
        throw InputError({Severity::error, {kSource, 1, static_cast<std::uint32_t>(at + 1)}, message, std::string(text_)});
    }
    std::string found() const {
        return pos_ >= text_.size() ? "the end of the pattern" : "'" + std::string(1, text_[pos_]) + "'";
    }
    void skip_space() {
        while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    }
    bool accept(std::string_view s) {
        skip_space();
        if (text_.substr(pos_, s.size()) != s) return false;
        pos_ += s.size();
        return true;
    }
    bool accept(char c) { return accept(std::string_view(&c, 1)); }
    void expect(std::string_view s, const std::string& what) {
        if (!accept(s)) fail(pos_, "found " + found() + "; expected " + what);
    }
    std::string name() {
        skip_space();
        const std::size_t s = pos_;
        while (pos_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_' ||
                                       (pos_ > s && text_[pos_] == '-' && text_[pos_ - 1] != '-' &&
                                        pos_ + 1 < text_.size() && std::isalnum(static_cast<unsigned char>(text_[pos_ + 1])))))
            ++pos_;
        return std::string(text_.substr(s, pos_ - s));
    }

    template <typename Find>
    auto labels(Find find, const std::vector<std::string>& known, const std::string& what) {
        std::vector<std::decay_t<decltype(*find(std::string()))>> ids;
        if (!accept(':')) return ids;
        do {
            skip_space();
            const std::size_t at = pos_;
            const std::string word = name();
            if (word.empty()) fail(at, "found " + found() + "; expected " + what);
            const auto id = find(word);
            if (!id)
                fail(at, "unknown " + what + " '" + word + "'" + did_you_mean(word, known) + " (known: " +
                             join_choices(known, ", ") + ")");
            ids.push_back(*id);
        } while (accept('|'));
        return ids;
    }

    std::optional<WhereExpr> braces(bool entity) {
        if (!accept('{')) return std::nullopt;
        const std::size_t start = pos_;
        char quote = 0;
        for (; pos_ < text_.size(); ++pos_) {
            const char c = text_[pos_];
            if (quote) {
                if (c == '\\') ++pos_;
                else if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '}') {
                break;
            }
        }
        if (pos_ >= text_.size()) fail(start - 1, "this '{' is not closed; expected '}'");
        const std::string_view expr = text_.substr(start, pos_ - start);
        ++pos_;
        return WhereExpr::parse_in(expr, vocab_, kSource, text_, static_cast<std::uint32_t>(start), entity);
    }

    std::size_t node() {
        skip_space();
        const std::size_t at = pos_;
        expect("(", "'(' to start a node such as (a:company)");
        PatternNode n;
        n.name = name();
        n.kinds = labels([&](const std::string& w) { return vocab_.find_kind(w); }, vocab_.kind_names(), "entity kind");
        n.where = braces(true);
        expect(")", "':' and a kind, '{' and a condition, or ')'");
        if (!n.name.empty()) {
            for (std::size_t i = 0; i < pattern_.nodes.size(); ++i) {
                if (pattern_.nodes[i].name != n.name) continue;
                if (!n.kinds.empty() || n.where)
                    fail(at, "node '" + n.name + "' is described twice; expected its kinds and condition at its first use only");
                return i;
            }
        }
        pattern_.nodes.push_back(std::move(n));
        return pattern_.nodes.size() - 1;
    }

    // An edge between `left` and the next node; returns that node.
    std::optional<std::size_t> edge(std::size_t left) {
        skip_space();
        const std::size_t at = pos_;
        bool reverse = false;
        PatternEdge e;
        if (accept("<--")) {
            reverse = true;
        } else if (accept("-->")) {
        } else if (accept("<-[")) {
            reverse = true;
            edge_body(e);
            expect("]-", "']-' to close the edge");
        } else if (accept("-[")) {
            edge_body(e);
            if (!accept("]->")) {
                if (accept("]-")) fail(at, "an edge without a direction; expected -[…]-> or <-[…]- (patterns are directed)");
                fail(pos_, "found " + found() + "; expected ']->' to close the edge");
            }
        } else {
            if (text_.substr(pos_, 2) == "--") fail(at, "an edge without a direction; expected --> or <-- (patterns are directed)");
            return std::nullopt;
        }
        const std::size_t right = node();
        e.from = reverse ? right : left;
        e.to = reverse ? left : right;
        if (!e.name.empty())
            for (const PatternEdge& other : pattern_.edges)
                if (other.name == e.name) fail(at, "edge name '" + e.name + "' is used twice; expected one name per edge");
        for (const PatternNode& n : pattern_.nodes)
            if (!e.name.empty() && n.name == e.name) fail(at, "'" + e.name + "' names both a node and an edge");
        pattern_.edges.push_back(std::move(e));
        return right;
    }

    void edge_body(PatternEdge& e) {
        e.name = name();
        e.types = labels([&](const std::string& w) { return vocab_.find_type(w); }, vocab_.type_names(), "relation type");
        e.where = braces(false);
    }

    void chain() {
        std::size_t at = node();
        while (auto next = edge(at)) at = *next;
    }

    std::string_view text_;
    const Vocabulary& vocab_;
    Pattern pattern_;
    std::size_t pos_ = 0;
};

}  // namespace

Pattern parse_pattern(std::string_view text, const Vocabulary& vocabulary) {
    return PatternParser(text, vocabulary).run();
}

MatchPattern to_match_pattern(const Pattern& p, const PartnershipGraph& g) {
    MatchPattern m;
    m.node_count = p.nodes.size();
    for (const PatternEdge& e : p.edges) m.edges.push_back({e.from, e.to});
    m.node_ok = [&p, &g](std::size_t i, EntityId v) {
        const PatternNode& n = p.nodes[i];
        const KindId kind = g.entity(v).kind;
        return (n.kinds.empty() || std::find(n.kinds.begin(), n.kinds.end(), kind) != n.kinds.end()) &&
               (!n.where || n.where->matches_entity(g, v));
    };
    m.edge_ok = [&p, &g](std::size_t i, RelationEdge r) {
        const PatternEdge& e = p.edges[i];
        const RelationTypeId type = g.relation(r).type;
        return (e.types.empty() || std::find(e.types.begin(), e.types.end(), type) != e.types.end()) &&
               (!e.where || e.where->matches(g, r));
    };
    return m;
}

MatchResult distinct_rows(const PartnershipGraph& g, const Pattern& p, MatchResult r) {
    std::set<std::vector<std::size_t>> seen;
    std::vector<Match> kept;
    for (Match& m : r.matches) {
        std::vector<std::size_t> key(m.nodes.begin(), m.nodes.end());
        for (std::size_t i = 0; i < p.edges.size(); ++i)
            if (!p.edges[i].name.empty())
                key.push_back(g.relation(m.edges[i]).id);
        if (seen.insert(std::move(key)).second) kept.push_back(std::move(m));
    }
    r.matches = std::move(kept);
    return r;
}

}  // namespace pactgraph
