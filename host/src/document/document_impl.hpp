// The host's Document: reader output plus lazily computed, shared analyses.
#pragma once

#include <array>
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "analysis/analysis.hpp"
#include "analysis/providers.hpp"
#include "util/once.hpp"
#include "copydesk/document.hpp"
#include "document/source.hpp"

namespace copydesk::document {

/// Where a part of a long document lies in the whole (see engine::CheckSettings::part_from): a
/// part is checked as a document of its own, and maps its offsets through the whole's source map.
struct PartOf {
  const SourceMap* map = nullptr;  ///< the whole document's map (text offset -> file offset)
  std::uint32_t base = 0;          ///< byte offset of the part's first byte in the whole text
  bool first = true;               ///< the part holds the document's start (headline, byline, dateline)
  bool last = true;                ///< the part holds the document's end (footer)
};

class DocumentImpl final : public Document {
 public:
  /// `lines` indexes the original bytes the reader read; it must outlive the document, and so must
  /// `providers` (null: the host's own analyses only). A part of a long document gives `part`,
  /// whose map must outlive it too; its `reader` then holds the part's text and scopes only.
  DocumentImpl(std::string path, ReaderOutput reader, const LineIndex& lines, std::string language,
               const analysis::Providers* providers = nullptr, std::optional<PartOf> part = std::nullopt);

  std::string_view path() const override { return path_; }
  std::string_view text() const override { return reader_.text; }
  std::string_view language() const override;
  std::string_view metadata(std::string_view key) const override;
  Position position(std::uint32_t offset) const override;

  /// The reader's scopes (markup) and the news zones: the Scopes analysis.
  const std::vector<Scope>& scopes() const override { return cached(scopes_).items; }
  bool in_scope(std::uint32_t offset, ScopeKind kind) const override;
  const std::vector<Paragraph>& paragraphs() const override { return cached(structure_).paragraphs; }
  const std::vector<Sentence>& sentences() const override { return cached(structure_).sentences; }
  const std::vector<Token>& tokens() const override { return cached(structure_).tokens; }
  const std::vector<QuoteSpan>& quotes() const override { return cached(structure_).quotes; }
  const std::vector<NameMention>& names() const override { return cached(names_).items; }
  const std::vector<NumberMention>& numbers() const override { return cached(numbers_).items; }
  unsigned dictionary_listing(std::string_view word) const override { return analysis::dictionary_listing(word); }
  const std::vector<QuoteMark>& quote_marks() const override { return cached(quote_marks_).items; }
  const void* analysis(std::string_view id, std::size_t size) const override;

  /// The reader's map for a whole document; a part's offsets map through part()->map after base.
  const SourceMap& source_map() const { return reader_.map; }
  /// Set when this document is a part of a long one.
  const std::optional<PartOf>& part() const { return part_; }
  /// The scopes the reader found in the markup (the Scopes analysis adds the news zones).
  const std::vector<Scope>& reader_scopes() const { return reader_.scopes; }

 private:
  // get<T>() through a pointer kept after the first call: the old accessors are called in loops.
  template <AnalysisType T>
  const T& cached(std::atomic<const T*>& slot) const {
    const T* value = slot.load(std::memory_order_acquire);
    if (!value) {
      value = &get<T>();
      slot.store(value, std::memory_order_release);
    }
    return *value;
  }

  std::string path_;
  ReaderOutput reader_;
  const LineIndex& lines_;
  std::string language_;
  const analysis::Providers& providers_;
  std::optional<PartOf> part_;
  // One slot per analysis asked for: computed once (util::Once), kept until the document goes.
  struct Slot {
    util::Once once;
    std::shared_ptr<const void> value;
  };
  mutable std::mutex slots_mutex_;
  mutable std::map<std::string, std::unique_ptr<Slot>, std::less<>> slots_;
  mutable std::atomic<const TextStructure*> structure_{nullptr};
  mutable std::atomic<const Scopes*> scopes_{nullptr};
  mutable std::atomic<const Names*> names_{nullptr};
  mutable std::atomic<const Numbers*> numbers_{nullptr};
  mutable std::atomic<const QuoteMarks*> quote_marks_{nullptr};

  mutable util::Once variety_once_;
  mutable analysis::VarietyGuess variety_;
  const analysis::VarietyGuess& variety() const;
  // Per kind: ranges sorted by start, with the largest end so far, for in_scope().
  struct KindIndex {
    std::vector<Range> ranges;
    std::vector<std::uint32_t> max_end;
  };
  // in_scope() runs for every token of many rules: the index is an array by kind (AltText is the
  // last ScopeKind), and a flag read skips the Once once it is built.
  static constexpr std::size_t kScopeKindCount = static_cast<std::size_t>(ScopeKind::AltText) + 1;
  void build_scope_index() const;
  // Builds the index once (util::Once), then sets the flag. Out of line: kept inline, its
  // locking made in_scope() save and restore registers on every call.
  [[gnu::noinline]] void await_scope_index() const;
  mutable util::Once scope_index_once_;
  mutable std::atomic<bool> scope_index_ready_{false};
  mutable std::array<KindIndex, kScopeKindCount> scope_index_;
};

}  // namespace copydesk::document
