// `pactgraph whatif FILE --remove ID --end RELATION --void-exclusivity ID`: the web after the
// change compared with before, as text, JSON or a picture of the change (-T svg).
#pragma once

#include "cli/context.hpp"

namespace CLI {
class App;
}

namespace pactgraph::cli {

void setup_whatif(CLI::App& app, Context& ctx);

}  // namespace pactgraph::cli
