// The reader for each input format. Until the Markdown and HTML readers land, those formats are
// read as plain text (positions stay exact; markup is checked as prose).
#include "document/readers.hpp"

namespace copydesk::document {

ReaderOutput read(InputFormat format, std::string_view bytes) {
  switch (format) {
    case InputFormat::Text:
    case InputFormat::Markdown:
    case InputFormat::Html:
      return read_plain_text(bytes);
  }
  return read_plain_text(bytes);
}

}  // namespace copydesk::document
