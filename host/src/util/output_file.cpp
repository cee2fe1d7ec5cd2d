// Writes a report or data file named by `-o` without ever replacing a FIFO or device, and
// without leaving a half-written file behind.
#include "util/output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

namespace copydesk::util {
bool write_fully(int fd, const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

namespace {

std::string reason(const std::string& path, const char* what) {
  return path + ": " + what + " (" + std::strerror(errno) + ")";
}

// What a file created with open(..., 0666) would get under the current umask.
mode_t new_file_mode() {
  mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

}  // namespace

std::optional<std::string> write_output_file(const std::string& path, const std::string& bytes, std::ostream& out) {
  if (path.empty() || path == "-") {
    out << bytes;
    out.flush();
    if (!out) return std::string("cannot write to standard output");
    return std::nullopt;
  }
  struct stat st {};
  bool exists = ::stat(path.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) return path + ": is a folder; name a file to write";
  if (exists && !S_ISREG(st.st_mode)) {
    // A FIFO, terminal or device: write into it as it is.
    int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return reason(path, "cannot be opened for writing");
    bool ok = write_fully(fd, bytes);
    int saved = errno;
    ::close(fd);
    errno = saved;
    if (!ok) return reason(path, "cannot be written");
    return std::nullopt;
  }
  std::error_code ec;
  std::filesystem::path real = exists ? std::filesystem::canonical(path, ec) : std::filesystem::path(path);
  if (ec) real = path;
  std::filesystem::path folder = real.parent_path().empty() ? std::filesystem::path(".") : real.parent_path();
  std::string pattern = (folder / std::string(".").append(real.filename().string()).append(".copydesk-XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) return reason(path, "cannot be written: no temporary file in its folder");
  std::string temporary(name.data());
  bool ok = write_fully(fd, bytes) && ::fchmod(fd, exists ? (st.st_mode & 07777) : new_file_mode()) == 0 && ::fsync(fd) == 0;
  int saved = errno;
  ::close(fd);
  errno = saved;
  if (!ok || std::rename(temporary.c_str(), real.c_str()) != 0) {
    saved = errno;
    ::unlink(temporary.c_str());
    errno = saved;
    return reason(path, "cannot be written");
  }
  return std::nullopt;
}

}  // namespace copydesk::util
