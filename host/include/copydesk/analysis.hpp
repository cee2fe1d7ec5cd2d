// The open analysis registry: analyses are types named by an id, computed by a provider that the
// host or a plugin registers, and read by rules through Document::get<T>().
#pragma once

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "copydesk/text.hpp"

COPYDESK_NAMESPACE_BEGIN

class Document;

/// A type is an analysis when it names itself:
///
///     struct Dates { static constexpr std::string_view analysis_id = "copydesk.dates"; ... };
///
/// The id, not typeid, is the key: a plugin compiled on its own (and dlopen'd with RTLD_LOCAL)
/// finds the host's analyses and another plugin's by the id both sides compile in. Ids are
/// "<owner>.<name>": "copydesk." for the host's own, the plugin's name for a plugin's. Two
/// types with one id must be one type (one header): the host checks only their sizes.
template <class T>
concept AnalysisType = requires {
  { T::analysis_id } -> std::convertible_to<std::string_view>;
};

/// Computes one analysis of a document: a heap value owned by the returned pointer (its deleter
/// runs in the code that made it, so a plugin's value is freed by the plugin). Called at most once
/// per document, on the thread that first asks; it may ask the document for other analyses.
using AnalysisProvider = std::function<std::shared_ptr<const void>(const Document&)>;

/// A list analysis: the items in text order, iterable like the vector it holds.
template <class Item>
struct AnalysisList {
  std::vector<Item> items;
  auto begin() const { return items.begin(); }
  auto end() const { return items.end(); }
  std::size_t size() const { return items.size(); }
  bool empty() const { return items.empty(); }
  const Item& operator[](std::size_t i) const { return items[i]; }
};

// The host's analyses. Each is also reachable through its Document accessor (tokens(), names()...).

/// Tokens, paragraphs, sentences and quotations: found together, since each needs the others.
struct TextStructure {
  static constexpr std::string_view analysis_id = "copydesk.structure";
  std::vector<Token> tokens;
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<QuoteSpan> quotes;
};
/// The reader's scopes (markup) and the news zones (headline, byline, body, footer...).
struct Scopes : AnalysisList<Scope> {
  static constexpr std::string_view analysis_id = "copydesk.scopes";
};
/// Every apostrophe and quotation mark with its role and any wrong character, in text order.
struct QuoteMarks : AnalysisList<QuoteMark> {
  static constexpr std::string_view analysis_id = "copydesk.quote-marks";
};
/// Runs of capitalised words that name someone or something.
struct Names : AnalysisList<NameMention> {
  static constexpr std::string_view analysis_id = "copydesk.names";
};
/// Every Number token with its value.
struct Numbers : AnalysisList<NumberMention> {
  static constexpr std::string_view analysis_id = "copydesk.numbers";
  /// The mention of Number token `token` (an index into the tokens), or null: a binary search.
  const NumberMention* at_token(std::uint32_t token) const {
    auto it = std::lower_bound(items.begin(), items.end(), token,
                               [](const NumberMention& n, std::uint32_t t) { return n.token < t; });
    return it != items.end() && it->token == token ? &*it : nullptr;
  }
};

/// A date written in prose: "Tuesday, March 6, 2024", "8 May 2013", "May 8th", "Tues., Jan. 8",
/// "Tuesday (May 8)".
struct DateMention {
  std::uint32_t first_token = 0, end_token = 0;  ///< the date itself, weekday excluded
  int year = 0;           ///< as written; 0 when the date has no year
  int resolved_year = 0;  ///< `year`, else Dates::year (the article's); 0 when neither is known
  int month = 0, day = 0; ///< 1-12, 1-31 as written (a date that does not exist is kept)
  int weekday = -1;       ///< 0 Monday .. 6 Sunday when a weekday is written with it, else -1
  std::uint32_t weekday_token = 0;  ///< the weekday's token when weekday >= 0
  Range range;            ///< bytes from the weekday (if any) through the date (and a closing bracket)
};

/// The day an article is about.
struct ArticleDate {
  int year = 0, month = 0, day = 0;
  std::string_view source;  ///< "the article's date" (metadata("date")) or "the dateline"
};

/// What an analysis holds when it depends on a run object its provider cannot see (a rule's word
/// list, a speller made from the config): one `Value` per `Key` object asked with, computed by the
/// first caller and shared by the later ones. The provider makes it empty; the analysis's own
/// accessor calls `of(key, compute)`. Thread-safe: rules on several threads may ask at once (one
/// computes, the others wait); the key is kept alive so its address is never taken by another.
/// Header-only, no ABI of its own.
template <class Key, class Value>
class PerRunObject {
 public:
  /// The value for `key`, computed by `compute()` on the first ask. Valid as long as this object.
  template <class Compute>
  const Value& of(const std::shared_ptr<Key>& key, Compute&& compute) const {
    std::lock_guard lock(state_->mutex);
    for (const auto& found : state_->found)
      if (found->key == key) return found->value;
    state_->found.push_back(std::make_unique<const Found>(Found{key, compute()}));
    return state_->found.back()->value;
  }

 private:
  struct Found {
    std::shared_ptr<Key> key;
    Value value;
  };
  struct State {
    std::mutex mutex;
    std::vector<std::unique_ptr<const Found>> found;  // one per key asked with; usually one
  };
  std::unique_ptr<State> state_ = std::make_unique<State>();
};

/// Every date in the text, in token order, with the article's own date and year.
struct Dates : AnalysisList<DateMention> {
  static constexpr std::string_view analysis_id = "copydesk.dates";
  /// From metadata("date") (front matter, --date, config), else a full date standing alone or at
  /// the start of one of the first three paragraphs (a dateline such as "Friday, January 4, 2019").
  std::optional<ArticleDate> article;
  /// The year for dates written without one: the article date's, else the first year written in
  /// the first three paragraphs; 0 when unknown.
  int year = 0;
  /// Where `year` came from: ArticleDate::source, "the first date in the article", or empty.
  std::string_view year_source;
};

COPYDESK_NAMESPACE_END
