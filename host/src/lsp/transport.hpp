// LSP base protocol: messages framed by a Content-Length header on a byte stream (stdio).
#pragma once

#include <cstddef>
#include <iosfwd>
#include <mutex>
#include <string>
#include <string_view>

namespace copydesk::lsp {

/// One framed message read from the client.
struct Frame {
  enum class Kind { Message, BadHeader, TooLarge, End } kind = Kind::End;
  std::string body;    ///< the JSON text (Kind::Message)
  std::string detail;  ///< what was wrong (BadHeader, TooLarge)
};

/// Reads frames from `in`. A header block without a usable Content-Length is BadHeader (the
/// reader resynchronises on the next blank line); a body over `max_body` bytes is skipped.
class FrameReader {
 public:
  FrameReader(std::istream& in, std::size_t max_body) : in_(in), max_body_(max_body) {}
  Frame next();

 private:
  std::istream& in_;
  std::size_t max_body_;
};

/// Writes frames to `out`, one whole message at a time from any thread.
class FrameWriter {
 public:
  explicit FrameWriter(std::ostream& out) : out_(out) {}
  void write(std::string_view body);

 private:
  std::ostream& out_;
  std::mutex mutex_;
};

}  // namespace copydesk::lsp
