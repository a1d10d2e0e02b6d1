// CSV, TSV and JSON carry raw numbers and ISO dates (or empty fields / null), never "$1B" or
// "undated"; only the table is for eyes (issue 10, finding 8).
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "run_ok.hpp"

using namespace pactgraph::test;
using json = nlohmann::json;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();  // CSV rows end in CRLF
        out.push_back(line);
    }
    return out;
}

bool has(const std::string& text, const std::string& word) { return text.find(word) != std::string::npos; }

void check_no_display_values(const std::string& text) {
    INFO(text);
    CHECK(!has(text, "$"));
    CHECK(!has(text, "undated"));
    CHECK(!has(text, "undisclosed"));
}

}  // namespace

TEST_CASE("timeline CSV and TSV carry raw amounts, ISO dates and separate fields", "[cli][formats]") {
    const auto csv = lines_of(ok({"timeline", kSeedGraph, "--format", "csv"}).out);
    REQUIRE(csv.size() == 16);
    CHECK(csv[0] == "date,date_bound,end_date,from,type,to,amount_usd,status,exclusive,label");
    CHECK(csv[1] == "2007,before,,amazon,owns,aws,,closed,false,");
    check_no_display_values(ok({"timeline", kSeedGraph, "--format", "csv"}).out);
    const auto tsv = lines_of(ok({"timeline", kSeedGraph, "--format", "tsv"}).out);
    CHECK(tsv[0] == "date\tdate_bound\tend_date\tfrom\ttype\tto\tamount_usd\tstatus\texclusive\tlabel");
    CHECK(std::find(tsv.begin(), tsv.end(), "2019\t\t\tmicrosoft\tinvests_in\topenai\t1000000000\tclosed\tfalse\tfirst investment") != tsv.end());
    CHECK(std::find(tsv.begin(), tsv.end(), "2025-09\ton_or_after\t\topenai\tagreement\tsoftbank\t\tsigned\tfalse\t") != tsv.end());
    // The table stays for people.
    CHECK_THAT(ok({"timeline", kSeedGraph}).out, Catch::Contains("$1B"));
}

TEST_CASE("undated relations have empty date fields in CSV and no date in JSON", "[cli][formats]") {
    const std::string file = "[[entity]]\nid = \"a\"\nkind = \"company\"\n[[entity]]\nid = \"b\"\nkind = \"company\"\n"
                             "[[relation]]\nfrom = \"a\"\nto = \"b\"\ntype = \"supplies\"\namount_usd = 2_500_000\nsource = \"s\"\n";
    CHECK(lines_of(ok({"timeline", "-", "--format", "csv"}, file).out)[1] == ",,,a,supplies,b,2500000,signed,false,");
    const json j = json::parse(ok({"timeline", "-", "--format", "json"}, file).out);
    CHECK(!j[0].contains("date"));
    CHECK(j[0]["amount_usd"] == 2500000.0);
    const json s = json::parse(ok({"stats", "-", "--format", "json"}, file).out);
    CHECK(s["first_date"].is_null());
    CHECK(s["last_date"].is_null());
    CHECK(s["as_of"].is_null());
}

TEST_CASE("neighbors and paths TSV and JSON say a date's bound in a field of its own", "[cli][formats]") {
    const auto n = lines_of(ok({"neighbors", kSeedGraph, "softbank", "--format", "tsv"}).out);
    REQUIRE(n.size() == 2);
    CHECK(n[0] == "depth\tneighbor\tkind\tvia\tdirection\ttype\tamount_usd\tdate\tdate_bound\tstatus\tsources");
    CHECK_THAT(n[1], Catch::StartsWith("1\topenai\tcompany\tsoftbank\tin\tagreement\t\t2025-09\ton_or_after\tsigned\t"));
    const json j = json::parse(ok({"neighbors", kSeedGraph, "softbank", "--format", "json"}).out);
    CHECK(j["relations"][0]["relation"]["date"] == "2025-09");
    CHECK(j["relations"][0]["relation"]["date_bound"] == "on_or_after");
    const auto p = lines_of(ok({"paths", kSeedGraph, "amazon", "microsoft", "--undirected", "--format", "tsv"}).out);
    CHECK(p[0] == "path\thop\tfrom\tdirection\tto\ttype\tamount_usd\tdate\tdate_bound\tstatus\tparallel");
    for (const auto& line : p) check_no_display_values(line);
}

TEST_CASE("diff and conflicts JSON carry raw amounts", "[cli][formats]") {
    const std::string d = ok({"diff", "-T", "json", kSeedGraph, "--from", "2020", "--to", "2024"}).out;
    check_no_display_values(d);
    const CliResult c = run_cli({"conflicts", kSeedGraph, "--format", "json"});
    CHECK(c.status == 1);  // conflicts found
    check_no_display_values(c.out);
}
