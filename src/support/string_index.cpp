#include "support/string_index.hpp"

#include <functional>
#include <limits>
#include <stdexcept>

namespace pactgraph {

namespace {

std::size_t hash_of(std::string_view key) { return std::hash<std::string_view>{}(key); }

std::uint32_t tag_of(std::size_t hash) { return static_cast<std::uint32_t>(hash >> 32) | 1u; }

}  // namespace

std::size_t StringIndex::probe(std::string_view key, std::size_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    const std::uint32_t tag = tag_of(hash);
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot& s = slots_[i];
        if (s.tag == 0) return i;
        if (s.tag == tag && s.size == key.size() && key_of(s) == key) return i;
    }
}

std::size_t StringIndex::find(std::string_view key) const {
    if (slots_.empty()) return kAbsent;
    const Slot& s = slots_[probe(key, hash_of(key))];
    return s.tag == 0 ? kAbsent : s.value;
}

bool StringIndex::insert(std::string_view key, std::size_t value) {
    constexpr std::size_t kMax = std::numeric_limits<std::uint32_t>::max();
    if (value >= kMax || arena_.size() + key.size() >= kMax)
        throw std::length_error("StringIndex: more than 2^32 values or bytes of keys");
    if ((count_ + 1) * 2 > slots_.size()) grow();  // at most half full
    const std::size_t hash = hash_of(key);
    Slot& s = slots_[probe(key, hash)];
    if (s.tag != 0) return false;
    s = {tag_of(hash), static_cast<std::uint32_t>(value), static_cast<std::uint32_t>(arena_.size()),
         static_cast<std::uint32_t>(key.size())};
    arena_.append(key);
    ++count_;
    return true;
}

void StringIndex::assign(std::string_view key, std::size_t value) {
    if (insert(key, value)) return;
    if (value >= std::numeric_limits<std::uint32_t>::max())
        throw std::length_error("StringIndex: more than 2^32 values or bytes of keys");
    slots_[probe(key, hash_of(key))].value = static_cast<std::uint32_t>(value);
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
