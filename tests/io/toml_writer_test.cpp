// The TOML writer: what it writes reads back as the same graph, every field included.
#include <catch2/catch.hpp>
#include <sstream>

#include "io/graph_reader.hpp"
#include "io/toml_writer.hpp"
#include "graph_text.hpp"

using namespace pactgraph;

namespace {

std::string describe(const PartnershipGraph& g) { return testing::describe_graph(g); }

PartnershipGraph read(const std::string& text) {
    std::istringstream in(text);
    return reader_for("toml")->read(in, "written.toml").graph;
}

}  // namespace

TEST_CASE("The shipped graph survives a write and read unchanged", "[io][toml_writer]") {
    const PartnershipGraph g = load_graph(PACTGRAPH_SOURCE_DIR "/graphs/openai-frontier.toml").graph;
    const std::string text = to_toml(g, "a comment\nover two lines");
    CHECK_THAT(text, Catch::StartsWith("# a comment\n# over two lines\n\n[graph]\ntitle = "));
    const PartnershipGraph back = read(text);
    CHECK(describe(back) == describe(g));
    CHECK(to_toml(back, "a comment\nover two lines") == text);  // and the writer is stable
}

TEST_CASE("Awkward text, declared words, attributes and odd amounts round-trip", "[io][toml_writer]") {
    const std::string original = R"([graph]
title = "AT&T \"Labs\" \\ <script>"
description = "line one\nline two\ttabbed"
as_of = "2026-02"

[vocabulary]
kinds = ["fund", { name = "lab", description = "a \"research\" lab" }]
types = [{ name = "resells", description = "resells it", links_targets = true }, { name = "twins", symmetric = true }]

[[entity]]
id = "a-1"
name = "Ünïcödé — “quoted”"
kind = "fund"
roles = ["investor", "odd \"role\""]
aliases = ["A one"]
tags = ["t1", "t2"]
url = "https://example.com/?q=1&r=2"
note = "bell \u0007 and del \u007F"
attributes = { ticker = "AAA", "two words" = "x=y" }

[[entity]]
id = "b_2"
kind = "lab"

[[relation]]
from = "a-1"
to = "b_2"
type = "resells"
id = "a-resells-b"
label = "l"
amount_usd = 2.5e9
date = "2023-06-01"
end_date = "2025"
status = "ended"
exclusive = true
scope = "everything \\ all"
note = "n"
sources = ["https://example.com/x", { citation = "FT, 2023", publisher = "FT", date = "2023-06", confidence = "confirmed" }]

[[relation]]
from = "b_2"
to = "a-1"
type = "twins"
amount_usd = 0.1
source = "s"

[[relation]]
from = "b_2"
to = "a-1"
type = "twins"
amount_usd = 123456789012345678
source = "s"
)";
    const PartnershipGraph g = read(original);
    const std::string text = to_toml(g);
    CAPTURE(text);
    CHECK(describe(read(text)) == describe(g));
    CHECK_THAT(text, Catch::Contains(R"(title = "AT&T \"Labs\" \\ <script>")"));
    CHECK_THAT(text, Catch::Contains(R"(note = "bell \u0007 and del \u007F")"));
    CHECK_THAT(text, Catch::Contains("amount_usd = 2500000000\n"));
    CHECK_THAT(text, Catch::Contains("amount_usd = 0.1\n"));
    CHECK_THAT(text, Catch::Contains("type = \"resells\"\nid = \"a-resells-b\"\n"));
    CHECK(read(text).details(read(text).relations()[0]).id == "a-resells-b");
}
