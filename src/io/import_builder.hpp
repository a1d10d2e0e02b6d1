// Builds a PartnershipGraph from another tool's file, shared by the CSV, JSON, GraphML and DOT
// readers: ids become slugs (the original spelling stays an alias), unknown kinds and types are
// declared as met (one warning each, or an error when strict), field values (amounts, dates,
// statuses, flags) parse with errors that point at FILE:LINE:COLUMN.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "io/graph_reader.hpp"
#include "io/import_options.hpp"
#include "io/text_input.hpp"
#include "support/string_index.hpp"

namespace pactgraph {

// Hash and equality that let unordered maps keyed by std::string look up string_views.
struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
struct TextEqual {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const { return a == b; }
};
template <typename Value>
using TextMap = std::unordered_map<std::string, Value, TextHash, TextEqual>;

// The ids of the spellings met so far (of kinds, of types), looked up once per row: the first
// few spellings (a file's usual handful) by comparing them in turn, which costs less than
// hashing the text; the rest in a hash map.
template <typename Id>
class SpellingMap {
public:
    const Id* find(std::string_view raw) const {
        for (const auto& [text, id] : few_)
            if (text == raw) return &id;
        const auto it = rest_.find(raw);
        return it == rest_.end() ? nullptr : &it->second;
    }
    void add(std::string_view raw, Id id) {
        if (few_.size() < kFew) few_.emplace_back(std::string(raw), id);
        else rest_.emplace(std::string(raw), id);
    }

private:
    static constexpr std::size_t kFew = 16;
    std::vector<std::pair<std::string, Id>> few_;
    TextMap<Id> rest_;
};

// The kind of entities a file names without saying what they are, and the type of relations
// without a type; declared on first use, without a warning.
inline constexpr std::string_view kImportedKind = "unspecified";
inline constexpr std::string_view kImportedType = "related_to";

class ImportBuilder {
public:
    // `text` is the whole input (for quoting lines in errors); it must outlive the builder.
    ImportBuilder(std::string_view text, std::string source_name, ImportOptions options);

    // Ids match exactly (DOT, GraphML and NetworkX ids are case-sensitive) instead of also by
    // id or alias ignoring case (spreadsheets typed by hand).
    void set_exact_ids(bool exact) { exact_ids_ = exact; }

    // Switches to the next input file of the same graph (a nodes file, then an edges file).
    void set_input(std::string_view text, std::string source_name);

    PartnershipGraph& graph() { return graph_; }
    const std::string& source_name() const { return name_; }
    std::string_view text() const { return text_; }

    [[noreturn]] void fail(TextPosition at, const std::string& message) const;
    void warn(TextPosition at, std::string message);

    // The kind or type named `raw` ("Fund", "Invests In" -> fund, invests_in); empty means the
    // imported default. Unknown words are declared (or, when strict, an error at `at`).
    KindId kind(std::string_view raw, TextPosition at);
    RelationTypeId type(std::string_view raw, TextPosition at);

    // The entity a file calls `raw_id` (exact spelling first, then id or alias ignoring case);
    // kNoEntity when none.
    EntityId find(std::string_view raw_id);
    // Adds an entity declared by the file under `raw_id`: e.id is set to a fresh slug of it, and
    // the original spelling becomes an alias when it differs. Fails on a duplicate id.
    EntityId declare(std::string_view raw_id, Entity e, TextPosition at);
    // The entity `raw_id` names, created (named `raw_id`, imported kind) when absent. When
    // `warn_created`, a creation is told as a warning (the file had a list of entities).
    EntityId entity_for(std::string_view raw_id, TextPosition at, bool warn_created);
    // Makes room for this many more entities; a hint only.
    void reserve_entities(std::size_t count) {
        entities_.reserve(entities_.size() + count);
        graph_.reserve_entities(count);
    }
    // A hint that entity_for(raw_id) comes soon: its lookup's memory is fetched ahead.
    void prefetch_entity(std::string_view raw_id) const;
    // The same for an entity_for(raw_id) that will likely create the entity: the graph's own
    // lookup (ignoring case) is fetched ahead too.
    void prefetch_new_entity(std::string_view raw_id) const;

    // Field values; empty text gives the "not given" value (NaN, empty date, default status).
    double amount(std::string_view text, TextPosition at) const;
    PartialDate date(std::string_view text, TextPosition at) const;
    Status status(std::string_view text, TextPosition at) const;
    Confidence confidence(std::string_view text, TextPosition at) const;
    bool flag(std::string_view text, TextPosition at) const;
    // Sources from the five source columns (see kSourceColumns in csv_writer.hpp): line i of
    // each is source i; a source with neither URL nor citation is dropped.
    std::vector<Source> sources(const std::array<std::string_view, 5>& columns,
                                const std::array<TextPosition, 5>& at) const;

    // The graph and the warnings (with the model's own checks appended).
    LoadResult finish();

private:
    // A slug of `raw` that no entity has yet; `lowercase_free` when the graph is known to have
    // no id or alias that is `raw` ignoring case (so a slug that is only `raw` lowercased is
    // free without asking).
    std::string fresh_slug(std::string_view raw, bool lowercase_free) const;
    // declare() once `raw_id` (trimmed, not empty) is known to be no entity's: find() missed.
    EntityId add_new(std::string_view raw_id, Entity e, TextPosition at);
    template <typename Info, typename Find, typename Add, typename Names>
    auto word(std::string_view raw, TextPosition at, std::string_view what, std::string_view example,
              Find find_word, Add add_word, Names names);

    std::string_view text_;
    std::string name_;
    ImportOptions options_;
    PartnershipGraph graph_;
    std::vector<Diagnostic> warnings_;
    SpellingMap<KindId> kinds_;  // raw spelling -> kind
    SpellingMap<RelationTypeId> types_;
    StringIndex entities_;  // raw spelling -> entity
    std::size_t created_warnings_ = 0;
    bool exact_ids_ = false;
};

// "Amazon Web Services, Inc." -> "amazon-web-services-inc"; "" when nothing is left.
std::string slug_of(std::string_view text);
// "Invests In" -> "invests_in" (vocabulary words use '_').
std::string word_of(std::string_view text);
// `s` without leading and trailing spaces and tabs.
std::string_view trimmed(std::string_view s);
// ASCII lowercase copy.
std::string lowercase(std::string_view s);

}  // namespace pactgraph
