// render/style: the visual language (kinds, types, statuses, marks, scales).
#include <catch2/catch.hpp>
#include <cmath>
#include <set>

#include "model/vocabulary.hpp"
#include "render/style.hpp"

using namespace pactgraph;

TEST_CASE("Every built-in kind and type has its own look", "[render][style]") {
    const Vocabulary v;
    std::set<std::string> shapes_and_fills;
    for (KindId k = 0; k < v.kind_count(); ++k) {
        const KindStyle s = kind_style(v, k);
        shapes_and_fills.insert(std::string(s.shape) + "/" + std::string(s.fill));
    }
    CHECK(shapes_and_fills.size() == v.kind_count());
}

TEST_CASE("Uncertain statuses are drawn dashed or dotted, settled ones solid", "[render][style]") {
    CHECK(status_style(Status::closed).line == LineStyle::solid);
    CHECK(status_style(Status::signed_).line == LineStyle::solid);
    CHECK(status_style(Status::rumored).line != LineStyle::solid);
    CHECK(status_style(Status::reported).line != LineStyle::solid);
    CHECK(line_style_name(LineStyle::dotted) == "dotted");
}

TEST_CASE("The metric shade runs light to dark and text stays readable on it", "[render][style]") {
    CHECK(shade_color(0.0) != shade_color(1.0));
    CHECK(shade_color(0.0).size() == 7);
    // Dark text on light shades is the nodes' own #1A1A1A (not the page text #222222, which
    // --theme auto turns light in a dark scheme).
    CHECK(text_on_shade(0.0) == "#1A1A1A");
    CHECK(text_on_shade(1.0) == "#FFFFFF");
    CHECK(text_on_shade(std::nan("")) == "#1A1A1A");
}
