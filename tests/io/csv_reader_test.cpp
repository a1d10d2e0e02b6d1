// The CSV reader: RFC 4180 details, column synonyms, vocabulary on import, errors that point at
// FILE:LINE:COLUMN.
#include <catch2/catch.hpp>
#include <cmath>

#include "graph_text.hpp"
#include "io/csv_reader.hpp"
#include "io/csv_parser.hpp"
#include "io/import_builder.hpp"
#include "io_test_support.hpp"

using namespace pactgraph;
using pactgraph::testing::error_text;
using pactgraph::testing::first_line;
using namespace std::string_literals;

namespace {

LoadResult edges(const std::string& text, ImportOptions o = {}) {
    return CsvReader(o).read(std::string_view(text), "e.csv");
}
LoadResult pair(const std::string& nodes, const std::string& edges, ImportOptions o = {}) {
    return read_csv_graph(nodes, "n.csv", edges, "e.csv", o);
}
std::string edges_error(const std::string& text, ImportOptions o = {}) {
    return error_text([&] { edges(text, o); });
}
std::string messages(const LoadResult& r) {
    std::string out;
    for (const auto& w : r.warnings) out += format_diagnostic(w) + "\n";
    return out;
}
const Relation& rel(const PartnershipGraph& g, std::size_t i) { return g.relation(g.relations().at(i)); }
const RelationDetails& det(const PartnershipGraph& g, std::size_t i) { return g.details(g.relations().at(i)); }

}  // namespace

TEST_CASE("The tokenizer splits RFC 4180 records", "[io][csv]") {
    // BOM, CRLF, a quoted delimiter, a doubled quote, a line break inside quotes, an empty field.
    const std::string text = "\xEF\xBB\xBF" "a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n,,\"\"\r\n";
    CsvParser p(text, "t.csv");
    std::vector<CsvField> f;
    REQUIRE(p.next(f));
    REQUIRE(f.size() == 3);
    CHECK(f[0].text == "a");
    CHECK(f[0].at.line == 1);
    CHECK(f[0].at.column == 1);
    CHECK(f[2].at.column == 5);
    REQUIRE(p.next(f));
    REQUIRE(f.size() == 3);
    CHECK(f[0].text == "x,1");
    CHECK(f[1].text == "say \"hi\"");
    CHECK(f[2].text == "two\r\nlines");
    CHECK(f[2].at.line == 2);
    CHECK(f[2].at.column == 20);
    REQUIRE(p.next(f));
    CHECK(p.record_at().line == 4);
    REQUIRE(f.size() == 3);
    CHECK(f[0].text.empty());
    CHECK(f[2].text.empty());
    CHECK_FALSE(p.next(f));
}

TEST_CASE("The delimiter is the most frequent of comma, semicolon and tab on the first line", "[io][csv]") {
    CHECK(detect_csv_delimiter("a;b;c\n1,2;3") == ';');
    CHECK(detect_csv_delimiter("a\tb\tc,d\n") == '\t');
    CHECK(detect_csv_delimiter("\"x;y;z\",b\n") == ',');
    CHECK(detect_csv_delimiter("single\n") == ',');
}

