// The TOML reader reports every error in a file in one run (up to kErrorLimit), in file order.
#include <catch2/catch.hpp>

#include "io/toml_reader.hpp"

using namespace pactgraph;

namespace {

std::vector<Diagnostic> errors_of(const std::string& text) {
    try {
        TomlReader().read(std::string_view(text), "g.toml");
    } catch (const InputError& e) {
        return e.diagnostics();
    }
    return {};
}

std::vector<std::string> spots(const std::vector<Diagnostic>& ds) {
    std::vector<std::string> out;
    for (const auto& d : ds)
        out.push_back(std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + " " +
                      d.message.substr(0, d.message.find(';')));
    return out;
}

}  // namespace

TEST_CASE("Every mistake of a file is reported, each at its own line and column", "[io]") {
    const std::string text = R"([graph]
as_of = "last year"

[[entity]]
id = "acme"
kind = "compnay"

[[entity]]
id = "beta"
kind = "company"
nmae = "Beta"

[[relation]]
from = "acme"
to = "gamma"
type = "invests_in"

[[relation]]
from = "acme"
to = "beta"
type = "invests_in"
status = "sigend"
amount_usd = -1
)";  // (status before amount: errors come in file order, not in the order fields are read)
    CHECK(spots(errors_of(text)) ==
          std::vector<std::string>{
              "2:9 'as_of' is \"last year\", not a valid date",
              "6:8 unknown entity kind 'compnay'",
              "11:1 unknown key 'nmae' in [[entity]]",
              "15:6 unknown entity 'gamma' in 'to' (expected the id of an [[entity]])",
              "22:10 unknown status 'sigend'",
              "23:14 'amount_usd' is negative",
          });
}

TEST_CASE("An entity whose id is refused does not make its relations errors too", "[io]") {
    const std::string text = R"([[entity]]
id = "Open AI"
kind = "company"

[[entity]]
id = "msft"
kind = "company"

[[relation]]
from = "msft"
to = "Open AI"
type = "invests_in"
)";
    CHECK(spots(errors_of(text)) ==
          std::vector<std::string>{"2:6 entity id 'Open AI' is not a valid id"});
}

TEST_CASE("The reader stops after kErrorLimit errors and says so", "[io]") {
    std::string text = "[[entity]]\nid = \"a\"\nkind = \"company\"\n";
    for (int i = 0; i < 30; ++i) text += "\n[[relation]]\nfrom = \"a\"\nto = \"a\"\ntype = \"nope\"\n";
    try {
        TomlReader().read(std::string_view(text), "g.toml");
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.diagnostics().size() == kErrorLimit);
        CHECK_THAT(e.what(), Catch::EndsWith("\ng.toml: 20 errors; stopped after the first 20"));
    }
}

TEST_CASE("Several errors are told one after the other, then counted", "[io]") {
    const std::string text = "[[entity]]\nid = \"a\"\nkind = \"compnay\"\ncolour = \"red\"\n";
    try {
        TomlReader().read(std::string_view(text), "g.toml");
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(std::string(e.what()) ==
              "g.toml:3:8: error: unknown entity kind 'compnay'; did you mean 'company'? (expected "
              "one of: company, investor, cloud, product, platform, service, model, chipmaker, "
              "venture, person, government, or declare it under [vocabulary] kinds)\n"
              "    kind = \"compnay\"\n"
              "           ^\n"
              "g.toml:4:1: error: unknown key 'colour' in [[entity]] (expected one of: id, name, "
              "kind, roles, aliases, tags, url, note, attributes)\n"
              "    colour = \"red\"\n"
              "    ^\n"
              "g.toml: 2 errors");
    }
}
