#include "render/render_options.hpp"

#include <algorithm>
#include <array>

#include "support/diagnostics.hpp"
#include "support/suggest.hpp"
#include "support/text.hpp"

namespace pactgraph {

namespace {

// Attributes a user may set with -G/-N/-E: layout and looks only. Everything that names a file
// (image, shapefile, fontpath, imagepath, stylesheet, fontnames), a link (URL, href, target) or
// raw output (comment, id, class) is left out on purpose.
constexpr std::array<std::string_view, 44> kSafeAttributes{
    "arrowhead", "arrowsize", "arrowtail", "bgcolor",  "center",   "color",     "concentrate",
    "dir",       "dpi",       "esep",      "fillcolor", "fixedsize", "fontcolor", "fontname",
    "fontsize",  "gradientangle", "height", "K",       "label",    "labelangle", "labeldistance",
    "labelfloat", "labeljust", "labelloc", "len",      "margin",   "maxiter",   "minlen",
    "mode",      "nodesep",   "nojustify", "overlap",   "pad",      "penwidth",  "peripheries",
    "rankdir",   "ranksep",   "ratio",     "sep",       "shape",    "size",      "splines",
    "style",     "width"};

constexpr std::array<std::string_view, 13> kFileAttributes{
    "image",    "imagepath", "imagescale", "shapefile", "fontpath", "stylesheet", "fontnames",
    "URL",      "href",      "target",     "xlabel",    "charset",  "layers"};

}  // namespace

std::optional<OutputFormat> format_for_extension(std::string_view path) {
    const auto dot = path.rfind('.');
    const auto slash = path.rfind('/');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash))
        return std::nullopt;
    const std::string ext = to_lower(path.substr(dot + 1));
    if (ext == "gv") return OutputFormat::dot;
    if (ext == "mmd") return OutputFormat::mermaid;
    return kOutputFormatNames.find(ext);
}

std::string_view extension_for(OutputFormat f) {
    switch (f) {
        case OutputFormat::dot: return ".dot";
        case OutputFormat::svg: return ".svg";
        case OutputFormat::png: return ".png";
        case OutputFormat::pdf: return ".pdf";
        case OutputFormat::mermaid: return ".mmd";
        case OutputFormat::json: return ".json";
    }
    return "";
}

Attribute parse_attribute(std::string_view text, AttributeTarget target) {
    static constexpr std::array<std::string_view, 3> flags{"-G", "-N", "-E"};
    const std::string flag(flags.at(static_cast<std::size_t>(target)));
    const auto eq = text.find('=');
    if (eq == std::string_view::npos || eq == 0)
        throw UsageError(flag + " '" + std::string(text) + "': expected name=value");
    Attribute a{std::string(text.substr(0, eq)), std::string(text.substr(eq + 1))};
    if (std::find(kFileAttributes.begin(), kFileAttributes.end(), a.name) != kFileAttributes.end())
        throw UsageError(flag + " " + a.name + " is not allowed: it can make Graphviz read local "
                         "files or emit links (pactgraph sets only safe attributes)");
    if (std::find(kSafeAttributes.begin(), kSafeAttributes.end(), a.name) ==
        kSafeAttributes.end()) {
        const std::vector<std::string> safe(kSafeAttributes.begin(), kSafeAttributes.end());
        throw UsageError(flag + " unknown or unsafe attribute '" + a.name + "'" +
                         did_you_mean(a.name, safe) + "; allowed: " + join_choices(safe, ", "));
    }
    // A font name with a path separator is a file name to some Graphviz back ends.
    if (a.name == "fontname" && a.value.find_first_of("/\\") != std::string::npos)
        throw UsageError(flag + " fontname '" + a.value + "': expected a font family name, "
                         "not a path");
    return a;
}

}  // namespace pactgraph
