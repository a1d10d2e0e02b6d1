#include "io/graph_source.hpp"

#include "io/graph_reader.hpp"
#include "support/text.hpp"

namespace pactgraph {

std::string extension_of(std::string_view path) {
    const auto dot = path.rfind('.');
    const auto slash = path.rfind('/');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
    return to_lower(path.substr(dot + 1));
}

std::string GraphSource::stem() const {
    if (is_stdin()) return "noname";
    const std::string ext = extension_of(path);
    return ext.empty() ? path : path.substr(0, path.size() - ext.size() - 1);
}

GraphSource graph_source(std::string path, std::string_view format) {
    GraphSource s;
    s.path = std::move(path);
    s.display_name = s.is_stdin() ? "<stdin>" : s.path;
    s.format = format.empty() ? format_for_path(s.path) : std::string(format);
    reader_for(s.format);  // refuses an unknown format before anything is read
    return s;
}

}  // namespace pactgraph
