// Writes a report or data file named by `-o`: standard output for "-", a FIFO or device as it is,
// and a regular file (through any symlink) replaced whole or not at all.
#pragma once

#include <optional>
#include <ostream>
#include <string>

namespace copydesk::util {

/// Writes all of `bytes` to the open descriptor `fd`, resuming after EINTR and short writes.
/// False on an error (errno says which).
bool write_fully(int fd, const std::string& bytes);

/// Writes `bytes` to `path`. "-" or "" writes to `out`. A FIFO, character device or socket is
/// opened and written as it is (never replaced by a regular file). Otherwise the file is written
/// beside its real location (symlinks resolved, so the link stays a link) under a fresh mkstemp
/// name, fsynced and renamed over it; an existing file keeps its mode. Returns why it failed
/// (a folder, no permission, a full disk), leaving any existing file as it was.
std::optional<std::string> write_output_file(const std::string& path, const std::string& bytes, std::ostream& out);

}  // namespace copydesk::util