TEST_CASE("A Kumu-style pair of CSVs with a BOM and quoted commas loads", "[io][csv]") {
    const std::string nodes = "\xEF\xBB\xBF" "Label,Type,Description,Tags,Founded\r\n"
                              "\"Microsoft, Inc.\",Company,\"Makes \"\"Windows\"\"\",big|tech,1975\r\n"
                              "OpenAI,Company,,,2015\r\n"
                              "Thrive,Fund,,,\r\n";
    const std::string edges = "\xEF\xBB\xBF" "From,To,Type,Amount,Date,Notes\r\n"
                              "\"Microsoft, Inc.\",OpenAI,Invests In,\"$1,000,000,000\",2019-07,\"first\nround\"\r\n"
                              "Thrive,openai,invests_in,6.6B,2024-10-02,\r\n"
                              "OpenAI,Thrive,Advises,,,\r\n";
    const LoadResult r = pair(nodes, edges);
    const PartnershipGraph& g = r.graph;
    REQUIRE(g.entity_count() == 3);
    CHECK(g.entity(0).id == "microsoft-inc");
    CHECK(g.entity(0).name == "Microsoft, Inc.");
    CHECK(g.kind_name(0) == "company");
    CHECK(g.entity(0).note == "Makes \"Windows\"");
    CHECK(g.entity(0).tags == std::vector<std::string>{"big", "tech"});
    CHECK(g.entity(0).attributes == std::vector<std::pair<std::string, std::string>>{{"Founded", "1975"}});
    CHECK(g.find("Microsoft, Inc.") == 0);  // the original spelling is an alias
    CHECK(g.kind_name(2) == "fund");
    REQUIRE(g.relation_count() == 3);
    CHECK(g.type_name(g.relations()[0]) == "invests_in");
    CHECK(rel(g, 0).amount_usd == 1e9);
    CHECK(rel(g, 0).date.to_string() == "2019-07");
    CHECK(det(g, 0).note == "first\nround");
    CHECK(g.position(0).line == 2);
    CHECK(g.target(g.relations()[1]) == 1);  // "openai" finds "OpenAI" ignoring case
    CHECK(rel(g, 1).amount_usd == 6.6e9);
    CHECK(g.type_name(g.relations()[2]) == "advises");
    const std::string w = messages(r);
    CHECK_THAT(w, Catch::Contains("n.csv:4:8: warning: unknown entity kind 'Fund'; declared it as 'fund'"));
    CHECK_THAT(w, Catch::Contains("e.csv:5:15: warning: unknown relation type 'Advises'; declared it as 'advises'"));
}

TEST_CASE("Gephi's Id/Label nodes and Source/Target/Type/Weight edges load", "[io][csv]") {
    const std::string nodes = "Id,Label,Modularity Class\nn1,Alpha,0\nn2,Beta,1\n";
    const std::string edges = "Source,Target,Type,Id,Label,Weight\nn1,n2,Directed,0,hosts,1.0\nn2,n1,Undirected,1,,2\n";
    const LoadResult r = pair(nodes, edges);
    const PartnershipGraph& g = r.graph;
    REQUIRE(g.entity_count() == 2);
    CHECK(g.entity(0).id == "n1");
    CHECK(g.entity(0).name == "Alpha");
    CHECK(g.kind_name(0) == kImportedKind);
    CHECK(g.entity(1).attributes == std::vector<std::pair<std::string, std::string>>{{"Modularity Class", "1"}});
    REQUIRE(g.relation_count() == 2);
    // "Directed" is Gephi's edge direction, so the label column gives the type.
    CHECK(g.type_name(g.relations()[0]) == "hosts");
    CHECK(g.type_name(g.relations()[1]) == kImportedType);
    CHECK(rel(g, 1).amount_usd == 2);
    CHECK(det(g, 0).attributes == std::vector<std::pair<std::string, std::string>>{{"Id", "0"}});
}

TEST_CASE("An edges file alone creates its entities, with ; or tab delimiters", "[io][csv]") {
    const std::string delimiter = GENERATE(std::string(";"), std::string("\t"));
    std::string text = "source;target;relation;exclusive;status;scope\n"
                       "Amazon Web Services;Anthropic;hosts;yes;Non-Binding;training\n"
                       "Anthropic;Amazon Web Services;partners with;0;;\n";
    for (char& c : text)
        if (c == ';') c = delimiter[0];
    const LoadResult r = edges(text);
    const PartnershipGraph& g = r.graph;
    REQUIRE(g.entity_count() == 2);
    CHECK(g.entity(0).id == "amazon-web-services");
    CHECK(g.entity(0).name == "Amazon Web Services");
    CHECK(g.entity(1).id == "anthropic");
    REQUIRE(g.relation_count() == 2);
    CHECK(rel(g, 0).exclusive);
    CHECK(rel(g, 0).status == Status::non_binding);
    CHECK(det(g, 0).scope == "training");
    CHECK(g.type_name(g.relations()[1]) == "partners_with");
    CHECK_FALSE(rel(g, 1).exclusive);
    CHECK(rel(g, 1).status == kDefaultStatus);
    // Creating entities is the point of an edges-only file: no warning for it.
    CHECK_THAT(messages(r), !Catch::Contains("not in the list"));
}

