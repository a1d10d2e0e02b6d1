#include "support/mapped_file.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include "support/atomic_file.hpp"
#include "support/diagnostics.hpp"

namespace pactgraph {

namespace {

// Closes the descriptor when the constructor leaves, however it leaves.
struct Descriptor {
    int fd;
    ~Descriptor() {
        if (fd >= 0) ::close(fd);
    }
};

}  // namespace

MappedFile::MappedFile(const std::string& path, Access access) {
    Descriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
    if (file.fd < 0) throw FileError(path, std::string("cannot open: ") + std::strerror(errno));
    struct stat st {};
    if (::fstat(file.fd, &st) != 0)
        throw FileError(path, std::string("cannot read: ") + std::strerror(errno));
    if (S_ISDIR(st.st_mode)) throw FileError(path, "is a directory; expected a graph file");
    if (!S_ISREG(st.st_mode) || st.st_size == 0) {
        // Pipes and devices cannot be mapped; an empty file has nothing to map.
        copy_ = read_file_or_stdin(path);
        data_ = copy_.data();
        size_ = copy_.size();
        return;
    }
    const auto size = static_cast<std::size_t>(st.st_size);
    void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, file.fd, 0);
    if (p == MAP_FAILED) throw FileError(path, std::string("cannot map: ") + std::strerror(errno));
    ::madvise(p, size, access == Access::sequential ? MADV_SEQUENTIAL : MADV_RANDOM);  // a hint
    mapping_ = p;
    data_ = static_cast<const char*>(p);
    size_ = size;
}

MappedFile::MappedFile(MappedFile&& other) noexcept { *this = std::move(other); }

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
    if (this == &other) return *this;
    release();
    mapping_ = std::exchange(other.mapping_, nullptr);
    size_ = std::exchange(other.size_, 0);
    dropped_ = std::exchange(other.dropped_, 0);
    copy_ = std::move(other.copy_);
    data_ = mapping_ ? static_cast<const char*>(mapping_) : copy_.data();
    other.data_ = nullptr;
    return *this;
}

MappedFile::~MappedFile() { release(); }

void MappedFile::drop_pages_before(std::size_t offset) noexcept {
    if (!mapping_) return;
    const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    const std::size_t end = std::min(offset, size_) / page * page;
    if (end <= dropped_) return;
    ::madvise(static_cast<char*>(mapping_) + dropped_, end - dropped_, MADV_DONTNEED);
    dropped_ = end;
}

void MappedFile::release() noexcept {
    if (mapping_) ::munmap(mapping_, size_);
    mapping_ = nullptr;
    data_ = nullptr;
    size_ = 0;
    dropped_ = 0;
    copy_.clear();
}

}  // namespace pactgraph
