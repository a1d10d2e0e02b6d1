// `render --frames yearly -o DIR/`: one picture per year (the graph as --as-of reads it on 31
// December), every frame drawn from one layout of the whole graph (entities, edges and labels
// where they are in the whole picture), so nothing jumps or overlaps between frames. Files are DIR/YEAR.FORMAT, each written atomically.
#pragma once

#include <cstdint>
#include <string>

#include "cli/context.hpp"
#include "cli/render_options.hpp"
#include "analysis/time_slice.hpp"
#include "model/graph.hpp"

namespace pactgraph::cli {

enum class FrameKind : std::uint8_t { yearly };
inline constexpr EnumNames<FrameKind, 1> kFrameKindNames{"frame series", {{{FrameKind::yearly, "yearly"}}}};

struct FrameRequest {
    FrameKind kind = FrameKind::yearly;
    bool highlight_conflicts = false;
    UndatedPolicy undated = UndatedPolicy::include;
    bool quiet = false;  // no notes on standard error
};

// Returns 1 with --check when a frame is stale or missing (nothing written), else 0.
int write_frames(const FrameRequest& request, const RenderCli& cli, const PartnershipGraph& g,
                  Io& io);

}  // namespace pactgraph::cli
