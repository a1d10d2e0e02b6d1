#include "model/date.hpp"

#include <charconv>
#include <cstdio>

namespace pactgraph {

namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

bool parse_digits(std::string_view s, std::size_t count, int& out) {
    if (s.size() != count) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    std::from_chars(s.data(), s.data() + s.size(), out);
    return true;
}

}  // namespace

std::optional<PartialDate> PartialDate::from_parts(int year, int month, int day) {
    if (year < 1 || year > 9999) return std::nullopt;
    if (month < 0 || month > 12 || (month == 0 && day != 0)) return std::nullopt;
    if (day < 0 || (month > 0 && day > days_in_month(year, month))) return std::nullopt;
    PartialDate d;
    d.year_ = static_cast<std::int16_t>(year);
    d.month_ = static_cast<std::uint8_t>(month);
    d.day_ = static_cast<std::uint8_t>(day);
    return d;
}

std::optional<PartialDate> PartialDate::parse(std::string_view text) {
    int y = 0, m = 0, d = 0;
    if (!parse_digits(text.substr(0, 4), 4, y)) return std::nullopt;
    if (text.size() == 4) return from_parts(y);
    if (text.size() != 7 && text.size() != 10) return std::nullopt;
    if (text[4] != '-' || !parse_digits(text.substr(5, 2), 2, m) || m == 0) return std::nullopt;
    if (text.size() == 7) return from_parts(y, m);
    if (text[7] != '-' || !parse_digits(text.substr(8, 2), 2, d) || d == 0) return std::nullopt;
    return from_parts(y, m, d);
}

PartialDate::Precision PartialDate::precision() const {
    if (year_ == 0) return Precision::none;
    if (month_ == 0) return Precision::year;
    return day_ == 0 ? Precision::month : Precision::day;
}

std::string PartialDate::to_string() const {
    char buf[16];
    switch (precision()) {
        case Precision::none: return {};
        case Precision::year: std::snprintf(buf, sizeof buf, "%04d", year_); break;
        case Precision::month: std::snprintf(buf, sizeof buf, "%04d-%02d", year_, month_); break;
        case Precision::day:
            std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year_, month_, day_);
            break;
    }
    return buf;
}

std::int32_t PartialDate::first_day_serial() const {
    // Howard Hinnant's days_from_civil.
    const int m = month_ == 0 ? 1 : month_;
    const int d = day_ == 0 ? 1 : day_;
    const int y = year_ - (m <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::strong_ordering PartialDate::operator<=>(const PartialDate& other) const {
    if (empty() || other.empty()) return !empty() <=> !other.empty();
    if (auto c = year_ <=> other.year_; c != 0) return c;
    if (auto c = std::max<int>(month_, 1) <=> std::max<int>(other.month_, 1); c != 0) return c;
    return std::max<int>(day_, 1) <=> std::max<int>(other.day_, 1);
}

std::optional<BoundedDate> parse_bounded_date(std::string_view text) {
    BoundedDate out;
    if (text.starts_with(">=")) {
        out.bound = DateBound::on_or_after;
        text.remove_prefix(2);
    } else if (text.starts_with("<")) {
        out.bound = DateBound::before;
        text.remove_prefix(1);
    }
    if (out.bound != DateBound::exact)
        while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    const auto d = PartialDate::parse(text);
    if (!d) return std::nullopt;
    out.date = *d;
    return out;
}

std::string bounded_date_text(const PartialDate& date, DateBound bound) {
    if (date.empty()) return "";
    switch (bound) {
        case DateBound::on_or_after: return ">=" + date.to_string();
        case DateBound::before: return "<" + date.to_string();
        default: return date.to_string();
    }
}

std::string bounded_date_words(const PartialDate& date, DateBound bound) {
    if (date.empty()) return "";
    switch (bound) {
        case DateBound::on_or_after: return "on or after " + date.to_string();
        case DateBound::before: return "before " + date.to_string();
        default: return date.to_string();
    }
}

std::string_view date_bound_name(DateBound bound) {
    switch (bound) {
        case DateBound::on_or_after: return "on_or_after";
        case DateBound::before: return "before";
        default: return "";
    }
}

}  // namespace pactgraph
