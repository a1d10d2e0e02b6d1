#include "cli/whatif.hpp"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "cli/graph_input.hpp"
#include "cli/options.hpp"
#include "cli/render_options.hpp"
#include "format/whatif_format.hpp"
#include "query/whatif_query.hpp"

namespace pactgraph::cli {

namespace {

struct WhatIfCliOptions {
    GraphInput input;
    std::vector<std::string> remove, end, void_exclusivity;
    WhatIfOptions options;
    bool without_owned = false;
    RenderCli render;  // -T text|json, or a picture format (-T svg, -o whatif.svg)
};

// The changes in the order: removals, endings, voidings; each id resolved naming its option.
std::vector<WhatIfChange> changes_of(const WhatIfCliOptions& o, const PartnershipGraph& g) {
    std::vector<WhatIfChange> changes;
    for (const std::string& id : o.remove)
        changes.push_back(for_option("--remove", [&] { return removal(g, id); }));
    for (const std::string& id : o.end)
        changes.push_back(for_option("--end", [&] { return ending(g, id); }));
    for (const std::string& id : o.void_exclusivity)
        changes.push_back(for_option("--void-exclusivity", [&] { return voiding(g, id); }));
    return changes;
}

std::string change_title(const WhatIfCliOptions& o) {
    std::string t = "what if:";
    for (const auto& id : o.remove) t += " remove " + id + ";";
    for (const auto& id : o.end) t += " end " + id + ";";
    for (const auto& id : o.void_exclusivity) t += " void " + id + "'s exclusivities;";
    t.pop_back();
    return t;
}

}  // namespace

void setup_whatif(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<WhatIfCliOptions>();
    CLI::App* cmd = app.add_subcommand(
        "whatif", "what changes if an entity goes, a deal ends or an exclusivity is voided: conflicts "
                  "gone or new, entities that lose their cloud, components that split, PageRank moves; "
                  "see docs/structure.md");
    add_graph_input(*cmd, opts->input);
    cmd->add_option("--remove", opts->remove, "remove an entity (and what it owns) with its relations")
        ->type_name("ID")->allow_extra_args(false);
    cmd->add_option("--end", opts->end, "end a relation, named by its id (FILE alone lists them)")
        ->type_name("RELATION")->allow_extra_args(false);
    cmd->add_option("--void-exclusivity", opts->void_exclusivity,
                    "make every exclusivity the entity (and what it owns) holds non-exclusive")
        ->type_name("ID")->allow_extra_args(false);
    cmd->add_flag("--without-owned", opts->without_owned,
                  "--remove and --void-exclusivity leave what the entity owns as it is");
    cmd->add_option("--kind", opts->options.kind, "the kind whose reach is tracked (default cloud)")
        ->type_name("KIND");
    opts->render.own_formats = {"text", "json"};
    add_render_options(*cmd, opts->render);
    cmd->footer("Examples:\n"
                "  pactgraph whatif graphs/openai-frontier.toml                     (lists relation ids)\n"
                "  pactgraph whatif graphs/openai-frontier.toml --void-exclusivity aws\n"
                "  pactgraph whatif graphs/openai-frontier.toml --remove microsoft -T json\n"
                "  pactgraph whatif graphs/openai-frontier.toml --remove microsoft -o whatif.svg");
    cmd->callback([opts, &ctx] {
        const LoadResult loaded = load_input(opts->input, ctx.io);
        const PartnershipGraph& g = loaded.graph;
        const std::vector<WhatIfChange> changes = changes_of(*opts, g);
        if (changes.empty()) {
            ctx.io.out << relation_id_list(g);
            return;
        }
        opts->options.with_owned = !opts->without_owned;
        const WhatIfResult r = what_if(g, changes, opts->options);
        if (!has_picture_request(opts->render)) {
            ctx.io.out << (opts->render.own_format == "json" ? whatif_json(g, changes, r, opts->options)
                                                            : whatif_text(g, changes, r, opts->options));
            return;
        }
        RenderOptions o = to_render_options(opts->render, g);
        mark_whatif(g, r, o);
        if (!opts->render.title_set) o.title = g.info().title + " — " + change_title(*opts);
        write_rendered(opts->render, g, o, opts->input.source(), ctx.io);
    });
}

}  // namespace pactgraph::cli
