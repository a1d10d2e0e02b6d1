// The progress line a large input gets on standard error: "reading big.csv: 42% (16 of 39 MB)",
// shown only once reading has taken a second, redrawn at most ten times a second, and erased
// when reading is done, so short runs and the output that follows are never touched. Off when
// standard error is not a terminal, and with --quiet.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>

namespace pactgraph::cli {

class ProgressLine {
public:
    using Clock = std::function<double()>;  // seconds since some start

    ProgressLine(std::ostream& err, bool enabled, std::string what, Clock clock = steady_seconds());
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;
    ~ProgressLine() { finish(); }

    // Told by the reader: `done` bytes of `total`.
    void update(std::size_t done, std::size_t total);
    // Erases the line, if one was drawn.
    void finish();

    static Clock steady_seconds();

private:
    std::ostream& err_;
    bool enabled_;
    std::string what_;
    Clock clock_;
    double start_;
    double last_drawn_ = -1.0;
    bool drawn_ = false;
};

}  // namespace pactgraph::cli
