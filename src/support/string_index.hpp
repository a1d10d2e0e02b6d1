// A flat hash index from strings to numbers, for the lookups a reader makes twice per row of a
// million-row file ("which entity is 'e40886'?"). Open addressing over 8-byte slots that hold a
// tag of the hash, keys copied once into one arena: a lookup is usually one slot and one key
// compare, where std::unordered_map walks a bucket, a node and the node's string.
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
    std::size_t size() const { return entries_.size(); }

private:
    struct Slot {
        std::uint32_t tag = 0;
        std::uint32_t entry = 0;  // index into entries_ + 1; 0: empty
    };
    struct Entry {
        std::size_t offset;  // of the key in arena_
        std::size_t size;
        std::size_t value;
    };

    std::string_view key_of(const Entry& e) const { return std::string_view(arena_).substr(e.offset, e.size); }
    std::size_t probe(std::string_view key, std::size_t hash) const;  // slot of key, or its empty slot
    void grow();

    std::vector<Slot> slots_;
    std::vector<Entry> entries_;
    std::string arena_;
};

}  // namespace pactgraph
