// Small text helpers: counts with the right noun form, ASCII lowercasing, counting a byte.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pactgraph {

// "1 relation", "2 relations", "1 entity", "3 entities": `plural` defaults to singular + "s".
std::string count_noun(std::size_t n, std::string_view singular, std::string_view plural = {});

// ASCII letters lowercased (ids, keys, extensions; UTF-8 bytes pass through).
std::string to_lower(std::string_view text);

// A slug, what entity ids, relation ids and declared words are: lowercase ASCII letters and
// digits, and after the first character also '-' and '_'.
bool is_slug(std::string_view text);

// How many times `byte` occurs in `text` (line breaks in a file of hundreds of megabytes:
// 8 bytes at a time, twice as fast as std::count).
std::size_t count_byte(std::string_view text, char byte);

}  // namespace pactgraph
