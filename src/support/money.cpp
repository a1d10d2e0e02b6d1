#include "support/money.hpp"

#include <cmath>
#include <cstdio>

namespace pactgraph {

std::string plain_amount(double v) {
    char buf[40];
    if (v == std::floor(v) && std::fabs(v) < 9007199254740992.0) std::snprintf(buf, sizeof buf, "%.0f", v);
    else std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

std::string format_money_short(double usd) {
    struct Unit {
        double scale;
        const char* suffix;
    };
    static constexpr Unit kUnits[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}, {1, ""}};
    const double a = std::fabs(usd);
    for (const auto& u : kUnits) {
        if (a >= u.scale * 0.9995 || u.scale == 1) {
            const double v = a / u.scale;
            char buf[32];
            // Three significant digits: 1.25B, 12.5B, 125B.
            const int decimals = v >= 100 ? 0 : v >= 10 ? 1 : 2;
            std::snprintf(buf, sizeof buf, "%.*f", u.scale == 1 ? 0 : decimals, v);
            std::string s(buf);
            if (s.find('.') != std::string::npos) {
                while (s.back() == '0') s.pop_back();
                if (s.back() == '.') s.pop_back();
            }
            return std::string(usd < 0 ? "-$" : "$") + s + u.suffix;
        }
    }
    return "$0";
}

}  // namespace pactgraph
