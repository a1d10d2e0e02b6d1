// Money as people write it, one way for the whole program: read ("$10B", "10 billion", 1e10)
// by graph files' amount_usd and --where's literals alike, and written short ($1B, $1.5M).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pactgraph {

// $950, $12K, $1.5M, $10B, $1.2T: at most three significant digits, trailing zeros dropped.
std::string format_money_short(double usd);

// An amount read from the start of a text.
struct MoneyScan {
    double value = 0;
    std::size_t length = 0;     // characters read
    bool plain_integer = true;  // only digits and '_' (no $, point, exponent or unit)
};

// Reads an amount at the start of `text`: an optional '$', digits with optional '_' separators,
// a fraction and an exponent (1.5e9), then optionally a unit: K, M, B (or bn), T right after
// the number ($5B, 2.5M), or the word thousand, million, billion or trillion after an optional
// space ("10 billion"). nullopt when `text` does not start with a number. It stops before
// whatever follows; the caller decides whether that is an error.
std::optional<MoneyScan> scan_money(std::string_view text);

// The whole of `text` (surrounding spaces allowed) as an amount, else nullopt.
std::optional<double> parse_money(std::string_view text);

// What parse_money reads, for messages: "1e9, 1_000_000_000, $10B or 10 billion".
inline constexpr std::string_view kMoneyExamples = "1e9, 1_000_000_000, \"$10B\" or \"10 billion\"";

// For programs (CSV, TSV): whole dollars as an integer ("1000000000"), others in full precision.
std::string plain_amount(double usd);

}  // namespace pactgraph
