#include "io/import_builder.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "model/validate.hpp"
#include "support/suggest.hpp"

namespace pactgraph {

namespace {

// Warnings of one sort told one by one before the rest are only counted.
constexpr std::size_t kMaxListedWarnings = 20;

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string joined_slug(std::string_view text, char sep) {
    std::string out;
    out.reserve(text.size());
    for (const char raw : text) {
        const char c = lower(raw);
        if (is_alnum(c)) out += c;
        else if (!out.empty() && out.back() != sep) out += sep;
    }
    while (!out.empty() && out.back() == sep) out.pop_back();
    return out;
}

// Multiplier of a "10B", "1.5bn", "300M", "12k" suffix; 0 when `s` is no such suffix.
double suffix_scale(std::string_view s) {
    const std::string l = lowercase(s);
    if (l.empty()) return 1;
    if (l == "k" || l == "thousand") return 1e3;
    if (l == "m" || l == "mn" || l == "million") return 1e6;
    if (l == "b" || l == "bn" || l == "billion") return 1e9;
    if (l == "t" || l == "tn" || l == "trillion") return 1e12;
    return 0;
}

}  // namespace

std::string slug_of(std::string_view text) {
    // Ids that are slugs already ("b_2", "aws") stay as they are, but lowercased.
    std::string lower_text = lowercase(text);
    bool slug = !lower_text.empty() && is_alnum(lower_text.front());
    for (const char c : lower_text) slug = slug && (is_alnum(c) || c == '-' || c == '_');
    return slug ? lower_text : joined_slug(text, '-');
}
std::string word_of(std::string_view text) { return joined_slug(text, '_'); }

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

std::string lowercase(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = lower(c);
    return out;
}

ImportBuilder::ImportBuilder(std::string_view text, std::string source_name, ImportOptions options)
    : text_(text), name_(std::move(source_name)), options_(options) {
    graph_.info().source_name = name_;
    graph_.begin_bulk();  // relations are linked to their entities at finish()
}

void ImportBuilder::set_input(std::string_view text, std::string source_name) {
    text_ = text;
    name_ = std::move(source_name);
    graph_.info().source_name = name_;
}

void ImportBuilder::fail(TextPosition at, const std::string& message) const {
    throw InputError(error_at(text_, name_, at, message));
}

void ImportBuilder::warn(TextPosition at, std::string message) {
    warnings_.push_back({Severity::warning, {name_, at.line, at.column}, std::move(message), {}});
}

// The id of the kind or type `raw` names in `voc` (find/add/names are the kind or type
// accessors), declaring it when unknown; `what` is "entity kind" or "relation type".
template <typename Info, typename Find, typename Add, typename Names>
auto ImportBuilder::word(std::string_view raw, TextPosition at, std::string_view what,
                         std::string_view example, Find find_word, Add add_word, Names names) {
    const std::string w = word_of(raw);
    if (w.empty())
        fail(at, std::string(what) + " '" + std::string(raw) +
                     "' has no letters or digits; expected a name such as " + std::string(example));
    if (auto known = find_word(w)) return *known;
    if (options_.strict)
        fail(at, "unknown " + std::string(what) + " '" + std::string(raw) + "'" + did_you_mean(w, names()) +
                     " (strict import; expected one of: " + join_choices(names(), ", ") + ")");
    Info info;
    info.name = w;
    info.description = "declared on import from " + name_;
    info.builtin = false;
    warn(at, "unknown " + std::string(what) + " '" + std::string(raw) + "'; declared it as '" + w + "'");
    return add_word(std::move(info));
}

KindId ImportBuilder::kind(std::string_view raw, TextPosition at) {
    raw = trimmed(raw);
    if (const auto* known = kinds_.find(raw)) return *known;
    Vocabulary& voc = graph_.vocabulary();
    const KindId id =
        raw.empty() ? voc.add_kind({std::string(kImportedKind), "kind not given in the imported file", false})
                    : word<KindInfo>(raw, at, "entity kind", "company",
                                     [&](const std::string& w) { return voc.find_kind(w); },
                                     [&](KindInfo i) { return voc.add_kind(std::move(i)); },
                                     [&] { return voc.kind_names(); });
    kinds_.add(raw, id);
    return id;
}

RelationTypeId ImportBuilder::type(std::string_view raw, TextPosition at) {
    raw = trimmed(raw);
    if (const auto* known = types_.find(raw)) return *known;
    Vocabulary& voc = graph_.vocabulary();
    const RelationTypeId id =
        raw.empty() ? voc.add_type({std::string(kImportedType), "type not given in the imported file", false})
                    : word<RelationTypeInfo>(raw, at, "relation type", "invests_in",
                                             [&](const std::string& w) { return voc.find_type(w); },
                                             [&](RelationTypeInfo i) { return voc.add_type(std::move(i)); },
                                             [&] { return voc.type_names(); });
    types_.add(raw, id);
    return id;
}

EntityId ImportBuilder::find(std::string_view raw_id) {
    raw_id = trimmed(raw_id);  // declare() keeps ids trimmed
    if (const std::size_t v = entities_.find(raw_id); v != StringIndex::kAbsent) return v;
    if (exact_ids_) return kNoEntity;
    const EntityId v = graph_.find(raw_id);
    if (v != kNoEntity) entities_.insert(raw_id, v);
    return v;
}

void ImportBuilder::prefetch_entity(std::string_view raw_id) const { entities_.prefetch(trimmed(raw_id)); }

void ImportBuilder::prefetch_new_entity(std::string_view raw_id) const {
    prefetch_entity(raw_id);
    if (!exact_ids_) graph_.prefetch_find(trimmed(raw_id));
}

std::string ImportBuilder::fresh_slug(std::string_view raw, bool lowercase_free) const {
    std::string base = slug_of(raw);
    if (base.empty()) base = "entity";
    const bool is_lowercase_raw = lowercase_free && base.size() == raw.size() &&
                                  std::equal(base.begin(), base.end(), raw.begin(),
                                             [](char a, char b) { return a == lower(b); });
    if (is_lowercase_raw || graph_.find(base) == kNoEntity) return base;
    for (std::size_t n = 2;; ++n) {
        std::string candidate = base + "-" + std::to_string(n);
        if (graph_.find(candidate) == kNoEntity) return candidate;
    }
}

EntityId ImportBuilder::declare(std::string_view raw_id, Entity e, TextPosition at) {
    raw_id = trimmed(raw_id);
    if (raw_id.empty()) fail(at, "an empty entity id; expected an id or a name");
    if (const EntityId other = find(raw_id); other != kNoEntity)
        fail(at, "duplicate entity id '" + std::string(raw_id) +
                     "'; expected each id once (first declared at line " +
                     std::to_string(graph_.entity(other).line) + ")");
    return add_new(raw_id, std::move(e), at);
}

EntityId ImportBuilder::add_new(std::string_view raw_id, Entity e, TextPosition at) {
    // find(raw_id) missed; unless ids are exact, it asked the graph for raw_id ignoring case.
    e.id = fresh_slug(raw_id, !exact_ids_);
    if (e.name.empty()) e.name = std::string(raw_id);
    e.line = at.line;
    e.column = at.column;
    const bool alias = e.id != raw_id;
    const EntityId v = graph_.add_entity(std::move(e));
    if (alias) graph_.add_alias(raw_id, v);
    for (const std::string& a : graph_.entity(v).aliases) graph_.add_alias(a, v);
    entities_.insert(raw_id, v);
    return v;
}

EntityId ImportBuilder::entity_for(std::string_view raw_id, TextPosition at, bool warn_created) {
    if (const EntityId v = find(raw_id); v != kNoEntity) return v;  // (find trims raw_id)
    raw_id = trimmed(raw_id);
    if (raw_id.empty()) fail(at, "an empty entity id; expected the id of an entity");
    if (warn_created && options_.strict)
        fail(at, "unknown entity '" + std::string(raw_id) + "' (strict import; expected an id from the list of entities)");
    Entity e;
    e.kind = kind({}, at);
    const EntityId v = add_new(raw_id, std::move(e), at);
    if (warn_created && created_warnings_++ < kMaxListedWarnings)
        warn(at, "entity '" + std::string(raw_id) + "' is not in the list of entities; created it as '" +
                     graph_.entity(v).id + "' with kind '" + std::string(kImportedKind) + "'");
    return v;
}

double ImportBuilder::amount(std::string_view text, TextPosition at) const {
    text = trimmed(text);
    if (text.empty()) return std::nan("");
    const std::string expected = "; expected a non-negative number of US dollars such as 1e9, "
                                 "1,000,000,000 or 1.5B";
    std::string digits;
    digits.reserve(text.size());
    std::string_view rest = text;
    if (!rest.empty() && rest.front() == '$') rest.remove_prefix(1);
    if (rest.substr(0, 3) == "USD" || rest.substr(0, 3) == "usd") rest = trimmed(rest.substr(3));
    std::size_t i = 0;
    for (; i < rest.size(); ++i) {
        const char c = rest[i];
        if (c == ',' || c == '_' || c == '\'') continue;
        if ((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' ||
            ((c == 'e' || c == 'E') && i + 1 < rest.size() &&
             (rest[i + 1] == '-' || rest[i + 1] == '+' || (rest[i + 1] >= '0' && rest[i + 1] <= '9'))))
            digits += c;
        else
            break;
    }
    const double scale = suffix_scale(trimmed(rest.substr(i)));
    double v = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
    if (digits.empty() || scale == 0 || ec != std::errc() || end != digits.data() + digits.size())
        fail(at, "amount '" + std::string(text) + "' is not a number" + expected);
    v *= scale;
    if (!std::isfinite(v) || v < 0)
        fail(at, "amount '" + std::string(text) + "' is " + (std::isfinite(v) ? "negative" : "not finite") + expected);
    return v;
}

PartialDate ImportBuilder::date(std::string_view text, TextPosition at) const {
    text = trimmed(text);
    if (text.empty()) return {};
    std::string_view day = text;
    // A timestamp's date part: 2024-01-15T10:00:00Z, 2024-01-15 10:00.
    if (day.size() > 10 && (day[10] == 'T' || day[10] == ' ')) day = day.substr(0, 10);
    const auto d = PartialDate::parse(day);
    if (!d)
        fail(at, "date '" + std::string(text) +
                     "' is not a valid date; expected YYYY, YYYY-MM or YYYY-MM-DD");
    return *d;
}

Status ImportBuilder::status(std::string_view text, TextPosition at) const {
    text = trimmed(text);
    if (text.empty()) return kDefaultStatus;
    const std::string word = word_of(text);
    if (auto s = parse_status(word)) return *s;
    fail(at, "unknown status '" + std::string(text) + "'" + did_you_mean(word, status_names()) +
                 " (expected one of: " + join_choices(status_names(), ", ") + ")");
}

Confidence ImportBuilder::confidence(std::string_view text, TextPosition at) const {
    text = trimmed(text);
    if (text.empty()) return Confidence::unspecified;
    const std::string word = word_of(text);
    if (auto c = parse_confidence(word)) return *c;
    fail(at, "unknown confidence '" + std::string(text) + "'" + did_you_mean(word, confidence_names()) +
                 " (expected one of: " + join_choices(confidence_names(), ", ") + ")");
}

bool ImportBuilder::flag(std::string_view text, TextPosition at) const {
    const std::string l = lowercase(trimmed(text));
    if (l.empty() || l == "false" || l == "no" || l == "n" || l == "0") return false;
    if (l == "true" || l == "yes" || l == "y" || l == "1" || l == "x") return true;
    fail(at, "'" + std::string(text) + "' is not a yes/no value; expected true, false, yes, no, 1 or 0");
}

std::vector<Source> ImportBuilder::sources(const std::array<std::string_view, 5>& columns,
                                           const std::array<TextPosition, 5>& at) const {
    std::array<std::vector<std::string_view>, 5> parts;
    std::size_t n = 0;
    for (std::size_t k = 0; k < columns.size(); ++k) {
        std::string_view text = columns[k];
        while (!text.empty()) {
            const auto cut = text.find('\n');
            std::string_view line = text.substr(0, cut);
            if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
            parts[k].push_back(trimmed(line));
            if (cut == std::string_view::npos) break;
            text.remove_prefix(cut + 1);
        }
        n = std::max(n, parts[k].size());
    }
    const auto part = [&](std::size_t k, std::size_t i) {
        return i < parts[k].size() ? parts[k][i] : std::string_view();
    };
    std::vector<Source> out;
    for (std::size_t i = 0; i < n; ++i) {
        Source s;
        s.url = std::string(part(0, i));
        s.citation = std::string(part(1, i));
        s.publisher = std::string(part(2, i));
        s.date = date(part(3, i), at[3]);
        s.confidence = confidence(part(4, i), at[4]);
        if (!s.url.empty() || !s.citation.empty()) out.push_back(std::move(s));
    }
    return out;
}

LoadResult ImportBuilder::finish() {
    graph_.end_bulk();
    if (created_warnings_ > kMaxListedWarnings)
        warnings_.push_back({Severity::warning, {name_, 0, 0},
                             std::to_string(created_warnings_ - kMaxListedWarnings) +
                                 " more entities not in the list of entities were created",
                             {}});
    if (graph_.entity_count() == 0)
        fail({1, 1}, "no entities; expected at least one entity or relation");
    LoadResult result{std::move(graph_), std::move(warnings_)};
    Validation checks = validate(result.graph, kMaxListedWarnings);
    result.warnings.insert(result.warnings.end(), std::make_move_iterator(checks.listed.begin()),
                           std::make_move_iterator(checks.listed.end()));
    if (checks.unlisted > 0)
        result.warnings.push_back({Severity::warning, {name_, 0, 0},
                                   std::to_string(checks.unlisted) +
                                       " more warnings like these (run check on the converted TOML for all)",
                                   {}});
    return result;
}

}  // namespace pactgraph
