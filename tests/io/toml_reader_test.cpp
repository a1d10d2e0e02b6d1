#include <catch2/catch.hpp>

#include "io/toml_reader.hpp"

using namespace pactgraph;

namespace {

LoadResult read(const std::string& text) { return TomlReader().read(std::string_view(text), "g.toml"); }

std::string error_of(const std::string& text) {
    try {
        read(text);
    } catch (const InputError& e) {
        return e.what();
    }
    return "(no error)";
}

const std::string kTwo = R"([[entity]]
id = "microsoft"
name = "Microsoft"
kind = "company"

[[entity]]
id = "openai"
kind = "company"
)";

}  // namespace

TEST_CASE("A minimal file reads into entities and relations", "[io]") {
    const LoadResult r = read(kTwo + R"(
[[relation]]
from = "microsoft"
to = "openai"
type = "invests_in"
amount_usd = 1_000_000_000
date = 2019
status = "closed"
exclusive = true
scope = "all of it"
sources = ["https://example.com/a", { citation = "FT", date = 2023-01-23, confidence = "reported" }]
)");
    const PartnershipGraph& g = r.graph;
    REQUIRE(g.entity_count() == 2);
    REQUIRE(g.relation_count() == 1);
    CHECK(g.entity(g.find("openai")).name == "openai");  // name defaults to the id
    const RelationEdge e = g.relations()[0];
    const Relation& rel = g.relation(e);
    CHECK(g.type_name(e) == "invests_in");
    CHECK(rel.amount_usd == 1e9);
    CHECK(rel.date.to_string() == "2019");
    CHECK(rel.status == Status::closed);
    CHECK(rel.exclusive);
    const RelationDetails& d = g.details(e);
    REQUIRE(d.sources.size() == 2);
    CHECK(d.sources[0].url == "https://example.com/a");
    CHECK(d.sources[1].citation == "FT");
    CHECK(d.sources[1].date.to_string() == "2023-01-23");
    CHECK(d.sources[1].confidence == Confidence::reported);
    CHECK(g.position(e).line == 10);
    CHECK(r.warnings.empty());
}

TEST_CASE("A file may declare its own kinds and relation types", "[io]") {
    const LoadResult r = read(R"([vocabulary]
kinds = ["fund", { name = "lab", description = "a research lab" }]
types = [{ name = "resells", links_targets = true }]

[[entity]]
id = "a"
kind = "fund"

[[entity]]
id = "b"
kind = "lab"

[[relation]]
from = "a"
to = "b"
type = "resells"
source = "https://example.com"
)");
    const auto& v = r.graph.vocabulary();
    REQUIRE(v.find_type("resells").has_value());
    CHECK(v.type(*v.find_type("resells")).links_targets);
    CHECK(v.kind(*v.find_kind("lab")).description == "a research lab");
    CHECK(v.extra_kinds().size() == 2);
}

TEST_CASE("Warnings: a relation without a source, an exclusivity without a scope", "[io]") {
    const LoadResult r = read(kTwo + R"(
[[relation]]
from = "microsoft"
to = "openai"
type = "exclusive_cloud_for"
exclusive = true
)");
    REQUIRE(r.warnings.size() == 2);
    CHECK(format_diagnostic(r.warnings[0]) ==
          "g.toml:10:1: warning: relation microsoft -[exclusive_cloud_for]-> openai cites no "
          "source; expected `source` or `sources`");
    CHECK(format_diagnostic(r.warnings[1]).find("has no `scope`") != std::string::npos);
}

