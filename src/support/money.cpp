#include "support/money.hpp"

#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "support/text.hpp"

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

namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }

// The length of the word at the start of `text` (letters, digits, '_').
std::size_t word_length(std::string_view text) {
    std::size_t n = 0;
    while (n < text.size() && is_word_char(text[n])) ++n;
    return n;
}

struct Unit {
    std::string_view name;
    double scale;
    bool spaced;  // may stand after a space ("10 billion"); letters must touch the number
};
constexpr std::array<Unit, 9> kUnits{{{"k", 1e3, false},
                                      {"m", 1e6, false},
                                      {"b", 1e9, false},
                                      {"bn", 1e9, false},
                                      {"t", 1e12, false},
                                      {"thousand", 1e3, true},
                                      {"million", 1e6, true},
                                      {"billion", 1e9, true},
                                      {"trillion", 1e12, true}}};

// The unit at the start of `rest` (after `spaces` spaces), if a whole word is one.
const Unit* unit_at(std::string_view rest, std::size_t spaces) {
    const std::string word = to_lower(rest.substr(0, word_length(rest)));
    for (const Unit& u : kUnits)
        if (word == u.name && (spaces == 0 || u.spaced)) return &u;
    return nullptr;
}

}  // namespace

std::optional<MoneyScan> scan_money(std::string_view text) {
    MoneyScan m;
    std::size_t e = 0;
    if (e < text.size() && text[e] == '$') {
        m.plain_integer = false;
        ++e;
    }
    std::string digits;
    while (e < text.size() && (is_digit(text[e]) || (text[e] == '_' && !digits.empty()))) {
        if (text[e] != '_') digits += text[e];
        ++e;
    }
    if (e < text.size() && text[e] == '.' && e + 1 < text.size() && is_digit(text[e + 1])) {
        m.plain_integer = false;
        digits += text[e++];
        while (e < text.size() && is_digit(text[e])) digits += text[e++];
    }
    if (digits.empty() || digits == ".") return std::nullopt;
    if (e < text.size() && (text[e] == 'e' || text[e] == 'E')) {
        std::size_t x = e + 1;
        if (x < text.size() && (text[x] == '+' || text[x] == '-')) ++x;
        if (x < text.size() && is_digit(text[x])) {
            m.plain_integer = false;
            digits += text.substr(e, x - e);
            e = x;
            while (e < text.size() && is_digit(text[e])) digits += text[e++];
        }
    }
    m.value = std::strtod(digits.c_str(), nullptr);
    std::size_t spaces = 0;
    while (e + spaces < text.size() && text[e + spaces] == ' ') ++spaces;
    if (const Unit* u = unit_at(text.substr(e + spaces), spaces)) {
        m.value *= u->scale;
        m.plain_integer = false;
        e += spaces + u->name.size();
    }
    m.length = e;
    return m;
}

std::optional<double> parse_money(std::string_view text) {
    const std::size_t first = text.find_first_not_of(' ');
    if (first == std::string_view::npos) return std::nullopt;
    text.remove_prefix(first);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    auto m = scan_money(text);
    if (!m || m->length != text.size() || !std::isfinite(m->value)) return std::nullopt;
    return m->value;
}

}  // namespace pactgraph
