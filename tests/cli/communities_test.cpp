// `communities`: golden outputs, the JSON's schema, and modularity against NetworkX 2.8's
// louvain_communities with the same resolution (structure_expected.hpp).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>

#include "../analysis/structure_expected.hpp"
#include "../support/golden.hpp"
#include "run_cli.hpp"

using namespace pactgraph::test;

TEST_CASE("communities prints the blocs of the compute web, their links and the modularity",
          "[cli][communities]") {
    const CliResult r = run_cli({"communities", "-q", source_path("graphs/ai-compute-web.toml")});
    CHECK(r.status == 0);
    check_golden("communities/ai-compute-web.txt", r.out);
}

TEST_CASE("communities' JSON has the modularity and every entity in exactly one community",
          "[cli][communities]") {
    const auto& e = kExpectedLouvain.front();  // karate, resolution 1, seed 0
    const CliResult r = run_cli({"communities", "-q", "-f", "json", "--seed", std::to_string(e.seed),
                                 "--resolution", "1", source_path(e.file)});
    REQUIRE(r.status == 0);
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["modularity"].get<double>() >= e.modularity - 1e-12);
    std::set<std::string> seen;
    std::size_t members = 0;
    for (const auto& c : doc["communities"])
        for (const auto& id : c) {
            seen.insert(id.get<std::string>());
            ++members;
        }
    CHECK(members == 34);
    CHECK(seen.size() == 34);
}

TEST_CASE("communities with a higher resolution finds more, smaller communities", "[cli][communities]") {
    const std::string karate = source_path("tests/data/metrics/karate.toml");
    auto count = [&](const std::string& resolution) {
        const auto doc = nlohmann::json::parse(
            run_cli({"communities", "-q", "-f", "json", "--resolution", resolution, karate}).out);
        return doc["communities"].size();
    };
    CHECK(count("3") > count("1"));
    CHECK(count("1") > count("0.2"));
}

TEST_CASE("communities writes one row per entity in CSV, the same for the same seed", "[cli][communities]") {
    const std::string web = source_path("graphs/ai-compute-web.toml");
    const CliResult a = run_cli({"communities", "-q", "-f", "csv", "--weight", "amount", "--seed", "7", web});
    const CliResult b = run_cli({"communities", "-q", "-f", "csv", "--weight", "amount", "--seed", "7", web});
    CHECK(a.out == b.out);
    CHECK(std::count(a.out.begin(), a.out.end(), '\n') == 15);
    CHECK_THAT(a.out, Catch::StartsWith("id,name,community\r\n"));
}

TEST_CASE("communities refuses an unknown weight and a resolution that is not positive", "[cli][communities]") {
    CHECK(run_cli({"communities", "--weight", "amout", kSeedGraph}).err ==
          "error: --weight: unknown community weight 'amout'; did you mean 'amount'?; expected count or amount\n");
    CHECK(run_cli({"communities", "--resolution", "0", kSeedGraph}).status == 2);
}

TEST_CASE("render draws communities as clusters and fills", "[cli][communities][render]") {
    const CliResult r = run_cli({"render", "-q", "-T", "dot", "--cluster-by", "community", "--color-by",
                                 "community", source_path("graphs/ai-compute-web.toml")});
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Catch::Contains("label=\"community 1\""));
    CHECK_THAT(r.out, Catch::Contains("label=\"community 3\""));
    CHECK_THAT(r.out, Catch::Contains("node fill: community"));
    CHECK_THAT(r.out, !Catch::Contains("label=\"community 4\""));
}
