// One name table per enum: the only place an enum's words are spelt. Every writer, parser, error
// message and command-line choice list (cli builds CLI11 transformers from the same table) reads
// it, so "dark", "sfdp" or "invests_in" can never mean different things in two places.
//
//   inline constexpr EnumNames<Theme, 2> kThemeNames{"theme", {{{Theme::light, "light"},
//                                                               {Theme::dark, "dark"}}}};
//   kThemeNames.name(Theme::dark)   -> "dark"
//   kThemeNames.parse("drak")       -> throws InvalidChoice "unknown theme 'drak'; did you mean 'dark'? ..."
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/diagnostics.hpp"

namespace pactgraph {

template <class E>
struct EnumName {
    E value;
    std::string_view name;
};

template <class E, std::size_t N>
struct EnumNames {
    std::string_view what;  // "theme", "layout engine": for messages
    std::array<EnumName<E>, N> entries;

    constexpr std::string_view name(E value) const {
        for (const auto& e : entries)
            if (e.value == value) return e.name;
        return {};
    }
    constexpr std::optional<E> find(std::string_view name) const {
        for (const auto& e : entries)
            if (e.name == name) return e.value;
        return std::nullopt;
    }
    std::vector<std::string> names() const {
        std::vector<std::string> out;
        for (const auto& e : entries) out.emplace_back(e.name);
        return out;
    }
    // Throws InvalidChoice naming `what`, the value and the choices (with "did you mean").
    E parse(std::string_view name) const {
        if (auto v = find(name)) return *v;
        throw InvalidChoice(std::string(what), std::string(name), names());
    }
};

}  // namespace pactgraph
