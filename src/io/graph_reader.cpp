#include "io/graph_reader.hpp"

#include <cctype>
#include <istream>
#include <iterator>

#include "io/csv_reader.hpp"
#include "io/dot_reader.hpp"
#include "io/graphml.hpp"
#include "io/json_graph.hpp"
#include "io/toml_reader.hpp"
#include "support/atomic_file.hpp"
#include "support/suggest.hpp"

namespace pactgraph {

LoadResult GraphReader::read(std::istream& in, const std::string& source_name) const {
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return read(std::string_view(text), source_name);
}

std::vector<std::string> reader_formats() { return {"toml", "csv", "json", "graphml", "dot"}; }

std::unique_ptr<GraphReader> reader_for(std::string_view format, ImportOptions options) {
    if (format == "toml") return std::make_unique<TomlReader>();
    if (format == "csv") return std::make_unique<CsvReader>(options);
    if (format == "json") return std::make_unique<JsonReader>(options);
    if (format == "graphml") return std::make_unique<GraphmlReader>(options);
    if (format == "dot" || format == "gv") return std::make_unique<DotReader>(options);
    throw UsageError("unknown graph file format '" + std::string(format) + "'" +
                     did_you_mean(format, reader_formats()) +
                     " (readable formats: " + join_choices(reader_formats(), ", ") + ")");
}

std::string format_for_path(std::string_view path) {
    const auto dot = path.rfind('.');
    const auto slash = path.rfind('/');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash))
        return "toml";
    std::string ext(path.substr(dot + 1));
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == "tsv") return "csv";
    if (ext == "gv") return "dot";
    return ext;
}

void check_text_input(std::string_view text, const std::string& source_name) {
    const auto nul = text.find('\0');
    if (nul != std::string_view::npos) {
        std::uint32_t line = 1, col = 1;
        for (std::size_t i = 0; i < nul; ++i) {
            if (text[i] == '\n') {
                ++line;
                col = 1;
            } else {
                ++col;
            }
        }
        throw InputError({Severity::error, {source_name, line, col},
                          "found binary data (a NUL byte); expected a text graph file", {}});
    }
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        throw InputError({Severity::error, {source_name, 1, 1},
                          "the file is empty; expected a [graph] table, [[entity]] and "
                          "[[relation]] tables (see docs/format.md)",
                          {}});
}

LoadResult load_graph(const std::string& path, std::string_view stdin_text, std::string_view format) {
    const std::string text = read_file_or_stdin(path, stdin_text);
    const std::string name = path == "-" ? "<stdin>" : path;
    // Each reader checks its text (empty, binary, encoding) with a message for its format.
    const std::string fmt = format.empty() ? format_for_path(path) : std::string(format);
    return reader_for(fmt)->read(std::string_view(text), name);
}

}  // namespace pactgraph
