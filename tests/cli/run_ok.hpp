// run_cli() that requires exit status 0 (printing standard error when it is not).
#pragma once

#include <catch2/catch.hpp>

#include "run_cli.hpp"

namespace pactgraph::test {

inline CliResult ok(const std::vector<std::string>& args, const std::string& stdin_text = "") {
    const CliResult r = run_cli(args, stdin_text);
    INFO(r.err);
    REQUIRE(r.status == 0);
    return r;
}

}  // namespace pactgraph::test
