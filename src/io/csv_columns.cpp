#include "io/csv_columns.hpp"

#include "io/import_builder.hpp"

namespace pactgraph {

const std::vector<CsvSynonyms> kCsvNodeColumns = {
    {CsvColumn::id, {"id", ":id", "key", "node_id", "entity_id", "node"}},
    {CsvColumn::name, {"name", "label", "title"}},
    {CsvColumn::kind, {"kind", "type", ":label", "category", "group"}},
    {CsvColumn::roles, {"roles", "role"}},
    {CsvColumn::aliases, {"aliases", "alias"}},
    {CsvColumn::tags, {"tags", "tag"}},
    {CsvColumn::url, {"url", "website", "homepage", "link"}},
    {CsvColumn::note, {"note", "notes", "description"}},
};

// "label" is a type only when no other column is, or when the type column holds Gephi's
// "Directed"/"Undirected" (see match_csv_header() and the edge reader).
const std::vector<CsvSynonyms> kCsvEdgeColumns = {
    {CsvColumn::source, {"source", "from", "src", ":start_id", "source_id", "start_id"}},
    {CsvColumn::target, {"target", "to", "dst", ":end_id", "target_id", "end_id"}},
    {CsvColumn::type, {"relation", "relationship", "type", ":type", "relation_type", "kind"}},
    {CsvColumn::label, {"label", "name", "title"}},
    {CsvColumn::amount, {"amount_usd", "amount", "weight", "value"}},
    {CsvColumn::date, {"date", "start_date", "since", "start"}},
    {CsvColumn::end_date, {"end_date", "end", "until"}},
    {CsvColumn::status, {"status"}},
    {CsvColumn::exclusive, {"exclusive"}},
    {CsvColumn::scope, {"scope"}},
    {CsvColumn::note, {"note", "notes", "description"}},
    {CsvColumn::source_url, {"source_url", "url", "sources"}},
    {CsvColumn::source_citation, {"source_citation", "citation"}},
    {CsvColumn::source_publisher, {"source_publisher", "publisher"}},
    {CsvColumn::source_date, {"source_date"}},
    {CsvColumn::source_confidence, {"source_confidence", "confidence"}},
};

namespace {

// "Amount USD" -> amount_usd, "name:string" -> name (Neo4j's typed headers), ":START_ID" kept.
std::string normalized_header(std::string_view h) {
    h = trimmed(h);
    if (const auto colon = h.find(':'); colon != std::string_view::npos && colon > 0) h = h.substr(0, colon);
    std::string out = lowercase(h);
    for (char& c : out)
        if (c == ' ' || c == '-') c = '_';
    return out;
}

}  // namespace

CsvHeader match_csv_header(const std::vector<CsvField>& fields, const std::vector<CsvSynonyms>& table) {
    CsvHeader h;
    std::vector<std::string> norm;
    for (const CsvField& f : fields) {
        norm.push_back(normalized_header(f.text));
        h.names.emplace_back(trimmed(f.text));
        h.columns.push_back(CsvColumn::extra);
    }
    std::vector<bool> taken(fields.size(), false);
    for (const CsvSynonyms& s : table) {
        for (std::string_view name : s.names) {
            for (std::size_t i = 0; i < norm.size(); ++i) {
                if (taken[i] || norm[i] != name) continue;
                if (s.column == CsvColumn::type) {
                    h.type_columns.push_back(i);  // every type-like column, best first
                    taken[i] = true;
                    h.columns[i] = h.type_columns.size() == 1 ? CsvColumn::type : CsvColumn::more_type;
                } else if (!h.has(s.column)) {
                    h.columns[i] = s.column;
                    taken[i] = true;
                }
            }
        }
    }
    // Edges: "label" holds the type when nothing else does, and is the fallback when the type
    // column holds Gephi's "Directed"/"Undirected".
    if (auto label = h.find(CsvColumn::label); label && norm[*label] == "label") {
        if (h.type_columns.empty()) h.columns[*label] = CsvColumn::type;
        h.type_columns.push_back(*label);
    }
    return h;
}

bool is_gephi_direction(std::string_view v) {
    v = trimmed(v);
    const auto is = [&](std::string_view word) {
        if (v.size() != word.size()) return false;
        for (std::size_t i = 0; i < v.size(); ++i)
            if (v[i] != word[i] && v[i] != word[i] - 'a' + 'A') return false;
        return true;
    };
    return is("directed") || is("undirected") || is("mutual");
}

}  // namespace pactgraph
