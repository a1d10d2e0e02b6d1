#include "support/string_index.hpp"

#include <cstring>
#include <functional>
#include <limits>
#include <stdexcept>

namespace pactgraph {

namespace {

std::size_t hash_of(std::string_view key) { return std::hash<std::string_view>{}(key); }

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

void StringIndex::grow() {
    std::vector<Slot> old(slots_.empty() ? 64 : slots_.size() * 2);
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
