// The --where expression language: parsing (with caret errors) and evaluation on the shipped
// graph, whose 15 relations are listed in graphs/openai-frontier.toml.
#include <catch2/catch.hpp>

#include "io/graph_reader.hpp"
#include "query/where.hpp"
#include "support/diagnostics.hpp"

using namespace pactgraph;

namespace {

const PartnershipGraph& seed() {
    static const PartnershipGraph g =
        load_graph(std::string(PACTGRAPH_SOURCE_DIR) + "/graphs/openai-frontier.toml").graph;
    return g;
}

// "from-type->to" for each relation the expression keeps, in file order.
std::vector<std::string> selected(const std::string& expr) {
    const PartnershipGraph& g = seed();
    const WhereExpr w = WhereExpr::parse(expr, g.vocabulary());
    std::vector<std::string> out;
    for (RelationEdge e : g.relations())
        if (w.matches(g, e))
            out.push_back(g.entity(g.source(e)).id + "-" + std::string(g.type_name(e)) + "->" +
                          g.entity(g.target(e)).id);
    return out;
}

std::string error_of(const std::string& expr) {
    try {
        WhereExpr::parse(expr, seed().vocabulary(), "--where");
    } catch (const InputError& e) {
        return e.what();
    }
    return "(no error)";
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("A type and amount test keeps only the 10 billion investment", "[query][where]") {
    CHECK(selected("type == invests_in && amount >= 5e9") == V{"microsoft-invests_in->openai"});
    CHECK(selected("type == invests_in and amount >= $5B") == V{"microsoft-invests_in->openai"});
    CHECK(selected("amount > 10_000_000_000") == V{"amazon-agreement->openai"});
    CHECK(selected("amount == 1e9") == V{"microsoft-invests_in->openai"});
    // The same money notation as graph files (support/money.hpp).
    CHECK(selected("type == invests_in && amount >= 5 billion") == V{"microsoft-invests_in->openai"});
}

TEST_CASE("Status lists and flags and entity fields select relations", "[query][where]") {
    CHECK(selected("status in [reported, considered]").size() == 4);
    CHECK(selected("exclusive") == V{"azure-exclusive_cloud_for->openai-api", "aws-exclusive_cloud_for->frontier"});
    CHECK(selected("exclusive == false").size() == 13);
    CHECK(selected("from.kind == cloud") == selected("exclusive"));
    CHECK(selected("to == frontier") == V{"openai-offers->frontier", "aws-exclusive_cloud_for->frontier"});
    CHECK(selected("from.roles == investor && to.name ~ 'open'").size() == 4);
    CHECK(selected("to.aliases == azure") == V{"microsoft-owns->azure"});
}

TEST_CASE("Dates compare by their first day and a missing date or amount fails every comparison",
          "[query][where]") {
    // Dates as written (a bound compares by its date): 2019, 2023, "<2011", "<2007", 2020-06 (x2),
    // 2025-09, ">=2025-09" (x2), 2026 (x6).
    CHECK(selected("date >= 2020").size() == 12);
    CHECK(selected("date < 2020") == V{"microsoft-invests_in->openai", "microsoft-owns->azure", "amazon-owns->aws"});
    CHECK(selected("date >= 2025-09").size() == 9);
    CHECK(selected("date > 2025-09-01").size() == 6);  // "2025-09" is 2025-09-01
    CHECK(selected("date").size() == 15);
    CHECK(selected("!date").empty());
    CHECK(selected("amount != 1e9").size() == 2);  // the 13 undisclosed amounts fail !=
    CHECK(selected("!(amount == 1e9)").size() == 14);
}

TEST_CASE("Text tests ignore case and the tilde operator means contains", "[query][where]") {
    CHECK(selected("note ~ \"lawsuit\"").empty());
    CHECK(selected("note ~ \"LEGAL ACTION\"") ==
          V{"microsoft-considers_suing->openai", "microsoft-considers_suing->amazon"});
    CHECK(selected("label == 'Cloud Pact'") == V{"amazon-agreement->openai"});
    CHECK(selected("source ~ joint-statement") == V{"microsoft-agreement->openai"});
    CHECK(selected("confidence == claimed").size() == 2);
    CHECK(selected("scope").size() == 2);
}

TEST_CASE("Precedence puts and before or and parentheses and not group", "[query][where]") {
    CHECK(selected("type == owns || type == offers && from == openai").size() == 4);
    CHECK(selected("(type == owns || type == offers) && from == openai").size() == 2);
    CHECK(selected("not type in [agreement, considers_suing, offers, owns]").size() == 5);
}

TEST_CASE("Errors put a caret under the bad token and say what was expected", "[query][where]") {
    using Row = std::tuple<std::string, std::string>;
    auto [expr, expected] = GENERATE(table<std::string, std::string>({
        Row{"amout >= 5e9",
            "--where:1:1: error: unknown field 'amout'; did you mean 'amount'? (fields: type, status, "
            "amount, amount_usd, date, end_date, exclusive, label, scope, note, source, confidence, "
            "from, to, from.F and to.F with F one of id, name, kind, roles, tags, aliases, url, note)\n"
            "    amout >= 5e9\n"
            "    ^"},
        Row{"type == invest_in",
            "--where:1:9: error: unknown relation type 'invest_in'; did you mean 'invests_in'? (known: "
            "invests_in, exclusive_cloud_for, hosts, offers, partners_with, agreement, supplies, owns, "
            "considers_suing, built_on, repackages, part_of, offered_through, acquires, licenses, "
            "competes_with)\n"
            "    type == invest_in\n"
            "            ^"},
        Row{"type = owns",
            "--where:1:6: error: found '='; expected '==' to compare\n"
            "    type = owns\n"
            "         ^"},
        Row{"amount >= lots",
            "--where:1:11: error: found 'lots'; expected a number such as 1e9, 10_000 or $5B to compare "
            "'amount' with\n"
            "    amount >= lots\n"
            "              ^"},
        Row{"note < 3",
            "--where:1:6: error: operator '<' does not apply to 'note' (text); expected ==, !=, ~ or in\n"
            "    note < 3\n"
            "         ^"},
        Row{"(exclusive || date",
            "--where:1:19: error: found the end of the expression; expected ')' or an operator (&&, ||)\n"
            "    (exclusive || date\n"
            "                      ^"},
        Row{"type && exclusive",
            "--where:1:6: error: found '&&'; expected an operator after 'type' (==, !=, in)\n"
            "    type && exclusive\n"
            "         ^"},
        Row{"status in [signed, sined]",
            "--where:1:20: error: unknown status 'sined'; did you mean 'signed'? (known: rumored, reported, "
            "announced, non_binding, signed, closed, disputed, considered, ended)\n"
            "    status in [signed, sined]\n"
            "                       ^"},
        Row{"date >= 2023-13",
            "--where:1:9: error: found '2023-13'; expected a date YYYY, YYYY-MM or YYYY-MM-DD\n"
            "    date >= 2023-13\n"
            "            ^"},
        Row{"exclusive exclusive",
            "--where:1:11: error: found 'exclusive'; expected '&&', '||' or the end of the expression\n"
            "    exclusive exclusive\n"
            "              ^"},
        Row{"note ~ \"open",
            "--where:1:8: error: unterminated string; expected a closing \"\n"
            "    note ~ \"open\n"
            "           ^"},
    }));
    CAPTURE(expr);
    CHECK(error_of(expr) == expected);
}

TEST_CASE("An empty expression is an error and not everything", "[query][where]") {
    CHECK_THAT(error_of(""), Catch::StartsWith("--where:1:1: error: found the end of the expression; expected a field ("));
}
