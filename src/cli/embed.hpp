// `pactgraph embed DOC.md [-o OUT.md] [--check]`: runs the ```pactgraph blocks of a Markdown
// document (each one command's arguments), writes the pictures beside the document with stable
// names (OUT-1.svg, OUT-2.svg … or the block's own -o NAME), and puts the image link (alt text:
// the SVG's description) or the command's text right after each block. Paths in blocks are
// relative to DOC; nothing is written outside the output document's folder tree. The parsing and
// rewriting are format/embed_doc.hpp; this file runs the commands and does the file I/O.
#pragma once

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

void setup_embed(CLI::App& app, Context& ctx);

}  // namespace pactgraph::cli
