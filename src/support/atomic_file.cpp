#include "support/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/diagnostics.hpp"

namespace pactgraph {

namespace {
std::string errno_text() { return std::strerror(errno); }
}  // namespace

void write_file_atomically(const std::string& path, std::string_view content) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    if (fs::is_directory(target)) throw FileError(path, "is a directory; expected a file name");
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string tmpl = (dir / ("." + target.filename().string() + ".tmp.XXXXXX")).string();
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        throw FileError(path, fs::exists(dir, ec)
                                  ? "'" + dir.string() + "' is not a folder; expected a folder to write in"
                                  : "the folder '" + dir.string() +
                                        "' does not exist; create it first or write elsewhere");
    }
    int fd = ::mkstemp(tmpl.data());
    if (fd < 0)  // the new file is made next to the target first, so this is about the folder
        throw FileError(path, "cannot write in the folder '" + dir.string() + "': " + errno_text());
    std::size_t done = 0;
    while (done < content.size()) {
        ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            const std::string why = errno_text();
            ::close(fd);
            ::unlink(tmpl.c_str());
            throw FileError(path, "cannot write: " + why);
        }
        done += static_cast<std::size_t>(n);
    }
    // mkstemp creates 0600; give the file the usual permissions of a new file.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string why = errno_text();
        ::unlink(tmpl.c_str());
        throw FileError(path, "cannot write: " + why);
    }
    if (::rename(tmpl.c_str(), path.c_str()) != 0) {
        const std::string why = errno_text();
        ::unlink(tmpl.c_str());
        throw FileError(path, "cannot replace the file: " + why);
    }
}

std::string read_file_or_stdin(const std::string& path, std::string_view stdin_text) {
    if (path == "-") return std::string(stdin_text);
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw FileError(path, "is a directory; expected a graph file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw FileError(path, std::string("cannot open: ") + std::strerror(errno));
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) throw FileError(path, "cannot read the file");
    return buf.str();
}

}  // namespace pactgraph
