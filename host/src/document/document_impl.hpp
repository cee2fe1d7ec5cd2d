// The host's Document: reader output plus lazily computed, shared analyses.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>

#include "analysis/analysis.hpp"
#include "copydesk/document.hpp"
#include "document/source.hpp"

namespace copydesk::document {

class DocumentImpl final : public Document {
 public:
  /// `lines` indexes the original bytes the reader read; it must outlive the document.
  DocumentImpl(std::string path, ReaderOutput reader, const LineIndex& lines, std::string language);

  std::string_view path() const override { return path_; }
  std::string_view text() const override { return reader_.text; }
  std::string_view language() const override;
  std::string_view metadata(std::string_view key) const override;
  Position position(std::uint32_t offset) const override;

  /// The reader's scopes (markup) and the news zones, computed on first use.
  const std::vector<Scope>& scopes() const override;
  bool in_scope(std::uint32_t offset, ScopeKind kind) const override;
  const std::vector<Paragraph>& paragraphs() const override { return core().paragraphs; }
  const std::vector<Sentence>& sentences() const override { return core().sentences; }
  const std::vector<Token>& tokens() const override { return core().tokens; }
  const std::vector<QuoteSpan>& quotes() const override { return core().quotes; }
  const std::vector<NameMention>& names() const override;
  const std::vector<NumberMention>& numbers() const override;
  unsigned dictionary_listing(std::string_view word) const override { return analysis::dictionary_listing(word); }
  const std::vector<QuoteMark>& quote_marks() const override;

  const SourceMap& source_map() const { return reader_.map; }

 private:
  const analysis::Core& core() const;

  std::string path_;
  ReaderOutput reader_;
  const LineIndex& lines_;
  std::string language_;
  // Computed on first use; a document is checked by one thread at a time.
  mutable std::optional<analysis::Core> core_;
  mutable std::optional<std::vector<NameMention>> names_;
  mutable std::optional<std::vector<NumberMention>> numbers_;
  mutable std::optional<analysis::VarietyGuess> variety_;
  const analysis::VarietyGuess& variety() const;
  mutable std::optional<std::vector<QuoteMark>> quote_marks_;
  mutable std::optional<std::vector<Scope>> scopes_;
  // Per kind: ranges sorted by start, with the largest end so far, for in_scope().
  struct KindIndex {
    std::vector<Range> ranges;
    std::vector<std::uint32_t> max_end;
  };
  mutable std::optional<std::map<ScopeKind, KindIndex>> scope_index_;
};

}  // namespace copydesk::document
