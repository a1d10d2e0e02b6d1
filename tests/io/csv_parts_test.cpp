// An edges file read in two parts on two threads gives what the reading on one thread gives:
// the same entities in the same order (ids, names, aliases, positions), relations, details,
// vocabulary and warnings; and where a part meets an error, the reading on one thread tells it.
#include <catch2/catch.hpp>

#include <limits>
#include <random>

#include "io/csv_reader.hpp"
#include "io/toml_writer.hpp"
#include "io_test_support.hpp"

using namespace pactgraph;
using pactgraph::testing::error_text;

namespace {

ImportOptions one_thread(ImportOptions o = {}) {
    o.split_from = std::numeric_limits<std::size_t>::max();
    return o;
}

// Everything a reading gives, as text: the graph as TOML, where each entity and relation was
// declared, and the warnings.
std::string everything(const LoadResult& r) {
    std::string out = to_toml(r.graph);
    const PartnershipGraph& g = r.graph;
    for (EntityId v = 0; v < g.entity_count(); ++v)
        out += "entity " + g.entity(v).id + " at " + std::to_string(g.entity(v).line) + ":" +
               std::to_string(g.entity(v).column) + "\n";
    for (RelationId i = 0; i < g.relation_count(); ++i) {
        const RelationPosition at = g.position(i);
        out += "relation " + std::to_string(i) + " id " + std::to_string(g.relation(g.relations().at(i)).id) +
               " at " + std::to_string(at.line) + ":" + std::to_string(at.column) + "\n";
    }
    for (const Diagnostic& w : r.warnings) out += format_diagnostic(w) + "\n";
    return out;
}

// A messy edges file of `rows` rows, the same for a seed: ids in several spellings of one entity
// ("Acme", "ACME", " acme "), ids with spaces and punctuation, doubled quotes, a quoted line
// break (unless not wanted), CRLF and blank lines, unknown and missing types, amounts with suffixes, extra columns
// and sources (details) on some rows.
std::string messy_csv(int rows, unsigned seed, bool line_breaks_in_quotes = true) {
    std::mt19937 rng(seed);
    const auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    const std::vector<std::string> ids = {"Acme", "ACME", " acme ", "\"Amazon Web Services, Inc.\"", "aws",
                                          "\"say \"\"hi\"\"\"", "Nvidia", "e-1", "E_2", "x"};
    const std::vector<std::string> types = {"invests_in", "Invests In", "", "hosts", "Cloud Deal", "directed",
                                            "licenses", "acquires", "\"Joint \"\"Venture\"\"\""};
    std::string text = "source,target,relation,amount_usd,date,note,extra,source_url\r\n";
    for (int i = 0; i < rows; ++i) {
        const auto id = [&] {
            const int k = pick(14);
            return k < static_cast<int>(ids.size()) ? ids[static_cast<std::size_t>(k)] : "n" + std::to_string(pick(400));
        };
        text += id() + "," + id() + "," + types[static_cast<std::size_t>(pick(static_cast<int>(types.size())))] + ",";
        text += std::vector<std::string>{"", "1.5B", "300M", "12", "\"1,000\""}[static_cast<std::size_t>(pick(5))] + ",";
        text += std::vector<std::string>{"", "2023", "2024-01", "2019-07-22"}[static_cast<std::size_t>(pick(4))] + ",";
        text += pick(20) == 0 && line_breaks_in_quotes ? "\"two\r\nlines\"," : pick(10) == 0 ? "\"a \"\"note\"\"\"," : ",";
        text += pick(8) == 0 ? "x" + std::to_string(i) + "," : ",";
        text += pick(9) == 0 ? "https://example.com/" + std::to_string(i) : "";
        text += pick(30) == 0 ? "\r\n\r\n" : "\r\n";
    }
    return text;
}

LoadResult in_parts(const std::string& text, ImportOptions o = {}) {
    std::optional<LoadResult> r = read_csv_edges_on_two_threads(text, "e.csv", o);
    REQUIRE(r.has_value());  // read in parts, not left to one thread
    return std::move(*r);
}

}  // namespace

TEST_CASE("An edges file read in two parts gives the graph and warnings of one thread", "[io][csv][parts]") {
    for (const unsigned seed : {1u, 2u, 3u}) {
        const std::string text = messy_csv(3000, seed);
        const LoadResult parts = in_parts(text);
        const LoadResult one = CsvReader(one_thread()).read(text, "e.csv");
        CHECK(parts.graph.relation_count() == 3000);
        CHECK(everything(parts) == everything(one));
        CHECK(everything(CsvReader(ImportOptions{}).read(text, "e.csv")) == everything(one));  // (small: one thread)
    }
}

