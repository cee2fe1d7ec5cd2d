// Word lists from Debian packages: common given names (miscfiles) and common words (SCOWL size 35).
#pragma once

#include <string_view>

namespace spelling {

/// Whether `word` ("Michael", "Micheal", "Priya") is on miscfiles' list of 1,500 common given
/// names (/usr/share/dict/propernames.gz).
bool is_given_name(std::string_view word);

/// Whether `word` is on wamerican-small's or wbritish-small's list of about 50,000 common words
/// and their inflections: a correction that is a rare word ("mudpacks", "pissoir") is weak
/// evidence of a typo.
bool is_common_word(std::string_view word);

// Both lists load on first use, once per process (thread-safe); a missing file throws
// std::runtime_error naming the package to install.

}  // namespace spelling
