#include "support/diagnostics.hpp"

#include <algorithm>
#include <string_view>

#include "support/suggest.hpp"

namespace pactgraph {

std::string format_diagnostic(const Diagnostic& d) {
    std::string out = d.where.file.empty() ? std::string("<input>") : d.where.file;
    if (d.where.line > 0) {
        out += ':' + std::to_string(d.where.line);
        if (d.where.column > 0) out += ':' + std::to_string(d.where.column);
    }
    out += d.severity == Severity::error ? ": error: " : ": warning: ";
    out += d.message;
    if (!d.source_line.empty() && d.where.column > 0) {
        // A long line is quoted as a window around the column ("..." marks what is cut), so a
        // 10 MB line makes a message of a few hundred bytes.
        constexpr std::size_t kBefore = 60, kWidth = 160;
        const std::size_t at = std::min<std::size_t>(d.where.column - 1, d.source_line.size());
        const std::size_t from = d.source_line.size() > kWidth && at > kBefore ? at - kBefore : 0;
        const std::string_view line = std::string_view(d.source_line).substr(from, kWidth);
        const std::string lead = from > 0 ? "..." : "";
        const std::string tail = from + line.size() < d.source_line.size() ? "..." : "";
        out += "\n    " + lead + std::string(line) + tail + "\n    " + std::string(lead.size(), ' ');
        // Keep tabs so the caret lines up under the same column in a terminal.
        for (std::size_t i = from; i < at; ++i) out += d.source_line[i] == '\t' ? '\t' : ' ';
        out += '^';
    }
    return out;
}

namespace {

std::string format_all(const std::vector<Diagnostic>& all, bool stopped) {
    std::string out;
    for (const Diagnostic& d : all) out += (out.empty() ? "" : "\n") + format_diagnostic(d);
    if (all.size() > 1 || stopped) {
        const std::string file = all.front().where.file.empty() ? "<input>" : all.front().where.file;
        out += "\n" + file + ": " + std::to_string(all.size()) + " errors";
        if (stopped) out += "; stopped after the first " + std::to_string(all.size());
    }
    return out;
}

}  // namespace

InputError::InputError(std::vector<Diagnostic> all, bool stopped)
    : Error(format_all(all, stopped)), diagnostics_(std::move(all)) {}

std::string line_of(std::string_view text, std::uint32_t line) {
    if (line == 0) return {};
    std::size_t start = 0;
    for (std::uint32_t n = 1; n < line; ++n) {
        start = text.find('\n', start);
        if (start == std::string_view::npos) return {};
        ++start;
    }
    std::size_t end = text.find('\n', start);
    std::string_view l = text.substr(start, end == std::string_view::npos ? text.npos : end - start);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    return std::string(l);
}

}  // namespace pactgraph

namespace pactgraph {

namespace {

std::string choice_message(const std::string& what, const std::string& value,
                           const std::vector<std::string>& choices) {
    return "unknown " + what + " '" + value + "'" + did_you_mean(value, choices) + "; expected " +
           join_choices(choices);
}

}  // namespace

InvalidChoice::InvalidChoice(std::string what, std::string value, std::vector<std::string> choices)
    : UsageError(choice_message(what, value, choices)),
      what_(std::move(what)),
      value_(std::move(value)),
      choices_(std::move(choices)) {}

}  // namespace pactgraph
