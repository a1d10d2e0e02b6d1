// "Did you mean": the closest candidate to a misspelt word, for ids, types, options and keys.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pactgraph {

// Optimal-string-alignment edit distance (insert, delete, substitute, swap adjacent).
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word` if it is near enough to be a plausible typo (distance at most
// a third of the word's length, at least 1, compared case-insensitively); ties go to the first.
// Failing that, the shortest candidate that `word` (3 letters or more) begins: "invest" ->
// "invests_in".
std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates);

// "; did you mean 'x'?" or "" — ready to append to an error message.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

// "a, b or c" for messages that list what was expected.
std::string join_choices(const std::vector<std::string>& items, std::string_view last_sep = " or ");

}  // namespace pactgraph
