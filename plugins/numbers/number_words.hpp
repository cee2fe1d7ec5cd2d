// Word lists and helpers the numbers rules share: units, spelled-out numbers, token context.
#pragma once

#include <copydesk/data_lists.hpp>
#include <copydesk/document.hpp>
#include <string>
#include <string_view>

namespace numbers {

/// Whether a word measures something: time (hours, days), distance, weight, volume, money words.
bool is_unit_word(std::string_view lower_word);
/// Whether a word is a month name or its AP abbreviation ("Jan.", "Sept.").
bool is_month(std::string_view word);
/// "five" for 5, "forty-two" for 42; empty for anything but a whole number from 0 to 99 (a
/// mention's value may be any double: a 90-digit figure does not fit a long).
std::string spell_out(double value);
/// The text of token i, or "" outside the token list.
std::string_view token_text(const std::vector<copydesk::Token>& tokens, std::size_t i);

}  // namespace numbers
