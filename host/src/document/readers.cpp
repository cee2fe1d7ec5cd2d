// The reader for each input format.
#include "document/readers.hpp"

namespace copydesk::document {

ReaderOutput read(InputFormat format, std::string_view bytes) {
  switch (format) {
    case InputFormat::Markdown:
      return read_markdown(bytes);
    case InputFormat::Html:
      return read_html(bytes);
    case InputFormat::Text:
      break;
  }
  return read_plain_text(bytes);
}

}  // namespace copydesk::document
