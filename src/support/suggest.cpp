#include "support/suggest.hpp"

#include <algorithm>
#include <cctype>
#include "support/text.hpp"

namespace pactgraph {

namespace {
// A shorter start says too little ("in" starts invests_in and investor alike).
constexpr std::size_t kMinPrefix = 3;
}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
    for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates) {
    const std::string w = to_lower(word);
    const std::size_t limit = std::max<std::size_t>(1, (w.size() + 2) / 3);
    std::optional<std::string> best;
    std::size_t best_distance = limit + 1;
    for (const auto& c : candidates) {
        const std::size_t dist = edit_distance(w, to_lower(c));
        if (dist < best_distance) {
            best_distance = dist;
            best = c;
        }
    }
    if (best || w.size() < kMinPrefix) return best;
    // "invest" for "invests_in": a word that starts a choice, however much longer the choice.
    for (const auto& c : candidates)
        if (to_lower(c).rfind(w, 0) == 0 && (!best || c.size() < best->size())) best = c;
    return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    auto m = closest_match(word, candidates);
    return m ? "; did you mean '" + *m + "'?" : std::string();
}

std::string join_choices(const std::vector<std::string>& items, std::string_view last_sep) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += (i + 1 == items.size()) ? std::string(last_sep) : std::string(", ");
        out += items[i];
    }
    return out;
}

}  // namespace pactgraph
