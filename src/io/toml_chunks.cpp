#include "io/toml_chunks.hpp"

namespace pactgraph {

namespace {

// Where the scan is between lines: inside a multi-line string, or inside brackets (a
// multi-line array or inline table), or at the top level where a line may open a table.
struct ScanState {
    enum class In : std::uint8_t { top, basic_multi, literal_multi } in = In::top;
    int depth = 0;
    bool at_top() const { return in == In::top && depth == 0; }
};

bool starts_with(std::string_view s, std::size_t i, std::string_view what) { return s.substr(i, what.size()) == what; }

// Updates `st` over one line (without its line break).
void scan_line(std::string_view line, ScanState& st) {
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (st.in == ScanState::In::basic_multi) {
            if (c == '\\') ++i;
            else if (starts_with(line, i, "\"\"\"")) st.in = ScanState::In::top, i += 2;
            continue;
        }
        if (st.in == ScanState::In::literal_multi) {
            if (starts_with(line, i, "'''")) st.in = ScanState::In::top, i += 2;
            continue;
        }
        if (c == '#') return;
        if (starts_with(line, i, "\"\"\"")) {
            st.in = ScanState::In::basic_multi, i += 2;
        } else if (starts_with(line, i, "'''")) {
            st.in = ScanState::In::literal_multi, i += 2;
        } else if (c == '"') {
            for (++i; i < line.size() && line[i] != '"'; ++i)
                if (line[i] == '\\') ++i;
        } else if (c == '\'') {
            const std::size_t end = line.find('\'', i + 1);
            i = end == std::string_view::npos ? line.size() : end;
        } else if (c == '[' || c == '{') {
            ++st.depth;
        } else if ((c == ']' || c == '}') && st.depth > 0) {
            --st.depth;
        }
    }
}

std::string_view trimmed_view(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// The kind of piece a table header line starts: a new entity or relation, the same piece (a
// sub-table of the current entity or relation), or a header table.
enum class Opens : std::uint8_t { nothing, entity, relation, same, header };

Opens header_of(std::string_view line) {
    line = trimmed_view(line);
    if (line.empty() || line.front() != '[') return Opens::nothing;
    const bool array = starts_with(line, 0, "[[");
    const std::size_t close = line.find(']');
    if (close == std::string_view::npos) return Opens::header;  // a syntax error; the parser says where
    const std::string_view name = trimmed_view(line.substr(array ? 2 : 1, close - (array ? 2 : 1)));
    const std::string_view top = trimmed_view(name.substr(0, name.find('.')));
    if (array && name == "entity") return Opens::entity;
    if (array && name == "relation") return Opens::relation;
    if (top == "entity" || top == "relation") return Opens::same;
    return Opens::header;
}

}  // namespace

std::vector<TomlChunk> toml_chunks(std::string_view text, std::size_t batch_bytes) {
    std::vector<TomlChunk> out;
    ScanState st;
    TomlChunkKind kind = TomlChunkKind::header;
    std::size_t start = 0;
    std::uint32_t start_line = 1, line_no = 1;
    const auto close_piece = [&](std::size_t end) {
        if (end == start) return;
        const std::string_view piece = text.substr(start, end - start);
        TomlChunk* last = out.empty() ? nullptr : &out.back();
        if (last && last->kind == kind && last->text.size() + piece.size() <= batch_bytes &&
            last->text.data() + last->text.size() == piece.data())
            last->text = std::string_view(last->text.data(), last->text.size() + piece.size());
        else
            out.push_back({kind, piece, start_line});
    };
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t eol = text.find('\n', pos);
        const std::size_t next = eol == std::string_view::npos ? text.size() : eol + 1;
        const std::string_view line = text.substr(pos, next - pos - (eol == std::string_view::npos ? 0 : 1));
        if (st.at_top()) {
            const Opens opens = header_of(line);
            const TomlChunkKind now = opens == Opens::entity     ? TomlChunkKind::entity
                                      : opens == Opens::relation ? TomlChunkKind::relation
                                                                 : TomlChunkKind::header;
            if (opens == Opens::entity || opens == Opens::relation || (opens == Opens::header && kind != now)) {
                close_piece(pos);
                start = pos, start_line = line_no, kind = now;
            }
        }
        scan_line(line, st);
        pos = next;
        ++line_no;
    }
    close_piece(text.size());
    return out;
}

}  // namespace pactgraph
