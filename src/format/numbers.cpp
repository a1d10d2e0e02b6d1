#include "format/numbers.hpp"

#include <charconv>
#include <cstdio>

namespace pactgraph {

std::string round_trip(double v) {
    std::string out;
    assign_round_trip(out, v);
    return out;
}

void assign_round_trip(std::string& out, double v) {
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    out.assign(buf, res.ptr);
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
