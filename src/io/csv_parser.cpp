#include "io/csv_parser.hpp"

#include <cstring>

namespace pactgraph {

char detect_csv_delimiter(std::string_view text) {
    std::size_t comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const char c : text) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n') break;
        comma += c == ',';
        semicolon += c == ';';
        tab += c == '\t';
    }
    if (tab > comma && tab >= semicolon) return '\t';
    if (semicolon > comma) return ';';
    return ',';
}

CsvParser::CsvParser(std::string_view text, std::string source_name)
    : text_(text), name_(std::move(source_name)) {
    if (without_bom(text_).size() != text_.size()) pos_ = 3;
    line_start_ = pos_;  // the mark does not count as a column
    delimiter_ = detect_csv_delimiter(text_.substr(pos_));
}

CsvParser::CsvParser(std::string_view text, std::string source_name, char delimiter, std::size_t from,
                     std::size_t to, std::uint32_t line)
    : text_(text.substr(0, to)), name_(std::move(source_name)), delimiter_(delimiter), pos_(from),
      line_(line), line_start_(from) {}

void CsvParser::fail(std::size_t, TextPosition at, const std::string& message) const {
    Diagnostic d = error_at(text_, name_, at, message);
    // Columns count from after the byte-order mark on the first line; quote the line the same way.
    if (at.line == 1 && !d.source_line.empty() && without_bom(d.source_line).size() != d.source_line.size())
        d.source_line = std::string(without_bom(d.source_line));
    throw InputError(std::move(d));
}

std::string_view CsvParser::quoted(std::size_t& pos, std::vector<std::size_t>& escaped,
                                   std::size_t index) {
    const TextPosition open = here(pos);
    const std::size_t open_offset = pos;
    ++pos;  // the opening quote
    const std::size_t start = pos;
    bool doubled = false;
    std::size_t scratch_start = 0;
    for (;;) {
        const void* hit = std::memchr(text_.data() + pos, '"', text_.size() - pos);
        // Line breaks inside the quotes still count for later positions.
        const std::size_t quote = hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - text_.data())
                                      : text_.size();
        for (std::size_t i = pos; i < quote; ++i) {
            if (text_[i] == '\n') {
                ++line_;
                line_start_ = i + 1;
            }
        }
        if (!hit)
            fail(open_offset, open,
                 "a quoted field is not closed; expected a closing '\"' before the end of the file");
        if (quote + 1 < text_.size() && text_[quote + 1] == '"') {  // a doubled quote
            if (!doubled) {
                doubled = true;
                scratch_start = scratch_.size();
            }
            scratch_.append(text_.data() + pos, quote + 1 - pos);  // up to and with one quote
            pos = quote + 2;
            continue;
        }
        std::string_view field = text_.substr(start, quote - start);
        if (doubled) {
            scratch_.append(text_.data() + pos, quote - pos);
            escaped.push_back(index);
            escaped_offsets_.push_back(scratch_start);
            field = {};  // resolved by next() once the record is complete
        }
        pos = quote + 1;
        return field;
    }
}

bool CsvParser::next(std::vector<CsvField>& fields) {
    fields.clear();
    scratch_.clear();
    escaped_.clear();
    escaped_offsets_.clear();
    // Skip blank lines.
    while (pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r')) {
        if (text_[pos_] == '\n') {
            ++line_;
            line_start_ = pos_ + 1;
        }
        ++pos_;
    }
    if (pos_ >= text_.size()) return false;
    record_at_ = here(pos_);
    const char* data = text_.data();
    const std::size_t size = text_.size();
    for (;;) {
        const TextPosition at = here(pos_);
        std::string_view field;
        if (pos_ < size && data[pos_] == '"') {
            field = quoted(pos_, escaped_, fields.size());
            if (pos_ < size && data[pos_] != delimiter_ && data[pos_] != '\n' &&
                !(data[pos_] == '\r' && (pos_ + 1 == size || data[pos_ + 1] == '\n')))
                fail(pos_, here(pos_),
                     std::string("text after a closing quote; expected the delimiter '") +
                         (delimiter_ == '\t' ? std::string("\\t") : std::string(1, delimiter_)) +
                         "' or the end of the line (write a quote inside quotes as \"\")");
        } else {
            const std::size_t start = pos_;
            while (pos_ < size && data[pos_] != delimiter_ && data[pos_] != '\n') ++pos_;
            std::size_t end = pos_;
            if (end > start && data[end - 1] == '\r' && (end == size || data[end] == '\n')) --end;
            field = text_.substr(start, end - start);
        }
        fields.push_back({field, at});
        if (pos_ < size && data[pos_] == delimiter_) {
            ++pos_;
            continue;
        }
        if (pos_ < size && data[pos_] == '\r') ++pos_;
        if (pos_ < size && data[pos_] == '\n') {
            ++pos_;
            ++line_;
            line_start_ = pos_;
        }
        break;
    }
    for (std::size_t i = 0; i < escaped_.size(); ++i) {
        const std::size_t end = i + 1 < escaped_.size() ? escaped_offsets_[i + 1] : scratch_.size();
        fields[escaped_[i]].text = std::string_view(scratch_).substr(escaped_offsets_[i], end - escaped_offsets_[i]);
    }
    return true;
}

}  // namespace pactgraph
