// An RFC 4180 CSV tokenizer over text in memory: quoted fields with doubled quotes, delimiters
// and line breaks inside quotes, CRLF or LF line ends, a UTF-8 byte-order mark skipped, and the
// delimiter (',', ';' or tab) detected from the header line. Fields are views into the text
// (or into one reused buffer for fields with doubled quotes): no allocation per field.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "io/text_input.hpp"

namespace pactgraph {

struct CsvField {
    std::string_view text;
    TextPosition at;  // where the field starts
};

class CsvParser {
public:
    // `text` must outlive the parser; the delimiter is detected from the first record.
    CsvParser(std::string_view text, std::string source_name);
    // A parser of a part of `text`, [from, to), that starts at a record on `line` with
    // `delimiter` known (a large file read in parts on several threads). Positions are in the
    // whole text.
    CsvParser(std::string_view text, std::string source_name, char delimiter, std::size_t from,
              std::size_t to, std::uint32_t line);

    // Reads the next record into `fields` (views valid until the next call); false at the end.
    // Blank lines are skipped. Throws InputError on an unterminated quote or text after one.
    bool next(std::vector<CsvField>& fields);
    char delimiter() const { return delimiter_; }
    // Bytes of the text read so far.
    std::size_t offset() const { return pos_; }
    // The line that offset() is on.
    std::uint32_t line() const { return line_; }
    // Where the record last returned starts.
    TextPosition record_at() const { return record_at_; }

private:
    [[noreturn]] void fail(std::size_t offset, TextPosition at, const std::string& message) const;
    TextPosition here(std::size_t offset) const {
        return {line_, static_cast<std::uint32_t>(offset - line_start_ + 1)};
    }
    // Reads a quoted field starting at the opening quote; returns its text.
    std::string_view quoted(std::size_t& pos, std::vector<std::size_t>& escaped, std::size_t index);

    std::string_view text_;
    std::string name_;
    char delimiter_ = ',';
    std::size_t pos_ = 0;
    std::uint32_t line_ = 1;
    std::size_t line_start_ = 0;
    TextPosition record_at_;
    std::string scratch_;  // unescaped text of fields with doubled quotes
    std::vector<std::size_t> escaped_;  // their field indexes
    std::vector<std::size_t> escaped_offsets_;  // their starts in scratch_
};

// The delimiter of a CSV text: the most frequent of ',', ';' and tab outside quotes on the first
// line (',' on a tie or when none occurs).
char detect_csv_delimiter(std::string_view text);

}  // namespace pactgraph
