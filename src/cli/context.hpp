// What a command runs with: the streams (real ones in main, string streams in tests) and the
// exit status it leaves. Commands never call exit(); run() maps errors to codes once.
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>

namespace pactgraph::cli {

class Io {
public:
    Io(std::istream& in_, std::ostream& out_, std::ostream& err_) : in(in_), out(out_), err(err_) {}

    std::istream& in;
    std::ostream& out;
    std::ostream& err;
    // Standard error is a terminal (main sets it): progress lines may be drawn there.
    bool err_is_terminal = false;
    // Caps the process's memory at that many bytes (main sets it: setrlimit; tests leave it
    // empty), and the limit as the user gave it, for the out-of-memory message.
    std::function<void(std::uint64_t)> limit_memory;
    std::string memory_limit;

    // Standard input, read once on first use (a graph file given as "-").
    const std::string& stdin_text();

private:
    std::optional<std::string> stdin_cache_;
};

struct Context {
    Io& io;
    int status = 0;  // set by the command that ran
};

}  // namespace pactgraph::cli
