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

DelimitedText::DelimitedText(Style style, const std::vector<std::string>& headers) : style_(style) {
    add_row(headers);
}

void DelimitedText::reserve_rest(std::size_t done, std::size_t total) {
    if (done == 0 || total <= done) return;
    const std::size_t per_row = out_.size() / done + 1;
    out_.reserve(out_.size() + (total - done) * per_row + (total - done) * per_row / 16);
}

void DelimitedText::add_row(const std::vector<std::string>& cells) {
    const char delimiter = style_ == Style::csv ? ',' : '\t';
    // A cell without the delimiter, quotes or line breaks (most) goes in as it is; the check is
    // a plain loop: find_first_of() searches the set once per character, which costs a
    // million-row answer a tenth of a second.
    const auto plain = [&](const std::string& cell) {
        for (const char ch : cell)
            if (ch == delimiter || ch == '"' || ch == '\n' || ch == '\r') return false;
        return true;
    };
    for (std::size_t c = 0; c < cells.size(); ++c) {
        if (c) out_ += delimiter;
        if (plain(cells[c])) out_ += cells[c];
        else out_ += style_ == Style::csv ? csv_field(cells[c]) : tsv_field(cells[c]);
    }
    out_ += style_ == Style::csv ? "\r\n" : "\n";
}

namespace {

std::string delimited(DelimitedText::Style style, const std::vector<std::string>& headers,
                      const std::vector<std::vector<std::string>>& rows) {
    DelimitedText out(style, headers);
    for (const auto& row : rows) out.add_row(row);
    return out.take();
}

}  // namespace

std::string Table::to_tsv() const { return delimited(DelimitedText::Style::tsv, headers_, rows_); }

std::string Table::to_csv() const { return delimited(DelimitedText::Style::csv, headers_, rows_); }

}  // namespace pactgraph
