// Escaping text for the formats the renderer writes, so that no name, label or note from an
// untrusted graph file can break out of its string: DOT quoted IDs, XML/HTML text, URLs.
#pragma once

#include <string>
#include <string_view>

namespace pactgraph {

// A DOT double-quoted ID: `"` and `\` escaped, newlines as \n (Graphviz's line break),
// control characters dropped. Always quoted, so keywords such as `node` stay plain text.
std::string dot_quote(std::string_view text);

// Text for XML/HTML (and Graphviz HTML-like labels): & < > " ' escaped.
std::string xml_escape(std::string_view text);

// True for http:// and https:// URLs without control characters or spaces; the only links
// pactgraph ever emits.
bool is_safe_link(std::string_view url);

}  // namespace pactgraph
