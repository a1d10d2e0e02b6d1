// XXH64, the 64-bit xxHash of Yann Collet (the algorithm of the reference implementation,
// https://github.com/Cyan4973/xxHash, written out here: a few dozen lines are less to carry than
// a library dependency). Used to checksum the sections of a graph snapshot (io/snapshot_*):
// fast enough to verify a 100 MB file in a few milliseconds, and good at catching accidental
// damage. It is no defence against someone forging a file; the snapshot reader bounds-checks
// everything it reads for that reason.
#pragma once

#include <cstdint>
#include <string_view>

namespace pactgraph {

std::uint64_t xxh64(std::string_view data, std::uint64_t seed = 0);

}  // namespace pactgraph
