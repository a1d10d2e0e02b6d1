#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "support/rare.hpp"

using pactgraph::Rare;

TEST_CASE("A Rare field reads as its value and holds nothing while empty", "[support]") {
    STATIC_REQUIRE(sizeof(Rare<std::string>) == sizeof(void*));
    STATIC_REQUIRE(sizeof(Rare<std::vector<std::string>>) == sizeof(void*));
    Rare<std::string> note;
    CHECK(note.empty());
    CHECK(note.get().empty());
    CHECK(&note.get() == &Rare<std::string>().get());  // one shared empty value, nothing allocated
    note = std::string("backs Frontier");
    CHECK(note == "backs Frontier");
    CHECK(std::string_view(note) == "backs Frontier");
    CHECK(note.size() == 14);
    note = std::string();
    CHECK(&note.get() == &Rare<std::string>().get());  // emptied: the value is let go
    Rare<std::string> url = "https://example.org";
    CHECK(std::string(url.c_str()) == "https://example.org");
}

TEST_CASE("A Rare list is edited in place and copied deeply", "[support]") {
    Rare<std::vector<std::string>> roles;
    roles.push_back("investor");
    roles.emplace_back("cloud_provider");
    roles.edit().push_back("chip_maker");
    REQUIRE(roles.size() == 3);
    CHECK(roles[1] == "cloud_provider");
    CHECK(roles.at(2) == "chip_maker");
    CHECK(roles.front() == "investor");
    CHECK(std::vector<std::string>(roles.begin(), roles.end()) ==
          std::vector<std::string>{"investor", "cloud_provider", "chip_maker"});
    Rare<std::vector<std::string>> copy = roles;
    copy.push_back("fund");
    CHECK(roles.size() == 3);  // the copy has its own list
    CHECK(copy.size() == 4);
    CHECK_FALSE(copy == roles);
    Rare<std::vector<std::string>> moved = std::move(copy);
    CHECK(moved.size() == 4);
    roles.clear();
    CHECK(roles.empty());
    CHECK(roles == std::vector<std::string>{});
}
