#include "query/where.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <optional>

#include "support/diagnostics.hpp"
#include "support/money.hpp"
#include "support/suggest.hpp"
#include "support/text.hpp"

namespace pactgraph {

namespace {

// --- fields ----------------------------------------------------------------------------------

enum class ValueKind { number, date, flag, type, status, kind, confidence, text, list };
enum class RelField { type, status, amount, date, end_date, exclusive, label, scope, note, source,
                      confidence };
enum class EntField { id, name, kind, roles, tags, aliases, url, note };
enum class Side { relation, from, to, self };  // self: the entity itself (pattern nodes)

struct FieldRef {
    Side side = Side::relation;
    RelField rel = RelField::type;
    EntField ent = EntField::id;
    ValueKind kind = ValueKind::text;
    std::string name;
};

struct RelFieldInfo {
    std::string_view name;
    RelField field;
    ValueKind kind;
};
struct EntFieldInfo {
    std::string_view name;
    EntField field;
    ValueKind kind;
};

constexpr RelFieldInfo kRelFields[] = {
    {"type", RelField::type, ValueKind::type},
    {"status", RelField::status, ValueKind::status},
    {"amount", RelField::amount, ValueKind::number},
    {"amount_usd", RelField::amount, ValueKind::number},
    {"date", RelField::date, ValueKind::date},
    {"end_date", RelField::end_date, ValueKind::date},
    {"exclusive", RelField::exclusive, ValueKind::flag},
    {"label", RelField::label, ValueKind::text},
    {"scope", RelField::scope, ValueKind::text},
    {"note", RelField::note, ValueKind::text},
    {"source", RelField::source, ValueKind::list},
    {"confidence", RelField::confidence, ValueKind::confidence},
};
constexpr EntFieldInfo kEntFields[] = {
    {"id", EntField::id, ValueKind::text},         {"name", EntField::name, ValueKind::text},
    {"kind", EntField::kind, ValueKind::kind},     {"roles", EntField::roles, ValueKind::list},
    {"tags", EntField::tags, ValueKind::list},     {"aliases", EntField::aliases, ValueKind::list},
    {"url", EntField::url, ValueKind::text},       {"note", EntField::note, ValueKind::text},
};

std::optional<FieldRef> find_field(std::string_view name) {
    for (const auto& f : kRelFields)
        if (f.name == name) return FieldRef{Side::relation, f.field, EntField::id, f.kind, std::string(name)};
    if (name == "from" || name == "to")
        return FieldRef{name == "from" ? Side::from : Side::to, RelField::type, EntField::id,
                        ValueKind::text, std::string(name)};
    for (Side side : {Side::from, Side::to}) {
        const std::string_view prefix = side == Side::from ? "from." : "to.";
        if (name.substr(0, prefix.size()) != prefix) continue;
        for (const auto& f : kEntFields)
            if (f.name == name.substr(prefix.size()))
                return FieldRef{side, RelField::type, f.field, f.kind, std::string(name)};
    }
    return std::nullopt;
}

std::optional<FieldRef> find_entity_field(std::string_view name) {
    for (const auto& f : kEntFields)
        if (f.name == name) return FieldRef{Side::self, RelField::type, f.field, f.kind, std::string(name)};
    return std::nullopt;
}

std::vector<std::string> entity_field_names() {
    std::vector<std::string> out;
    for (const auto& f : kEntFields) out.emplace_back(f.name);
    return out;
}

// Where the expression text sits, for error messages: "--where" alone, or inside a pattern.
struct Origin {
    std::string name;
    std::string line;          // the whole line shown under the message
    std::uint32_t offset = 0;  // columns before the expression starts in `line`
};

[[noreturn]] void fail_at(const Origin& o, std::size_t index, const std::string& message) {
    std::string line = o.line;
    std::replace_if(line.begin(), line.end(), [](char ch) { return ch == '\n' || ch == '\r' || ch == '\t'; }, ' ');
    throw InputError({Severity::error, {o.name, 1, static_cast<std::uint32_t>(o.offset + index + 1)}, message, line});
}

// --- tokens ----------------------------------------------------------------------------------

enum class Tok { lparen, rparen, lbracket, rbracket, comma, eq, ne, lt, le, gt, ge, tilde, bang,
                 and_, or_, in, word, number, date, string, end };

struct Token {
    Tok kind = Tok::end;
    std::string text;  // as written (strings: decoded)
    double number = 0;
    bool plain_integer = false;  // a number written as digits only (a year, for date fields)
    std::uint32_t column = 1;
};

bool is_word_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool is_word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-';
}

class Lexer {
public:
    Lexer(std::string_view text, const Origin& origin) : text_(text), origin_(origin) {}

