#include "support/string_index.hpp"

#include <cstring>
#include <limits>
#include <stdexcept>

#include "support/prefault.hpp"

namespace pactgraph {

namespace {

std::uint64_t load8(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
std::uint64_t load4(const char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
// GCC's and Clang's 128-bit integer (__extension__: no -Wpedantic warning for it).
__extension__ typedef unsigned __int128 Uint128;

// The 128-bit product of a and b, folded to 64 bits: every bit of each depends on all of both.
std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
    const Uint128 p = static_cast<Uint128>(a) * b;
    return static_cast<std::uint64_t>(p) ^ static_cast<std::uint64_t>(p >> 64);
}

// A multiply-fold hash in the manner of wyhash: a key of up to 16 bytes (an id) is two loads and
// two multiplications, where std::hash (MurmurHash2) goes byte by byte through its tail. The
// index's order never reaches an output, so the hash may differ between machines.
std::size_t hash_of(std::string_view key) {
    constexpr std::uint64_t k0 = 0xa0761d6478bd642full, k1 = 0xe7037ed1a0b428dbull, k2 = 0x8ebc6af09c88c6e3ull;
    const char* p = key.data();
    std::size_t n = key.size();
    std::uint64_t seed = k0 ^ n;
    for (; n > 16; p += 16, n -= 16) seed = mix(load8(p) ^ k1, load8(p + 8) ^ seed);
    std::uint64_t a = 0, b = 0;
    if (n >= 8) {
        a = load8(p);
        b = load8(p + n - 8);
    } else if (n >= 4) {
        a = load4(p);
        b = load4(p + n - 4);
    } else if (n > 0) {
        a = std::uint64_t{static_cast<unsigned char>(p[0])} << 16 |
            std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8 | static_cast<unsigned char>(p[n - 1]);
    }
    return mix(mix(a ^ k1, b ^ seed) ^ k2, k1 ^ key.size());
}

std::uint32_t tag_of(std::size_t hash) { return static_cast<std::uint32_t>(hash >> 32) | 1u; }

}  // namespace

StringIndex::Probe::Probe(std::string_view k) : key(k), hash(hash_of(k)) {
    if (!k.empty() && k.size() <= kInline) std::memcpy(padded, k.data(), k.size());  // data() may be null when empty
}

std::string_view StringIndex::key_of(const Slot& s) const {
    if (s.size <= kInline) return std::string_view(s.key, s.size);
    std::uint32_t offset = 0;
    std::memcpy(&offset, s.key, sizeof offset);
    return std::string_view(arena_).substr(offset, s.size);
}

bool StringIndex::holds(const Slot& s, const Probe& p) const {
    if (s.size != p.key.size()) return false;
    if (s.size <= kInline) return std::memcmp(s.key, p.padded, kInline) == 0;  // a fixed-size compare
    return key_of(s) == p.key;
}

std::size_t StringIndex::probe(const Probe& p) const {
    const std::size_t mask = slots_.size() - 1;
    const std::uint32_t tag = tag_of(p.hash);
    for (std::size_t i = p.hash & mask;; i = (i + 1) & mask) {
        const Slot& s = slots_[i];
        if (s.tag == 0) return i;
        if (s.tag == tag && holds(s, p)) return i;
    }
}

std::size_t StringIndex::find(std::string_view key) const {
    if (slots_.empty()) return kAbsent;
    const Slot& s = slots_[probe(Probe(key))];
    return s.tag == 0 ? kAbsent : s.value;
}

void StringIndex::prefetch(std::string_view key) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash_of(key) & (slots_.size() - 1)]);
}

bool StringIndex::insert(std::string_view key, std::size_t value) {
    constexpr std::size_t kMax = std::numeric_limits<std::uint32_t>::max();
    if (value >= kMax || key.size() >= kMax || (key.size() > kInline && arena_.size() + key.size() >= kMax))
        throw std::length_error("StringIndex: more than 2^32 values or bytes of keys");
    if ((count_ + 1) * 2 > slots_.size()) grow();  // at most half full
    const Probe p(key);
    Slot& s = slots_[probe(p)];
    if (s.tag != 0) return false;
    s.tag = tag_of(p.hash);
    s.value = static_cast<std::uint32_t>(value);
    s.size = static_cast<std::uint32_t>(key.size());
    if (key.size() <= kInline) {
        std::memcpy(s.key, p.padded, kInline);
    } else {
        const auto offset = static_cast<std::uint32_t>(arena_.size());
        std::memcpy(s.key, &offset, sizeof offset);
        arena_.append(key);
    }
    ++count_;
    return true;
}

void StringIndex::assign(std::string_view key, std::size_t value) {
    if (insert(key, value)) return;
    if (value >= std::numeric_limits<std::uint32_t>::max())
        throw std::length_error("StringIndex: more than 2^32 values or bytes of keys");
    slots_[probe(Probe(key))].value = static_cast<std::uint32_t>(value);
}

void StringIndex::grow() { rehash(slots_.empty() ? 64 : slots_.size() * 2); }

void StringIndex::reserve(std::size_t count) {
    std::size_t slots = std::max<std::size_t>(slots_.size(), 64);
    while (count * 2 > slots) slots *= 2;
    if (slots != slots_.size()) rehash(slots);
}

void StringIndex::rehash(std::size_t slots) {
    std::vector<Slot> old;
    old.reserve(slots);
    prefault_in_parallel(old.data(), slots * sizeof(Slot));  // (a million keys: 48 MB, fresh)
    old.resize(slots);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
        if (s.tag == 0) continue;
        std::size_t i = hash_of(key_of(s)) & mask;
        while (slots_[i].tag != 0) i = (i + 1) & mask;
        slots_[i] = s;
    }
}

}  // namespace pactgraph
