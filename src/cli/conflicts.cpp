#include "cli/conflicts.hpp"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "analysis/conflicts.hpp"
#include "cli/graph_input.hpp"
#include "cli/options.hpp"
#include "support/suggest.hpp"
#include "format/conflicts_format.hpp"

namespace pactgraph::cli {

namespace {

struct ConflictsOptions {
    GraphInput input;
    TextFormat format = TextFormat::table;
    ConflictOptions analysis;
};

// An unknown --competing-types word, said with the option it came from.
ConflictReport find_conflicts_naming_option(const PartnershipGraph& g, const ConflictOptions& o) {
    try {
        return find_conflicts(g, o);
    } catch (const InvalidChoice& e) {
        throw UsageError("unknown " + e.what_kind() + " '" + e.value() + "' in --competing-types; expected one of " +
                         join_choices(e.choices(), ", ") + did_you_mean(e.value(), e.choices()));
    }
}

}  // namespace

void setup_conflicts(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<ConflictsOptions>();
    CLI::App* cmd = app.add_subcommand(
        "conflicts", "find exclusivity conflicts: two parties holding or using the same thing, "
                     "directly or through built_on/repackages/part_of/offered_through links");
    add_graph_input(*cmd, opts->input);
    add_format_option(*cmd, opts->format, {{"text", TextFormat::table}, {"json", TextFormat::json}},
                      "output format");
    cmd->add_option("--competing-types", opts->analysis.competing_types,
                    "non-exclusive relation types that count as using a target (by a party of the "
                    "exclusivity holder's kind)")
        ->delimiter(',')
        ->allow_extra_args(false)
        ->capture_default_str();
    cmd->footer("Exit status: 0 no conflicts, 1 conflicts found, 2 bad input. See docs/insights.md.\n");
    cmd->callback([opts, &ctx] {
        const LoadResult r = load_input(opts->input, ctx.io);
        const ConflictReport report = find_conflicts_naming_option(r.graph, opts->analysis);
        ctx.io.out << (opts->format == TextFormat::json ? conflicts_json(r.graph, report)
                                              : conflicts_text(r.graph, report));
        ctx.status = report.conflicts.empty() ? 0 : 1;
    });
}

}  // namespace pactgraph::cli