    std::vector<Token> run() {
        std::vector<Token> out;
        for (;;) {
            while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
            out.push_back(next());
            if (out.back().kind == Tok::end) return out;
        }
    }

private:
    [[noreturn]] void fail(std::size_t at, const std::string& message) const { fail_at(origin_, at, message); }

    Token make(Tok kind, std::size_t start, std::size_t length) {
        pos_ = start + length;
        return Token{kind, std::string(text_.substr(start, length)), 0, false,
                     static_cast<std::uint32_t>(start + 1)};
    }

    Token next() {
        const std::size_t s = pos_;
        if (s >= text_.size()) return Token{Tok::end, "", 0, false, static_cast<std::uint32_t>(s + 1)};
        const char c = text_[s];
        const char d = s + 1 < text_.size() ? text_[s + 1] : '\0';
        switch (c) {
            case '(': return make(Tok::lparen, s, 1);
            case ')': return make(Tok::rparen, s, 1);
            case '[': return make(Tok::lbracket, s, 1);
            case ']': return make(Tok::rbracket, s, 1);
            case ',': return make(Tok::comma, s, 1);
            case '~': return make(Tok::tilde, s, 1);
            case '<': return d == '=' ? make(Tok::le, s, 2) : make(Tok::lt, s, 1);
            case '>': return d == '=' ? make(Tok::ge, s, 2) : make(Tok::gt, s, 1);
            case '!': return d == '=' ? make(Tok::ne, s, 2) : make(Tok::bang, s, 1);
            case '=':
                if (d == '=') return make(Tok::eq, s, 2);
                fail(s, "found '='; expected '==' to compare");
            case '&':
                if (d == '&') return make(Tok::and_, s, 2);
                fail(s, "found '&'; expected '&&'");
            case '|':
                if (d == '|') return make(Tok::or_, s, 2);
                fail(s, "found '|'; expected '||'");
            case '"':
            case '\'': return string_token(s);
            default: break;
        }
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '$' || (c == '.' && std::isdigit(static_cast<unsigned char>(d))))
            return number_token(s);
        if (is_word_start(c)) return word_token(s);
        fail(s, "found '" + std::string(1, c) + "'; expected a field, a value, an operator or a parenthesis");
    }

    Token string_token(std::size_t s) {
        const char quote = text_[s];
        std::string value;
        std::size_t i = s + 1;
        for (; i < text_.size() && text_[i] != quote; ++i) {
            if (text_[i] == '\\' && i + 1 < text_.size()) ++i;
            value += text_[i];
        }
        if (i >= text_.size()) fail(s, "unterminated string; expected a closing " + std::string(1, quote));
        Token t = make(Tok::string, s, i + 1 - s);
        t.text = value;
        return t;
    }

    Token word_token(std::size_t s) {
        std::size_t e = s;
        while (e < text_.size() && is_word_char(text_[e])) ++e;
        Token t = make(Tok::word, s, e - s);
        const std::string w = to_lower(t.text);
        if (w == "and") t.kind = Tok::and_;
        if (w == "or") t.kind = Tok::or_;
        if (w == "not") t.kind = Tok::bang;
        if (w == "in") t.kind = Tok::in;
        return t;
    }

    Token number_token(std::size_t s);

    std::string_view text_;
    const Origin& origin_;
    std::size_t pos_ = 0;
};

// 1e9, 10_000_000, 1.5e9, $5B, 2.5M, 10 billion (support/money.hpp); 2023-06 and 2023-06-01
// are dates.
Token Lexer::number_token(std::size_t s) {
    std::size_t e = s;
    if (text_[e] == '$') ++e;
    const std::size_t digits = e;
    while (e < text_.size() && (std::isdigit(static_cast<unsigned char>(text_[e])) || text_[e] == '_')) ++e;
    if (e - digits == 4 && e + 1 < text_.size() && text_[e] == '-' && text_[s] != '$' &&
        std::isdigit(static_cast<unsigned char>(text_[e + 1]))) {
        while (e < text_.size() && (std::isdigit(static_cast<unsigned char>(text_[e])) || text_[e] == '-')) ++e;
        Token t = make(Tok::date, s, e - s);
        if (!PartialDate::parse(t.text))
            fail(s, "found '" + t.text + "'; expected a date YYYY, YYYY-MM or YYYY-MM-DD");
        return t;
    }
    const auto money = scan_money(text_.substr(s));
    e = s + (money ? money->length : 1);
    Token t = make(Tok::number, s, e - s);
    if (!money || (e < text_.size() && is_word_char(text_[e])))
        fail(s, "found '" + std::string(text_.substr(s, e + 1 - s)) +
                    "'; expected a number such as 1e9, 10_000 or $5B");
    t.number = money->value;
    t.plain_integer = money->plain_integer;
    return t;
}

}  // namespace

