#include <catch2/catch.hpp>
#include <sstream>

#include "cli/progress.hpp"

using pactgraph::cli::ProgressLine;

TEST_CASE("The progress line appears after a second, redraws sparingly and is erased", "[cli][progress]") {
    double now = 0.0;
    std::ostringstream err;
    {
        ProgressLine line(err, true, "reading big.csv", [&] { return now; });
        now = 0.5;
        line.update(10'000'000, 40'000'000);
        CHECK(err.str().empty());  // under a second: nothing
        now = 1.2;
        line.update(16'400'000, 40'000'000);
        CHECK(err.str() == "\r\x1b[Kreading big.csv: 41% (16 of 40 MB)");
        now = 1.25;
        line.update(17'000'000, 40'000'000);  // within a tenth of a second: not redrawn
        CHECK(err.str() == "\r\x1b[Kreading big.csv: 41% (16 of 40 MB)");
        now = 1.4;
        line.update(40'000'000, 40'000'000);
        CHECK_THAT(err.str(), Catch::EndsWith("\r\x1b[Kreading big.csv: 100% (40 of 40 MB)"));
    }
    CHECK_THAT(err.str(), Catch::EndsWith("MB)\r\x1b[K"));  // erased when done
}

TEST_CASE("No progress line when it is off (not a terminal, or --quiet)", "[cli][progress]") {
    double now = 0.0;
    std::ostringstream err;
    {
        ProgressLine line(err, false, "reading big.csv", [&] { return now; });
        now = 5.0;
        line.update(1, 2);
    }
    CHECK(err.str().empty());
}
