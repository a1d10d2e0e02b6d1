// Dates as the sources give them: a year ("2019"), a month ("2025-09") or a day ("2023-01-23").
// A partial date compares by its first day, so "2023" < "2023-02" and "2023" == "2023-01-01"
// for ordering; equality of the written form is `same_as`.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pactgraph {

class PartialDate {
public:
    enum class Precision : std::uint8_t { none, year, month, day };

    PartialDate() = default;
    static std::optional<PartialDate> parse(std::string_view text);  // nullopt when malformed
    static std::optional<PartialDate> from_parts(int year, int month = 0, int day = 0);

    bool empty() const { return precision() == Precision::none; }
    Precision precision() const;
    int year() const { return year_; }
    int month() const { return month_; }  // 0 when not given
    int day() const { return day_; }      // 0 when not given

    // "2019", "2025-09", "2023-01-23"; "" when empty.
    std::string to_string() const;
    // Days since 1970-01-01 of the first day this date covers (for time axes).
    std::int32_t first_day_serial() const;

    // Orders by first day covered; an empty date sorts before every real one.
    std::strong_ordering operator<=>(const PartialDate& other) const;
    bool operator==(const PartialDate& other) const { return (*this <=> other) == 0; }
    bool same_as(const PartialDate& other) const {
        return year_ == other.year_ && month_ == other.month_ && day_ == other.day_;
    }

private:
    std::int16_t year_ = 0;  // 0 = no date
    std::uint8_t month_ = 0;
    std::uint8_t day_ = 0;
};

// What a file knows about when a relation started: the day it gives (`exact`, the default), or
// only a bound: it started on or after the date (">=2025-09") or before it ("<2024").
enum class DateBound : std::uint8_t { exact, on_or_after, before };

struct BoundedDate {
    PartialDate date;
    DateBound bound = DateBound::exact;
};

// "2025-09", ">=2025-09" or "<2024" (spaces after the operator allowed); nullopt when malformed.
std::optional<BoundedDate> parse_bounded_date(std::string_view text);
// The written form: "2025-09", ">=2025-09", "<2024"; "" for an empty date.
std::string bounded_date_text(const PartialDate& date, DateBound bound);
// For people: "2025-09", "on or after 2025-09", "before 2024"; "" for an empty date.
std::string bounded_date_words(const PartialDate& date, DateBound bound);
// "on_or_after", "before"; "" for exact (the JSON/CSV date_bound field).
std::string_view date_bound_name(DateBound bound);

}  // namespace pactgraph
