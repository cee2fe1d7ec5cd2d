// libFuzzer target: any bytes through the markdown reader (front matter included) and the document analysis.
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  copydesk::fuzz::read_document(copydesk::document::InputFormat::Markdown, copydesk::fuzz::bytes_of(data, size));
  return 0;
}