TEST_CASE("Ids that slug alike get distinct ids; a CSV with no edge columns is a nodes file", "[io][csv]") {
    const LoadResult r = edges("id,name,kind\nA B,,company\nA/B,,company\nc_1,,company\n!!!,Bangs,person\n");
    const PartnershipGraph& g = r.graph;
    REQUIRE(g.entity_count() == 4);
    CHECK(g.entity(0).id == "a-b");
    CHECK(g.entity(1).id == "a-b-2");
    CHECK(g.entity(2).id == "c_1");  // a slug already
    CHECK(g.entity(3).id == "entity");
    CHECK(g.entity(3).name == "Bangs");
    CHECK(g.relation_count() == 0);
}

TEST_CASE("Edges naming ids the nodes file lacks create them with a warning, or fail when strict", "[io][csv]") {
    const std::string nodes = "id,kind\na,company\n";
    const std::string edges = "from,to,type\na,b,hosts\n";
    const LoadResult r = pair(nodes, edges);
    CHECK(r.graph.entity_count() == 2);
    CHECK_THAT(messages(r), Catch::Contains("e.csv:2:3: warning: entity 'b' is not in the list of entities; "
                                            "created it as 'b' with kind 'unspecified'"));
    CHECK(first_line(error_text([&] { pair(nodes, edges, {.strict = true}); })) ==
          "e.csv:2:3: error: unknown entity 'b' (strict import; expected an id from the list of entities)");
}

TEST_CASE("Strict import refuses unknown kinds and types", "[io][csv]") {
    CHECK(first_line(edges_error("from,to,type\na,b,invest_in\n", {.strict = true})) ==
          "e.csv:2:5: error: unknown relation type 'invest_in'; did you mean 'invests_in'? (strict import; "
          "expected one of: invests_in, exclusive_cloud_for, hosts, offers, partners_with, agreement, "
          "supplies, owns, considers_suing, built_on, repackages, part_of, offered_through, acquires, "
          "licenses, competes_with)");
    CHECK_THAT(first_line(error_text([] { pair("id,kind\na,Fund\n", "from,to\na,a\n", {.strict = true}); })),
               Catch::StartsWith("n.csv:2:3: error: unknown entity kind 'Fund'"));
}

TEST_CASE("Extra relation columns and a second type column are kept as attributes", "[io][csv]") {
    const LoadResult r = edges("from,to,relation,type,Deal ID,blank\na,b,hosts,cloud deal,D-7,\n");
    CHECK(r.graph.type_name(r.graph.relations()[0]) == "hosts");
    CHECK(det(r.graph, 0).attributes ==
          std::vector<std::pair<std::string, std::string>>{{"type", "cloud deal"}, {"Deal ID", "D-7"}});
}

TEST_CASE("Amounts, dates and several sources parse in their common spellings", "[io][csv]") {
    const LoadResult r = edges(
        "from,to,type,amount_usd,date,end_date,source_url,source_citation,source_confidence\n"
        "a,b,hosts,1.5e9,2024-01-15T10:00:00Z,2026,\"https://x.test/1\n\",\"\nFT, 2024\",\"confirmed\nreported\"\n"
        "a,b,hosts,$300M,,,,,\n"
        "a,b,hosts,\"12,500\",2023-02,,,,\n");
    const PartnershipGraph& g = r.graph;
    CHECK(rel(g, 0).amount_usd == 1.5e9);
    CHECK(rel(g, 0).date.to_string() == "2024-01-15");
    CHECK(rel(g, 0).end_date.to_string() == "2026");
    REQUIRE(det(g, 0).sources.size() == 2);
    CHECK(det(g, 0).sources[0].url == "https://x.test/1");
    CHECK(det(g, 0).sources[0].confidence == Confidence::confirmed);
    CHECK(det(g, 0).sources[1].citation == "FT, 2024");
    CHECK(det(g, 0).sources[1].confidence == Confidence::reported);
    CHECK(rel(g, 1).amount_usd == 3e8);
    CHECK(rel(g, 1).date.empty());
    CHECK(rel(g, 2).amount_usd == 12500);
}

