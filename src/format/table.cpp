#include "format/table.hpp"

#include <algorithm>

#include "support/escape.hpp"

namespace pactgraph {

std::size_t display_width(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

Table::Table(std::vector<std::string> headers, std::vector<Align> align)
    : headers_(std::move(headers)), align_(std::move(align)) {
    align_.resize(headers_.size(), Align::left);
}

void Table::add_row(std::vector<std::string> cells) {
    cells.resize(headers_.size());
    rows_.push_back(std::move(cells));
}

std::string Table::to_text() const {
    std::vector<std::size_t> width(headers_.size());
    for (std::size_t c = 0; c < headers_.size(); ++c) {
        width[c] = display_width(headers_[c]);
        for (const auto& row : rows_) width[c] = std::max(width[c], display_width(row[c]));
    }
    std::string out;  // appended to in place
    auto line = [&](const std::vector<std::string>& cells) {
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const std::size_t pad = width[c] - display_width(cells[c]);
            const bool last = c + 1 == cells.size();
            if (align_[c] == Align::right) out.append(pad, ' ');
            out += cells[c];
            if (align_[c] != Align::right && !last) out.append(pad, ' ');
            if (!last) out += "  ";
        }
        out += '\n';
    };
    line(headers_);
    std::vector<std::string> rule;
    for (std::size_t w : width) rule.emplace_back(w, '-');
    line(rule);
    for (const auto& row : rows_) line(row);
    return out;
}

std::string Table::to_markdown() const {
    std::string out = "|";
    for (const auto& h : headers_) out += " " + markdown_cell(h) + " |";
    out += "\n|";
    for (auto a : align_) out += a == Align::right ? " ---: |" : " --- |";
    out += "\n";
    for (const auto& row : rows_) {
        out += "|";
        for (const auto& c : row) out += " " + markdown_cell(c) + " |";
        out += "\n";
    }
    return out;
}

namespace {

// Every row (the header first) as cells escaped by `field`, joined by `sep`, ended by `eol`.
std::string delimited(const std::vector<std::string>& headers,
                      const std::vector<std::vector<std::string>>& rows,
                      std::string (*field)(std::string_view), const char* sep, const char* eol) {
    std::string out;  // appended to in place: a table can have a row per entity of a million
    auto line = [&](const std::vector<std::string>& cells) {
        for (std::size_t c = 0; c < cells.size(); ++c) {
            if (c) out += sep;
            out += field(cells[c]);
        }
        out += eol;
    };
    line(headers);
    for (const auto& row : rows) line(row);
    return out;
}

}  // namespace

std::string Table::to_tsv() const { return delimited(headers_, rows_, tsv_field, "\t", "\n"); }

std::string Table::to_csv() const { return delimited(headers_, rows_, csv_field, ",", "\r\n"); }

}  // namespace pactgraph
