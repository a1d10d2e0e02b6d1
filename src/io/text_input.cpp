#include "io/text_input.hpp"

#include <cstdio>
#include <cstring>

namespace pactgraph {

namespace {

constexpr std::size_t kMaxQuotedLine = 240;

// Length of the UTF-8 sequence at `s[i]`, or 0 when it is not well-formed (overlong forms,
// surrogates and code points above U+10FFFF included).
std::size_t utf8_length(std::string_view s, std::size_t i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char c = b(0);
    if (c < 0x80) return 1;
    std::size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c >= 0xE0 && c <= 0xEF) n = 3, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    else if (c >= 0xF0 && c <= 0xF4) n = 4, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    else return 0;
    if (i + n > s.size()) return 0;
    if (b(1) < lo || b(1) > hi) return 0;
    for (std::size_t k = 2; k < n; ++k)
        if (b(k) < 0x80 || b(k) > 0xBF) return 0;
    return n;
}

}  // namespace

TextPosition position_at(std::string_view text, std::size_t offset) {
    TextPosition p;
    const std::size_t end = offset < text.size() ? offset : text.size();
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++p.line;
            line_start = i + 1;
        }
    }
    p.column = static_cast<std::uint32_t>(end - line_start + 1);
    return p;
}

TextPosition LineCounter::at(std::size_t offset) {
    if (offset > text_.size()) offset = text_.size();
    if (offset < offset_) return position_at(text_, offset);
    for (; offset_ < offset; ++offset_) {
        if (text_[offset_] == '\n') {
            ++line_;
            line_start_ = offset_ + 1;
        }
    }
    return {line_, static_cast<std::uint32_t>(offset - line_start_ + 1)};
}

std::string_view without_bom(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    return text;
}

Diagnostic error_at(std::string_view text, const std::string& source_name, TextPosition at,
                    std::string message) {
    std::string line = line_of(text, at.line);
    if (line.size() > kMaxQuotedLine || at.column > kMaxQuotedLine) line.clear();
    return {Severity::error, {source_name, at.line, at.column}, std::move(message), std::move(line)};
}

void check_import_text(std::string_view text, const std::string& source_name,
                       std::string_view expected) {
    const auto fail = [&](std::size_t offset, const std::string& what) {
        throw InputError(error_at(text, source_name, position_at(text, offset),
                                  what + "; expected " + std::string(expected) + " in UTF-8"));
    };
    if (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF")
        fail(0, "found UTF-16 text (a UTF-16 byte-order mark)");
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos ||
        without_bom(text).find_first_not_of(" \t\r\n") == std::string_view::npos)
        fail(0, "the file is empty");
    for (std::size_t i = 0; i < text.size();) {
        // Eight bytes at a time while they are ASCII and not NUL (1 to 0x7F each): without a
        // borrow, a byte minus one sets its top bit only when the byte was 0.
        if (i + 8 <= text.size()) {
            std::uint64_t chunk;
            std::memcpy(&chunk, text.data() + i, 8);
            if (((chunk | (chunk - 0x0101010101010101ULL)) & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == 0) fail(i, "found binary data (a NUL byte)");
        if (c < 0x80) {
            ++i;
            continue;
        }
        const std::size_t n = utf8_length(text, i);
        if (n == 0) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "0x%02X", c);
            fail(i, std::string("found the byte ") + buf +
                        ", which is not UTF-8 (is the file Latin-1 or Windows-1252? re-save it as "
                        "UTF-8)");
        }
        i += n;
    }
}

}  // namespace pactgraph

namespace pactgraph {

std::size_t invalid_utf8_at(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        // Eight ASCII bytes at a time: the common case of ids, URLs and English text.
        if (i + 8 <= text.size()) {
            std::uint64_t chunk;
            std::memcpy(&chunk, text.data() + i, 8);
            if ((chunk & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t n = utf8_length(text, i);
        if (n == 0) return i;
        i += n;
    }
    return std::string_view::npos;
}

}  // namespace pactgraph
