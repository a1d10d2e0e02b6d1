// Writing outputs so that a failure never leaves a truncated file or destroys an existing one:
// the content goes to a temporary file in the same directory, which is renamed over the target.
#pragma once

#include <string>
#include <string_view>

namespace pactgraph {

// Writes `content` to `path` atomically (temp file + fsync + rename). Throws FileError.
void write_file_atomically(const std::string& path, std::string_view content);

// Reads a whole file, or standard input for "-". Throws FileError when it cannot.
std::string read_file_or_stdin(const std::string& path, std::string_view stdin_text = {});

}  // namespace pactgraph
