// The columns of a spreadsheet graph: what each header names (Kumu-, Gephi- or pactgraph-style,
// matched case-insensitively with the usual synonyms; see docs/formats.md), shared by the nodes
// and the edges readers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/csv_parser.hpp"

namespace pactgraph {

// What a column holds, once its header is matched.
enum class CsvColumn : std::uint8_t {
    extra,  // kept as an attribute under its header
    id, name, kind, roles, aliases, tags, url, note,
    source, target, type, more_type, label, amount, date, end_date, status, exclusive, scope,
    source_url, source_citation, source_publisher, source_date, source_confidence,
};

struct CsvSynonyms {
    CsvColumn column;
    std::vector<std::string_view> names;  // normalized headers, best first
};

extern const std::vector<CsvSynonyms> kCsvNodeColumns;
extern const std::vector<CsvSynonyms> kCsvEdgeColumns;

// The header's columns, matched against a table of synonyms.
struct CsvHeader {
    std::vector<CsvColumn> columns;
    std::vector<std::string> names;         // as written, for attribute keys
    std::vector<std::size_t> type_columns;  // columns that may hold the type, best first

    std::optional<std::size_t> find(CsvColumn c) const {
        for (std::size_t i = 0; i < columns.size(); ++i)
            if (columns[i] == c) return i;
        return std::nullopt;
    }
    bool has(CsvColumn c) const { return find(c).has_value(); }
};

CsvHeader match_csv_header(const std::vector<CsvField>& fields, const std::vector<CsvSynonyms>& table);

// Gephi's "Directed"/"Undirected"/"Mutual" in a type column: a direction, not a type.
bool is_gephi_direction(std::string_view v);

}  // namespace pactgraph
