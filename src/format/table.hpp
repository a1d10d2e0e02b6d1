// A table of text cells written for people (aligned columns), Markdown, TSV or CSV. Every
// command that prints rows uses it, so all tables look and escape alike.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace pactgraph {

class Table {
public:
    enum class Align { left, right };

    explicit Table(std::vector<std::string> headers, std::vector<Align> align = {});
    void add_row(std::vector<std::string> cells);  // missing cells are padded with ""
    std::size_t size() const { return rows_.size(); }
    // The cells, for writers of other formats (the HTML report).
    const std::vector<std::string>& headers() const { return headers_; }
    const std::vector<std::vector<std::string>>& rows() const { return rows_; }
    const std::vector<Align>& alignment() const { return align_; }

    std::string to_text() const;      // columns padded, a rule under the header
    std::string to_markdown() const;  // GitHub pipe table, '|' escaped
    std::string to_tsv() const;       // tabs and newlines in cells become spaces
    std::string to_csv() const;       // RFC 4180 quoting

private:
    std::vector<std::string> headers_;
    std::vector<Align> align_;
    std::vector<std::vector<std::string>> rows_;
};

// CSV (RFC 4180 quoting, CRLF) or TSV (tabs and newlines in cells become spaces) written row by
// row into one text: what Table::to_csv and to_tsv write, for callers with a row per entity of
// a million, which would otherwise hold every cell as a string in a Table first.
class DelimitedText {
public:
    enum class Style { csv, tsv };

    DelimitedText(Style style, const std::vector<std::string>& headers);
    explicit DelimitedText(Style style) : style_(style) {}  // rows only, no header line
    void add_row(const std::vector<std::string>& cells);
    // Having written `done` rows of `total`, makes room for the rest at their average length
    // (and a sixteenth more), so that a million rows are not copied at every doubling.
    void reserve_rest(std::size_t done, std::size_t total);
    std::string take() { return std::move(out_); }

private:
    Style style_;
    std::string out_;
};

// Display width of UTF-8 text (code points; good enough for Latin names and the dash).
std::size_t display_width(const std::string& s);

}  // namespace pactgraph
