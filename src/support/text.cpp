#include "support/text.hpp"

namespace pactgraph {

std::string count_noun(std::size_t n, std::string_view singular, std::string_view plural) {
    std::string out = std::to_string(n) + " ";
    if (n == 1) return out + std::string(singular);
    return out + (plural.empty() ? std::string(singular) + "s" : std::string(plural));
}

}  // namespace pactgraph
