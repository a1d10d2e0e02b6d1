#include "cli/graph_input.hpp"

#include <CLI/CLI.hpp>
#include <ostream>

#include "cli/options.hpp"
#include "cli/progress.hpp"
#include "io/csv_reader.hpp"
#include "query/graph_filter.hpp"
#include "support/atomic_file.hpp"
#include "support/text.hpp"

namespace pactgraph::cli {

namespace {

// "a,b, c" -> a, b, c (empty items skipped).
void append_words(const std::string& list, std::vector<std::string>& out) {
    std::size_t start = 0;
    while (start <= list.size()) {
        std::size_t end = list.find(',', start);
        if (end == std::string::npos) end = list.size();
        std::string word = list.substr(start, end - start);
        word.erase(0, word.find_first_not_of(' '));
        word.erase(word.find_last_not_of(' ') + 1);
        if (!word.empty()) out.push_back(word);
        start = end + 1;
    }
}

void add_word_list(CLI::App& cmd, const char* name, std::vector<std::string>& into,
                   const char* description, const char* type_name) {
    cmd.add_option_function<std::string>(
           name, [&into](const std::string& list) { append_words(list, into); }, description)
        ->type_name(type_name)
        ->trigger_on_parse()
        ->group("Filters (docs/queries.md)");
}

GraphFilter filter_for(const GraphInput& input, const Vocabulary& vocabulary) {
    GraphFilter filter;
    filter.as_of = input.as_of;
    filter.undated = input.undated;
    if (input.where) filter.where = WhereText{*input.where, "--where"};
    filter.types = for_option("--types", [&] { return resolve_types(vocabulary, input.types); });
    filter.kinds = for_option("--kinds", [&] { return resolve_kinds(vocabulary, input.kinds); });
    return filter;
}

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : ",") + w;
    return out;
}

// The filters that leave entity `id` out, as the user wrote them: each one that does so alone,
// or all of them when only their combination does.
std::string leaving_out(const GraphInput& input, const PartnershipGraph& g, const std::string& id) {
    struct One {
        std::string words;
        GraphInput only;
    };
    std::vector<One> given;
    const auto add = [&](std::string words, auto set) {
        GraphInput one;
        one.undated = input.undated;
        set(one);
        given.push_back({std::move(words), std::move(one)});
    };
    if (input.as_of) add("--as-of " + input.as_of->to_string(), [&](GraphInput& o) { o.as_of = input.as_of; });
    if (input.where) add("--where '" + *input.where + "'", [&](GraphInput& o) { o.where = input.where; });
    if (!input.types.empty()) add("--types " + joined(input.types), [&](GraphInput& o) { o.types = input.types; });
    if (!input.kinds.empty()) add("--kinds " + joined(input.kinds), [&](GraphInput& o) { o.kinds = input.kinds; });
    std::string alone, all;
    for (const One& f : given) {
        all += (all.empty() ? "" : " and ") + f.words;
        if (apply_filter(g, filter_for(f.only, g.vocabulary())).find(id) == kNoEntity)
            alone += (alone.empty() ? "" : " and ") + f.words;
    }
    return alone.empty() ? all + " together" : alone;
}

}  // namespace

GraphSource GraphInput::source_of(const std::string& file) const {
    return for_option("--input-format", [&] { return graph_source(file, format); });
}

void add_graph_input(CLI::App& cmd, GraphInput& input) {
    cmd.add_option("FILE", input.path, "graph file: TOML (docs/format.md), CSV, TSV, JSON, GraphML, DOT or a .pgsnap snapshot (docs/formats.md); - or none reads standard input")
        ->type_name("FILE");
    add_input_options(cmd, input);
}

void add_input_options(CLI::App& cmd, GraphInput& input, const std::string& files) {
    cmd.add_option("--input-format", input.format, "format of " + files + " when its extension does not say")
        ->type_name("FORMAT");
    cmd.add_option("--nodes", input.nodes, "read entities from this CSV (with --edges: a pair; see docs/formats.md)")
        ->type_name("FILE");
    cmd.add_option("--edges", input.edges, "read relations from this CSV (entities come from --nodes or the ids it names)")
        ->type_name("FILE");
    cmd.add_flag("--strict", input.strict,
                 "unknown entity kinds and relation types in CSV, JSON, GraphML or DOT input are "
                 "errors instead of being declared with a warning");
    cmd.add_flag("-q,--quiet", input.quiet, "do not print warnings about the graph file");
    add_size_option(cmd, "--max-memory", input.max_memory, input.max_memory_text,
                    "stop with an error (exit 2) instead of taking more than SIZE of memory, e.g. 2G");
    const std::string filters = "Filters (docs/queries.md)";
    add_date_option(cmd, "--as-of", input.as_of,
                    "only relations in force on DATE (started by it, not ended before it) and the "
                    "entities that then had one")
        ->group(filters);
    add_enum_option(cmd, "--undated", input.undated, kUndatedPolicyNames,
                    "time views (--as-of, diff --from/--to, --frames): include or exclude the "
                    "relations whose start date is unknown on the day shown (docs/queries.md)")
        ->group(filters);
    cmd.add_option_function<std::string>(
           "--where", [&input](const std::string& text) { input.where = text; },
           "only relations matching EXPR, e.g. 'type == invests_in && amount >= 1e9'")
        ->type_name("EXPR")
        ->group(filters);
    add_word_list(cmd, "--types", input.types, "only relations of these types (and the entities at their ends)",
                  "TYPE[,TYPE...]");
    add_word_list(cmd, "--kinds", input.kinds, "only entities of these kinds (and the relations among them)",
                  "KIND[,KIND...]");
}

