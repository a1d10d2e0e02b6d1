#include "io/graph_reader.hpp"

#include <cctype>
#include <istream>
#include <iterator>

#include "io/csv_reader.hpp"
#include "io/dot_reader.hpp"
#include "io/graphml.hpp"
#include "io/json_graph.hpp"
#include "io/snapshot_reader.hpp"
#include "io/toml_reader.hpp"
#include "support/atomic_file.hpp"
#include "support/mapped_file.hpp"

namespace pactgraph {

LoadResult GraphReader::read(std::istream& in, const std::string& source_name) const {
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return read(std::string_view(text), source_name);
}

ReadProgress progress_and_release(ReadProgress progress, ReadRelease release) {
    if (!release) return progress;
    return [progress = std::move(progress), release = std::move(release)](std::size_t done, std::size_t total) {
        release(done);
        if (progress) progress(done, total);
    };
}

std::vector<std::string> reader_formats() {
    return {"toml", "csv", "json", "graphml", "dot", std::string(kSnapshotFormat)};
}

std::unique_ptr<GraphReader> reader_for(std::string_view format, ImportOptions options) {
    if (format == "toml")
        return std::make_unique<TomlReader>(TomlReader::kDefaultChunkBytes,
                                            progress_and_release(options.progress, options.release));
    if (format == "csv") return std::make_unique<CsvReader>(options);
    if (format == "json") return std::make_unique<JsonReader>(options);
    if (format == "graphml") return std::make_unique<GraphmlReader>(options);
    if (format == "dot" || format == "gv") return std::make_unique<DotReader>(options);
    if (format == kSnapshotFormat) return std::make_unique<SnapshotReader>();
    throw InvalidChoice("graph file format", std::string(format), reader_formats());
}

std::string format_for_path(std::string_view path) {
    const std::string ext = extension_of(path);
    if (ext.empty()) return "toml";
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

namespace {

LoadResult read_text(std::string_view text, const GraphSource& source, ImportOptions options) {
    // Bytes that begin as a snapshot are one, whatever the name or format said (standard input,
    // a misnamed file): no text format holds the NUL byte of the magic.
    if (looks_like_snapshot(text)) return read_snapshot(text, source.display_name);
    // Each reader checks its text (empty, binary, encoding) with a message for its format.
    return reader_for(source.format, options)->read(text, source.display_name);
}

}  // namespace

LoadResult load_graph(const GraphSource& source, std::string_view stdin_text, ImportOptions options) {
    // A snapshot file is mapped, not copied.
    if (source.format == kSnapshotFormat && !source.is_stdin())
        return read_snapshot_file(source.path, source.display_name);
    if (source.is_stdin()) return read_text(stdin_text, source, std::move(options));
    // A text file is mapped too, and the pages a reader is done with are given back as it tells
    // so: a 1 GB CSV does not hold 1 GB of memory while its graph is built.
    MappedFile file(source.path);
    options.release = [&file](std::size_t offset) { file.drop_pages_before(offset); };
    return read_text(file.bytes(), source, std::move(options));
}

LoadResult load_graph(const std::string& path, std::string_view stdin_text, std::string_view format) {
    return load_graph(graph_source(path, format), stdin_text);
}

}  // namespace pactgraph
