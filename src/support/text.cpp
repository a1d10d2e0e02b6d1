#include "support/text.hpp"

#include <cctype>

namespace pactgraph {

std::string count_noun(std::size_t n, std::string_view singular, std::string_view plural) {
    std::string out = std::to_string(n) + " ";
    if (n == 1) return out + std::string(singular);
    return out + (plural.empty() ? std::string(singular) + "s" : std::string(plural));
}

std::string to_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace pactgraph
