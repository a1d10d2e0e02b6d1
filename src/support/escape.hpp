// Escaping, one function per target language, in one place: no name, label or note from an
// untrusted graph file can break out of its string in any output pactgraph writes. Every
// function here is tested with hostile input (tests/support/escape_test.cpp).
#pragma once

#include <string>
#include <string_view>

namespace pactgraph {

// A DOT double-quoted ID: `"` and `\` escaped, newlines as \n (Graphviz's line break),
// control characters dropped. Always quoted, so keywords such as `node` stay plain text.
std::string dot_quote(std::string_view text);
// A quoted DOT string that keeps every byte, for data Graphviz does not draw (pactgraph_*
// attributes): as dot_quote, but other control characters become \xHH instead of being
// dropped. dot_data_unquote() reverses it on the value cgraph returns (cgraph has already
// turned \" into ").
std::string dot_data_quote(std::string_view text);
std::string dot_data_unquote(std::string_view value);

// Text for XML/HTML (and Graphviz HTML-like labels): & < > " ' escaped, control characters
// other than tab and newline dropped.
std::string xml_escape(std::string_view text);

// Text inside a Mermaid quoted label: Mermaid's #entity; codes for " # < > & `, newlines as
// <br>, control characters dropped.
std::string mermaid_escape(std::string_view text);

// Markdown text with the characters that would start markup escaped (\ ` * _ [ ] < > | #);
// newlines become spaces. `pipes` = false leaves '|' to a table writer that escapes it itself.
std::string markdown_escape(std::string_view text, bool pipes = true);

// A cell of a GitHub pipe table: '|' as \| and newlines as spaces; other markup is the
// caller's (markdown_escape with pipes = false).
std::string markdown_cell(std::string_view text);

// A TOML basic string with its quotes: " and \ escaped, control characters as \n \t \r or \uXXXX.
std::string toml_quote(std::string_view text);

// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; quotes doubled.
std::string csv_field(std::string_view text);

// One TSV field: tabs and line breaks become spaces (TSV has no quoting).
std::string tsv_field(std::string_view text);

// True for http:// and https:// URLs without control characters or spaces; the only links
// pactgraph ever emits.
bool is_safe_link(std::string_view url);

}  // namespace pactgraph
