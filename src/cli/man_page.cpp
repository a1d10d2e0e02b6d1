#include "cli/man_page.hpp"

#include <CLI/CLI.hpp>

#include "cli/command_spec.hpp"

namespace pactgraph::cli {

namespace {

// Text for troff: backslashes and dashes escaped, and no line starting with a control
// character ('.' or '\'').
std::string roff(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool line_start = i == 0 || text[i - 1] == '\n';
        if (line_start && (c == '.' || c == '\'')) out += "\\&";
        if (c == '\\') out += "\\e";
        else if (c == '-') out += "\\-";
        else out += c;
    }
    return out;
}

std::string option_line(const OptionSpec& o) {
    std::string names;
    for (const auto& n : o.names) names += (names.empty() ? "" : ", ") + ("\\fB" + roff(n) + "\\fR");
    if (!o.value_name.empty()) names += " \\fI" + roff(o.value_name) + "\\fR";
    std::string text = o.description;
    if (!o.choices.empty()) {
        text += " (one of:";
        for (const auto& c : o.choices) text += " " + c;
        text += ")";
    }
    return ".TP\n" + names + "\n" + roff(text) + "\n";
}

std::string command_section(const CommandSpec& c) {
    std::string usage = "pactgraph " + c.name;
    if (!c.options.empty()) usage += " [OPTIONS]";
    for (const auto& p : c.positionals) usage += " " + p.name;
    std::string out = ".SS " + roff(usage) + "\n" + roff(c.description) + "\n";
    for (const auto& p : c.positionals)
        out += ".TP\n\\fI" + roff(p.name) + "\\fR\n" + roff(p.description) + "\n";
    for (const auto& o : c.options) out += option_line(o);
    if (!c.footer.empty()) out += ".PP\n.nf\n" + roff(c.footer) + "\n.fi\n";
    return out;
}

}  // namespace

std::string man_page(CLI::App& app) {
    std::string out = ".TH PACTGRAPH 1 \"\" \"pactgraph " PACTGRAPH_VERSION "\" \"User Commands\"\n"
                      ".SH NAME\npactgraph \\- " + roff(app.get_description().substr(app.get_description().find(": ") + 2)) + "\n" +
                      ".SH SYNOPSIS\n\\fBpactgraph\\fR \\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIFILE\\fR]\n"
                      ".br\n\\fBpactgraph help\\fR \\fICOMMAND\\fR\n"
                      ".SH DESCRIPTION\n" + roff(app.get_description()) + ".\n"
                      "Graph files are TOML; see docs/format.md in the sources.\n"
                      ".SH COMMANDS\n";
    for (const auto& c : command_specs(app))
        if (!c.hidden) out += command_section(c);
    out += ".SH EXIT STATUS\n"
           ".TP\n0\nsuccess\n"
           ".TP\n1\nfindings (for example exclusivity conflicts)\n"
           ".TP\n2\nbad input or usage; errors name FILE:LINE:COLUMN\n"
           ".SH SEE ALSO\n"
           "\\fBdot\\fR(1), the documentation in the docs/ folder of the sources\n";
    return out;
}

}  // namespace pactgraph::cli