// --- the tree --------------------------------------------------------------------------------

enum class Op { eq, ne, lt, le, gt, ge, contains, in, truthy };

struct Constant {
    double number = 0;
    PartialDate date;
    bool flag = false;
    unsigned id = 0;   // type, kind, status or confidence
    std::string text;  // lowercased
};

struct WhereExpr::Node {
    enum class Kind { and_, or_, not_, test } kind = Kind::test;
    std::shared_ptr<const Node> left, right;  // right unused by not_
    FieldRef field;
    Op op = Op::truthy;
    std::vector<Constant> values;
};

namespace {

using NodePtr = std::shared_ptr<const WhereExpr::Node>;

std::string_view op_text(Tok t) {
    switch (t) {
        case Tok::eq: return "==";
        case Tok::ne: return "!=";
        case Tok::lt: return "<";
        case Tok::le: return "<=";
        case Tok::gt: return ">";
        case Tok::ge: return ">=";
        case Tok::tilde: return "~";
        case Tok::in: return "in";
        default: return "";
    }
}

// The operators each kind of field takes.
std::vector<Tok> ops_for(ValueKind k) {
    switch (k) {
        case ValueKind::number:
        case ValueKind::date: return {Tok::eq, Tok::ne, Tok::lt, Tok::le, Tok::gt, Tok::ge};
        case ValueKind::flag: return {Tok::eq, Tok::ne};
        case ValueKind::type:
        case ValueKind::status:
        case ValueKind::kind:
        case ValueKind::confidence: return {Tok::eq, Tok::ne, Tok::in};
        case ValueKind::text:
        case ValueKind::list: return {Tok::eq, Tok::ne, Tok::tilde, Tok::in};
    }
    return {};
}

bool bare_allowed(ValueKind k) {
    return k != ValueKind::type && k != ValueKind::status && k != ValueKind::kind &&
           k != ValueKind::confidence;
}

std::string kind_phrase(ValueKind k) {
    switch (k) {
        case ValueKind::number: return "a number";
        case ValueKind::date: return "a date";
        case ValueKind::flag: return "true or false";
        case ValueKind::type: return "a relation type";
        case ValueKind::status: return "a status";
        case ValueKind::kind: return "an entity kind";
        case ValueKind::confidence: return "a source confidence";
        case ValueKind::text: return "text";
        case ValueKind::list: return "a list of words";
    }
    return "";
}

// The fields, compactly: "type, status, …, from.F and to.F with F one of id, name, …".
std::string field_summary() {
    std::vector<std::string> rel, ent;
    for (const auto& f : kRelFields) rel.emplace_back(f.name);
    for (const auto& f : kEntFields) ent.emplace_back(f.name);
    return join_choices(rel, ", ") + ", from, to, from.F and to.F with F one of " + join_choices(ent, ", ");
}

std::string describe(const Token& t) {
    return t.kind == Tok::end ? "the end of the expression" : "'" + t.text + "'";
}

class Parser {
public:
    Parser(std::string_view text, const Vocabulary& vocab, Origin origin, bool entity_mode)
        : vocab_(vocab), origin_(std::move(origin)), entity_mode_(entity_mode), tokens_(Lexer(text, origin_).run()) {}

    NodePtr parse() {
        NodePtr n = parse_or();
        if (peek().kind != Tok::end)
            fail(peek(), "found " + describe(peek()) + "; expected '&&', '||' or the end of the expression" +
                             (peek().kind == Tok::rparen ? " (this ')' has no '(')" : ""));
        return n;
    }

private:
    const Token& peek() const { return tokens_[pos_]; }
    const Token& take() { return tokens_[pos_ < tokens_.size() - 1 ? pos_++ : pos_]; }
    bool accept(Tok k) {
        if (peek().kind != k) return false;
        take();
        return true;
    }

    [[noreturn]] void fail(const Token& at, const std::string& message) const {
        fail_at(origin_, at.column - 1, message);
    }

