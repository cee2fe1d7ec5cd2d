// libFuzzer target: any bytes through the html reader (gumbo and the depth scan before it) and the document analysis.
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  copydesk::fuzz::read_document(copydesk::document::InputFormat::Html, copydesk::fuzz::bytes_of(data, size));
  return 0;
}
