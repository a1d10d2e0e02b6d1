#include "cli/structure.hpp"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include "cli/graph_input.hpp"
#include "cli/options.hpp"
#include "format/structure_format.hpp"

namespace pactgraph::cli {

namespace {

struct StructureCliOptions {
    GraphInput input;
    StructureRequest request;
    TextFormat format = TextFormat::table;
    bool timings = false;
    bool explain = false;
};

}  // namespace

void setup_structure(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<StructureCliOptions>();
    StructureRequest& r = opts->request;
    CLI::App* cmd = app.add_subcommand(
        "structure", "the shape of the web: components, density, reciprocity, k-cores, clustering, "
                     "brokerage (Burt's constraint and effective size) and weak points, as NetworkX "
                     "computes them; see docs/structure.md");
    add_graph_input(*cmd, opts->input);
    add_format_option(*cmd, opts->format,
                      {{"table", TextFormat::table}, {"json", TextFormat::json}, {"tsv", TextFormat::tsv},
                       {"csv", TextFormat::csv}, {"markdown", TextFormat::markdown}},
                      "output format", "-f,--format");
    cmd->add_option_function<std::string>(
           "--weight", [&r](const std::string&) { r.weighted = true; },
           "weigh constraint and effective size by summed disclosed amounts (the other measures "
           "have no weighted form here)")
        ->check(choice_check("weight", {"amount"}))
        ->type_name("amount");
    cmd->add_option("-n,--top", r.top, "show only the first N entities")->type_name("N");
    cmd->add_flag("--explain", opts->explain, "add a line per top entity saying what its numbers mean");
    add_timings_flag(*cmd, opts->timings);
    cmd->footer("Entities are ranked as brokers: largest effective size first, then lowest constraint.\n"
                "Examples:\n"
                "  pactgraph structure graphs/ai-compute-web.toml\n"
                "  pactgraph structure graphs/ai-compute-web.toml --format json\n"
                "  pactgraph structure graphs/openai-frontier.toml --weight amount --explain");
    cmd->callback([opts, &ctx] {
        const LoadResult loaded = load_input(opts->input, ctx.io);
        const Stopwatch clock;
        const StructureAnswer a = answer_structure(loaded.graph, opts->request);
        if (opts->timings) ctx.io.err << "time query " << clock.seconds() << "\n";
        const std::size_t explain = opts->explain ? (opts->request.top ? opts->request.top : 10) : 0;
        const StructureText text = structure_text(loaded.graph, a, opts->format, explain);
        ctx.io.err << text.note;
        ctx.io.out << text.document;
    });
}

}  // namespace pactgraph::cli