TEST_CASE("Bad CSV input ends with FILE:LINE:COLUMN and what was expected", "[io][csv]") {
    using Row = std::pair<std::string, std::string>;
    const auto [text, expected] = GENERATE(table<std::string, std::string>({
        Row{"from,to,type\na,b,\"hosts\n", "e.csv:2:5: error: a quoted field is not closed; expected a closing '\"' before the end of the file"},
        Row{"from,to,type\na,b,\"hosts\"x\n", "e.csv:2:12: error: text after a closing quote; expected the delimiter ',' or the end of the line (write a quote inside quotes as \"\")"},
        Row{"from,to,type,amount\na,b,hosts,lots\n", "e.csv:2:11: error: amount 'lots' is not a number; expected a non-negative number of US dollars such as 1e9, 1,000,000,000 or 1.5B"},
        Row{"from,to,type,amount\na,b,hosts,-5\n", "e.csv:2:11: error: amount '-5' is negative; expected a non-negative number of US dollars such as 1e9, 1,000,000,000 or 1.5B"},
        Row{"from,to,type,date\na,b,hosts,2024-13\n", "e.csv:2:11: error: date '2024-13' is not a valid date; expected YYYY, YYYY-MM or YYYY-MM-DD"},
        Row{"from,to,status\na,b,sigend\n", "e.csv:2:5: error: unknown status 'sigend'; did you mean 'signed'? (expected one of: rumored, reported, announced, non_binding, signed, closed, disputed, considered, ended)"},
        Row{"from,to,exclusive\na,b,maybe\n", "e.csv:2:5: error: 'maybe' is not a yes/no value; expected true, false, yes, no, 1 or 0"},
        Row{"from,to\na,b,c\n", "e.csv:2:5: error: this row has 3 fields but the header has 2; expected at most 2 (quote a field that contains the delimiter)"},
        Row{"from,to\n,b\n", "e.csv:2:1: error: an empty entity id; expected the id of an entity"},
        Row{"from,type\na,hosts\n", "e.csv:1:1: error: no target column in the edges header; expected one of: target, to, dst"},
        Row{"name,kind\na,company\nA,company\n", "e.csv:3:1: error: duplicate entity id 'A'; expected each id once (first declared at line 2)"},
        Row{"kind,note\ncompany,x\n", "e.csv:1:1: error: no id column in the nodes header; expected one of: id, label, name (or, for an edges file, source and target columns)"},
        Row{"from,to\na,b\0c\n"s, "e.csv:2:4: error: found binary data (a NUL byte); expected a CSV file in UTF-8"},
        Row{"from,to\nM\xFCnchen,b\n", "e.csv:2:2: error: found the byte 0xFC, which is not UTF-8 (is the file Latin-1 or Windows-1252? re-save it as UTF-8); expected a CSV file in UTF-8"},
        Row{"\xFF\xFE" "f\0r\0"s, "e.csv:1:1: error: found UTF-16 text (a UTF-16 byte-order mark); expected a CSV file in UTF-8"},
        Row{" \r\n\n", "e.csv:1:1: error: the file is empty; expected a CSV file in UTF-8"},
        Row{"\xEF\xBB\xBF", "e.csv:1:1: error: the file is empty; expected a CSV file in UTF-8"},
        Row{"from,to\n", "e.csv:1:1: error: no entities; expected at least one entity or relation"},
    }));
    CAPTURE(text);
    CHECK(first_line(edges_error(text)) == expected);
}

TEST_CASE("A bad field on a 10 MB line is reported by column without quoting the line", "[io][csv]") {
    std::string text = "from,to,type,note,amount\na,b,hosts,";
    text += std::string(10 * 1024 * 1024, 'x');
    text += ",many\n";
    const std::string message = edges_error(text);
    CHECK(message == "e.csv:2:" + std::to_string(10 + 10 * 1024 * 1024 + 2) +
                         ": error: amount 'many' is not a number; expected a non-negative number of US "
                         "dollars such as 1e9, 1,000,000,000 or 1.5B");
}

