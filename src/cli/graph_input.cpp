#include "cli/graph_input.hpp"

#include <CLI/CLI.hpp>
#include <ostream>

#include "query/graph_filter.hpp"

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

}  // namespace

void add_graph_input(CLI::App& cmd, GraphInput& input) {
    cmd.add_option("FILE", input.path, "graph file (TOML, see docs/format.md); - or none reads standard input")
        ->type_name("FILE");
    cmd.add_option("--input-format", input.format, "format of FILE when its extension does not say")
        ->type_name("FORMAT");
    cmd.add_flag("-q,--quiet", input.quiet, "do not print warnings about the graph file");
    const std::string filters = "Filters (docs/queries.md)";
    cmd.add_option("--as-of", input.as_of,
                   "only relations in force on DATE (started by it, not ended before it) and the "
                   "entities that then had one")
        ->type_name("DATE")
        ->group(filters);
    cmd.add_option_function<std::string>(
           "--where",
           [&input](const std::string& text) {
               input.where = text;
               input.where_given = true;
           },
           "only relations matching EXPR, e.g. 'type == invests_in && amount >= 1e9'")
        ->type_name("EXPR")
        ->group(filters);
    cmd.add_option_function<std::string>(
           "--types", [&input](const std::string& list) { append_words(list, input.types); },
           "only relations of these types (and the entities at their ends)")
        ->type_name("TYPE[,TYPE...]")
        ->trigger_on_parse()
        ->group(filters);
    cmd.add_option_function<std::string>(
           "--kinds", [&input](const std::string& list) { append_words(list, input.kinds); },
           "only entities of these kinds (and the relations among them)")
        ->type_name("KIND[,KIND...]")
        ->trigger_on_parse()
        ->group(filters);
}

LoadResult load_input(const GraphInput& input, Io& io) {
    const std::string& text = input.path == "-" ? io.stdin_text() : std::string();
    LoadResult result = load_graph(input.path, text, input.format);
    if (!input.quiet)
        for (const auto& w : result.warnings) io.err << format_diagnostic(w) << '\n';
    GraphFilter filter;
    if (!input.as_of.empty()) filter.as_of = parse_as_of(input.as_of);
    if (input.where_given) filter.where = input.where;
    filter.types = input.types;
    filter.kinds = input.kinds;
    if (!filter.empty()) result.graph = apply_filter(result.graph, filter);
    return result;
}

}  // namespace pactgraph::cli
