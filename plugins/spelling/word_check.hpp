// Which words the spelling rules judge, and how a word counts as correct.
#pragma once

#include <copydesk/document.hpp>
#include <string>

#include "speller.hpp"

namespace spelling {

/// Words the spelling rules never judge: URLs, e-mail addresses, hashtags and handles, words with
/// digits, all-caps acronyms, and anything inside code or a URL scope.
bool checkable(const copydesk::Document& doc, std::size_t token);
/// Longer than any dictionary word (bytes): a string of letters, not a word; judging it would cost
/// time and memory by the square of its length.
constexpr std::size_t kLongestWord = 64;
/// The part of checkable() that is about where a word stands, not its letters: a word without
/// digits, not all caps or an abbreviation, not part of a handle, host name, code or URL.
bool plain_word(const copydesk::Document& doc, std::size_t token);
/// A word in prose, whatever its letters: not part of a handle, host name, code or URL, and not a
/// unit glued to a figure. plain_word() is this for words without digits, capitals or stops.
bool prose_word(const copydesk::Document& doc, std::size_t token);

/// Correct in either variety, as a whole, without its possessive, or part by part when hyphenated.
bool known_word(Speller& speller, std::string_view word);

/// en-GB or en-US, as the document's language says.
Variety variety_of(const copydesk::Document& doc);

/// Damerau-Levenshtein distance, stopping at 3.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace spelling
