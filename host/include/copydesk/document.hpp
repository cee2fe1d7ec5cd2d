// The read-only view of one document that rules check: text, positions, scopes and analyses.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "copydesk/analysis.hpp"
#include "copydesk/text.hpp"

COPYDESK_NAMESPACE_BEGIN

/// What the English dictionaries say about a word (Document::dictionary_listing): bits.
enum DictionaryListing : unsigned {
  kListedLowerCase = 1 << 0,    ///< listed in lower case: an ordinary word ("coach", "baron")
  kListedCapitalised = 1 << 1,  ///< listed with a capital: a name or proper noun ("Mark", "Smith")
};

/// 1-based line and code-point column in the original file.
struct Position {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
};

/// Valid during Rule::check only: do not keep references to it or to anything it returns.
/// Every analysis is computed on first use and then shared by all rules of the document.
/// Its const members may be called from several threads at once (API 1.2).
class Document {
 public:
  virtual ~Document() = default;

  /// The path as given on the command line ("-" for standard input).
  virtual std::string_view path() const = 0;
  /// The prose to check: UTF-8, LF line ends, no BOM, markup removed. Offsets index this.
  virtual std::string_view text() const = 0;
  /// "en-US" or "en-GB": the configured language, or the document's own variety when "auto".
  virtual std::string_view language() const = 0;
  /// A document field such as "title", "date" ("YYYY-MM-DD") or "dateline"; empty if unknown.
  /// "language-setting" is the configured language: "auto", "en-US" or "en-GB".
  /// "variety-evidence" is the variety the document's own spellings favour by three words or more
  /// ("en-US", "en-GB"), empty otherwise (language() still says "en-US" for "auto" on a tie).
  /// "language-evidence" says what decided language(): "config", or for "auto" "words" (the
  /// document's variety spellings), "region" (few of those; where the article is set) or "none".
  virtual std::string_view metadata(std::string_view key) const = 0;
  /// Where an offset of text() lies in the original file.
  virtual Position position(std::uint32_t offset) const = 0;

  virtual const std::vector<Scope>& scopes() const = 0;
  virtual const std::vector<Paragraph>& paragraphs() const = 0;
  virtual const std::vector<Sentence>& sentences() const = 0;
  virtual const std::vector<Token>& tokens() const = 0;
  virtual const std::vector<QuoteSpan>& quotes() const = 0;
  virtual const std::vector<NameMention>& names() const = 0;
  virtual const std::vector<NumberMention>& numbers() const = 0;

  /// Whether `offset` lies in a scope of this kind (a binary search, not a walk over scopes()).
  virtual bool in_scope(std::uint32_t offset, ScopeKind kind) const = 0;
  /// DictionaryListing bits for `word`, compared without case (ASCII): how Debian's en_US and en_GB
  /// Hunspell lists give it (stems only, affix flags ignored). 0 when it is not listed or the lists
  /// are not installed. Thread-safe; the lists load once per process, on first use.
  virtual unsigned dictionary_listing(std::string_view /*word*/) const { return 0; }
  /// The text of a range.
  std::string_view slice(Range r) const { return text().substr(r.offset, r.length); }

  /// Every apostrophe and quotation mark, in text order, with its role and any wrong character
  /// (API 1.1). Rules read this rather than re-deciding what a ' or ’ is.
  virtual const std::vector<QuoteMark>& quote_marks() const = 0;

  /// The analysis T (API 1.2; see copydesk/analysis.hpp): `doc.get<Dates>()`. Its provider runs
  /// on first use; the value is then cached for the document's lifetime and shared by every rule
  /// and provider that asks (the reference is valid as long as the document). Thread-safe: when
  /// several threads ask at once, one computes and the others wait. Throws std::logic_error when
  /// no loaded plugin provides T::analysis_id, or when a provider asks for its own analysis.
  template <AnalysisType T>
  const T& get() const {
    return *static_cast<const T*>(analysis(T::analysis_id, sizeof(T)));
  }
  /// The untyped get<T>(): the value under `id`, whose type is `size` bytes (checked against the
  /// provider's, to catch two types under one id). Rules call get<T>() instead.
  virtual const void* analysis(std::string_view id, std::size_t size) const = 0;
};

COPYDESK_NAMESPACE_END
