// pactgraph's visual language, in one place so DOT, Mermaid, the legend and docs/rendering.md
// agree: entity kind -> shape + fill, relation type -> colour + arrowhead, status -> line style,
// marks -> override colours. Colours come from the Okabe–Ito palette (safe for the common forms
// of colour blindness), and every colour is doubled by a shape, arrowhead, line style or label.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/graph.hpp"
#include "render/render_options.hpp"
#include "support/enum_names.hpp"

namespace pactgraph {

struct KindStyle {
    std::string_view shape;      // Graphviz shape
    std::string_view extra;      // extra style ("rounded") or ""
    std::string_view fill;       // light tint, dark text on it in both themes
    std::string_view border;     // the full-strength palette colour
    std::string_view shape_word; // for the legend: "rounded box"
};

struct TypeStyle {
    std::string_view color;      // on a light background
    std::string_view color_dark; // on a dark background
    std::string_view arrowhead;
    std::string_view arrow_word; // for the legend
};

enum class LineStyle : std::uint8_t { solid, dashed, dotted };

struct StatusStyle {
    LineStyle line = LineStyle::solid;
    bool grey = false;  // ended: drawn in grey whatever its type
};

struct ThemeColors {
    std::string_view background;
    std::string_view text;
    std::string_view muted;      // subtitles, faded elements
    std::string_view cluster;    // cluster box border
    std::string_view legend_bg;
    std::string_view legend_border;
};

struct MarkStyle {
    std::string_view color;      // "" keeps the element's own colour
    double penwidth = 0;         // 0 keeps the element's own width
    std::string_view description;
};

KindStyle kind_style(const Vocabulary& vocabulary, KindId kind);
TypeStyle type_style(const Vocabulary& vocabulary, RelationTypeId type);
// Every relation type's style (the named ones, competes_with and the one for other types).
std::vector<TypeStyle> all_type_styles();
StatusStyle status_style(Status status);
ThemeColors theme_colors(Theme theme);
MarkStyle mark_style(Mark mark, Theme theme);
inline constexpr EnumNames<LineStyle, 3> kLineStyleNames{
    "line style",
    {{{LineStyle::solid, "solid"}, {LineStyle::dashed, "dashed"}, {LineStyle::dotted, "dotted"}}}};
inline std::string_view line_style_name(LineStyle s) { return kLineStyleNames.name(s); }
std::string_view type_color(const TypeStyle& s, Theme theme);
// The colour for an edge's label text given the edge's colour "#RRGGBB": on a light page the
// colour darkened to 70% (sky blue #56B4E9 becomes #3C7EA3, contrast 4.5:1 on white); on a dark
// page the colour itself (the dark theme's colours are already light).
std::string label_color(std::string_view color, Theme theme);
// The colour of edges whose type colour gives way to a meaning of colour (diff pictures).
std::string_view neutral_edge_color(Theme theme);

// The sequential shade for --color-by: t in [0,1] from light to dark (a blue ramp that stays
// readable for colour-blind readers); NaN gives a neutral grey. `text_on` is the label colour
// that stays readable on it.
std::string shade_color(double t);
// Fill colour of group `i` (categorical, light tints of the Okabe-Ito colours; repeats after 8).
std::string_view group_color(std::uint32_t i);
std::string_view text_on_shade(double t);


}  // namespace pactgraph
