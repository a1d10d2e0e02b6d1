// The metrics CSV of a large ranking, written in two halves on two threads, against the JSON of
// the same answer (written on one thread, by nlohmann-json): the same rows in the same order,
// one header, the same numbers.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "format/metrics_format.hpp"
#include "query/metrics_query.hpp"

using namespace pactgraph;

namespace {

// n entities on a ring, every 7th also pointing at entity 0: PageRank and degree differ from
// entity to entity, with ties (broken by id) among most of them.
PartnershipGraph ring(std::size_t n) {
    PartnershipGraph g;
    for (std::size_t i = 0; i < n; ++i) {
        Entity e;
        e.id = "e" + std::to_string(i);
        e.name = i % 1000 == 0 ? "Name, with a comma " + std::to_string(i) : e.id;  // quoted in CSV
        g.add_entity(std::move(e));
    }
    for (std::size_t i = 0; i < n; ++i) {
        g.add_relation(i, (i + 1) % n, Relation{}, {});
        if (i % 7 == 0 && i != 0) g.add_relation(i, 0, Relation{}, {});
    }
    return g;
}

std::vector<std::string> csv_lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        REQUIRE(!line.empty());
        REQUIRE(line.back() == '\r');
        line.pop_back();
        out.push_back(line);
    }
    return out;
}

}  // namespace

TEST_CASE("A CSV of 70,000 rows, written in two halves, is the JSON's rows in order", "[format][metrics]") {
    constexpr std::size_t n = 70'000;  // above the 65,536 rows from which a second thread writes
    const PartnershipGraph g = ring(n);
    MetricsRequest r;
    r.metrics = {Metric::pagerank, Metric::in_degree};
    const MetricsAnswer a = answer_metrics(g, r);
    const std::vector<std::string> lines = csv_lines(metrics_text(g, a, TextFormat::csv).document);
    const auto json = nlohmann::json::parse(metrics_text(g, a, TextFormat::json).document);
    REQUIRE(lines.size() == n + 1);
    REQUIRE(json.size() == n);
    CHECK(lines[0] == "rank,id,name,pagerank,in_degree");
    for (std::size_t k = 0; k < n; ++k) {
        const auto& row = json[k];
        const std::string id = row["id"], name = row["name"];
        const std::string quoted = name.find(',') == std::string::npos ? name : "\"" + name + "\"";
        const std::string prefix = std::to_string(k + 1) + "," + id + "," + quoted + ",";
        INFO("rank " << k + 1);
        REQUIRE(lines[k + 1].compare(0, prefix.size(), prefix) == 0);
        const std::string numbers = lines[k + 1].substr(prefix.size());
        const std::size_t comma = numbers.find(',');
        REQUIRE(comma != std::string::npos);
        CHECK(std::stod(numbers.substr(0, comma)) == row["pagerank"].get<double>());
        CHECK(std::stod(numbers.substr(comma + 1)) == row["in_degree"].get<double>());
    }
    CHECK(json[0]["id"] == "e0");  // the entity every 7th points at ranks first
}
