# Writes the web page into a header as one raw string, so the binary serves it with no files beside it.
file(READ ${IN} page)
file(WRITE ${OUT} "// Generated from host/src/serve/page.html by embed_page.cmake: do not edit.\n#pragma once\n#include <string_view>\nnamespace copydesk::serve {\ninline constexpr std::string_view kPage = R\"copydesk_page(${page})copydesk_page\";\n}\n")
