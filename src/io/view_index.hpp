// A compact hash index from strings that stay put (views into the text being read) to small
// numbers: the reader's memory of "this spelling is entity 7", asked twice per row of a million-row
// file. Open addressing over 8-byte slots; the hash is computed once (by the thread that parsed
// the row) and passed in.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace pactgraph {

// A 64-bit hash of `s` (8 bytes at a time, then a final mix).
inline std::uint64_t text_hash(std::string_view s) {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ (s.size() * 0xff51afd7ed558ccdull);
    const char* p = s.data();
    std::size_t n = s.size();
    const auto mix = [&](std::uint64_t w) {
        h = (h ^ w) * 0xbf58476d1ce4e5b9ull;
        h ^= h >> 31;
    };
    for (; n >= 8; n -= 8, p += 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        mix(w);
    }
    if (n > 0) {
        std::uint64_t w = 0;
        std::memcpy(&w, p, n);
        mix(w);
    }
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

class ViewIndex {
public:
    static constexpr std::uint32_t kAbsent = 0xFFFFFFFFu;

    // The value stored under `key` (whose text_hash is `hash`), or kAbsent.
    std::uint32_t find(std::string_view key, std::uint64_t hash) const {
        if (slots_.empty()) return kAbsent;
        const auto tag = static_cast<std::uint32_t>(hash >> 32);
        for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (s.entry == kEmpty) return kAbsent;
            if (s.tag == tag) {
                const Entry& e = entries_[s.entry];
                if (e.size == key.size() && std::memcmp(e.data, key.data(), key.size()) == 0) return e.value;
            }
        }
    }

    // Stores `value` under `key`, which must be absent and outlive the index (a key of 4 GB or
    // more is not stored: it is never found).
    void insert(std::string_view key, std::uint64_t hash, std::uint32_t value) {
        if (key.size() >= kEmpty) return;
        if ((entries_.size() + 1) * 2 > slots_.size()) grow();
        entries_.push_back({key.data(), static_cast<std::uint32_t>(key.size()), value});
        place(hash, static_cast<std::uint32_t>(entries_.size() - 1));
    }

    std::size_t size() const { return entries_.size(); }

private:
    static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
    struct Slot {
        std::uint32_t tag = 0;
        std::uint32_t entry = kEmpty;
    };
    struct Entry {
        const char* data;
        std::uint32_t size;
        std::uint32_t value;
    };

    void place(std::uint64_t hash, std::uint32_t entry) {
        std::size_t i = hash & mask_;
        while (slots_[i].entry != kEmpty) i = (i + 1) & mask_;
        slots_[i] = {static_cast<std::uint32_t>(hash >> 32), entry};
    }

    void grow() {
        slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, Slot{});
        mask_ = slots_.size() - 1;
        for (std::uint32_t k = 0; k < entries_.size(); ++k)
            place(text_hash({entries_[k].data, entries_[k].size}), k);
    }

    std::vector<Slot> slots_;
    std::vector<Entry> entries_;
    std::size_t mask_ = 0;
};

}  // namespace pactgraph
