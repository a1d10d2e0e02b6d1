// The pure half of `pactgraph embed`: finding blocks and rewriting the document (issue 14).
#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <vector>

#include "format/embed_doc.hpp"
#include "support/diagnostics.hpp"

using namespace pactgraph;

namespace {

const std::string kDoc =
    "# Deals\n"
    "\n"
    "```pactgraph\n"
    "render graphs/deals.toml --title \"Who pays whom\"\n"
    "```\n"
    "\n"
    "Some text.\n"
    "\n"
    "```toml\n"
    "# not ours\n"
    "```pactgraph\n"
    "```\n"
    "~~~pactgraph\n"
    "# a comment line\n"
    "pactgraph metrics graphs/deals.toml \\\n"
    "  --top 5 --format markdown\n"
    "~~~\n";

}  // namespace

TEST_CASE("embed finds the pactgraph blocks with their line and shell-split arguments", "[format][embed]") {
    const auto blocks = find_embed_blocks(kDoc, "doc.md");
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].line == 3);
    CHECK(blocks[0].args == std::vector<std::string>{"render", "graphs/deals.toml", "--title", "Who pays whom"});
    CHECK(blocks[1].line == 13);
    CHECK(blocks[1].args ==
          std::vector<std::string>{"metrics", "graphs/deals.toml", "--top", "5", "--format", "markdown"});
}

TEST_CASE("words split like a shell's: quotes, escapes, unclosed quotes refused", "[format][embed]") {
    CHECK(split_words("a 'b c' \"d \\\"e\\\"\" f\\ g") == std::vector<std::string>{"a", "b c", "d \"e\"", "f g"});
    CHECK(split_words("  ").empty());
    CHECK(split_words("x''") == std::vector<std::string>{"x"});
    CHECK_THROWS_AS(split_words("render 'oops"), std::invalid_argument);
}

TEST_CASE("a bad block is reported at DOC:LINE", "[format][embed]") {
    SECTION("never closed") {
        try {
            find_embed_blocks("intro\n\n```pactgraph\nrender x.toml\n", "notes.md");
            FAIL("no error");
        } catch (const InputError& e) {
            CHECK_THAT(e.what(), Catch::StartsWith("notes.md:3:1: error: this pactgraph block is never closed"));
        }
    }
    SECTION("empty or unbalanced quotes") {
        CHECK_THROWS_WITH(find_embed_blocks("```pactgraph\n# only a comment\n```\n", "d.md"),
                          Catch::StartsWith("d.md:1:1: error: empty pactgraph block"));
        CHECK_THROWS_WITH(find_embed_blocks("a\n```pactgraph\nrender \"x\n```\n", "d.md"),
                          Catch::StartsWith("d.md:2:1: error: unclosed double quote"));
    }
}

TEST_CASE("rewriting puts each generated part right after its block and is idempotent", "[format][embed]") {
    const std::vector<std::string> parts{"![A picture](deals-1.svg)\n", "| a | b |\n|---|---|\n| 1 | 2 |\n"};
    const std::string once = rewrite_embeds(kDoc, parts);
    CHECK(rewrite_embeds(once, parts) == once);
    // The blocks stay; each part follows its block's closing fence.
    const std::size_t first = once.find("```\n\n" + std::string(kEmbedBegin) + "\n![A picture](deals-1.svg)\n" +
                                        std::string(kEmbedEnd) + "\n");
    CHECK(first != std::string::npos);
    CHECK(once.find("render graphs/deals.toml") < first);
    CHECK(once.find("~~~\n\n" + std::string(kEmbedBegin) + "\n| a | b |") != std::string::npos);
    CHECK(find_embed_blocks(once, "doc.md").size() == 2);
    // Nothing else changed: removing the generated parts gives the document back.
    std::string stripped = once;
    for (std::size_t b; (b = stripped.find("\n" + std::string(kEmbedBegin))) != std::string::npos;) {
        const std::size_t e = stripped.find(std::string(kEmbedEnd).append("\n"), b);
        stripped.erase(b, e + kEmbedEnd.size() + 1 - b);
    }
    CHECK(stripped == kDoc);
    SECTION("a new part replaces the old one") {
        const std::string again = rewrite_embeds(once, {"![Another](deals-1.svg)\n", "x\n"});
        CHECK(again.find("A picture") == std::string::npos);
        CHECK(again.find("![Another](deals-1.svg)") != std::string::npos);
        CHECK(rewrite_embeds(again, parts) == once);
    }
}

TEST_CASE("image links escape the alt text and the link", "[format][embed]") {
    CHECK(markdown_image("a [b]\nc", "img/my pic (1).svg") == "![a \\[b\\] c](img/my%20pic%20%281%29.svg)");
}
