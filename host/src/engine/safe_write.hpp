// How `copydesk fix` reads a file it may rewrite and replaces it without ever damaging it.
#pragma once

#include <sys/types.h>

#include <ctime>
#include <optional>
#include <string>
#include <variant>

namespace copydesk::engine {

/// A file `fix` may rewrite: where its bytes really live and what they were when read.
struct FixTarget {
  std::string path;       ///< as named on the command line
  std::string real_path;  ///< symlinks resolved: the file that is rewritten (the links stay)
  std::string bytes;      ///< the content when read
  dev_t device = 0;
  ino_t inode = 0;
  mode_t mode = 0;
  uid_t owner = 0;
  gid_t group = 0;
  nlink_t links = 0;
  off_t size = 0;
  timespec modified{};
};

/// Reads a regular file (through any symlinks); or says why it cannot be.
std::variant<FixTarget, std::string> open_target(const std::string& path);

/// Replaces the target's content with `bytes`: a new file made with mkstemp (O_EXCL, so never
/// through a planted symlink) beside the real file, given its mode and owner, fsynced, then
/// renamed over it, and the folder fsynced. Refuses, leaving the file untouched, when it is
/// read-only, has other hard links (a rename would split them), changed since it was read, or
/// its owner cannot be kept. Returns why it refused or failed.
std::optional<std::string> write_fixed(const FixTarget& target, const std::string& bytes);

}  // namespace copydesk::engine