TEST_CASE("A truncated edges file is refused at its open quote", "[io][csv]") {
    const std::string full = "from,to,type,note\na,b,hosts,\"long note, with a comma\"\n";
    const std::string cut = full.substr(0, full.size() - 12);
    CHECK(first_line(edges_error(cut)) ==
          "e.csv:2:11: error: a quoted field is not closed; expected a closing '\"' before the end of the file");
}

TEST_CASE("The CSV reader tells its progress in bytes as it goes", "[io][csv][progress]") {
    std::string text = "source,target\n";
    for (int i = 0; i < 50000; ++i) text += "e" + std::to_string(i) + ",e" + std::to_string(i + 1) + "\n";
    std::vector<std::pair<std::size_t, std::size_t>> told;
    ImportOptions options;
    options.progress = [&](std::size_t done, std::size_t total) { told.emplace_back(done, total); };
    const LoadResult r = CsvReader(options).read(text, "chain.csv");
    CHECK(r.graph.relation_count() == 50000);
    REQUIRE(told.size() == 3);  // every 16,384 records
    for (std::size_t k = 0; k < told.size(); ++k) {
        CHECK(told[k].second == text.size());
        CHECK(told[k].first > (k == 0 ? 0 : told[k - 1].first));
        CHECK(told[k].first < text.size());
    }
}

TEST_CASE("Edges are read in batches with the file's order of entities, fields and errors", "[io][csv]") {
    // 300 rows: more than a few of the reader's batches of 64. Fields with doubled quotes on
    // every row keep their text after the parser has moved on to later rows.
    std::string text = "source,target,relation,label\n";
    for (int i = 0; i < 300; ++i)
        text += "e" + std::to_string(i * 7 % 101) + ",e" + std::to_string(i) + ",invests_in,\"round \"\"" +
                std::to_string(i) + "\"\" of\"\n";
    const LoadResult r = edges(text);
    REQUIRE(r.graph.relation_count() == 300);
    for (int i = 0; i < 300; ++i) {
        CAPTURE(i);
        CHECK(r.graph.entity(r.graph.source(r.graph.relations()[i])).id == "e" + std::to_string(i * 7 % 101));
        CHECK(det(r.graph, i).label == "round \"" + std::to_string(i) + "\" of");
        CHECK(r.graph.position(r.graph.relations()[i]).line == static_cast<std::uint32_t>(i + 2));
    }
    // Entities are numbered as the file first names them, sources before targets on a row.
    CHECK(r.graph.entity(0).id == "e0");
    CHECK(r.graph.entity(1).id == "e7");  // row 2's target is e1, but e7 is named first
    SECTION("an error in a field comes before a quote the parser refuses later in the same batch") {
        std::string bad = text;
        const std::string row10 = "e70,e10,invests_in,\"round \"\"10\"\" of\"\n";
        bad.replace(bad.find(row10), row10.size(), "e70,e10,invests_in,\"round\" x\n");  // text after a quote
        const std::string row5 = "e35,e5,invests_in";
        bad.replace(bad.find(row5), row5.size(), "e35,e5,");  // no type: fine
        CHECK_THAT(edges_error(bad), Catch::StartsWith("e.csv:12:27: error: text after a closing quote"));
        std::string both = bad;
        both.insert(both.find("e28,e4,"), "e1,,x\n");  // an empty target on row 6, before row 12's quote
        CHECK_THAT(edges_error(both), Catch::StartsWith("e.csv:6:4: error: an empty entity id"));
    }
}

TEST_CASE("Binary or non-UTF-8 bytes are found wherever they fall among ASCII", "[io][csv]") {
    for (std::size_t at = 0; at < 20; ++at) {
        CAPTURE(at);
        std::string row = "from,to\n" + std::string(at, 'a') + "," + std::string(20, 'b') + "\n";
        std::string nul = row, latin1 = row;
        nul[8 + at + 1 + at % 7] = '\0';
        latin1[8 + at + 1 + at % 7] = '\xE9';
        const std::string where = "e.csv:2:" + std::to_string(at + 2 + at % 7) + ": error: ";
        CHECK_THAT(edges_error(nul), Catch::StartsWith(where + "found binary data (a NUL byte)"));
        CHECK_THAT(edges_error(latin1), Catch::StartsWith(where + "found the byte 0xE9, which is not UTF-8"));
    }
}
