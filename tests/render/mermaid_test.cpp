#include <catch2/catch.hpp>
#include <regex>
#include <sstream>

#include "render/mermaid.hpp"
#include "render_test_support.hpp"
#include "support/diagnostics.hpp"
#include "support/escape.hpp"

using namespace pactgraph;
using pactgraph::test::count_of;
using pactgraph::test::load_fixture;

namespace {

// The flowchart grammar pactgraph emits, line by line: front matter, the header, node
// declarations with quoted labels, edges with quoted labels, class and link styles. A quoted
// label may not contain a double quote (Mermaid has no escape for it inside quotes).
void check_mermaid_grammar(const std::string& text) {
    static const std::regex header("flowchart (LR|TB)");
    static const std::regex node(R"re(  n\d+(\(|\[/|\(\[|\[\[|\[\(|\{\{|\(\(|\[\\|>|\[)"[^"]*"(\)|\\\]|\]\)|\]\]|\)\]|\}\}|\)\)|/\]|\]))re");
    static const std::regex edge(R"re(  n\d+ (-->|---|-\.->|-\.-|==>|===)\|"[^"]*"\| n\d+)re");
    static const std::regex class_def(R"re(  classDef k\d+ fill:#[0-9A-F]{6},stroke:#[0-9A-F]{6},color:#[0-9A-F]{6})re");
    static const std::regex class_use(R"re(  class n\d+(,n\d+)* k\d+)re");
    static const std::regex link_style(R"re(  linkStyle \d+ stroke:#[0-9A-F]{6}(,stroke-dasharray:2 3)?(,stroke-width:4px)?)re");
    static const std::regex title(R"re(title: "[^"]*")re");
    std::istringstream in(text);
    std::string line;
    int n = 0;
    bool in_front = false, seen_header = false;
    while (std::getline(in, line)) {
        INFO("line " << ++n << ": " << line);
        if (line == "---") {
            in_front = !in_front;
            continue;
        }
        if (in_front) {
            CHECK(std::regex_match(line, title));
        } else if (!seen_header) {
            CHECK(std::regex_match(line, header));
            seen_header = true;
        } else {
            CHECK((std::regex_match(line, node) || std::regex_match(line, edge) ||
                   std::regex_match(line, class_def) || std::regex_match(line, class_use) ||
                   std::regex_match(line, link_style)));
        }
    }
    CHECK(seen_header);
}

}  // namespace

TEST_CASE("Mermaid output of the shipped graph follows the flowchart grammar", "[render][mermaid]") {
    const PartnershipGraph g = load_fixture("graphs/openai-frontier.toml");
    RenderOptions o;
    const std::string text = to_mermaid(g, o);
    check_mermaid_grammar(text);
    CHECK_THAT(text, Catch::Contains("  n0(\"Microsoft\")") &&
                         Catch::Contains("  n6([\"Amazon Web Services\"])"));
    CHECK_THAT(text, Catch::Contains("  n1 ==>|\"exclusive cloud for<br>2020<br>exclusive cloud provider of<br>"
                                     "OpenAI's stateless APIs\"| n3"));
    CHECK_THAT(text, Catch::Contains("  n5 -.-|\"agreement (reported)<br>cloud pact<br>$50B, 2026\"| n2"));
    CHECK(count_of(text, "linkStyle") == 15);
    o.merge_parallel = true;
    const std::string merged = to_mermaid(g, o);
    check_mermaid_grammar(merged);
    CHECK_THAT(merged, Catch::Contains("$11B, 2019\u20132023"));
}

TEST_CASE("Mermaid labels escape every character that could break out", "[render][mermaid]") {
    CHECK(mermaid_escape("\"><script>") == "#quot;#gt;#lt;script#gt;");
    CHECK(mermaid_escape("AT&T #1 `x`\nnext") == "AT#amp;T #35;1 #96;x#96;<br>next");
    const std::string text = to_mermaid(load_fixture("tests/data/hostile.toml"), {});
    check_mermaid_grammar(text);
    CHECK(count_of(text, "<script") == 0);
    CHECK_THAT(text, Catch::Contains("n0(\"#quot;#gt;#lt;script#gt;alert(1)#lt;/script#gt;\")"));
    CHECK_THAT(text, Catch::Contains("title: \"#lt;/text#gt;#lt;script#gt;"));
}

TEST_CASE("Mermaid refuses diagrams over GitHub's edge limit and suggests a filter",
          "[render][mermaid]") {
    PartnershipGraph g;
    const EntityId a = g.add_entity(test::make_entity("a")), b = g.add_entity(test::make_entity("b"));
    for (int i = 0; i < 501; ++i) g.add_relation(a, b, Relation{}, RelationDetails{});
    CHECK_THROWS_WITH(to_mermaid(g, {}), Catch::Contains("501 edges; GitHub renders at most 500") &&
                                             Catch::Contains("Filter the graph"));
    RenderOptions merged;
    merged.merge_parallel = true;  // all 501 are parallel: one edge
    CHECK_NOTHROW(to_mermaid(g, merged));
}
