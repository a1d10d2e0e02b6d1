// A whole file's bytes, memory-mapped read-only (POSIX mmap) so that a large binary file (a graph
// snapshot) is read in place instead of copied; the pages come in as they are touched. A file
// that cannot be mapped (a pipe, a character device such as /dev/stdin) is read into memory
// instead, so callers see the same bytes either way. Move-only; unmaps on destruction.
//
// A mapped file that another process truncates while it is mapped makes the next access past
// the new end a SIGBUS: the usual caveat of mmap, accepted here for files that pactgraph itself
// wrote and only reads.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pactgraph {

class MappedFile {
public:
    // How the bytes will be read: in order, once (the kernel reads ahead), or here and there
    // (a snapshot read in part: only the pages touched come in).
    enum class Access { sequential, random };

    // Maps `path` (or reads it, when it is no regular file). Throws FileError when it cannot be
    // opened or read, or is a directory.
    explicit MappedFile(const std::string& path, Access access = Access::sequential);
    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    ~MappedFile();

    std::string_view bytes() const { return {data_, size_}; }
    bool mapped() const { return mapping_ != nullptr; }
    // Gives back the memory of the pages before `offset` (a reader done with them): they leave
    // the process's resident memory, and a later read of them reads the file again, with the
    // same bytes. Nothing happens for a file read into memory.
    void drop_pages_before(std::size_t offset) noexcept;

private:
    void release() noexcept;

    void* mapping_ = nullptr;  // from mmap; null when the bytes are in `copy_`
    const char* data_ = nullptr;
    std::size_t size_ = 0;
    std::size_t dropped_ = 0;  // bytes from the start already given back
    std::string copy_;
};

}  // namespace pactgraph
