#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <unordered_map>

#include "support/string_index.hpp"

using pactgraph::StringIndex;

TEST_CASE("StringIndex finds what was inserted and nothing else", "[support]") {
    StringIndex index;
    CHECK(index.find("a") == StringIndex::kAbsent);
    CHECK(index.insert("a", 7));
    CHECK(index.insert("", 8));  // the empty string is a key like any other
    CHECK_FALSE(index.insert("a", 9));  // taken: the first value stays
    CHECK(index.find("a") == 7);
    CHECK(index.find("") == 8);
    CHECK(index.find(std::string_view()) == 8);  // an empty view with no data at all
    CHECK(index.find("A") == StringIndex::kAbsent);
    CHECK(index.find(std::string_view("ab", 1)) == 7);  // a view, not a NUL-terminated string
    CHECK(index.size() == 2);
}

TEST_CASE("StringIndex agrees with std::unordered_map through many growths", "[support]") {
    StringIndex index;
    std::unordered_map<std::string, std::size_t> reference;
    std::mt19937 rng(5);
    for (std::size_t i = 0; i < 50000; ++i) {
        const std::string key = "e" + std::to_string(rng() % 40000);
        const bool fresh = reference.emplace(key, i).second;
        CHECK(index.insert(key, i) == fresh);
    }
    for (const auto& [key, value] : reference) REQUIRE(index.find(key) == value);
    CHECK(index.size() == reference.size());
    CHECK(index.find("e40000") == StringIndex::kAbsent);
}

TEST_CASE("StringIndex tells apart keys kept in their slot and keys kept apart", "[support]") {
    // Keys of up to 12 bytes live in their slot, longer ones in the arena: every length around
    // that bound, keys that differ only in their last byte, and zero bytes inside keys.
    StringIndex index;
    std::unordered_map<std::string, std::size_t> reference;
    for (std::size_t length = 0; length <= 40; ++length) {
        for (const char last : {'a', 'b', '\0'}) {
            std::string key(length, 'x');
            if (length > 0) key.back() = last;
            const std::size_t value = reference.size();
            CHECK(index.insert(key, value) == reference.emplace(key, value).second);
        }
    }
    for (int growth = 0; growth < 3000; ++growth) index.insert("filler-" + std::to_string(growth), 1000000);
    for (const auto& [key, value] : reference) REQUIRE(index.find(key) == value);
    CHECK(index.find(std::string(12, 'x') + "y") == StringIndex::kAbsent);
    CHECK(index.find(std::string("xxxxxxxxxxx\0", 12)) != StringIndex::kAbsent);  // 11 x and a zero byte: a key
    CHECK(index.find(std::string("xxxxxxxxxx\0\0", 12)) == StringIndex::kAbsent);  // padded like 10 x, not one
    CHECK(index.find(std::string("xxxxxxxxxx\0", 11)) != index.find(std::string("xxxxxxxxxxx", 11)));
    index.assign(std::string(13, 'x'), 42);
    CHECK(index.find(std::string(13, 'x')) == 42);
}