    static NodePtr join(WhereExpr::Node::Kind kind, NodePtr l, NodePtr r) {
        auto n = std::make_shared<WhereExpr::Node>();
        n->kind = kind;
        n->left = std::move(l);
        n->right = std::move(r);
        return n;
    }

    NodePtr parse_or() {
        NodePtr n = parse_and();
        while (accept(Tok::or_)) n = join(WhereExpr::Node::Kind::or_, n, parse_and());
        return n;
    }
    NodePtr parse_and() {
        NodePtr n = parse_unary();
        while (accept(Tok::and_)) n = join(WhereExpr::Node::Kind::and_, n, parse_unary());
        return n;
    }
    NodePtr parse_unary() {
        if (accept(Tok::bang)) return join(WhereExpr::Node::Kind::not_, parse_unary(), nullptr);
        if (accept(Tok::lparen)) {
            NodePtr n = parse_or();
            if (!accept(Tok::rparen))
                fail(peek(), "found " + describe(peek()) + "; expected ')' or an operator (&&, ||)");
            return n;
        }
        return parse_test();
    }

    NodePtr parse_test();
    Constant parse_value(const FieldRef& f);
    unsigned vocabulary_word(const Token& t, const std::optional<unsigned>& id, std::string_view what,
                             const std::vector<std::string>& known) const;

