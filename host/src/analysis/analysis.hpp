// The shared analyses: tokens, paragraphs, sentences, quotations, names and numbers.
#pragma once

#include <string_view>
#include <vector>

#include "copydesk/text.hpp"

namespace copydesk::analysis {

/// Tokens, paragraphs, sentences and quotations: computed together since each needs the others.
struct Core {
  std::vector<Token> tokens;
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<QuoteSpan> quotes;
};

std::vector<Token> tokenize(std::string_view text);
/// Paragraphs are separated by blank lines; in a block of long lines (one paragraph per line,
/// as many newsroom systems export) each line is a paragraph, and so is a first line without
/// final punctuation (a headline).
std::vector<Paragraph> split_paragraphs(std::string_view text, std::vector<Token>& tokens);
std::vector<Sentence> split_sentences(std::vector<Paragraph>& paragraphs, std::vector<Token>& tokens);
std::vector<QuoteSpan> find_quotations(const std::vector<Paragraph>& paragraphs, std::vector<Token>& tokens);
Core analyze_core(std::string_view text);

std::vector<NameMention> find_names(const Core& core);
/// Headline, caption, byline, dateline, body and footer of a plain article, and quotations.
std::vector<Scope> find_zones(std::string_view text, const Core& core);
std::vector<NumberMention> find_numbers(const Core& core);
/// Every apostrophe and quotation mark with its role and any wrong character, in text order.
std::vector<QuoteMark> find_quote_marks(const Core& core);

/// "en-US" or "en-GB" by which variety's spellings the text uses more (ties: en-US).
std::string_view detect_variety(const std::vector<Token>& tokens);

/// Word lists the analyses share (and rules may use through the document's tokens).
bool is_honorific(std::string_view word);        ///< Mr, Mr., Mrs, Ms, Dr, Prof ...
bool is_weekday_or_month(std::string_view word);
bool is_sentence_opener(std::string_view word);  ///< The, He, But ... (capitalised function words)

}  // namespace copydesk::analysis
