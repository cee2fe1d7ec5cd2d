// Safe rewrites for `fix`: read once, and replace atomically only what is still as it was read.
#include "engine/safe_write.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <utility>
#include <cstdlib>
#include <cstring>

#include "util/output_file.hpp"

namespace copydesk::engine {
namespace {

std::string error_text(const char* what) { return std::string(what).append(": ").append(std::strerror(errno)); }

// Reads all of `fd`; nullopt on a read error.
std::optional<std::string> read_fd(int fd) {
  std::string bytes;
  char buffer[65536];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return std::nullopt;
    if (n == 0) return bytes;
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
}

class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }
  int release() { return std::exchange(fd_, -1); }

 private:
  int fd_;
};

void fill(FixTarget& t, const struct stat& st) {
  t.device = st.st_dev;
  t.inode = st.st_ino;
  t.mode = st.st_mode;
  t.owner = st.st_uid;
  t.group = st.st_gid;
  t.links = st.st_nlink;
  t.size = st.st_size;
  t.modified = st.st_mtim;
}

// Whether the file at the target's path is still the one read, with the same bytes.
std::optional<std::string> unchanged(const FixTarget& t) {
  Fd fd(::open(t.real_path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
  struct stat st;
  if (fd.get() < 0 || ::fstat(fd.get(), &st) != 0) return "changed on disk during the run (it is gone); left alone";
  bool same = st.st_dev == t.device && st.st_ino == t.inode && st.st_size == t.size &&
              st.st_mtim.tv_sec == t.modified.tv_sec && st.st_mtim.tv_nsec == t.modified.tv_nsec;
  if (!same) return "changed on disk during the run; left alone";
  std::optional<std::string> now = read_fd(fd.get());
  if (!now || *now != t.bytes) return "changed on disk during the run; left alone";
  return std::nullopt;
}

}  // namespace

std::variant<FixTarget, std::string> open_target(const std::string& path) {
  FixTarget t;
  t.path = path;
  char resolved[PATH_MAX];
  if (!::realpath(path.c_str(), resolved)) return error_text("cannot resolve the path");
  t.real_path = resolved;
  Fd fd(::open(resolved, O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
  if (fd.get() < 0) return error_text("cannot open the file");
  struct stat st;
  if (::fstat(fd.get(), &st) != 0) return error_text("cannot stat the file");
  if (!S_ISREG(st.st_mode)) return std::string("not a regular file; left alone");
  fill(t, st);
  std::optional<std::string> bytes = read_fd(fd.get());
  if (!bytes) return error_text("cannot read the file");
  t.bytes = std::move(*bytes);
  return t;
}

std::optional<std::string> write_fixed(const FixTarget& t, const std::string& bytes) {
  if ((t.mode & 0222) == 0 || ::access(t.real_path.c_str(), W_OK) != 0)
    return std::string("the file is read-only; not changed");
  if (t.links > 1)
    return std::string("the file has ")
        .append(std::to_string(t.links))
        .append(" hard links and replacing it would split them; not changed (fix a copy and cp it back)");
  if (auto changed = unchanged(t)) return changed;

  std::string dir = t.real_path.substr(0, t.real_path.rfind('/'));
  if (dir.empty()) dir.assign(1, '/');
  std::string name = t.real_path.substr(t.real_path.rfind('/') + 1);
  std::string temp = dir + "/." + name + ".copydesk-XXXXXX";
  // mkstemp: O_CREAT | O_EXCL with a fresh name, so a planted file or symlink is never followed.
  Fd fd(::mkostemp(temp.data(), O_CLOEXEC));
  if (fd.get() < 0) return error_text(("cannot create a temporary file in " + dir).c_str());
  auto give_up = [&](std::string why) {
    ::unlink(temp.c_str());
    return std::optional<std::string>(std::move(why));
  };
  if (!util::write_fully(fd.get(), bytes)) return give_up(error_text("cannot write the temporary file"));
  // Owner first (changing it may clear set-id bits), then the mode.
  if (::fchown(fd.get(), t.owner, t.group) != 0) {
    struct stat st;
    if (::fstat(fd.get(), &st) != 0 || st.st_uid != t.owner || st.st_gid != t.group)
      return give_up("the file belongs to another user or group and its owner could not be kept; not changed");
  }
  if (::fchmod(fd.get(), t.mode & 07777) != 0) return give_up(error_text("cannot set the file's mode"));
  if (::fsync(fd.get()) != 0) return give_up(error_text("cannot sync the temporary file"));
  if (::close(fd.release()) != 0) return give_up(error_text("cannot close the temporary file"));
  // Last look: someone may have saved the file while we wrote.
  if (auto changed = unchanged(t)) return give_up(*changed);
  if (::rename(temp.c_str(), t.real_path.c_str()) != 0) return give_up(error_text("cannot replace the file"));
  Fd folder(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
  if (folder.get() >= 0) ::fsync(folder.get());  // the rename itself survives a crash
  return std::nullopt;
}

}  // namespace copydesk::engine
