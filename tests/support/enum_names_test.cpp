// support/enum_names: one table per enum gives names, parsing and the choice list for errors.
#include <catch2/catch.hpp>

#include "support/enum_names.hpp"

using namespace pactgraph;

namespace {
enum class Fruit { apple, pear, plum };
constexpr EnumNames<Fruit, 3> kFruitNames{"fruit", {{{Fruit::apple, "apple"}, {Fruit::pear, "pear"}, {Fruit::plum, "plum"}}}};
static_assert(kFruitNames.name(Fruit::pear) == "pear");  // usable at compile time
}  // namespace

TEST_CASE("An enum's name table names, finds and lists its values", "[support][enum]") {
    CHECK(kFruitNames.name(Fruit::plum) == "plum");
    CHECK(kFruitNames.find("apple") == Fruit::apple);
    CHECK_FALSE(kFruitNames.find("Apple").has_value());  // names are exact
    CHECK(kFruitNames.names() == std::vector<std::string>{"apple", "pear", "plum"});
    CHECK(kFruitNames.parse("pear") == Fruit::pear);
}

TEST_CASE("Parsing an unknown name throws InvalidChoice with the choices and a suggestion", "[support][enum]") {
    try {
        kFruitNames.parse("paer");
        FAIL("expected InvalidChoice");
    } catch (const InvalidChoice& e) {
        CHECK(std::string(e.what()) == "error: unknown fruit 'paer'; did you mean 'pear'?; expected apple, pear or plum");
        CHECK(e.what_kind() == "fruit");
        CHECK(e.value() == "paer");
        CHECK(e.choices().size() == 3);
        CHECK(e.about("--fruit").detail() == "--fruit: unknown fruit 'paer'; did you mean 'pear'?; expected apple, pear or plum");
        CHECK(e.exit_code() == ExitCode::bad_input);
    }
}
