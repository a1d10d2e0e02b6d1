// Short money and number forms used in tables, labels and messages ($1B, $10B, $1.5M).
#pragma once

#include <string>

namespace pactgraph {

// $950, $12K, $1.5M, $10B, $1.2T: at most three significant digits, trailing zeros dropped.
std::string format_money_short(double usd);

}  // namespace pactgraph
