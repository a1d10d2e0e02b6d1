// Short money and number forms used in tables, labels and messages ($1B, $10B, $1.5M).
#pragma once

#include <string>

namespace pactgraph {

// $950, $12K, $1.5M, $10B, $1.2T: at most three significant digits, trailing zeros dropped.
std::string format_money_short(double usd);

// For programs (CSV, TSV): whole dollars as an integer ("1000000000"), others in full precision.
std::string plain_amount(double usd);

}  // namespace pactgraph
