// Picks the reader for an input format. Markdown and HTML readers plug in here.
#pragma once

#include "document/source.hpp"

namespace copydesk::document {

ReaderOutput read(InputFormat format, std::string_view bytes);

ReaderOutput read_markdown(std::string_view bytes);
ReaderOutput read_html(std::string_view bytes);

}  // namespace copydesk::document
