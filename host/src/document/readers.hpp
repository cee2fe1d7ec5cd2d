// Picks the reader for an input format. Markdown and HTML readers plug in here.
#pragma once

#include <stdexcept>

#include "document/source.hpp"

namespace copydesk::document {

/// A file a reader cannot take (nested too deep to parse in reasonable time): a per-file error
/// whose message is shown as it is.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

ReaderOutput read(InputFormat format, std::string_view bytes);

ReaderOutput read_markdown(std::string_view bytes);
ReaderOutput read_html(std::string_view bytes);

}  // namespace copydesk::document
