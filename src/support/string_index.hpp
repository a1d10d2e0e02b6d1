// A flat hash index from strings to numbers, for the lookups a reader makes twice per row of a
// million-row file ("which entity is 'e40886'?"). Open addressing over 24-byte slots that hold a
// tag of the hash, the value, the key's length and the key itself when it has at most 12 bytes
// (most ids), else where it is in one arena of keys: a lookup of a short key reads one slot, of a
// longer one a slot and the key's bytes, where std::unordered_map walks a bucket, a node and the
// node's string. Values and the long keys' total length must stay under 2^32 (std::length_error).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pactgraph {

class StringIndex {
public:
    static constexpr std::size_t kAbsent = static_cast<std::size_t>(-1);

    // The value stored under `key`, or kAbsent.
    std::size_t find(std::string_view key) const;
    // Starts fetching the memory a find(key) reads first (a hint; nothing else changes).
    void prefetch(std::string_view key) const;
    // Stores `value` under `key`; false (and nothing changes) when the key is already there.
    bool insert(std::string_view key, std::size_t value);
    // Stores `value` under `key`, replacing the value there.
    void assign(std::string_view key, std::size_t value);
    // Makes room for `count` keys in all, so that adding up to that many rehashes nothing.
    void reserve(std::size_t count);
    void clear() { *this = StringIndex(); }
    std::size_t size() const { return count_; }

private:
    static constexpr std::size_t kInline = 12;  // keys up to this long live in their slot

    struct Slot {
        std::uint32_t tag = 0;  // 0: empty
        std::uint32_t value = 0;
        std::uint32_t size = 0;
        char key[kInline] = {};  // the key, zero-padded; a longer key's offset in arena_
    };
    // A key as a probe compares it: its bytes zero-padded to kInline, when short.
    struct Probe {
        std::string_view key;
        std::size_t hash;
        char padded[kInline] = {};
        explicit Probe(std::string_view k);
    };

    std::string_view key_of(const Slot& s) const;
    bool holds(const Slot& s, const Probe& p) const;
    std::size_t probe(const Probe& p) const;  // slot of the key, or its empty slot
    void grow();
    void rehash(std::size_t slots);

    std::vector<Slot> slots_;
    std::size_t count_ = 0;
    std::string arena_;
};

}  // namespace pactgraph
