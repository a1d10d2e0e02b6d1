#include "support/text.hpp"

#include <cstdint>
#include <cstring>

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

bool is_slug(std::string_view s) {
    if (s.empty()) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        (i > 0 && (c == '-' || c == '_'));
        if (!ok) return false;
    }
    return true;
}

std::size_t count_byte(std::string_view text, char byte) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = kOnes << 7;
    const std::uint64_t pattern = kOnes * static_cast<unsigned char>(byte);
    const char* p = text.data();
    const std::size_t n = text.size();
    std::size_t total = 0, i = 0;
    while (n - i >= 8) {
        // Up to 255 words, counted in the 8 lanes of one word: a lane's 0x80 marks the byte.
        std::uint64_t lanes = 0;
        for (std::size_t words = 0; words < 255 && n - i >= 8; ++words, i += 8) {
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            const std::uint64_t x = w ^ pattern;  // zero bytes where `byte` is
            lanes += (~(((x & ~kHigh) + ~kHigh) | x) & kHigh) >> 7;
        }
        for (int k = 0; k < 8; ++k) total += (lanes >> (8 * k)) & 0xFF;
    }
    for (; i < n; ++i) total += p[i] == byte;
    return total;
}

}  // namespace pactgraph