namespace {

ImportOptions import_options(const GraphInput& input, ProgressLine& progress) {
    ImportOptions options;
    options.strict = input.strict;
    options.progress = [&progress](std::size_t done, std::size_t total) { progress.update(done, total); };
    return options;
}

std::string_view stdin_for(const std::string& path, Io& io) {
    return path == "-" ? std::string_view(io.stdin_text()) : std::string_view();
}

// Prints the warnings (unless quiet), looks up the named entities and applies the filters.
LoadResult finish_input(const GraphInput& input, LoadResult result, Io& io,
                        const std::vector<std::string>& named) {
    print_warnings(input, result.warnings, io);
    std::vector<std::string> ids;
    for (const std::string& name : named) ids.push_back(result.graph.entity(resolve_entity(result.graph, name)).id);
    const GraphFilter filter = filter_for(input, result.graph.vocabulary());
    if (filter.empty()) return result;
    if (filter.as_of && !input.quiet)
        io.err << unknown_start_note(*filter.as_of, unknown_start_count(result.graph, filter), filter.undated);
    PartnershipGraph kept = apply_filter(result.graph, filter);
    for (const std::string& id : ids)
        if (kept.find(id) == kNoEntity) throw UsageError(id + " is left out by " + leaving_out(input, result.graph, id));
    result.graph = std::move(kept);
    return result;
}

// --nodes and --edges: a pair read together, or one of them read as a CSV file.
LoadResult load_csv_pair(const GraphInput& input, Io& io) {
    if (input.path != "-")
        throw UsageError("pass FILE or --nodes/--edges, not both");
    if (input.nodes == "-" && input.edges == "-")
        throw UsageError("--nodes and --edges cannot both read standard input");
    ProgressLine progress(io.err, io.err_is_terminal && !input.quiet,
                          "reading " + (input.edges.empty() ? input.nodes : input.edges));
    const ImportOptions options = import_options(input, progress);
    if (input.nodes.empty() || input.edges.empty()) {
        const std::string& path = input.nodes.empty() ? input.edges : input.nodes;
        const char* flag = input.nodes.empty() ? "--edges" : "--nodes";
        const GraphSource source = for_option(flag, [&] { return graph_source(path, "csv"); });
        return load_graph(source, stdin_for(path, io), options);
    }
    const GraphSource nodes = graph_source(input.nodes, "csv"), edges = graph_source(input.edges, "csv");
    return read_csv_graph(read_file_or_stdin(nodes.path, stdin_for(nodes.path, io)), nodes.display_name,
                          read_file_or_stdin(edges.path, stdin_for(edges.path, io)), edges.display_name,
                          options);
}

}  // namespace

namespace {

void limit_memory(const GraphInput& input, Io& io) {
    if (!input.max_memory) return;
    io.memory_limit = "--max-memory " + input.max_memory_text;
    if (io.limit_memory) io.limit_memory(*input.max_memory);
}

}  // namespace

LoadResult load_input(const GraphInput& input, Io& io, const std::vector<std::string>& named) {
    if (input.nodes.empty() && input.edges.empty()) return load_input(input, input.source(), io, named);
    limit_memory(input, io);  // (the overload above sets it for FILE)
    return finish_input(input, load_csv_pair(input, io), io, named);
}

LoadResult load_input(const GraphInput& input, const GraphSource& source, Io& io,
                      const std::vector<std::string>& named) {
    if (!input.nodes.empty() || !input.edges.empty())
        throw UsageError("--nodes/--edges name one graph; this command reads FILE arguments");
    limit_memory(input, io);
    const std::string_view text = source.is_stdin() ? std::string_view(io.stdin_text()) : std::string_view();
    ProgressLine progress(io.err, io.err_is_terminal && !input.quiet, "reading " + source.display_name);
    LoadResult loaded = load_graph(source, text, import_options(input, progress));
    progress.finish();
    return finish_input(input, std::move(loaded), io, named);
}

void print_warnings(const GraphInput& input, const std::vector<Diagnostic>& warnings, Io& io) {
    if (input.quiet) return;
    for (const auto& w : warnings) io.err << format_diagnostic(w) << '\n';
}

std::unique_ptr<SnapshotFile> open_plain_snapshot(const GraphInput& input, Io& io) {
    if (!input.nodes.empty() || !input.edges.empty() || input.path == "-" || input.as_of || input.where ||
        !input.types.empty() || !input.kinds.empty())
        return nullptr;
    const GraphSource source = input.source();
    if (!is_snapshot_file(source.path)) return nullptr;
    limit_memory(input, io);
    return std::make_unique<SnapshotFile>(source.path, source.display_name);
}

std::string unknown_start_note(const PartialDate& day, std::size_t unknown, UndatedPolicy policy) {
    if (unknown == 0) return "";
    const std::string them = unknown == 1 ? "it" : "them";
    return "note: as of " + day.to_string() + ": " + count_noun(unknown, "relation") + " of unknown start " +
           (policy == UndatedPolicy::include ? "included (--undated exclude leaves " + them + " out)"
                                             : "left out (--undated include keeps " + them + ")") +
           "\n";
}

}  // namespace pactgraph::cli
