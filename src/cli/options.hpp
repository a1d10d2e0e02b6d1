// Options several commands share, each parsed once into its type here in cli: enum choices
// through CLI11 validators built from the enum's one name table (so CLI11 lists the choices in
// --help and in its error), dates, the output --format, direction flags; and for_option(),
// which names the flag in an error thrown below cli (those never name flags themselves).
#pragma once

#include <CLI/CLI.hpp>
#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analysis/paths.hpp"
#include "cli/context.hpp"
#include "format/text_format.hpp"
#include "model/date.hpp"
#include "support/diagnostics.hpp"
#include "support/enum_names.hpp"

namespace pactgraph::cli {

// A CLI11 check that accepts `names` and otherwise fails with InvalidChoice's message
// ("unknown theme 'drak'; did you mean 'dark'?; expected light or dark"); CLI11 puts the flag
// in front. Its description, "{light,dark}", is what --help shows.
CLI::Validator choice_check(std::string what, std::vector<std::string> names);

// The name of the validators above, by which completion scripts find an option's choices.
inline constexpr std::string_view kChoicesValidator = "choices";

// The choices of an option that checks them later itself (render's -T): shown by --help and
// offered by shell completion like choice_check's, but accepting anything here.
CLI::Validator choices_hint(const std::vector<std::string>& names);

// The choices choice_check() or choices_hint() gave `option`; empty when it has none.
std::vector<std::string> option_choices(CLI::Option& option);

// An option whose value is one of an enum's names, stored as the enum.
template <class E, std::size_t N>
CLI::Option* add_enum_option(CLI::App& cmd, const std::string& name, E& target,
                             const EnumNames<E, N>& table, const std::string& description) {
    auto* opt = cmd.add_option_function<std::string>(
        name, [&target, &table](const std::string& v) { target = table.parse(v); }, description);
    opt->check(choice_check(std::string(table.what), table.names()));
    opt->default_str(std::string(table.name(target)));
    return opt;
}

// The same for an optional enum (nullopt when not given: the command decides).
template <class E, std::size_t N>
CLI::Option* add_enum_option(CLI::App& cmd, const std::string& name, std::optional<E>& target,
                             const EnumNames<E, N>& table, const std::string& description) {
    auto* opt = cmd.add_option_function<std::string>(
        name, [&target, &table](const std::string& v) { target = table.parse(v); }, description);
    opt->check(choice_check(std::string(table.what), table.names()));
    return opt;
}

// --format with the subset of text formats a command writes: {"text", table} and so on, the
// first being the default.
using FormatChoices = std::vector<std::pair<std::string, TextFormat>>;
void add_format_option(CLI::App& cmd, TextFormat& format, const FormatChoices& choices,
                       const std::string& description, const std::string& flags = "--format");
extern const FormatChoices kQueryFormats;  // table (text), json, tsv

// A date option (YYYY, YYYY-MM or YYYY-MM-DD) parsed into a PartialDate.
CLI::Option* add_date_option(CLI::App& cmd, const std::string& name, std::optional<PartialDate>& date,
                             const std::string& description);

// A size in bytes: 1500000, 500M, 2G, 1.5GiB (K, M, G, T are powers of 1024; a trailing B or
// iB is allowed, case does not matter). nullopt when `text` is not one.
std::optional<std::uint64_t> parse_byte_size(std::string_view text);
// An option NAME SIZE parsed with parse_byte_size; `text` keeps the spelling, for messages.
CLI::Option* add_size_option(CLI::App& cmd, const std::string& name, std::optional<std::uint64_t>& bytes,
                             std::string& text, const std::string& description);

// --out, --in, --both (setting `direction`; its initial value is the default).
void add_direction_flags(CLI::App& cmd, PathDirection& direction);

// --weight hops|amount for the path commands.
void add_path_weight_option(CLI::App& cmd, PathWeight& weight, const std::string& description);

// Runs `f`; a UsageError it throws comes out naming `flag`: "error: --highlight: unknown entity …".
template <class F>
auto for_option(std::string_view flag, F&& f) -> decltype(f()) {
    try {
        return f();
    } catch (const UsageError& e) {
        throw e.about(flag);
    }
}

// Writes a command's text answer to `output` (atomically) or, when it is empty or "-", to io.out.
// With `check` compares instead (see file_output.hpp): returns 1 when the file is stale, else 0.
int write_text(const std::string& output, const std::string& text, Io& io, bool check = false);

// --timings: print the query's compute seconds (loading excluded) on standard error.
void add_timings_flag(CLI::App& cmd, bool& timings);

class Stopwatch {
public:
    double seconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    }

private:
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

}  // namespace pactgraph::cli