    const Vocabulary& vocab_;
    Origin origin_;
    bool entity_mode_;
    std::vector<Token> tokens_;
    std::size_t pos_ = 0;
};

NodePtr Parser::parse_test() {
    const Token& name = take();
    if (name.kind != Tok::word)
        fail(name, "found " + describe(name) + "; expected a field (" +
                       (entity_mode_ ? join_choices(entity_field_names(), ", ") : field_summary()) + "), '!' or '('");
    const std::optional<FieldRef> field = entity_mode_ ? find_entity_field(name.text) : find_field(name.text);
    if (!field && entity_mode_)
        fail(name, "unknown entity field '" + name.text + "'" + did_you_mean(name.text, entity_field_names()) +
                       " (fields: " + join_choices(entity_field_names(), ", ") + ")");
    if (!field)
        fail(name, "unknown field '" + name.text + "'" + did_you_mean(name.text, where_field_names()) +
                       " (fields: " + field_summary() + ")");
    auto n = std::make_shared<WhereExpr::Node>();
    n->field = *field;
    const std::vector<Tok> ops = ops_for(field->kind);
    std::vector<std::string> op_names;
    for (Tok t : ops) op_names.emplace_back(op_text(t));
    const Tok next = peek().kind;
    if (op_text(next).empty()) {
        if (bare_allowed(field->kind)) return n;  // a bare field: "has a value" / "is true"
        fail(peek(), "found " + describe(peek()) + "; expected an operator after '" + name.text + "' (" +
                         join_choices(op_names, ", ") + ")");
    }
    if (std::find(ops.begin(), ops.end(), next) == ops.end())
        fail(peek(), "operator '" + std::string(op_text(next)) + "' does not apply to '" + name.text +
                         "' (" + kind_phrase(field->kind) + "); expected " + join_choices(op_names));
    take();
    static constexpr std::pair<Tok, Op> kOps[] = {{Tok::eq, Op::eq}, {Tok::ne, Op::ne}, {Tok::lt, Op::lt},
                                                  {Tok::le, Op::le}, {Tok::gt, Op::gt}, {Tok::ge, Op::ge},
                                                  {Tok::tilde, Op::contains}, {Tok::in, Op::in}};
    for (const auto& [tok, op] : kOps)
        if (tok == next) n->op = op;
    if (n->op != Op::in) {
        n->values.push_back(parse_value(*field));
        return n;
    }
    if (!accept(Tok::lbracket)) fail(peek(), "found " + describe(peek()) + "; expected '[' to start a list");
    do {
        n->values.push_back(parse_value(*field));
    } while (accept(Tok::comma));
    if (!accept(Tok::rbracket)) fail(peek(), "found " + describe(peek()) + "; expected ',' or ']'");
    return n;
}

unsigned Parser::vocabulary_word(const Token& t, const std::optional<unsigned>& id, std::string_view what,
                                 const std::vector<std::string>& known) const {
    if (id) return *id;
    fail(t, "unknown " + std::string(what) + " '" + t.text + "'" + did_you_mean(t.text, known) +
                " (known: " + join_choices(known, ", ") + ")");
}

Constant Parser::parse_value(const FieldRef& f) {
    const Token& t = take();
    Constant c;
    const bool wordlike = t.kind == Tok::word || t.kind == Tok::string;
    const auto expected = [&](const std::string& what) {
        fail(t, "found " + describe(t) + "; expected " + what + " to compare '" + f.name + "' with");
    };
    switch (f.kind) {
        case ValueKind::number:
            if (t.kind != Tok::number) expected("a number such as 1e9, 10_000 or $5B");
            c.number = t.number;
            return c;
        case ValueKind::date: {
            std::optional<PartialDate> d;
            if (t.kind == Tok::date || t.kind == Tok::string) d = PartialDate::parse(t.text);
            if (t.kind == Tok::number && t.plain_integer && t.number >= 1 && t.number <= 9999)
                d = PartialDate::from_parts(static_cast<int>(t.number));
            if (!d) expected("a date (YYYY, YYYY-MM or YYYY-MM-DD)");
            c.date = *d;
            return c;
        }
        case ValueKind::flag:
            if (t.kind != Tok::word || (to_lower(t.text) != "true" && to_lower(t.text) != "false"))
                expected("true or false");
            c.flag = to_lower(t.text) == "true";
            return c;
        case ValueKind::type:
            if (!wordlike) expected("a relation type");
            c.id = vocabulary_word(t, vocab_.find_type(t.text), "relation type", vocab_.type_names());
            return c;
        case ValueKind::kind:
            if (!wordlike) expected("an entity kind");
            c.id = vocabulary_word(t, vocab_.find_kind(t.text), "entity kind", vocab_.kind_names());
            return c;
        case ValueKind::status: {
            if (!wordlike) expected("a status");
            const auto s = parse_status(t.text);
            c.id = vocabulary_word(t, s ? std::optional<unsigned>(static_cast<unsigned>(*s)) : std::nullopt,
                                   "status", status_names());
            return c;
        }
        case ValueKind::confidence: {
            if (!wordlike) expected("a source confidence");
            const auto s = parse_confidence(t.text);
            c.id = vocabulary_word(t, s ? std::optional<unsigned>(static_cast<unsigned>(*s)) : std::nullopt,
                                   "confidence", confidence_names());
            return c;
        }
        case ValueKind::text:
        case ValueKind::list:
            if (!wordlike && t.kind != Tok::number && t.kind != Tok::date)
                expected("a word or a \"quoted string\"");
            c.text = to_lower(t.text);
            return c;
    }
    return c;
}

// --- evaluation ------------------------------------------------------------------------------

template <typename T>
bool compare(Op op, const T& a, const T& b) {
    switch (op) {
        case Op::eq:
        case Op::in: return a == b;
        case Op::ne: return !(a == b);
        case Op::lt: return a < b;
        case Op::le: return a <= b;
        case Op::gt: return a > b;
        case Op::ge: return a >= b;
        default: return false;
    }
}

bool contains_ci(std::string_view hay, const std::string& needle_lower) {
    return to_lower(hay).find(needle_lower) != std::string::npos;
}

// Text and list fields: == and in mean "equals (any element)", ~ "contains", != "equals none".
bool test_strings(const std::vector<std::string_view>& items, Op op, const std::vector<Constant>& values) {
    if (op == Op::truthy)
        return std::any_of(items.begin(), items.end(), [](std::string_view s) { return !s.empty(); });
    const auto hit = [&](std::string_view item) {
        return std::any_of(values.begin(), values.end(), [&](const Constant& c) {
            return op == Op::contains ? contains_ci(item, c.text) : to_lower(item) == c.text;
        });
    };
    const bool any = std::any_of(items.begin(), items.end(), hit);
    return op == Op::ne ? !any : any;
}

bool test_ids(unsigned actual, Op op, const std::vector<Constant>& values) {
    const bool any = std::any_of(values.begin(), values.end(), [&](const Constant& c) { return c.id == actual; });
    return op == Op::ne ? !any : any;
}

std::vector<std::string_view> views(const std::vector<std::string>& v) {
    return {v.begin(), v.end()};
}

bool test_entity(const PartnershipGraph& g, EntityId v, const WhereExpr::Node& n) {
    const Entity& e = g.entity(v);
    switch (n.field.ent) {
        case EntField::id: return test_strings({e.id}, n.op, n.values);
        case EntField::name: return test_strings({e.name}, n.op, n.values);
        case EntField::url: return test_strings({e.url}, n.op, n.values);
        case EntField::note: return test_strings({e.note}, n.op, n.values);
        case EntField::roles: return test_strings(views(e.roles), n.op, n.values);
        case EntField::tags: return test_strings(views(e.tags), n.op, n.values);
        case EntField::aliases: return test_strings(views(e.aliases), n.op, n.values);
        case EntField::kind: return test_ids(e.kind, n.op, n.values);
    }
    return false;
}

bool test_date(const PartialDate& d, const WhereExpr::Node& n) {
    if (d.empty()) return false;  // a comparison with a missing date is false
    return n.op == Op::truthy || compare(n.op, d, n.values.front().date);
}

bool test_relation(const PartnershipGraph& g, RelationEdge e, const WhereExpr::Node& n) {
    const Relation& r = g.relation(e);
    const RelationDetails& d = g.stored_details(e);
    switch (n.field.rel) {
        case RelField::type: return test_ids(r.type, n.op, n.values);
        case RelField::status: return test_ids(static_cast<unsigned>(r.status), n.op, n.values);
        case RelField::amount:
            if (!r.has_amount()) return false;  // undisclosed: every comparison is false
            return n.op == Op::truthy || compare(n.op, r.amount_usd, n.values.front().number);
        case RelField::date: return test_date(r.date, n);
        case RelField::end_date: return test_date(r.end_date, n);
        case RelField::exclusive: return n.op == Op::truthy ? r.exclusive : compare(n.op, r.exclusive, n.values.front().flag);
        case RelField::label: return test_strings({d.label}, n.op, n.values);
        case RelField::scope: return test_strings({d.scope}, n.op, n.values);
        case RelField::note: return test_strings({d.note}, n.op, n.values);
        case RelField::source: {
            std::vector<std::string_view> items;
            for (const Source& s : d.sources)
                for (std::string_view x : {std::string_view(s.url), std::string_view(s.citation), std::string_view(s.publisher)})
                    if (!x.empty()) items.push_back(x);
            return test_strings(items, n.op, n.values);
        }
        case RelField::confidence: {
            const bool any = std::any_of(d.sources.begin(), d.sources.end(), [&](const Source& s) {
                return test_ids(static_cast<unsigned>(s.confidence), Op::eq, n.values);
            });
            return n.op == Op::ne ? !any : any;
        }
    }
    return false;
}

// `e` is the relation tested, or `self` the entity (pattern nodes).
bool evaluate(const WhereExpr::Node& n, const PartnershipGraph& g, RelationEdge e, EntityId self) {
    using K = WhereExpr::Node::Kind;
    switch (n.kind) {
        case K::and_: return evaluate(*n.left, g, e, self) && evaluate(*n.right, g, e, self);
        case K::or_: return evaluate(*n.left, g, e, self) || evaluate(*n.right, g, e, self);
        case K::not_: return !evaluate(*n.left, g, e, self);
        case K::test: break;
    }
    switch (n.field.side) {
        case Side::self: return test_entity(g, self, n);
        case Side::relation: return test_relation(g, e, n);
        case Side::from: return test_entity(g, g.source(e), n);
        case Side::to: return test_entity(g, g.target(e), n);
    }
    return false;
}

}  // namespace

