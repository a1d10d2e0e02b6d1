// Numbers as text, one way for every answer: for people (fixed decimals) and for programs (the
// shortest text that reads back as the same double).
#pragma once

#include <optional>
#include <string>

namespace pactgraph {

std::string round_trip(double v);
// The same into `out` (its memory reused: a column of a million numbers allocates nothing).
void assign_round_trip(std::string& out, double v);
std::string fixed(double v, int decimals = 4);
// The same for a value that may be missing: "-" for people, "" for programs.
std::string fixed_or_dash(const std::optional<double>& v, int decimals = 4);
std::string round_trip_or_empty(const std::optional<double>& v);

}  // namespace pactgraph
