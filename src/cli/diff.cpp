#include "cli/diff.hpp"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "analysis/diff.hpp"
#include "analysis/time_slice.hpp"
#include "cli/graph_input.hpp"
#include "cli/options.hpp"
#include "cli/render_options.hpp"
#include "format/diff_format.hpp"
#include "query/insight_pictures.hpp"

namespace pactgraph::cli {

namespace {

struct DiffOptions {
    std::vector<std::string> files;
    GraphInput input;  // format, quiet and the shared filters, applied to both sides
    std::optional<PartialDate> from, to;
    RenderCli render;  // -T text|json, or a picture format (-T svg, -o diff.svg)
};

struct Loaded {
    PartnershipGraph before, after;
    std::string before_name, after_name;
};

Loaded load_sides(const DiffOptions& o, Io& io) {
    auto load = [&](const std::string& path) { return load_input(o.input, o.input.source_of(path), io).graph; };
    if (o.files.size() == 2) {
        if (o.from || o.to) throw UsageError("--from/--to compare one FILE at two dates; got two files");
        return {load(o.files[0]), load(o.files[1]), o.files[0], o.files[1]};
    }
    if (!o.from || !o.to)
        throw UsageError("diff needs OLD NEW files, or one FILE with --from DATE and --to DATE");
    const PartnershipGraph g = load(o.files.empty() ? "-" : o.files[0]);
    if (!o.input.quiet)
        for (const PartialDate& day : {*o.from, *o.to})
            io.err << unknown_start_note(day, count_unknown_on(g, day), o.input.undated);
    return {as_of(g, *o.from, o.input.undated), as_of(g, *o.to, o.input.undated), "as of " + o.from->to_string(),
            "as of " + o.to->to_string()};
}

}  // namespace

void setup_diff(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<DiffOptions>();
    CLI::App* cmd = app.add_subcommand(
        "diff", "show entities and relations added, removed and changed between two files, or "
                "in one file between two dates (--from/--to, as --as-of reads them)");
    cmd->add_option("FILES", opts->files, "OLD NEW graph files, or one FILE with --from/--to")
        ->type_name("FILE")
        ->expected(1, 2);
    add_input_options(*cmd, opts->input, "the files");
    add_date_option(*cmd, "--from", opts->from, "the earlier date (YYYY, YYYY-MM or YYYY-MM-DD)");
    add_date_option(*cmd, "--to", opts->to, "the later date");
    opts->render.own_formats = {"text", "json"};
    add_render_options(*cmd, opts->render);
    cmd->callback([opts, &ctx] {
        const Loaded l = load_sides(*opts, ctx.io);
        const DiffSides sides{l.before, l.after, l.before_name, l.after_name};
        const GraphDiff d = diff_graphs(l.before, l.after);
        if (!has_picture_request(opts->render)) {
            ctx.io.out << (opts->render.own_format == "json" ? diff_json(sides, d) : diff_text(sides, d));
            return;
        }
        const DiffPicture p = diff_picture(l.before, l.after, d);
        RenderOptions o = to_render_options(opts->render, p.graph);
        o.entity_marks = p.entity_marks;
        o.relation_marks = p.relation_marks;
        o.description_notes.clear();  // the union of two versions: its conflicts belong to neither
        if (!opts->render.title_set) o.title = p.graph.info().title + " — " + l.before_name + " → " + l.after_name;
        ctx.status = write_rendered(opts->render, p.graph, o,
                                    opts->input.source_of(opts->files.empty() ? "-" : opts->files[0]), ctx.io);
    });
}

}  // namespace pactgraph::cli
