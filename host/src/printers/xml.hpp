// XML 1.0 attribute and text escaping shared by the checkstyle and JUnit printers.
#pragma once

#include <string>
#include <string_view>

namespace copydesk::printers {

/// `s` escaped for an XML 1.0 attribute value or text node; control characters XML 1.0 forbids
/// are dropped, tab, LF and CR become character references.
std::string xml_escape(std::string_view s);

}  // namespace copydesk::printers
