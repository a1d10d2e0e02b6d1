#include "support/string_index.hpp"

#include <functional>

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
        if (s.entry == 0) return i;
        if (s.tag == tag && key_of(entries_[s.entry - 1]) == key) return i;
    }
}

std::size_t StringIndex::find(std::string_view key) const {
    if (slots_.empty()) return kAbsent;
    const Slot& s = slots_[probe(key, hash_of(key))];
    return s.entry == 0 ? kAbsent : entries_[s.entry - 1].value;
}

bool StringIndex::insert(std::string_view key, std::size_t value) {
    if ((entries_.size() + 1) * 2 > slots_.size()) grow();  // at most half full
    const std::size_t hash = hash_of(key);
    Slot& s = slots_[probe(key, hash)];
    if (s.entry != 0) return false;
    entries_.push_back({arena_.size(), key.size(), value});
    arena_.append(key);
    s = {tag_of(hash), static_cast<std::uint32_t>(entries_.size())};
    return true;
}

void StringIndex::grow() {
    slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t k = 0; k < entries_.size(); ++k) {
        const std::size_t hash = hash_of(key_of(entries_[k]));
        std::size_t i = hash & mask;
        while (slots_[i].entry != 0) i = (i + 1) & mask;
        slots_[i] = {tag_of(hash), static_cast<std::uint32_t>(k + 1)};
    }
}

}  // namespace pactgraph
