// A flat hash index from strings to numbers, for the lookups a reader makes twice per row of a
// million-row file ("which entity is 'e40886'?"). Open addressing over 16-byte slots that hold a
// tag of the hash, the value and where the key is in one arena of keys: a lookup reads a slot and
// the key's bytes (two memory reads), where std::unordered_map walks a bucket, a node and the
// node's string. Values and the keys' total length must stay under 2^32 (std::length_error).
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
    // Stores `value` under `key`; false (and nothing changes) when the key is already there.
    bool insert(std::string_view key, std::size_t value);
    // Stores `value` under `key`, replacing the value there.
    void assign(std::string_view key, std::size_t value);
    void clear() { *this = StringIndex(); }
    std::size_t size() const { return count_; }

private:
    struct Slot {
        std::uint32_t tag = 0;  // 0: empty
        std::uint32_t value = 0;
        std::uint32_t offset = 0;  // of the key in arena_
        std::uint32_t size = 0;
    };

    std::string_view key_of(const Slot& s) const { return std::string_view(arena_).substr(s.offset, s.size); }
    std::size_t probe(std::string_view key, std::size_t hash) const;  // slot of key, or its empty slot
    void grow();

    std::vector<Slot> slots_;
    std::size_t count_ = 0;
    std::string arena_;
};

}  // namespace pactgraph
