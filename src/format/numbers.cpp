#include "format/numbers.hpp"

#include <charconv>
#include <cstdio>

namespace pactgraph {

std::string round_trip(double v) {
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

std::string fixed(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string fixed_or_dash(const std::optional<double>& v, int decimals) {
    return v ? fixed(*v, decimals) : "-";
}

std::string round_trip_or_empty(const std::optional<double>& v) { return v ? round_trip(*v) : ""; }

}  // namespace pactgraph
