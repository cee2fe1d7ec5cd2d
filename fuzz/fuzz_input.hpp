// What the fuzz targets share: the input as bytes, a document read from them the way `check`
// reads one, and a scratch file for the loaders that take a path.
#pragma once

#include <unistd.h>

#include <cstdint>
#include <fstream>
#include <string>
#include <string_view>

#include "document/document_impl.hpp"
#include "document/readers.hpp"
#include "document/source.hpp"

namespace copydesk::fuzz {

inline std::string_view bytes_of(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// Reads `bytes` as `format` and runs the shared analysis over the document, as `check` does
/// before its rules. Bytes `check` refuses (not UTF-8, binary) stop here, as they do there; a file
/// the reader refuses with an InputError (nested too deep) is a per-file error, not a bug. Any
/// other exception escapes and libFuzzer reports it: a reader must be total.
inline void read_document(document::InputFormat format, std::string_view bytes) {
  if (document::check_input(bytes)) return;
  document::LineIndex lines(bytes);
  document::ReaderOutput output;
  try {
    output = document::read(format, bytes);
  } catch (const document::InputError&) {
    return;
  }
  document::DocumentImpl doc("fuzz", std::move(output), lines, "auto");
  // The analyses are built on first use: ask for each one, and map every token back to the file.
  doc.paragraphs();
  doc.sentences();
  doc.quotes();
  doc.quote_marks();
  doc.names();
  doc.numbers();
  for (const Token& t : doc.tokens()) doc.position(t.range.offset);
}

/// A file holding `bytes` for as long as it lives, for loaders that read a path. One per process,
/// named by the process id, so parallel fuzzing jobs (-jobs=N) do not share it.
class ScratchFile {
 public:
  explicit ScratchFile(std::string_view bytes, const char* extension)
      : path_("/tmp/copydesk-fuzz-" + std::to_string(::getpid()) + extension) {
    std::ofstream(path_, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  ~ScratchFile() { ::unlink(path_.c_str()); }
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace copydesk::fuzz
