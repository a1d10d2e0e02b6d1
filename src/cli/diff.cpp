#include "cli/diff.hpp"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "analysis/diff.hpp"
#include "cli/graph_input.hpp"
#include "query/diff_report.hpp"
#include "query/graph_filter.hpp"
#include "query/insight_pictures.hpp"
#include "cli/render_options.hpp"

namespace pactgraph::cli {

namespace {

struct DiffOptions {
    std::vector<std::string> files;
    GraphInput input;  // format and quiet, shared by both files
    std::string from, to;
    RenderCli render;  // -T text|json, or a picture format (-T svg, -o diff.svg)
};

struct Loaded {
    PartnershipGraph before, after;
    std::string before_name, after_name;
};

// The graph as --as-of reads it on `date`; errors name the option the user typed.
PartnershipGraph as_of(const PartnershipGraph& g, const std::string& option, const std::string& date) {
    GraphFilter f;
    try {
        f.as_of = parse_as_of(date);
    } catch (const UsageError&) {
        throw UsageError(option + ": found '" + date + "'; expected a date YYYY, YYYY-MM or YYYY-MM-DD");
    }
    return apply_filter(g, f);
}

Loaded load_sides(const DiffOptions& o, Io& io) {
    auto load = [&](const std::string& path) {
        GraphInput in = o.input;
        in.path = path;
        return load_input(in, io).graph;
    };
    if (o.files.size() == 2) {
        if (!o.from.empty() || !o.to.empty())
            throw UsageError("--from/--to compare one FILE at two dates; got two files");
        return {load(o.files[0]), load(o.files[1]), o.files[0], o.files[1]};
    }
    if (o.from.empty() || o.to.empty())
        throw UsageError("diff needs OLD NEW files, or one FILE with --from DATE and --to DATE");
    const PartnershipGraph g = load(o.files.empty() ? "-" : o.files[0]);
    return {as_of(g, "--from", o.from), as_of(g, "--to", o.to), "as of " + o.from, "as of " + o.to};
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
    cmd->add_option("--input-format", opts->input.format, "format of the files when their extension does not say")
        ->type_name("FORMAT");
    cmd->add_flag("-q,--quiet", opts->input.quiet, "do not print warnings about the graph files");
    cmd->add_option("--from", opts->from, "the earlier date (YYYY, YYYY-MM or YYYY-MM-DD)")->type_name("DATE");
    cmd->add_option("--to", opts->to, "the later date")->type_name("DATE");
    opts->render.default_format = "text";
    add_render_options(*cmd, opts->render);
    cmd->callback([opts, &ctx] {
        const Loaded l = load_sides(*opts, ctx.io);
        const DiffSides sides{l.before, l.after, l.before_name, l.after_name};
        const GraphDiff d = diff_graphs(l.before, l.after);
        const std::string& f = opts->render.format;
        if (f == "text" || f == "json" || !has_picture_request(opts->render)) {
            ctx.io.out << (f == "json" ? diff_json(sides, d) : diff_text(sides, d));
            return;
        }
        const DiffPicture p = diff_picture(l.before, l.after, d);
        RenderOptions o = to_render_options(opts->render, p.graph);
        o.entity_marks = p.entity_marks;
        o.relation_marks = p.relation_marks;
        if (!opts->render.title_set) o.title = p.graph.info().title + " — " + l.before_name + " → " + l.after_name;
        write_rendered(opts->render, p.graph, o, opts->files.empty() ? "-" : opts->files[0], ctx.io);
    });
}

}  // namespace pactgraph::cli
