// Content-Length framing of the LSP base protocol, tolerant of bad headers.
#include "lsp/transport.hpp"

#include <charconv>
#include <istream>
#include <ostream>

namespace copydesk::lsp {
namespace {

constexpr std::size_t kMaxHeaderLine = 4096;

bool iequals_prefix(std::string_view line, std::string_view prefix) {
  if (line.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(line[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  return true;
}

}  // namespace

Frame FrameReader::next() {
  // Header lines end with CRLF (a bare LF is accepted); a blank line ends the block.
  std::string line;
  bool any_header = false, have_length = false, bad = false;
  std::size_t length = 0;
  std::string detail;
  for (;;) {
    line.clear();
    int c;
    while ((c = in_.get()) != std::char_traits<char>::eof() && c != '\n')
      if (line.size() < kMaxHeaderLine) line.push_back(static_cast<char>(c));
    if (c == std::char_traits<char>::eof()) return {};
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!any_header) continue;  // stray blank lines between messages
      break;
    }
    any_header = true;
    if (iequals_prefix(line, "Content-Length:")) {
      std::string_view v = std::string_view(line).substr(15);
      while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
      while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
      auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), length);
      have_length = ec == std::errc() && end == v.data() + v.size();
      if (!have_length) detail = "Content-Length is not a number: " + line;
    } else if (line.find(':') == std::string::npos) {
      bad = true;
      detail = "not a header line: " + line.substr(0, 80);
    }
  }
  if (bad || !have_length) {
    Frame f{Frame::Kind::BadHeader, {}, detail.empty() ? "no Content-Length header" : detail};
    return f;
  }
  if (length > max_body_) {
    in_.ignore(static_cast<std::streamsize>(length));
    return {Frame::Kind::TooLarge, {}, "a message of " + std::to_string(length) + " bytes is over the limit"};
  }
  Frame f{Frame::Kind::Message, std::string(length, '\0'), {}};
  in_.read(f.body.data(), static_cast<std::streamsize>(length));
  if (static_cast<std::size_t>(in_.gcount()) != length) return {};
  return f;
}

void FrameWriter::write(std::string_view body) {
  std::lock_guard lock(mutex_);
  out_ << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out_.flush();
}

}  // namespace copydesk::lsp
