// The words a graph file may use: entity kinds and relation types (built in, plus extras a file
// declares), the status lifecycle and source confidence. The core stores small integer ids;
// names live here and at the file-format boundary only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/enum_names.hpp"

namespace pactgraph {

using KindId = std::uint16_t;
using RelationTypeId = std::uint16_t;

// Where a deal stands, in lifecycle order (earlier = less certain or not yet in force).
enum class Status : std::uint8_t {
    rumored,
    reported,
    announced,
    non_binding,
    signed_,  // "signed"
    closed,
    disputed,
    considered,
    ended,
};
inline constexpr Status kDefaultStatus = Status::signed_;

// How sure a source is: "reported" (a press report) is not "confirmed" (a party's statement).
enum class Confidence : std::uint8_t { unspecified, rumored, reported, claimed, confirmed };

inline constexpr EnumNames<Status, 9> kStatusNames{"status",
                                                  {{{Status::rumored, "rumored"},
                                                    {Status::reported, "reported"},
                                                    {Status::announced, "announced"},
                                                    {Status::non_binding, "non_binding"},
                                                    {Status::signed_, "signed"},
                                                    {Status::closed, "closed"},
                                                    {Status::disputed, "disputed"},
                                                    {Status::considered, "considered"},
                                                    {Status::ended, "ended"}}}};
inline constexpr EnumNames<Confidence, 5> kConfidenceNames{"confidence",
                                                          {{{Confidence::unspecified, "unspecified"},
                                                            {Confidence::rumored, "rumored"},
                                                            {Confidence::reported, "reported"},
                                                            {Confidence::claimed, "claimed"},
                                                            {Confidence::confirmed, "confirmed"}}}};

inline std::string_view status_name(Status s) { return kStatusNames.name(s); }
inline std::optional<Status> parse_status(std::string_view name) { return kStatusNames.find(name); }
inline std::vector<std::string> status_names() { return kStatusNames.names(); }

inline std::string_view confidence_name(Confidence c) { return kConfidenceNames.name(c); }
inline std::optional<Confidence> parse_confidence(std::string_view name) {
    return kConfidenceNames.find(name);
}
inline std::vector<std::string> confidence_names() { return kConfidenceNames.names(); }

struct KindInfo {
    std::string name;
    std::string description;
    bool builtin = true;
};

struct RelationTypeInfo {
    std::string name;
    std::string description;
    bool builtin = true;
    // A "part of / built on / repackages / offered through" link: exclusivity over the target
    // reaches across it (used by conflict detection).
    bool links_targets = false;
    // Either direction means the same (agreement, partners_with).
    bool symmetric = false;
};

class Vocabulary {
public:
    Vocabulary();  // the built-in words

    std::optional<KindId> find_kind(std::string_view name) const;
    std::optional<RelationTypeId> find_type(std::string_view name) const;
    const KindInfo& kind(KindId id) const { return kinds_.at(id); }
    const RelationTypeInfo& type(RelationTypeId id) const { return types_.at(id); }
    std::size_t kind_count() const { return kinds_.size(); }
    std::size_t type_count() const { return types_.size(); }
    std::vector<std::string> kind_names() const;
    std::vector<std::string> type_names() const;

    // Adds a file-declared word; returns the existing id when the name is already known.
    KindId add_kind(KindInfo info);
    RelationTypeId add_type(RelationTypeInfo info);

    // Extra (non-built-in) words, for writers that must declare them again.
    std::vector<KindId> extra_kinds() const;
    std::vector<RelationTypeId> extra_types() const;

private:
    std::vector<KindInfo> kinds_;
    std::vector<RelationTypeInfo> types_;
};

}  // namespace pactgraph
