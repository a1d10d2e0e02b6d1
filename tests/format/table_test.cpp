// format/table: the one table writer (aligned text, Markdown, TSV, CSV).
#include <catch2/catch.hpp>

#include "format/table.hpp"

using namespace pactgraph;

TEST_CASE("Tables align for people and escape for machines", "[format]") {
    Table t({"id", "score"}, {Table::Align::left, Table::Align::right});
    t.add_row({"openai", "0.5"});
    t.add_row({"a|b,\"c\"", "12"});
    CHECK(t.to_text() == "id       score\n-------  -----\nopenai     0.5\na|b,\"c\"     12\n");
    CHECK(t.to_markdown() == "| id | score |\n| --- | ---: |\n| openai | 0.5 |\n| a\\|b,\"c\" | 12 |\n");
    CHECK(t.to_csv() == "id,score\r\nopenai,0.5\r\n\"a|b,\"\"c\"\"\",12\r\n");
    CHECK(t.to_tsv() == "id\tscore\nopenai\t0.5\na|b,\"c\"\t12\n");
}

TEST_CASE("An empty table still writes its header in every format", "[format]") {
    const Table t({"a", "b"});
    CHECK(t.to_tsv() == "a\tb\n");
    CHECK(t.to_csv() == "a,b\r\n");
    CHECK(t.to_markdown() == "| a | b |\n| --- | --- |\n");
}
