#include "cli/embed.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <memory>
#include <ostream>
#include <sstream>

#include "cli/app.hpp"
#include "cli/file_output.hpp"
#include "format/embed_doc.hpp"
#include "render/render_options.hpp"
#include "render/svg_text.hpp"
#include "support/atomic_file.hpp"
#include "support/diagnostics.hpp"

namespace pactgraph::cli {

namespace fs = std::filesystem;

namespace {

struct EmbedOptions {
    std::string doc;
    std::string output;  // empty: rewrite DOC itself
    bool check = false;
};

// Where a run writes: the output document, its folder (images go there) and the text it had.
struct EmbedRun {
    std::string doc_name;     // as given, for messages
    std::string doc_text;
    fs::path doc_dir;         // block paths are relative to it
    fs::path out_dir;         // images are written into its tree
    std::string out_stem;     // OUT of OUT.md: images are OUT-1.svg, OUT-2.svg …
    bool check = false;
    int pictures = 0;
    int status = 0;
};

[[noreturn]] void block_error(const EmbedRun& run, const EmbedBlock& b, const std::string& message) {
    throw InputError(Diagnostic{Severity::error, {run.doc_name, static_cast<std::uint32_t>(b.line), 1}, message,
                                line_of(run.doc_text, static_cast<std::uint32_t>(b.line))});
}

// Runs the command from `dir` (restoring the working directory afterwards).
class InDirectory {
public:
    explicit InDirectory(const fs::path& dir) : previous_(fs::current_path()) { fs::current_path(dir); }
    InDirectory(const InDirectory&) = delete;
    InDirectory& operator=(const InDirectory&) = delete;
    ~InDirectory() {
        std::error_code ignored;
        fs::current_path(previous_, ignored);
    }

private:
    fs::path previous_;
};

struct CommandOutput {
    int status = 0;
    std::string out, err;
};

CommandOutput run_in(const fs::path& dir, const std::vector<std::string>& args) {
    std::istringstream in;
    std::ostringstream out, err;
    Io io{in, out, err};
    InDirectory here(dir);
    const int status = run(args, io);
    return {status, out.str(), err.str()};
}

// Removes `-X VALUE`, `--long VALUE` and `--long=VALUE` from args; returns the last value ("").
std::string take_option(std::vector<std::string>& args, std::string_view short_name, std::string_view long_name) {
    std::string value;
    for (std::size_t i = 0; i < args.size();) {
        const std::string& a = args[i];
        const std::string long_eq = std::string(long_name) + "=";
        if ((a == short_name || a == long_name) && i + 1 < args.size()) {
            value = args[i + 1];
            args.erase(args.begin() + static_cast<std::ptrdiff_t>(i), args.begin() + static_cast<std::ptrdiff_t>(i) + 2);
        } else if (a.rfind(long_eq, 0) == 0) {
            value = a.substr(long_eq.size());
            args.erase(args.begin() + static_cast<std::ptrdiff_t>(i));
        } else {
            ++i;
        }
    }
    return value;
}

bool is_picture_format(std::string_view f) { return f == "svg" || f == "png" || f == "pdf"; }

// The image's path relative to the output folder; refuses one that leaves the folder's tree.
fs::path image_path(const EmbedRun& run, const EmbedBlock& b, const std::string& asked, std::string_view ext) {
    if (asked.empty()) return run.out_stem + "-" + std::to_string(run.pictures) + std::string(ext);
    const fs::path p = fs::path(asked).lexically_normal();
    if (p.is_absolute() || p.empty() || *p.begin() == "..")
        block_error(run, b, "-o " + asked + " is outside the document's folder; embed writes only beside the "
                            "document or below it (use a relative name such as img/deals.svg)");
    return p;
}

std::string text_part(const std::vector<std::string>& args, const std::string& text) {
    const bool markdown = std::find(args.begin(), args.end(), "markdown") != args.end() ||
                          std::find(args.begin(), args.end(), "--format=markdown") != args.end();
    if (markdown) return text;
    return "```text\n" + text + (text.empty() || text.back() == '\n' ? "" : "\n") + "```\n";
}

CommandOutput run_block_command(const EmbedRun& run, const EmbedBlock& b, const std::vector<std::string>& args) {
    CommandOutput r = run_in(run.doc_dir, args);
    if (r.status != 0 && r.status != 1) {  // 1: findings (conflicts found), the output stands
        std::string why = r.err;
        while (!why.empty() && why.back() == '\n') why.pop_back();
        block_error(run, b, "the block's command failed (exit " + std::to_string(r.status) + "):\n" + why);
    }
    return r;
}

// The generated Markdown for one block; writes (or with --check compares) its picture.
std::string embed_block(EmbedRun& run, const EmbedBlock& b, Io& io) {
    std::vector<std::string> args = b.args;
    const std::string& command = args.front();
    if (command == "embed" || command == "report")
        block_error(run, b, "'" + command + "' writes files of its own; an embed block runs a command that prints "
                            "text or draws one picture");
    for (const std::string& a : args)
        if (a == "-O" || a == "--frames" || a.rfind("--frames=", 0) == 0)
            block_error(run, b, a + " writes files of its own; give the picture a name with -o NAME instead");
    const std::string asked_output = take_option(args, "-o", "--output");
    std::string format = take_option(args, "-T", "-T");
    const bool draws = command == "render" || command == "subgraph";
    if (format.empty() && draws) format = take_option(args, "--format", "--format");
    if (format.empty() && !asked_output.empty())
        if (auto f = format_for_extension(asked_output)) format = std::string(format_name(*f));
    if (format.empty() && draws) format = "svg";
    if (!is_picture_format(format)) {
        if (!format.empty()) args.insert(args.end(), {"-T", format});
        if (!asked_output.empty())
            block_error(run, b, "a text block prints into the document; drop -o " + asked_output);
        return text_part(args, run_block_command(run, b, args).out);
    }
    ++run.pictures;
    std::vector<std::string> picture_args = args;
    picture_args.insert(picture_args.end(), {"-T", format, "--quiet"});
    const CommandOutput drawn = run_block_command(run, b, picture_args);
    std::string svg = drawn.out;
    if (format != "svg") {
        picture_args[picture_args.size() - 2] = "svg";
        svg = run_block_command(run, b, picture_args).out;
    }
    const fs::path rel = image_path(run, b, asked_output, "." + format);
    if (!run.check) fs::create_directories((run.out_dir / rel).parent_path());
    run.status = std::max(run.status, deliver_file((run.out_dir / rel).string(), drawn.out, run.check, io));
    return markdown_image(svg_description(svg), rel.generic_string()) + "\n";
}

}  // namespace

void setup_embed(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<EmbedOptions>();
    CLI::App* cmd = app.add_subcommand(
        "embed", "run the ```pactgraph blocks of a Markdown document and put each one's picture (written "
                 "beside the document) or table right after it; idempotent (see docs/embedding.md)");
    cmd->add_option("DOC", opts->doc, "the Markdown document")->required()->type_name("DOC.md");
    cmd->add_option("-o,--output", opts->output, "write the document to OUT.md (pictures beside it) instead of "
                                                 "rewriting DOC")
        ->type_name("OUT.md");
    add_check_flag(*cmd, opts->check);
    cmd->footer("Examples:\n"
                "  pactgraph embed docs/deals.md\n"
                "  pactgraph embed docs/deals.md --check      # CI: exit 1 when a picture or table is stale\n"
                "  pactgraph embed notes.md -o build/notes.md");
    cmd->callback([opts, &ctx] {
        if (opts->doc == "-") throw UsageError("embed needs a file (its pictures go beside it), not standard input");
        EmbedRun run;
        run.doc_name = opts->doc;
        run.doc_text = read_file_or_stdin(opts->doc);
        run.doc_dir = fs::absolute(opts->doc).parent_path();
        const fs::path out_doc = fs::absolute(opts->output.empty() ? opts->doc : opts->output);
        run.out_dir = out_doc.parent_path();
        run.out_stem = out_doc.stem().string();
        run.check = opts->check;
        const std::vector<EmbedBlock> blocks = find_embed_blocks(run.doc_text, run.doc_name);
        std::vector<std::string> parts;
        for (const EmbedBlock& b : blocks) parts.push_back(embed_block(run, b, ctx.io));
        const std::string doc_out = opts->output.empty() ? opts->doc : opts->output;
        run.status = std::max(run.status, deliver_file(doc_out, rewrite_embeds(run.doc_text, parts), run.check, ctx.io));
        ctx.status = run.status;
        if (!run.check)
            ctx.io.err << "embed: " << blocks.size() << " block" << (blocks.size() == 1 ? "" : "s") << ", "
                       << run.pictures << " picture" << (run.pictures == 1 ? "" : "s") << "; wrote " << doc_out << '\n';
    });
}

}  // namespace pactgraph::cli
