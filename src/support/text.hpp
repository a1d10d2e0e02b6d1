// Small text helpers shared by every report: counts with the right noun form.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pactgraph {

// "1 relation", "2 relations", "1 entity", "3 entities": `plural` defaults to singular + "s".
std::string count_noun(std::size_t n, std::string_view singular, std::string_view plural = {});

}  // namespace pactgraph
