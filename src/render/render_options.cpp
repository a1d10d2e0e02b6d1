#include "render/render_options.hpp"

#include <algorithm>
#include <array>

#include "support/diagnostics.hpp"
#include "support/suggest.hpp"

namespace pactgraph {

namespace {

constexpr std::array<std::string_view, 6> kFormats{"dot", "svg", "png", "pdf", "mermaid", "json"};
constexpr std::array<std::string_view, 6> kEngines{"dot", "neato", "fdp", "sfdp", "circo", "twopi"};
constexpr std::array<std::string_view, 7> kMarks{"none",  "highlight", "faded", "conflict",
                                                 "added", "removed",   "changed"};

template <std::size_t N>
std::vector<std::string> to_strings(const std::array<std::string_view, N>& names) {
    return {names.begin(), names.end()};
}

// Returns the index of `name` in `names`, or throws "unknown WHAT 'x'; expected a, b or c".
template <std::size_t N>
std::size_t parse_choice(std::string_view name, const std::array<std::string_view, N>& names,
                         std::string_view what) {
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == name) return i;
    const auto all = to_strings(names);
    throw UsageError("unknown " + std::string(what) + " '" + std::string(name) + "'" +
                     did_you_mean(name, all) + "; expected " + join_choices(all));
}

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

std::string_view format_name(OutputFormat f) { return kFormats.at(static_cast<std::size_t>(f)); }
std::string_view engine_name(LayoutEngine e) { return kEngines.at(static_cast<std::size_t>(e)); }
std::string_view mark_name(Mark m) { return kMarks.at(static_cast<std::size_t>(m)); }
std::vector<std::string> format_names() { return to_strings(kFormats); }
std::vector<std::string> engine_names() { return to_strings(kEngines); }

OutputFormat parse_format(std::string_view name) {
    return static_cast<OutputFormat>(parse_choice(name, kFormats, "format"));
}
LayoutEngine parse_engine(std::string_view name) {
    return static_cast<LayoutEngine>(parse_choice(name, kEngines, "layout engine"));
}
Theme parse_theme(std::string_view name) {
    static constexpr std::array<std::string_view, 2> names{"light", "dark"};
    return static_cast<Theme>(parse_choice(name, names, "theme"));
}
ClusterBy parse_cluster_by(std::string_view name) {
    static constexpr std::array<std::string_view, 3> names{"none", "kind", "role"};
    return static_cast<ClusterBy>(parse_choice(name, names, "cluster grouping"));
}
RankDir parse_rankdir(std::string_view name) {
    static constexpr std::array<std::string_view, 2> names{"LR", "TB"};
    return static_cast<RankDir>(parse_choice(name, names, "rank direction"));
}

std::optional<OutputFormat> format_for_extension(std::string_view path) {
    const auto dot = path.rfind('.');
    const auto slash = path.rfind('/');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash))
        return std::nullopt;
    std::string ext(path.substr(dot + 1));
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == "gv") return OutputFormat::dot;
    if (ext == "mmd") return OutputFormat::mermaid;
    for (std::size_t i = 0; i < kFormats.size(); ++i)
        if (kFormats[i] == ext) return static_cast<OutputFormat>(i);
    return std::nullopt;
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
        const auto safe = to_strings(kSafeAttributes);
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
