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
/// "five" for 5, "forty-two" for 42; empty above 99.
std::string spell_out(long n);
/// The text of token i, or "" outside the token list.
std::string_view token_text(const std::vector<copydesk::Token>& tokens, std::size_t i);

}  // namespace numbers
