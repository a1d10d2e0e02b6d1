#include <catch2/catch.hpp>

#include "model/date.hpp"

using namespace pactgraph;

TEST_CASE("Dates parse at year, month or day precision", "[model]") {
    auto [text, precision] = GENERATE(table<std::string, PartialDate::Precision>({
        {"2019", PartialDate::Precision::year},
        {"2025-09", PartialDate::Precision::month},
        {"2024-02-29", PartialDate::Precision::day},
    }));
    auto d = PartialDate::parse(text);
    REQUIRE(d.has_value());
    CHECK(d->precision() == precision);
    CHECK(d->to_string() == text);
}

TEST_CASE("Malformed dates are refused", "[model]") {
    auto text = GENERATE(as<std::string>{}, "", "19", "2019-", "2019-13", "2019-00", "2023-02-29",
                         "2019-1-01", "early 2023", "2019/01/01", "2019-01-01T00:00", "0000");
    CHECK_FALSE(PartialDate::parse(text).has_value());
}

TEST_CASE("Partial dates compare by their first day", "[model]") {
    const auto y2023 = *PartialDate::parse("2023");
    const auto jan1 = *PartialDate::parse("2023-01-01");
    const auto feb = *PartialDate::parse("2023-02");
    CHECK(y2023 == jan1);
    CHECK_FALSE(y2023.same_as(jan1));
    CHECK(y2023 < feb);
    CHECK(PartialDate{} < y2023);
    CHECK(jan1.first_day_serial() == 19358);  // days from 1970-01-01, checked with `date -d`
    CHECK(PartialDate::parse("1970")->first_day_serial() == 0);
}
