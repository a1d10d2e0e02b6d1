// The text formats a command's answer can take: one enum for every command's --format. Each
// command accepts the subset that makes sense for it (cli lists it); "text" is accepted as a
// synonym of "table" where commands always said "text".
#pragma once

#include <cstdint>

#include "support/enum_names.hpp"

namespace pactgraph {

enum class TextFormat : std::uint8_t { table, json, tsv, csv, markdown };
inline constexpr EnumNames<TextFormat, 5> kTextFormatNames{"output format",
                                                           {{{TextFormat::table, "table"},
                                                             {TextFormat::json, "json"},
                                                             {TextFormat::tsv, "tsv"},
                                                             {TextFormat::csv, "csv"},
                                                             {TextFormat::markdown, "markdown"}}}};

// JSON, CSV and TSV are read by programs: no notes inside them, raw numbers.
constexpr bool for_programs(TextFormat f) {
    return f == TextFormat::json || f == TextFormat::csv || f == TextFormat::tsv;
}

}  // namespace pactgraph
