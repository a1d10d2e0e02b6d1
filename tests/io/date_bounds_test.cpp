// A relation's start date, or a bound on it, in the TOML format: date = ">=2025-09" (on or
// after), date = "<2024" (before) — read, refused with FILE:LINE:COLUMN, and written back.
#include <catch2/catch.hpp>
#include <sstream>

#include "io/graph_reader.hpp"
#include "io/toml_reader.hpp"
#include "io/toml_writer.hpp"

using namespace pactgraph;

namespace {

const std::string kHead = "[[entity]]\nid = \"a\"\nkind = \"company\"\n[[entity]]\nid = \"b\"\nkind = \"company\"\n"
                          "[[relation]]\nfrom = \"a\"\nto = \"b\"\ntype = \"supplies\"\nsource = \"s\"\n";

LoadResult read(const std::string& text) { return TomlReader().read(std::string_view(text), "g.toml"); }

std::string error_of(const std::string& text) {
    try {
        read(text);
    } catch (const InputError& e) {
        return e.what();
    }
    return "(no error)";
}

const Relation& only_relation(const LoadResult& r) { return r.graph.relation(r.graph.relations().front()); }

}  // namespace

TEST_CASE("a start date may be a bound: on or after, or before", "[io][dates]") {
    const LoadResult after = read(kHead + "date = \">=2025-09\"\n");
    CHECK(only_relation(after).date.to_string() == "2025-09");
    CHECK(only_relation(after).date_bound == DateBound::on_or_after);
    const LoadResult before = read(kHead + "date = \"< 2024\"\n");
    CHECK(only_relation(before).date.to_string() == "2024");
    CHECK(only_relation(before).date_bound == DateBound::before);
    const LoadResult exact = read(kHead + "date = \"2023-01-23\"\n");
    CHECK(only_relation(exact).date_bound == DateBound::exact);
}

TEST_CASE("a malformed bound is refused at its line and column", "[io][dates]") {
    CHECK(error_of(kHead + "date = \">=2025-13\"\n") ==
          "g.toml:12:8: error: 'date' is \">=2025-13\", not a valid date; expected a date written YYYY, YYYY-MM or "
          "YYYY-MM-DD, or a bound on it: \">=2025-09\" (on or after), \"<2024\" (before)\n"
          "    date = \">=2025-13\"\n"
          "           ^");
    CHECK(error_of(kHead + "date = \"<=2024\"\n").find("g.toml:12:8: error: 'date' is \"<=2024\", not a valid date") == 0);
    // A source's date and end_date take no bound.
    CHECK(error_of(kHead + "end_date = \">=2025\"\n").find("g.toml:12:12: error: 'end_date' is \">=2025\", not a valid date") == 0);
}

TEST_CASE("bounded dates round-trip through the TOML writer", "[io][dates]") {
    for (const std::string d : {">=2025-09", "<2024", "2023-01-23"}) {
        const LoadResult r = read(kHead + "date = \"" + d + "\"\n");
        const std::string text = to_toml(r.graph, "");
        CHECK_THAT(text, Catch::Contains("date = \"" + d + "\"\n"));
        std::istringstream in(text);
        const LoadResult back = reader_for("toml")->read(in, "w.toml");
        CHECK(bounded_date_text(only_relation(back).date, only_relation(back).date_bound) == d);
    }
}

TEST_CASE("bounded dates in words and names", "[model][dates]") {
    const PartialDate d = *PartialDate::parse("2025-09");
    CHECK(bounded_date_words(d, DateBound::on_or_after) == "on or after 2025-09");
    CHECK(bounded_date_words(d, DateBound::before) == "before 2025-09");
    CHECK(bounded_date_words(d, DateBound::exact) == "2025-09");
    CHECK(bounded_date_text(PartialDate{}, DateBound::before).empty());
    CHECK(date_bound_name(DateBound::on_or_after) == "on_or_after");
    CHECK(!parse_bounded_date(">="));
    CHECK(!parse_bounded_date(">2025"));
}
