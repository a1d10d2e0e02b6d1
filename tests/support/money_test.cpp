#include <catch2/catch.hpp>

#include "support/money.hpp"

using namespace pactgraph;

TEST_CASE("parse_money reads the notations people write", "[support]") {
    auto [text, usd] = GENERATE(table<std::string, double>({
        {"1e9", 1e9},
        {"1_000_000_000", 1e9},
        {"$5B", 5e9},
        {"$5b", 5e9},
        {"2.5M", 2.5e6},
        {"$12K", 12e3},
        {"1.2T", 1.2e12},
        {"10 billion", 1e10},
        {"$10 billion", 1e10},
        {"3 Million", 3e6},
        {"$1.5bn", 1.5e9},
        {"  42  ", 42},
    }));
    INFO(text);
    const auto v = parse_money(text);
    REQUIRE(v);
    CHECK(*v == usd);
}

TEST_CASE("parse_money refuses what is not one amount", "[support]") {
    auto text = GENERATE(as<std::string>{}, "", "$", "billion", "ten", "10X", "10 bilion", "-5",
                         "5B5", "10 B", "$5B and more");
    INFO(text);
    CHECK_FALSE(parse_money(text));
}

TEST_CASE("scan_money stops where the amount ends and says whether it was a plain integer",
          "[support]") {
    const auto a = scan_money("10 billion && x");
    REQUIRE(a);
    CHECK(a->length == 10);
    CHECK(a->value == 1e10);
    CHECK_FALSE(a->plain_integer);
    const auto b = scan_money("2019 ");
    REQUIRE(b);
    CHECK(b->length == 4);
    CHECK(b->plain_integer);
    const auto c = scan_money("5 and");  // "and" is no unit: the amount is 5
    REQUIRE(c);
    CHECK(c->length == 1);
}
