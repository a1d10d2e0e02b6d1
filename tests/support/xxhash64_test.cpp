// XXH64 against the reference's published values: its sanity-check buffer (bytes drawn from
// PRIME32 * PRIME64^i, as xxhsum's self-test makes them) at lengths that take each path of the
// algorithm (empty, under 4, under 32, the 32-byte stripes and their tail), seed 0 and
// PRIME32. Each value was also checked against Debian's libxxhash0 (XXH64 via Python ctypes).
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "support/xxhash64.hpp"

using namespace pactgraph;

namespace {

constexpr std::uint64_t kPrime32 = 2654435761U;

std::string sanity_buffer(std::size_t length) {
    std::string out;
    std::uint64_t gen = 2654435761U;
    for (std::size_t i = 0; i < length; ++i) {
        out.push_back(static_cast<char>(gen >> 56));
        gen *= 11400714785074694797ULL;
    }
    return out;
}

}  // namespace

TEST_CASE("XXH64 gives the reference implementation's values", "[support][xxhash]") {
    const auto [length, seed, expected] = GENERATE(table<std::size_t, std::uint64_t, std::uint64_t>({
        {0, 0, 0xEF46DB3751D8E999ULL},
        {0, kPrime32, 0xAC75FDA2929B17EFULL},
        {1, 0, 0xE934A84ADB052768ULL},
        {1, kPrime32, 0x5014607643A9B4C3ULL},
        {14, 0, 0x8282DCC4994E35C8ULL},
        {14, kPrime32, 0xC3BD6BF63DEB6DF0ULL},
        {222, 0, 0xB641AE8CB691C174ULL},
        {222, kPrime32, 0x20CB8AB7AE10C14AULL},
        {2367, 0, 0xA82418DDEC0EA581ULL},
        {2367, kPrime32, 0xA36A93C18052673AULL},
    }));
    CAPTURE(length, seed);
    CHECK(xxh64(sanity_buffer(length), seed) == expected);
}

TEST_CASE("XXH64 of short texts", "[support][xxhash]") {
    CHECK(xxh64("a") == 0xD24EC4F1A98C6E5BULL);
    CHECK(xxh64("abc") == 0x44BC2CF5AD770999ULL);
    CHECK(xxh64("The quick brown fox jumps over the lazy dog") == 0x0B242D361FDA71BCULL);
}

TEST_CASE("XXH64 changes with any one flipped bit", "[support][xxhash]") {
    const std::string text = sanity_buffer(100);
    const std::uint64_t h = xxh64(text);
    for (std::size_t bit = 0; bit < text.size() * 8; ++bit) {
        std::string flipped = text;
        flipped[bit / 8] = static_cast<char>(flipped[bit / 8] ^ (1 << (bit % 8)));
        CHECK(xxh64(flipped) != h);
    }
}
