// Checks and positions shared by the readers of other tools' formats: the text must be UTF-8
// (a UTF-8 byte-order mark is skipped), and byte offsets turn into FILE:LINE:COLUMN diagnostics.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "support/diagnostics.hpp"

namespace pactgraph {

// 1-based line and column (in bytes) of byte `offset` in `text`.
struct TextPosition {
    std::uint32_t line = 1;
    std::uint32_t column = 1;
};
TextPosition position_at(std::string_view text, std::size_t offset);

// Positions of increasing offsets in one pass over the text (a reader asking for every
// element's position in document order pays O(text), not O(text) per element).
class LineCounter {
public:
    explicit LineCounter(std::string_view text) : text_(text) {}
    TextPosition at(std::size_t offset);

private:
    std::string_view text_;
    std::size_t offset_ = 0, line_start_ = 0;
    std::uint32_t line_ = 1;
};

// `text` without a leading UTF-8 byte-order mark.
std::string_view without_bom(std::string_view text);

// An error diagnostic at line:column, quoting the line when it is short enough to show.
Diagnostic error_at(std::string_view text, const std::string& source_name, TextPosition at,
                    std::string message);

// The offset of the first byte of `text` that does not begin a well-formed UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF included); npos when it is all UTF-8.
std::size_t invalid_utf8_at(std::string_view text);

// Throws InputError for UTF-16/32 text, NUL bytes, empty text or bytes that are not UTF-8,
// pointing at the first bad byte. `expected` names what the file should hold ("a CSV file").
void check_import_text(std::string_view text, const std::string& source_name,
                       std::string_view expected);

}  // namespace pactgraph
