#include "io/csv_reader.hpp"

#include <algorithm>

#include <array>
#include <optional>

#include "io/csv_columns.hpp"
#include "io/csv_edges.hpp"
#include "io/csv_parser.hpp"
#include "io/import_builder.hpp"
#include "support/suggest.hpp"

namespace pactgraph {

namespace {

// Splits "a|b | c" into its trimmed, non-empty parts.
std::vector<std::string> split_list(std::string_view text, char sep) {
    std::vector<std::string> out;
    while (!text.empty()) {
        const auto cut = text.find(sep);
        const std::string_view part = trimmed(text.substr(0, cut));
        if (!part.empty()) out.emplace_back(part);
        if (cut == std::string_view::npos) break;
        text.remove_prefix(cut + 1);
    }
    return out;
}

class CsvGraphReader {
public:
    CsvGraphReader(ImportBuilder& b, std::string_view text, const std::string& name,
                   const ImportOptions& options)
        : b_(b), text_(text), name_(name), options_(options), parser_(text, name) {}

    // Reads the header; false when the file has no header at all.
    bool header(const std::vector<CsvSynonyms>& table) {
        if (!parser_.next(fields_)) return false;
        header_ = match_csv_header(fields_, table);
        header_at_ = parser_.record_at();
        return true;
    }
    const CsvHeader& columns() const { return header_; }

    void read_nodes() {
        std::optional<std::size_t> id = header_.find(CsvColumn::id);
        if (!id) id = header_.find(CsvColumn::name);  // Kumu: the label is the id
        if (!id)
            b_.fail(header_at_, "no id column in the nodes header; expected one of: id, label, name "
                                "(or, for an edges file, source and target columns)");
        while (parser_.next(fields_)) {
            check_width();
            Entity e;
            TextPosition kind_at = parser_.record_at();
            std::string_view kind;
            for (std::size_t i = 0; i < std::min(fields_.size(), header_.columns.size()); ++i) {
                const std::string_view v = fields_[i].text;
                switch (header_.columns[i]) {
                    case CsvColumn::name: e.name = std::string(trimmed(v)); break;
                    case CsvColumn::kind: kind = v, kind_at = fields_[i].at; break;
                    case CsvColumn::roles: e.roles = split_list(v, '|'); break;
                    case CsvColumn::aliases: e.aliases = split_list(v, '|'); break;
                    case CsvColumn::tags: e.tags = split_list(v, '|'); break;
                    case CsvColumn::url: e.url = std::string(trimmed(v)); break;
                    case CsvColumn::note: e.note = std::string(v); break;
                    case CsvColumn::extra:
                        if (!v.empty()) e.attributes.emplace_back(header_.names[i], std::string(v));
                        break;
                    default: break;
                }
            }
            e.kind = b_.kind(kind, kind_at);
            const CsvField& key = field(*id);
            b_.declare(key.text, std::move(e), key.at);
        }
    }

    void read_edges(bool nodes_listed) {
        const auto source = header_.find(CsvColumn::source);
        const auto target = header_.find(CsvColumn::target);
        if (!source || !target)
            b_.fail(header_at_, std::string("no ") + (source ? "target" : "source") +
                                    " column in the edges header; expected one of: " +
                                    (source ? "target, to, dst" : "source, from, src"));
        read_csv_edges(b_, text_, name_, header_, parser_, nodes_listed, options_);
    }

private:
    const CsvField& field(std::size_t i) {
        if (i < fields_.size()) return fields_[i];
        missing_ = {{}, parser_.record_at()};
        return missing_;
    }

    void check_width() { check_csv_width(b_, header_, fields_); }

    ImportBuilder& b_;
    std::string_view text_;
    const std::string& name_;
    const ImportOptions& options_;
    CsvParser parser_;
    std::vector<CsvField> fields_;
    CsvHeader header_;
    TextPosition header_at_;
    CsvField missing_;
};

void check_csv(std::string_view text, const std::string& name) {
    check_import_text(text, name, "a CSV file");
}

}  // namespace

LoadResult CsvReader::read(std::string_view text, const std::string& source_name) const {
    check_csv(text, source_name);
    ImportBuilder b(text, source_name, options_);
    CsvGraphReader csv(b, text, source_name, options_);
    csv.header(kCsvEdgeColumns);
    if (csv.columns().has(CsvColumn::source) || csv.columns().has(CsvColumn::target)) {
        csv.read_edges(false);
    } else {
        CsvGraphReader nodes(b, text, source_name, options_);
        nodes.header(kCsvNodeColumns);
        nodes.read_nodes();
    }
    return b.finish();
}

LoadResult read_csv_graph(std::string_view nodes_text, const std::string& nodes_name,
                          std::string_view edges_text, const std::string& edges_name,
                          ImportOptions options) {
    check_csv(nodes_text, nodes_name);
    check_csv(edges_text, edges_name);
    ImportBuilder b(nodes_text, nodes_name, options);
    CsvGraphReader nodes(b, nodes_text, nodes_name, options);
    nodes.header(kCsvNodeColumns);
    nodes.read_nodes();
    b.set_input(edges_text, edges_name);
    CsvGraphReader edges(b, edges_text, edges_name, options);
    edges.header(kCsvEdgeColumns);
    edges.read_edges(true);
    return b.finish();
}

}  // namespace pactgraph
