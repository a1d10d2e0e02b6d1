// model/vocabulary: the built-in words, file-declared extras, and the status/confidence names.
#include <catch2/catch.hpp>

#include "model/vocabulary.hpp"

using namespace pactgraph;

TEST_CASE("The built-in vocabulary knows the deal words and which are symmetric", "[model][vocabulary]") {
    const Vocabulary v;
    REQUIRE(v.find_kind("cloud"));
    REQUIRE(v.find_type("invests_in"));
    CHECK_FALSE(v.find_kind("clouds"));
    CHECK(v.type(*v.find_type("agreement")).symmetric);
    CHECK(v.type(*v.find_type("partners_with")).symmetric);
    CHECK_FALSE(v.type(*v.find_type("invests_in")).symmetric);
    CHECK(v.type(*v.find_type("repackages")).links_targets);
    CHECK(v.extra_kinds().empty());
    CHECK(v.extra_types().empty());
}

TEST_CASE("A file-declared word is added once and listed as an extra", "[model][vocabulary]") {
    Vocabulary v;
    const std::size_t kinds = v.kind_count();
    const KindId lab = v.add_kind({"lab", "a research lab", false});
    CHECK(v.kind_count() == kinds + 1);
    CHECK(v.add_kind({"lab", "again", false}) == lab);
    CHECK(v.kind_count() == kinds + 1);
    CHECK(v.extra_kinds() == std::vector<KindId>{lab});
    CHECK(v.kind_names().back() == "lab");
}

TEST_CASE("Statuses and confidences have one name each, in lifecycle order", "[model][vocabulary]") {
    CHECK(status_name(Status::signed_) == "signed");
    CHECK(parse_status("non_binding") == Status::non_binding);
    CHECK_FALSE(parse_status("Signed"));
    CHECK(status_names().front() == "rumored");
    CHECK(status_names().back() == "ended");
    CHECK(confidence_name(Confidence::unspecified) == "unspecified");
    CHECK(parse_confidence("claimed") == Confidence::claimed);
    for (const std::string& n : status_names()) CHECK(status_name(*parse_status(n)) == n);
}
