#include "cli/options.hpp"

#include "support/text.hpp"

#include "cli/file_output.hpp"

#include <ostream>

#include "support/atomic_file.hpp"
#include "support/suggest.hpp"

namespace pactgraph::cli {

namespace {

std::string braces(const std::vector<std::string>& names) {
    std::string out = "{";
    for (const auto& n : names) out += (out.size() > 1 ? "," : "") + n;
    return out + "}";
}

}  // namespace

CLI::Validator choice_check(std::string what, std::vector<std::string> names) {
    const std::string description = braces(names);
    return CLI::Validator(
        [what = std::move(what), names = std::move(names)](std::string& value) -> std::string {
            for (const auto& n : names)
                if (n == value) return {};
            return InvalidChoice(what, value, names).detail();
        },
        description, std::string(kChoicesValidator));
}

CLI::Validator choices_hint(const std::vector<std::string>& names) {
    return CLI::Validator([](std::string&) { return std::string(); }, braces(names),
                          std::string(kChoicesValidator));
}

std::vector<std::string> option_choices(CLI::Option& option) {
    std::string description;
    try {
        description = option.get_validator(std::string(kChoicesValidator))->get_description();
    } catch (const CLI::OptionNotFound&) {
        return {};
    }
    std::vector<std::string> out;
    if (description.size() < 2) return out;
    std::string word;
    for (char c : description.substr(1, description.size() - 2)) {
        if (c == ',') {
            out.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    out.push_back(word);
    return out;
}

const FormatChoices kQueryFormats = {
    {"table", TextFormat::table}, {"text", TextFormat::table}, {"json", TextFormat::json}, {"tsv", TextFormat::tsv}};

void add_format_option(CLI::App& cmd, TextFormat& format, const FormatChoices& choices,
                       const std::string& description, const std::string& flags) {
    std::vector<std::string> names;
    for (const auto& c : choices) names.push_back(c.first);
    format = choices.front().second;
    cmd.add_option_function<std::string>(
           flags,
           [&format, choices](const std::string& v) {
               for (const auto& c : choices)
                   if (c.first == v) format = c.second;
           },
           description)
        ->check(choice_check("output format", names))
        ->default_str(choices.front().first);
}

CLI::Option* add_date_option(CLI::App& cmd, const std::string& name, std::optional<PartialDate>& date,
                             const std::string& description) {
    return cmd
        .add_option_function<std::string>(
            name, [&date](const std::string& v) { date = PartialDate::parse(v); }, description)
        ->check(CLI::Validator(
            [](std::string& v) -> std::string {
                if (PartialDate::parse(v)) return {};
                return "found '" + v + "'; expected a date YYYY, YYYY-MM or YYYY-MM-DD";
            },
            ""))
        ->type_name("DATE");
}

std::optional<std::uint64_t> parse_byte_size(std::string_view text) {
    std::size_t digits = 0;
    while (digits < text.size() && (std::isdigit(static_cast<unsigned char>(text[digits])) || text[digits] == '.'))
        ++digits;
    if (digits == 0) return std::nullopt;
    const std::string number(text.substr(0, digits));
    if (std::count(number.begin(), number.end(), '.') > 1 || number == ".") return std::nullopt;
    std::string unit = to_lower(text.substr(digits));
    if (unit.size() > 1 && (unit.ends_with("ib") || unit.ends_with("b"))) unit.resize(unit.size() - (unit.ends_with("ib") ? 2 : 1));
    else if (unit == "b") unit.clear();
    const std::string units = "kmgt";
    double scale = 1.0;
    if (!unit.empty()) {
        const auto at = units.find(unit);
        if (unit.size() != 1 || at == std::string::npos) return std::nullopt;
        scale = std::pow(1024.0, static_cast<double>(at + 1));
    }
    const double bytes = std::stod(number) * scale;
    if (bytes < 1.0 || bytes > 1.8e19) return std::nullopt;
    return static_cast<std::uint64_t>(bytes);
}

CLI::Option* add_size_option(CLI::App& cmd, const std::string& name, std::optional<std::uint64_t>& bytes,
                             std::string& text, const std::string& description) {
    return cmd
        .add_option_function<std::string>(
            name, [&bytes, &text](const std::string& v) { bytes = parse_byte_size(v), text = v; }, description)
        ->check(CLI::Validator(
            [](std::string& v) -> std::string {
                if (parse_byte_size(v)) return {};
                return "found '" + v + "'; expected a size such as 500M, 2G or 1500000 (bytes)";
            },
            ""))
        ->type_name("SIZE");
}

int write_text(const std::string& output, const std::string& text, Io& io, bool check) {
    if (output.empty() || output == "-") {
        if (check) throw UsageError("--check compares a file: pass -o FILE");
        io.out << text;
        return 0;
    }
    return deliver_file(output, text, check, io);
}

void add_timings_flag(CLI::App& cmd, bool& timings) {
    cmd.add_flag("--timings", timings, "print the query's seconds (loading excluded) on standard error");
}

void add_direction_flags(CLI::App& cmd, PathDirection& direction) {
    auto* out = cmd.add_flag_callback("--out", [&direction] { direction = PathDirection::out; },
                                      "follow relations out of each entity only");
    auto* in = cmd.add_flag_callback("--in", [&direction] { direction = PathDirection::in; },
                                     "follow relations into each entity only");
    auto* both = cmd.add_flag_callback("--both", [&direction] { direction = PathDirection::both; },
                                       "follow relations either way");
    out->excludes(in)->excludes(both);
    in->excludes(both);
}

void add_path_weight_option(CLI::App& cmd, PathWeight& weight, const std::string& description) {
    add_enum_option(cmd, "--weight", weight, kPathWeightNames, description);
}

}  // namespace pactgraph::cli
