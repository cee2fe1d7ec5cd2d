// Which words the spelling rules judge, and how a word counts as correct.
#pragma once

#include <copydesk/document.hpp>
#include <string>

#include "speller.hpp"

namespace spelling {

// Which words the rules judge is decided once per token by the spelling analysis
// (document_words.hpp: WordRole) from these tests; the rules read the roles.

/// A word in prose, whatever its letters: not part of a hashtag, handle, host name, code or URL
/// scope, and not a unit glued to a figure.
bool prose_word(const copydesk::Document& doc, std::size_t token);
/// What the tokenizer's flags say of a plain word: no digit, not all caps (acronyms), not an
/// abbreviation.
bool plain_letters(const copydesk::Token& token);
/// Longer than any dictionary word (bytes): a string of letters, not a word; judging it would cost
/// time and memory by the square of its length.
constexpr std::size_t kLongestWord = 64;
/// Letters the dictionaries judge: three bytes or more and at most kLongestWord, ASCII (a curly
/// apostrophe and invisible marks aside), no capital after the first letter.
bool checkable_letters(std::string_view word);
/// Only the letters a-z and A-Z.
bool ascii_letters(std::string_view word);

/// Correct in either variety, as a whole, without its possessive, or part by part when hyphenated.
bool known_word(Speller& speller, std::string_view word);
/// known_word() of a word the speller does not know as a whole: without its possessive, or part by
/// part when hyphenated.
bool known_in_parts(Speller& speller, std::string_view word);

/// en-GB or en-US, as the document's language says.
Variety variety_of(const copydesk::Document& doc);

/// Damerau-Levenshtein distance, stopping at 3.
std::size_t edit_distance(std::string_view a, std::string_view b);
/// edit_distance(a, b) == 1 in linear time, without the table: one letter dropped, added or
/// replaced, or two neighbours swapped.
bool one_edit_apart(std::string_view a, std::string_view b);

}  // namespace spelling