TEST_CASE("A file cut in two parts at a line break inside quotes is read as on one thread", "[io][csv][parts]") {
    // A stray quote inside an unquoted field (literal text to the tokenizer) makes the quotes
    // before the planned cut odd: the cut moves on to a line break that is not between records,
    // the first part then ends inside a quoted field, and one thread reads the file.
    std::string text = "source,target,label\n";
    for (int i = 0; i < 400; ++i)
        text += "a" + std::to_string(i % 37) + ",b" + std::to_string(i % 11) + (i == 5 ? ",6\" tall\n" : ",\"x\ny\"\n");
    ImportOptions o;
    o.split_from = 0;
    const LoadResult parts = CsvReader(o).read(text, "e.csv");
    CHECK(everything(parts) == everything(CsvReader(one_thread()).read(text, "e.csv")));
    CHECK(parts.graph.relation_count() == 400);
}

TEST_CASE("Errors in a file read in parts are told as one thread tells them", "[io][csv][parts]") {
    const std::string good = messy_csv(2000, 7, false);  // (every line break ends a record)
    const std::size_t near_end = good.rfind("\r\n", good.size() - 3000);
    const std::size_t near_start = good.find("\r\n", 2000);
    ImportOptions parts;
    parts.split_from = 0;
    const auto same_error = [&](const std::string& text, ImportOptions o = {}) {
        INFO(text.substr(0, 200));
        CHECK_FALSE(read_csv_edges_on_two_threads(text, "e.csv", o).has_value());
        o.split_from = 0;
        const std::string told = error_text([&] { CsvReader(o).read(text, "e.csv"); });
        CHECK(told == error_text([&] { CsvReader(one_thread(o)).read(text, "e.csv"); }));
        CHECK_FALSE(told.empty());
        return told;
    };
    // A bad amount in the second part and a bad date in the first: the first in the file is told.
    std::string two = good;
    two.insert(near_end + 2, "p,q,invests_in,lots,2020,,,\r\n");
    two.insert(near_start + 2, "p,q,invests_in,,20x0,,,\r\n");
    CHECK(same_error(two).find("date '20x0'") != std::string::npos);
    // An empty id in the second part.
    std::string empty = good;
    empty.insert(near_end + 2, " ,q,invests_in,,,,,\r\n");
    CHECK(same_error(empty).find("empty entity id") != std::string::npos);
    // A strict reading of a file with a type the vocabulary lacks.
    ImportOptions strict;
    strict.strict = true;
    CHECK(same_error(good, strict).find("unknown relation type") != std::string::npos);
    // Text that is not UTF-8, in either part.
    std::string latin1 = good;
    latin1.insert(near_end + 2, "Soci\xE9t\xE9,q,invests_in,,,,,\r\n");
    CHECK(same_error(latin1).find("not UTF-8") != std::string::npos);
    std::string nul = good;
    nul.insert(near_start + 2, std::string("p,q\0,invests_in,,,,,\r\n", 22));
    CHECK(same_error(nul).find("NUL byte") != std::string::npos);
    // A quote left open in the header, and a NUL byte after it: the text's error comes first.
    CHECK(same_error("\"source,target\n" + std::string("a,\0b\n", 6) + good).find("NUL byte") != std::string::npos);
    // A quote left open in the second part.
    CHECK(same_error(good + "p,q,\"open\r\n").find("not closed") != std::string::npos);
}

TEST_CASE("A file read in parts tells its progress in bytes, up to the whole", "[io][csv][parts][progress]") {
    std::string text = "source,target\n";
    for (int i = 0; i < 100000; ++i) text += "e" + std::to_string(i % 5000) + ",e" + std::to_string(i) + "\n";
    std::vector<std::size_t> told, released;
    ImportOptions o;
    o.progress = [&](std::size_t done, std::size_t total) {
        CHECK(total == text.size());
        told.push_back(done);
    };
    o.release = [&](std::size_t offset) { released.push_back(offset); };
    const LoadResult r = in_parts(text, o);
    CHECK(r.graph.relation_count() == 100000);
    CHECK(r.graph.entity_count() == 100000);
    REQUIRE_FALSE(told.empty());
    CHECK(std::is_sorted(told.begin(), told.end()));
    CHECK(told.back() <= text.size());
    // The text is given back once, whole, when both parts' spellings are the builder's.
    CHECK(released == std::vector<std::size_t>{text.size()});
}
