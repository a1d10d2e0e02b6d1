// Small text helpers: counts with the right noun form, ASCII lowercasing.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pactgraph {

// "1 relation", "2 relations", "1 entity", "3 entities": `plural` defaults to singular + "s".
std::string count_noun(std::size_t n, std::string_view singular, std::string_view plural = {});

// ASCII letters lowercased (ids, keys, extensions; UTF-8 bytes pass through).
std::string to_lower(std::string_view text);

}  // namespace pactgraph
