#include "render/style.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <string>

namespace pactgraph {

namespace {

// Okabe–Ito: orange E69F00, sky blue 56B4E9, bluish green 009E73, yellow F0E442, blue 0072B2,
// vermillion D55E00, reddish purple CC79A7, black. Fills are light tints of the same hues.
struct NamedKind {
    std::string_view name;
    KindStyle style;
};
constexpr std::array<NamedKind, 11> kKinds{{
    {"company", {"box", "rounded", "#CFE3F3", "#0072B2", "rounded box"}},
    {"investor", {"house", "", "#FBE3B3", "#E69F00", "house"}},
    {"cloud", {"ellipse", "", "#D7EEFB", "#56B4E9", "ellipse"}},
    {"product", {"note", "", "#FAF5C6", "#B8A400", "note"}},
    {"platform", {"component", "", "#C4EBDF", "#009E73", "component"}},
    {"service", {"tab", "", "#F3DCEA", "#CC79A7", "tab"}},
    {"model", {"hexagon", "", "#F7D4BE", "#D55E00", "hexagon"}},
    {"chipmaker", {"box3d", "", "#E4E4E4", "#555555", "3-D box"}},
    {"venture", {"octagon", "", "#E9DDF1", "#7E57A5", "octagon"}},
    {"person", {"egg", "", "#F2F2F2", "#333333", "egg"}},
    {"government", {"invtrapezium", "", "#E1EDD5", "#4D7A1F", "trapezium"}},
}};
constexpr KindStyle kOtherKind{"box", "", "#FFFFFF", "#777777", "box"};

struct NamedType {
    std::string_view name;
    TypeStyle style;
};
constexpr std::array<NamedType, 15> kTypes{{
    {"invests_in", {"#009E73", "#2FC89A", "normal", "arrow"}},
    {"exclusive_cloud_for", {"#0072B2", "#4AA8E8", "normal", "arrow"}},
    {"hosts", {"#56B4E9", "#56B4E9", "normal", "arrow"}},
    {"offers", {"#555555", "#BBBBBB", "empty", "hollow arrow"}},
    {"partners_with", {"#CC79A7", "#E3A3C8", "none", "no arrow (either way)"}},
    {"agreement", {"#E69F00", "#F0B43C", "none", "no arrow (either way)"}},
    {"supplies", {"#8C7A00", "#D8C640", "vee", "open arrow"}},
    {"owns", {"#000000", "#E6E6E6", "diamond", "diamond"}},
    {"considers_suing", {"#D55E00", "#FF8A3D", "tee", "bar"}},
    {"built_on", {"#7E57A5", "#B595D6", "empty", "hollow arrow"}},
    {"repackages", {"#CC79A7", "#E3A3C8", "empty", "hollow arrow"}},
    {"part_of", {"#7E57A5", "#B595D6", "odiamond", "hollow diamond"}},
    {"offered_through", {"#7E57A5", "#B595D6", "onormal", "half arrow"}},
    {"acquires", {"#000000", "#E6E6E6", "dot", "dot"}},
    {"licenses", {"#56B4E9", "#56B4E9", "vee", "open arrow"}},
}};
constexpr TypeStyle kOtherType{"#777777", "#AAAAAA", "normal", "arrow"};
constexpr TypeStyle kCompetes{"#D55E00", "#FF8A3D", "none", "no arrow (either way)"};

}  // namespace

KindStyle kind_style(const Vocabulary& vocabulary, KindId kind) {
    const std::string& name = vocabulary.kind(kind).name;
    for (const auto& k : kKinds)
        if (k.name == name) return k.style;
    return kOtherKind;
}

TypeStyle type_style(const Vocabulary& vocabulary, RelationTypeId type) {
    const RelationTypeInfo& info = vocabulary.type(type);
    if (info.name == "competes_with") return kCompetes;
    for (const auto& t : kTypes)
        if (t.name == info.name) return t.style;
    TypeStyle other = kOtherType;
    if (info.symmetric) other.arrowhead = "none";
    return other;
}

std::vector<TypeStyle> all_type_styles() {
    std::vector<TypeStyle> out;
    for (const auto& t : kTypes) out.push_back(t.style);
    out.push_back(kOtherType);
    out.push_back(kCompetes);
    return out;
}

StatusStyle status_style(Status status) {
    switch (status) {
        case Status::reported:
        case Status::non_binding:
        case Status::disputed: return {LineStyle::dashed, false};
        case Status::rumored:
        case Status::considered: return {LineStyle::dotted, false};
        case Status::ended: return {LineStyle::solid, true};
        case Status::announced:
        case Status::signed_:
        case Status::closed: break;
    }
    return {LineStyle::solid, false};
}

ThemeColors theme_colors(Theme theme) {
    if (theme == Theme::dark)
        return {"#1E1E1E", "#E6E6E6", "#8A8A8A", "#6A6A6A", "#2A2A2A", "#6A6A6A"};
    return {"#FFFFFF", "#222222", "#8A8A8A", "#B0B0B0", "#FAFAFA", "#B0B0B0"};
}

MarkStyle mark_style(Mark mark, Theme theme) {
    const bool dark = theme == Theme::dark;
    switch (mark) {
        case Mark::none: return {"", 0, ""};
        case Mark::highlight: return {"", 3.0, "highlighted"};
        case Mark::faded: return {dark ? "#555555" : "#C8C8C8", 1.0, "context (faded)"};
        case Mark::conflict: return {dark ? "#FF4FA3" : "#D81B60", 4.0, "conflict"};
        case Mark::added: return {dark ? "#2FC89A" : "#009E73", 3.0, "added"};
        case Mark::removed: return {dark ? "#FF8A3D" : "#D55E00", 3.0, "removed"};
        case Mark::changed: return {dark ? "#F0B43C" : "#E69F00", 3.0, "changed"};
    }
    return {"", 0, ""};
}

std::string_view type_color(const TypeStyle& s, Theme theme) {
    return theme == Theme::dark ? s.color_dark : s.color;
}

std::string label_color(std::string_view color, Theme theme) {
    unsigned rgb = 0;
    if (theme == Theme::dark || color.size() != 7 || color[0] != '#' ||
        std::sscanf(std::string(color.substr(1)).c_str(), "%6x", &rgb) != 1)
        return std::string(color);
    char buf[8];
    const auto dim = [](unsigned v) { return static_cast<unsigned>(std::lround(v * 0.65)); };
    std::snprintf(buf, sizeof buf, "#%02X%02X%02X", dim((rgb >> 16) & 0xFF), dim((rgb >> 8) & 0xFF),
                  dim(rgb & 0xFF));
    return buf;
}

std::string_view neutral_edge_color(Theme theme) { return theme == Theme::dark ? "#A0A0A0" : "#707070"; }

std::string_view group_color(std::uint32_t i) {
    static constexpr std::string_view kPalette[] = {"#F9D9A8", "#BFE3F5", "#A8DCC8", "#F7F1A6",
                                                    "#A9C8E6", "#F2C2A5", "#E7C5DA", "#D9D9D9"};
    return kPalette[i % std::size(kPalette)];
}

std::string shade_color(double t) {
    if (std::isnan(t)) return "#E0E0E0";
    t = std::fmin(1.0, std::fmax(0.0, t));
    // From #EFF6FC (very light blue) to #08306B (dark blue), linear in sRGB.
    constexpr double from[3] = {0xEF, 0xF6, 0xFC}, to[3] = {0x08, 0x30, 0x6B};
    char buf[8];
    int rgb[3];
    for (int i = 0; i < 3; ++i) rgb[i] = static_cast<int>(std::lround(from[i] + (to[i] - from[i]) * t));
    std::snprintf(buf, sizeof buf, "#%02X%02X%02X", rgb[0], rgb[1], rgb[2]);
    return buf;
}

std::string_view text_on_shade(double t) {
    return !std::isnan(t) && t > 0.55 ? "#FFFFFF" : "#1A1A1A";  // the nodes' own dark text
}

}  // namespace pactgraph
