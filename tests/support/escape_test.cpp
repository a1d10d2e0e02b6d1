// support/escape: every target language's escaper against hostile input. Expected strings are
// written out by hand from each language's rules, not taken from the code.
#include <catch2/catch.hpp>

#include "support/escape.hpp"

using namespace pactgraph;

TEST_CASE("DOT quoting keeps hostile names inside one quoted ID", "[support][escape]") {
    CHECK(dot_quote("AT&T \"Labs\"") == "\"AT&T \\\"Labs\\\"\"");
    CHECK(dot_quote("a\\\"; node [shape=box") == "\"a\\\\\\\"; node [shape=box\"");
    CHECK(dot_quote("two\nlines") == "\"two\\nlines\"");
    CHECK(dot_quote(std::string("bell\x07tab\tend", 12)) == "\"belltabend\"");
    CHECK(dot_quote("node") == "\"node\"");  // a keyword stays an ID
}

TEST_CASE("XML escaping leaves no markup and no control characters", "[support][escape]") {
    CHECK(xml_escape("<script>alert('x')</script> & \"y\"") ==
          "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;");
    CHECK(xml_escape(std::string("a\x01\x1f b\tc\nd", 10)) == "a b\tc\nd");
    CHECK(xml_escape("]]>") == "]]&gt;");
}

TEST_CASE("Mermaid labels use Mermaid's entity codes", "[support][escape]") {
    CHECK(mermaid_escape("\"><script>") == "#quot;#gt;#lt;script#gt;");
    CHECK(mermaid_escape("AT&T #1 `x`\nnext") == "AT#amp;T #35;1 #96;x#96;<br>next");
    CHECK(mermaid_escape(std::string("a\x7f" "b", 3)) == "ab");
}

TEST_CASE("Markdown escaping disarms links, emphasis, HTML and headings", "[support][escape]") {
    CHECK(markdown_escape("[x](javascript:alert(1)) *b* _i_ <img> # h | c") ==
          "\\[x\\](javascript:alert(1)) \\*b\\* \\_i\\_ \\<img\\> \\# h \\| c");
    CHECK(markdown_escape("a|b", false) == "a|b");
    CHECK(markdown_escape("line\nbreak") == "line break");
    CHECK(markdown_cell("a|b\nc") == "a\\|b c");
}

TEST_CASE("TOML strings escape quotes, backslashes and every control character", "[support][escape]") {
    CHECK(toml_quote("say \"hi\" \\ bye") == "\"say \\\"hi\\\" \\\\ bye\"");
    CHECK(toml_quote("a\nb\tc\rd") == "\"a\\nb\\tc\\rd\"");
    CHECK(toml_quote(std::string("\x01\x7f", 2)) == "\"\\u0001\\u007F\"");
    CHECK(toml_quote("") == "\"\"");
}

TEST_CASE("CSV fields are quoted by RFC 4180 and TSV fields lose their separators", "[support][escape]") {
    CHECK(csv_field("plain") == "plain");
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field("say \"x\"") == "\"say \"\"x\"\"\"");
    CHECK(csv_field("two\r\nlines") == "\"two\r\nlines\"");
    CHECK(tsv_field("a\tb\nc\rd") == "a b c d");
}

TEST_CASE("Only plain http(s) URLs count as safe links", "[support][escape]") {
    CHECK(is_safe_link("https://example.com/a?b=c"));
    CHECK(is_safe_link("http://example.com"));
    CHECK_FALSE(is_safe_link("javascript:alert(1)"));
    CHECK_FALSE(is_safe_link("file:///etc/passwd"));
    CHECK_FALSE(is_safe_link("https://"));
    CHECK_FALSE(is_safe_link("https://a.com/\"onmouseover=x"));
    CHECK_FALSE(is_safe_link("https://a.com/ b"));
    CHECK_FALSE(is_safe_link("HTTPS://A.COM"));  // scheme must be written as pactgraph emits it
}
