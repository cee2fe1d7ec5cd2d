// Lazily computed analyses of one document.
#include "document/document_impl.hpp"

#include <algorithm>

namespace copydesk::document {

DocumentImpl::DocumentImpl(std::string path, ReaderOutput reader, const LineIndex& lines, std::string language)
    : path_(std::move(path)), reader_(std::move(reader)), lines_(lines), language_(std::move(language)) {}

std::string_view DocumentImpl::language() const {
  if (language_ != "auto") return language_;
  return variety().language;
}

const analysis::VarietyGuess& DocumentImpl::variety() const {
  if (!variety_) variety_ = analysis::guess_variety(tokens());
  return *variety_;
}

std::string_view DocumentImpl::metadata(std::string_view key) const {
  if (key == "language-setting") return language_;  // "auto", "en-US" or "en-GB" as configured
  if (key == "variety-evidence") {  // what the spellings clearly say: a margin of three words or more (one or two "program"s or a quoted name are no evidence)
    int score = analysis::variety_score(tokens());
    return score >= 3 ? "en-US" : score <= -3 ? "en-GB" : "";
  }
  // What decided language() when "auto": "words", "region" or "none" (see VarietyGuess).
  if (key == "language-evidence") return language_ == "auto" ? variety().evidence : std::string_view("config");
  auto it = reader_.metadata.find(key);
  return it == reader_.metadata.end() ? std::string_view() : std::string_view(it->second);
}

Position DocumentImpl::position(std::uint32_t offset) const {
  FilePosition p = lines_.position(reader_.map.to_file(offset));
  return {p.line, p.column};
}

const analysis::Core& DocumentImpl::core() const {
  if (!core_) core_ = analysis::analyze_core(reader_.text);
  return *core_;
}

const std::vector<Scope>& DocumentImpl::scopes() const {
  if (!scopes_) {
    scopes_ = reader_.scopes;
    std::vector<Scope> zones = analysis::find_zones(reader_.text, core());
    scopes_->insert(scopes_->end(), zones.begin(), zones.end());
  }
  return *scopes_;
}

bool DocumentImpl::in_scope(std::uint32_t offset, ScopeKind kind) const {
  if (!scope_index_) {
    scope_index_.emplace();
    for (const Scope& s : scopes()) (*scope_index_)[s.kind].ranges.push_back(s.range);
    for (auto& [k, index] : *scope_index_) {
      std::sort(index.ranges.begin(), index.ranges.end(),
                [](const Range& a, const Range& b) { return a.offset < b.offset; });
      std::uint32_t best = 0;
      for (const Range& r : index.ranges) index.max_end.push_back(best = std::max(best, r.end()));
    }
  }
  auto it = scope_index_->find(kind);
  if (it == scope_index_->end()) return false;
  const KindIndex& index = it->second;
  // The last range starting at or before offset; walk back only while an earlier one may reach it.
  auto pos = std::upper_bound(index.ranges.begin(), index.ranges.end(), offset,
                              [](std::uint32_t off, const Range& r) { return off < r.offset; });
  for (std::size_t i = static_cast<std::size_t>(pos - index.ranges.begin()); i-- > 0;) {
    if (index.max_end[i] <= offset) return false;
    if (index.ranges[i].contains(offset)) return true;
  }
  return false;
}

const std::vector<NameMention>& DocumentImpl::names() const {
  if (!names_) names_ = analysis::find_names(core());
  return *names_;
}

const std::vector<NumberMention>& DocumentImpl::numbers() const {
  if (!numbers_) numbers_ = analysis::find_numbers(core());
  return *numbers_;
}

const std::vector<QuoteMark>& DocumentImpl::quote_marks() const {
  if (!quote_marks_) quote_marks_ = analysis::find_quote_marks(core());
  return *quote_marks_;
}

}  // namespace copydesk::document
