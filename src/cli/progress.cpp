#include "cli/progress.hpp"

#include <cstdio>
#include <ostream>

namespace pactgraph::cli {

namespace {

constexpr double kQuietSeconds = 1.0;   // inputs read faster than this never show a line
constexpr double kRedrawSeconds = 0.1;

std::string megabytes(std::size_t bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", static_cast<double>(bytes) / 1e6);
    return buf;
}

}  // namespace

ProgressLine::Clock ProgressLine::steady_seconds() {
    return [] {
        using namespace std::chrono;
        return duration<double>(steady_clock::now().time_since_epoch()).count();
    };
}

ProgressLine::ProgressLine(std::ostream& err, bool enabled, std::string what, Clock clock)
    : err_(err), enabled_(enabled), what_(std::move(what)), clock_(std::move(clock)), start_(clock_()) {}

void ProgressLine::update(std::size_t done, std::size_t total) {
    if (!enabled_ || total == 0) return;
    const double now = clock_();
    if (now - start_ < kQuietSeconds || (drawn_ && now - last_drawn_ < kRedrawSeconds)) return;
    const std::size_t percent = done >= total ? 100 : done * 100 / total;
    err_ << "\r\x1b[K" << what_ << ": " << percent << "% (" << megabytes(done) << " of " << megabytes(total)
         << " MB)" << std::flush;
    drawn_ = true;
    last_drawn_ = now;
}

void ProgressLine::finish() {
    if (drawn_) err_ << "\r\x1b[K" << std::flush;
    drawn_ = false;
}

}  // namespace pactgraph::cli