std::vector<std::string> where_field_names() {
    std::vector<std::string> out;
    for (const auto& f : kRelFields) out.emplace_back(f.name);
    out.emplace_back("from");
    out.emplace_back("to");
    for (const auto& f : kEntFields) out.push_back("from." + std::string(f.name));
    for (const auto& f : kEntFields) out.push_back("to." + std::string(f.name));
    return out;
}

WhereExpr WhereExpr::parse(std::string_view text, const Vocabulary& vocabulary,
                           const std::string& source_name) {
    return parse_in(text, vocabulary, source_name, text, 0, false);
}

WhereExpr WhereExpr::parse_in(std::string_view text, const Vocabulary& vocabulary, const std::string& source,
                              std::string_view line, std::uint32_t offset, bool entity) {
    WhereExpr w;
    w.text_ = std::string(text);
    w.entity_ = entity;
    w.root_ = Parser(text, vocabulary, Origin{source, std::string(line), offset}, entity).parse();
    return w;
}

bool WhereExpr::matches(const PartnershipGraph& g, RelationEdge e) const {
    return evaluate(*root_, g, e, kNoEntity);
}

bool WhereExpr::matches_entity(const PartnershipGraph& g, EntityId v) const {
    return evaluate(*root_, g, RelationEdge(), v);
}

}  // namespace pactgraph
