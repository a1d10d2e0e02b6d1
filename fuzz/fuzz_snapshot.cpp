// libFuzzer target for the snapshot reader (io/snapshot_reader), built as fuzz_pgsnap by
// -DPACTGRAPH_FUZZ=ON (see scripts/fuzz, which seeds it with snapshots of the fixtures). Each
// input is read twice: as it is (the magic, version, size and checksum checks), and with its
// size field and checksums repaired, so that mutations reach the decoding of the sections
// instead of stopping at a checksum mismatch (as PNG fuzzers skip the CRC). The reader may
// refuse either with pactgraph's Error (exit 2 in the CLI); anything else escaping it (another
// exception, a crash, a sanitizer report, a hang, unbounded memory) is a finding.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "io/snapshot_reader.hpp"
#include "support/diagnostics.hpp"
#include "support/xxhash64.hpp"

namespace {

template <typename T>
T get(const std::string& s, std::size_t at) {
    T v;
    std::memcpy(&v, s.data() + at, sizeof v);
    return v;
}

template <typename T>
void put(std::string& s, std::size_t at, T v) {
    std::memcpy(s.data() + at, &v, sizeof v);
}

// The input with the file size, every section checksum it can locate and the header checksum
// made to match (the layout of io/snapshot_format.hpp; only fields inside the input are touched).
std::string repaired(std::string s) {
    if (s.size() < 40) return s;
    put<std::uint64_t>(s, 16, s.size());
    const std::uint64_t count = get<std::uint32_t>(s, 24);
    if (count > (s.size() - 40) / 48) return s;
    const std::size_t table_end = 40 + count * 48;
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t at = 40 + i * 48;
        const auto offset = get<std::uint64_t>(s, at + 24), length = get<std::uint64_t>(s, at + 32);
        if (offset <= s.size() && length <= s.size() - offset)
            put<std::uint64_t>(s, at + 40, pactgraph::xxh64(std::string_view(s).substr(offset, length)));
    }
    const std::string_view all(s);
    put<std::uint64_t>(s, 32, pactgraph::xxh64(all.substr(40, table_end - 40), pactgraph::xxh64(all.substr(0, 32))));
    return s;
}

void read(std::string_view bytes) {
    try {
        pactgraph::read_snapshot(bytes, "fuzz-input");
    } catch (const pactgraph::Error&) {
        // A refusal with a message: the expected outcome for bad input.
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    read(input);
    read(repaired(input));
    return 0;
}
