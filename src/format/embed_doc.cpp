#include "format/embed_doc.hpp"

#include <stdexcept>

#include "support/diagnostics.hpp"

namespace pactgraph {

namespace {

struct Line {
    std::string_view text;  // without the newline
    std::size_t start = 0;  // offset in the document
    std::size_t end = 0;    // offset just past the newline (or the end)
};

std::vector<Line> split_lines(std::string_view s) {
    std::vector<Line> lines;
    std::size_t start = 0;
    while (start < s.size()) {
        std::size_t nl = s.find('\n', start);
        const std::size_t end = nl == std::string_view::npos ? s.size() : nl + 1;
        std::string_view text = s.substr(start, (nl == std::string_view::npos ? s.size() : nl) - start);
        if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
        lines.push_back({text, start, end});
        start = end;
    }
    return lines;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// "```" or "~~~" (three or more) at the line's start, up to three spaces in; "" when not a fence.
std::string_view fence_of(std::string_view line) {
    std::size_t indent = 0;
    while (indent < line.size() && indent < 3 && line[indent] == ' ') ++indent;
    line.remove_prefix(indent);
    if (line.size() < 3 || (line[0] != '`' && line[0] != '~')) return {};
    std::size_t n = 0;
    while (n < line.size() && line[n] == line[0]) ++n;
    return n >= 3 ? line.substr(0, n) : std::string_view{};
}

bool opens_pactgraph_block(std::string_view line) {
    const std::string_view fence = fence_of(line);
    if (fence.empty()) return false;
    return trim(trim(line).substr(fence.size())) == "pactgraph";
}

bool closes(std::string_view line, std::string_view fence) {
    const std::string_view f = fence_of(line);
    return !f.empty() && f[0] == fence[0] && f.size() >= fence.size() && trim(trim(line).substr(f.size())).empty();
}

[[noreturn]] void fail(const std::string& doc, std::size_t line, std::string_view text, const std::string& message) {
    throw InputError(Diagnostic{Severity::error, {doc, static_cast<std::uint32_t>(line), 1}, message, std::string(text)});
}

// The span of the block starting at line index `i`: the index of its closing fence.
std::size_t closing_fence(const std::vector<Line>& lines, std::size_t i) {
    const std::string_view fence = fence_of(lines[i].text);
    for (std::size_t j = i + 1; j < lines.size(); ++j)
        if (closes(lines[j].text, fence)) return j;
    return lines.size();
}

// After the closing fence at `close`: the line range [first, last] of an existing generated
// part (allowing one blank line before it); first > last when there is none.
std::pair<std::size_t, std::size_t> generated_part(const std::vector<Line>& lines, std::size_t close) {
    std::size_t k = close + 1;
    if (k < lines.size() && trim(lines[k].text).empty()) ++k;
    if (k >= lines.size() || trim(lines[k].text) != kEmbedBegin) return {1, 0};
    for (std::size_t j = k + 1; j < lines.size(); ++j)
        if (trim(lines[j].text) == kEmbedEnd) return {close + 1, j};
    return {1, 0};
}

}  // namespace

std::vector<std::string> split_words(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    bool in_word = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (in_word) words.push_back(word), word.clear(), in_word = false;
            continue;
        }
        in_word = true;
        if (c == '\\' && i + 1 < text.size()) {
            word += text[++i];
        } else if (c == '\'') {
            const std::size_t end = text.find('\'', i + 1);
            if (end == std::string_view::npos) throw std::invalid_argument("unclosed single quote");
            word += text.substr(i + 1, end - i - 1);
            i = end;
        } else if (c == '"') {
            std::size_t j = i + 1;
            for (; j < text.size() && text[j] != '"'; ++j) {
                if (text[j] == '\\' && j + 1 < text.size() && (text[j + 1] == '"' || text[j + 1] == '\\')) ++j;
                word += text[j];
            }
            if (j >= text.size()) throw std::invalid_argument("unclosed double quote");
            i = j;
        } else {
            word += c;
        }
    }
    if (in_word) words.push_back(word);
    return words;
}

std::vector<EmbedBlock> find_embed_blocks(std::string_view markdown, const std::string& doc_name) {
    const std::vector<Line> lines = split_lines(markdown);
    std::vector<EmbedBlock> blocks;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!fence_of(lines[i].text).empty() && !opens_pactgraph_block(lines[i].text)) {
            i = closing_fence(lines, i);  // skip other code blocks: their text is not ours
            continue;
        }
        if (!opens_pactgraph_block(lines[i].text)) continue;
        const std::size_t close = closing_fence(lines, i);
        if (close == lines.size()) fail(doc_name, i + 1, lines[i].text, "this pactgraph block is never closed");
        std::string command;
        for (std::size_t j = i + 1; j < close; ++j) {
            std::string_view t = trim(lines[j].text);
            if (t.empty() || t.front() == '#') continue;
            if (t.back() == '\\') t.remove_suffix(1);  // line continuation
            command += std::string(t) + " ";
        }
        EmbedBlock b{i + 1, {}};
        try {
            b.args = split_words(command);
        } catch (const std::invalid_argument& e) {
            fail(doc_name, i + 1, lines[i].text, std::string(e.what()) + " in this pactgraph block");
        }
        if (!b.args.empty() && b.args.front() == "pactgraph") b.args.erase(b.args.begin());
        if (b.args.empty())
            fail(doc_name, i + 1, lines[i].text, "empty pactgraph block; expected a command such as 'render FILE'");
        blocks.push_back(std::move(b));
        i = close;
    }
    return blocks;
}

std::string rewrite_embeds(std::string_view markdown, const std::vector<std::string>& generated) {
    const std::vector<Line> lines = split_lines(markdown);
    std::string out;
    std::size_t block = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!fence_of(lines[i].text).empty()) {
            const std::size_t close = std::min(closing_fence(lines, i), lines.size() - 1);
            out += markdown.substr(lines[i].start, lines[close].end - lines[i].start);
            if (opens_pactgraph_block(lines[i].text) && block < generated.size()) {
                if (out.back() != '\n') out += '\n';
                std::string part = generated[block++];
                if (!part.empty() && part.back() != '\n') part += '\n';
                out += "\n" + std::string(kEmbedBegin) + "\n" + part + std::string(kEmbedEnd) + "\n";
                const auto [first, last] = generated_part(lines, close);
                if (first <= last) {
                    i = last;
                    continue;
                }
            }
            i = close;
            continue;
        }
        out += markdown.substr(lines[i].start, lines[i].end - lines[i].start);
    }
    return out;
}

std::string markdown_image(std::string_view alt, std::string_view link) {
    std::string a;
    for (char c : alt) {
        if (c == '\n' || c == '\r') a += ' ';
        else if (c == '[' || c == ']' || c == '\\') a += std::string("\\") + c;
        else a += c;
    }
    std::string l;
    for (char c : link) {
        if (c == ' ') l += "%20";
        else if (c == '(') l += "%28";
        else if (c == ')') l += "%29";
        else l += c;
    }
    return "![" + a + "](" + l + ")";
}

}  // namespace pactgraph
