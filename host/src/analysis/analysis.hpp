// The shared analyses: tokens, paragraphs, sentences, quotations, names, numbers, dates and name
// units. The providers (document/providers.cpp) make them reachable through Document::get<T>.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "copydesk/analysis.hpp"
#include "copydesk/text.hpp"

COPYDESK_NAMESPACE_BEGIN
struct NameUnits;
COPYDESK_NAMESPACE_END

namespace copydesk::analysis {

/// Tokens, paragraphs, sentences and quotations: computed together since each needs the others.
using Core = TextStructure;

std::vector<Token> tokenize(std::string_view text);
/// Paragraphs are separated by blank lines; in a block of long lines (one paragraph per line,
/// as many newsroom systems export) each line is a paragraph, and so is a first line without
/// final punctuation (a headline).
std::vector<Paragraph> split_paragraphs(std::string_view text, std::vector<Token>& tokens);
std::vector<Sentence> split_sentences(std::vector<Paragraph>& paragraphs, std::vector<Token>& tokens);
std::vector<QuoteSpan> find_quotations(const std::vector<Paragraph>& paragraphs, std::vector<Token>& tokens);
Core analyze_core(std::string_view text);

std::vector<NameMention> find_names(const Core& core);
/// Headline, caption, byline, dateline, body and footer of a plain article, and quotations. For a
/// part of a long document, `has_start` says whether it holds the article's start (headline,
/// caption, byline, dateline) and `has_end` its end (footer); a middle part is all body.
std::vector<Scope> find_zones(std::string_view text, const Core& core, bool has_start = true, bool has_end = true);
std::vector<NumberMention> find_numbers(const Core& core);
/// Every apostrophe and quotation mark with its role and any wrong character, in text order.
std::vector<QuoteMark> find_quote_marks(const Core& core);
/// Dates in the text, the article's date (from `date_metadata`, "YYYY-MM-DD", else the dateline)
/// and the year of each date.
Dates find_dates(const Core& core, std::string_view date_metadata);
/// The words of the name mentions with their transliteration keys (see copydesk/name_units.hpp).
NameUnits find_name_units(std::string_view text, const Core& core, const std::vector<NameMention>& mentions);

/// A document's English variety and what decided it.
struct VarietyGuess {
  std::string_view language;  ///< "en-US" or "en-GB"
  /// "words": its variety spellings; "region": too few of those (fewer than two more of one
  /// variety), and it is about Britain, Ireland, India, Pakistan, Australia or another country
  /// whose press spells the British way; "none": neither (en-US).
  std::string_view evidence;
  int us_minus_uk = 0;  ///< US spellings minus UK ones, proper nouns ("Pearl Harbor") left out
};
/// Guesses the variety of a document's text: see docs/configuration.md, `language = "auto"`.
VarietyGuess guess_variety(const std::vector<Token>& tokens);
/// guess_variety(tokens).language.
std::string_view detect_variety(const std::vector<Token>& tokens);

/// Word lists the analyses share (and rules may use through the document's tokens).
bool is_honorific(std::string_view word);        ///< Mr, Mr., Mrs, Ms, Dr, Prof ...
bool is_weekday_or_month(std::string_view word);
bool is_sentence_opener(std::string_view word);  ///< The, He, But ... (capitalised function words)
/// DictionaryListing bits of a word in Debian's en_US and en_GB word lists (see Document).
unsigned dictionary_listing(std::string_view word);
/// Reads the word lists dictionary_listing() answers from, if not read yet: maps the precompiled
/// listing (well under a millisecond), else reads the lists (tens of milliseconds); a run calls it
/// on a thread of its own while it loads plugins. Thread-safe.
void load_dictionary_listing();
/// Where the listing precompiled at build time is (write_dictionary_listing made it). Call it
/// before any thread asks for the listing; a file missing, damaged or made from other lists than
/// the installed ones is not used.
void use_precompiled_dictionary_listing(const std::string& path);
/// Writes the listing of the installed lists to `path` (host/tools/make_listing.cpp, at build
/// time). Throws std::runtime_error when a list cannot be read or the file cannot be written.
void write_dictionary_listing(const std::string& path);

}  // namespace copydesk::analysis
