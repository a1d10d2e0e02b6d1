// `pactgraph embed`'s pure half: finding the ```pactgraph blocks of a Markdown document and
// writing the document back with each block's generated part (an image link or a table) right
// after it. No I/O: the CLI reads and writes the files and runs the commands.
//
// A block holds one command's arguments, shell-style (quotes, backslash escapes, lines joined,
// '#' comment lines skipped, an optional leading "pactgraph"):
//   ```pactgraph
//   render graphs/deals.toml --ego openai --depth 1
//   ```
// Its generated part sits between two marker comments, so a second run replaces it:
//   <!-- pactgraph embed: generated from the block above; edit the block, not this -->
//   ![Diagram of …](deals-1.svg)
//   <!-- /pactgraph embed -->
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pactgraph {

struct EmbedBlock {
    std::size_t line = 0;            // 1-based line of the opening fence
    std::vector<std::string> args;   // the command's arguments, "pactgraph" dropped
};

inline constexpr std::string_view kEmbedBegin =
    "<!-- pactgraph embed: generated from the block above; edit the block, not this -->";
inline constexpr std::string_view kEmbedEnd = "<!-- /pactgraph embed -->";

// The blocks in document order. Throws InputError (DOC:LINE:COLUMN, exit 2) for a block that
// is never closed, is empty, or has an unclosed quote. `doc_name` is used in messages only.
std::vector<EmbedBlock> find_embed_blocks(std::string_view markdown, const std::string& doc_name);

// Splits one command line the way a POSIX shell splits words (single and double quotes,
// backslash escapes; no variables, globs or pipes). Throws std::invalid_argument for an
// unclosed quote.
std::vector<std::string> split_words(std::string_view text);

// The document with generated part i after block i (replacing the generated part already there,
// if any). `generated.size()` must equal the number of blocks; each part is Markdown without
// the markers. Applying it twice with the same parts gives the same text.
std::string rewrite_embeds(std::string_view markdown, const std::vector<std::string>& generated);

// A Markdown image: ![alt](link), with the alt text's brackets, backslashes and newlines made safe
// and the link's spaces and parentheses percent-encoded.
std::string markdown_image(std::string_view alt, std::string_view link);

}  // namespace pactgraph
