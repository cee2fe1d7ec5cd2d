// libFuzzer target: any bytes through the markdown reader (front matter included) and the document
// analysis; and through the reader in pieces of 64 bytes, as for a long file, whose text must be
// UTF-8 with every position mapping into the file.
#include "document/readers.hpp"
#include "fuzz_input.hpp"
#include "util/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes = copydesk::fuzz::bytes_of(data, size);
  copydesk::fuzz::read_document(copydesk::document::InputFormat::Markdown, bytes);
  if (copydesk::document::check_input(bytes)) return 0;  // what build_document refuses
  copydesk::document::ReaderOutput pieces = copydesk::document::read_markdown(bytes, 1, 64);
  if (copydesk::utf8::first_invalid(pieces.text)) copydesk::fuzz::finding("the text read in pieces is not UTF-8");
  for (std::uint32_t o = 0; o <= pieces.text.size(); ++o)
    if (pieces.map.to_file(o) > bytes.size()) copydesk::fuzz::finding("a position read in pieces maps past the file's end");
  return 0;
}
