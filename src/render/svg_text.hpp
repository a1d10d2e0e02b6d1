// What an SVG says about itself, and an SVG that follows the reader's colour scheme.
//  * describe_picture(): one plain-language paragraph of what a picture shows (its entities,
//    relations by type, time window, marks and scales, and the notes a command adds such as the
//    exclusivity conflicts). It is the SVG's <desc> and, in `pactgraph embed`, the image's alt text.
//  * accessible_svg(): Graphviz's SVG with role="img", a <title> and that <desc>, so screen
//    readers announce the picture.
//  * auto_theme_svg(): the light SVG plus CSS custom properties and a prefers-color-scheme
//    media query that swaps every theme colour for its dark-theme counterpart (--theme auto).
// Pure text in, text out.
#pragma once

#include <string>
#include <string_view>

#include "model/graph.hpp"
#include "render/render_options.hpp"

namespace pactgraph {

std::string describe_picture(const PartnershipGraph& g, const RenderOptions& options);

// The picture's title: the --title given, else the graph's, else "pactgraph diagram".
std::string picture_title(const PartnershipGraph& g, const RenderOptions& options);

// Adds role="img", aria-labelledby, <title> and <desc> (escaped) right after the <svg> tag.
std::string accessible_svg(std::string_view svg, std::string_view title, std::string_view description);

// The light-theme SVG made to follow prefers-color-scheme (see above).
std::string auto_theme_svg(std::string_view svg);

// The text of the first <desc> of an SVG, unescaped; "" when there is none.
std::string svg_description(std::string_view svg);

}  // namespace pactgraph
