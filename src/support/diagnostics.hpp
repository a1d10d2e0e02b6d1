// Diagnostics: where a problem is (SourceLocation), how it is told (Diagnostic), and the one
// error hierarchy whose exit codes main() maps once (0 ok, 1 findings, 2 bad input or usage).
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace pactgraph {

// A spot in an input file; line and column count from 1, 0 means "unknown".
struct SourceLocation {
    std::string file;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
};

enum class Severity : std::uint8_t { warning, error };

// One message about an input, formatted like a compiler's:
//   path:line:col: error: what was found; expected …
//     the offending line
//     ^
struct Diagnostic {
    Severity severity = Severity::error;
    SourceLocation where;
    std::string message;
    std::string source_line;  // the text of the line, for the caret; may be empty
};

std::string format_diagnostic(const Diagnostic& d);

enum class ExitCode : int { ok = 0, findings = 1, bad_input = 2 };

// Base of everything pactgraph throws on purpose; what() is the full, formatted text.
class Error : public std::runtime_error {
public:
    explicit Error(const std::string& text, ExitCode code = ExitCode::bad_input)
        : std::runtime_error(text), code_(code) {}
    ExitCode exit_code() const { return code_; }

private:
    ExitCode code_;
};

// How many errors a reader reports about one file before it stops (as compilers do).
inline constexpr std::size_t kErrorLimit = 20;

// Bad content in an input file, pointing at the spot: one error, or every error a reader found
// in the file (in file order; `stopped` when it gave up at kErrorLimit). what() is each
// diagnostic in turn and, for more than one, a closing count.
class InputError : public Error {
public:
    explicit InputError(Diagnostic d) : InputError(std::vector<Diagnostic>{std::move(d)}) {}
    explicit InputError(std::vector<Diagnostic> all, bool stopped = false);
    const Diagnostic& diagnostic() const { return diagnostics_.front(); }
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

private:
    std::vector<Diagnostic> diagnostics_;
};

// A file that cannot be opened, read or written (no line to point at).
class FileError : public Error {
public:
    FileError(const std::string& path, const std::string& what)
        : Error(path + ": error: " + what) {}
};

// Wrong command-line use: an unknown id, format, option value. Messages made below cli never
// name a flag; cli adds it with for_option() (cli/options.hpp), which calls about().
class UsageError : public Error {
public:
    explicit UsageError(const std::string& what) : Error("error: " + what), detail_(what) {}
    const std::string& detail() const { return detail_; }
    // The same error about one option: "error: --theme: unknown theme 'drak' ...".
    UsageError about(std::string_view option) const {
        return UsageError(std::string(option) + ": " + detail_);
    }

private:
    std::string detail_;
};

// A word that is not among the choices (a format, a theme, a metric, an entity id):
// "unknown theme 'drak'; did you mean 'dark'?; expected light or dark".
class InvalidChoice : public UsageError {
public:
    InvalidChoice(std::string what, std::string value, std::vector<std::string> choices);
    const std::string& what_kind() const { return what_; }
    const std::string& value() const { return value_; }
    const std::vector<std::string>& choices() const { return choices_; }

private:
    std::string what_, value_;
    std::vector<std::string> choices_;
};

// Returns line `line` (1-based) of `text` without its newline, or "" when out of range.
std::string line_of(std::string_view text, std::uint32_t line);

}  // namespace pactgraph