TEST_CASE("Bad input is an error at FILE:LINE:COLUMN saying what was expected", "[io]") {
    auto [name, text, expected] = GENERATE_REF(table<std::string, std::string, std::string>({
        {"TOML syntax error", "[[entity]]\nid = \"a\nkind = \"company\"\n",
         "g.toml:2:8: error: TOML syntax: Error while parsing string: unescaped control characters "
         "other than TAB (U+0009) are explicitly prohibited\n"
         "    id = \"a\n           ^"},
        {"missing required field", "[[entity]]\nname = \"A\"\nkind = \"company\"\n",
         "g.toml:1:1: error: this [[entity]] has no 'id'; expected id = …\n    [[entity]]\n    ^"},
        {"unknown entity", kTwo + "\n[[relation]]\nfrom = \"microsoft\"\nto = \"opnai\"\ntype = \"agreement\"\n",
         "g.toml:12:6: error: unknown entity 'opnai' in 'to'; did you mean 'openai'? (expected "
         "the id of an [[entity]])\n    to = \"opnai\"\n         ^"},
        {"duplicate relation id",
         kTwo + "\n[[relation]]\nfrom = \"microsoft\"\nto = \"openai\"\ntype = \"agreement\"\nid = \"deal\"\n" +
             "\n[[relation]]\nfrom = \"openai\"\nto = \"microsoft\"\ntype = \"agreement\"\nid = \"deal\"\n",
         "g.toml:20:6: error: duplicate relation id 'deal'; expected each id once (first declared at line 14)"},
        {"invalid relation id",
         kTwo + "\n[[relation]]\nfrom = \"microsoft\"\nto = \"openai\"\ntype = \"agreement\"\nid = \"The Deal\"\n",
         "g.toml:14:6: error: relation id 'The Deal' is not a valid id; expected lowercase letters"},
        {"duplicate id", kTwo + "\n[[entity]]\nid = \"openai\"\nkind = \"company\"\n",
         "g.toml:11:6: error: duplicate entity id 'openai'; expected each id once (first "
         "declared at line 6)\n    id = \"openai\"\n         ^"},
        {"unknown kind", "[[entity]]\nid = \"a\"\nkind = \"compnay\"\n",
         "g.toml:3:8: error: unknown entity kind 'compnay'; did you mean 'company'? (expected one "
         "of: company, investor, cloud, product, platform, service, model, chipmaker, venture, "
         "person, government, or declare it under [vocabulary] kinds)\n    kind = \"compnay\"\n"
         "           ^"},
        {"unknown type", kTwo + "\n[[relation]]\nfrom = \"microsoft\"\nto = \"openai\"\ntype = \"invest_in\"\n",
         "g.toml:13:8: error: unknown relation type 'invest_in'; did you mean 'invests_in'?"},
        {"malformed date", kTwo + "\n[[relation]]\nfrom = \"microsoft\"\nto = \"openai\"\ntype = \"agreement\"\ndate = \"early 2023\"\n",
         "g.toml:14:8: error: 'date' is \"early 2023\", not a valid date; expected a date written "
         "YYYY, YYYY-MM or YYYY-MM-DD, or a bound on it: \">=2025-09\" (on or after), \"<2024\" (before)\n"
         "    date = \"early 2023\"\n           ^"},
        {"negative amount", kTwo + "\n[[relation]]\nfrom = \"microsoft\"\nto = \"openai\"\ntype = \"invests_in\"\namount_usd = -5\n",
         "g.toml:14:14: error: 'amount_usd' is negative; expected a non-negative number of US "
         "dollars such as 1e9, 1_000_000_000"},
        {"non-numeric amount", kTwo + "\n[[relation]]\nfrom = \"microsoft\"\nto = \"openai\"\ntype = \"invests_in\"\namount_usd = \"$1 gazillion\"\n",
         "g.toml:14:14: error: 'amount_usd' is \"$1 gazillion\", not an amount; expected a "
         "non-negative number of US dollars such as 1e9, 1_000_000_000, \"$10B\" or \"10 billion\""},
        {"unknown status", kTwo + "\n[[relation]]\nfrom = \"microsoft\"\nto = \"openai\"\ntype = \"invests_in\"\nstatus = \"sigend\"\n",
         "g.toml:14:10: error: unknown status 'sigend'; did you mean 'signed'? (expected one of: "
         "rumored, reported, announced, non_binding, signed, closed, disputed, considered, ended)"},
        {"unknown key", "[[entity]]\nid = \"a\"\nkind = \"company\"\nnmae = \"A\"\n",
         "g.toml:4:1: error: unknown key 'nmae' in [[entity]]; did you mean 'name'?"},
        {"empty file", "  \n\n",
         "g.toml:1:1: error: the file is empty; expected a [graph] table, [[entity]] and "
         "[[relation]] tables (see docs/format.md)"},
        {"binary file", std::string("[[entity]]\nid = \"a\0b\"\n", 21),
         "g.toml:2:8: error: found binary data (a NUL byte); expected a text graph file"},
        {"no entities", "[graph]\ntitle = \"t\"\n",
         "g.toml:1:1: error: no [[entity]] tables; expected at least one entity"},
        {"entity given as a table", "[entity]\nid = \"a\"\n",
         "g.toml:1:1: error: 'entity' is a table; expected an array of tables, written [[entity]]"},
        {"bad id", "[[entity]]\nid = \"Open AI\"\nkind = \"company\"\n",
         "g.toml:2:6: error: entity id 'Open AI' is not a valid id; expected lowercase letters"},
        {"exclusive not a boolean", kTwo + "\n[[relation]]\nfrom = \"microsoft\"\nto = \"openai\"\ntype = \"agreement\"\nexclusive = \"yes\"\n",
         "g.toml:14:13: error: 'exclusive' is a string; expected true or false"},
    }));
    INFO(name);
    CHECK_THAT(error_of(text), Catch::StartsWith(expected));
}

TEST_CASE("amount_usd accepts money notation and stores the number of dollars", "[io]") {
    auto [written, usd] = GENERATE(table<std::string, double>({
        {"10000000000", 1e10},
        {"1e10", 1e10},
        {"10_000_000_000", 1e10},
        {"\"$10B\"", 1e10},
        {"\"10 billion\"", 1e10},
        {"\"$1.5M\"", 1.5e6},
        {"\"2.5 trillion\"", 2.5e12},
        {"\"$250K\"", 2.5e5},
    }));
    INFO(written);
    const LoadResult r = read(kTwo + "\n[[relation]]\nfrom = \"microsoft\"\nto = \"openai\"\n"
                                     "type = \"invests_in\"\namount_usd = " + written + "\n");
    REQUIRE(r.graph.relation_count() == 1);
    CHECK(r.graph.relation(r.graph.relations()[0]).amount_usd == usd);
}

TEST_CASE("A bad amount string is refused saying what is accepted", "[io]") {
    auto bad = GENERATE(as<std::string>{}, "ten billion", "$", "$10X", "10 bilion", "-$5B", "$5B extra");
    INFO(bad);
    CHECK_THAT(error_of(kTwo + "\n[[relation]]\nfrom = \"microsoft\"\nto = \"openai\"\n"
                               "type = \"invests_in\"\namount_usd = \"" + bad + "\"\n"),
               Catch::StartsWith("g.toml:14:14: error: 'amount_usd' is \"" + bad +
                                 "\", not an amount; expected a non-negative number of US dollars "
                                 "such as 1e9, 1_000_000_000, \"$10B\" or \"10 billion\""));
}
