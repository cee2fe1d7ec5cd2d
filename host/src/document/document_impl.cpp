// One document: the reader's output, and the analyses its rules ask for, each computed once.
#include "document/document_impl.hpp"

#include "util/timings.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace copydesk::document {

DocumentImpl::DocumentImpl(std::string path, ReaderOutput reader, const LineIndex& lines, std::string language,
                           const analysis::Providers* providers, std::optional<PartOf> part)
    : path_(std::move(path)),
      reader_(std::move(reader)),
      lines_(lines),
      language_(std::move(language)),
      providers_(providers ? *providers : analysis::Providers::builtin()),
      part_(part) {}

namespace {
// The analyses this thread is computing, innermost last: a provider asking for an analysis that
// is already being computed below it would wait for itself forever.
thread_local std::vector<std::pair<const Document*, std::string_view>> computing;
}  // namespace

const void* DocumentImpl::analysis(std::string_view id, std::size_t size) const {
  const analysis::ProviderEntry* provider = providers_.find(id);
  if (!provider)
    throw std::logic_error("no loaded plugin provides the analysis \"" + std::string(id) +
                           "\" (is the plugin that registers it installed?)");
  if (provider->size != size)
    throw std::logic_error("the analysis \"" + std::string(id) + "\" is a type of " + std::to_string(provider->size) +
                           " bytes in " + provider->owner + " but of " + std::to_string(size) +
                           " bytes where it is read: two definitions of one analysis id");
  for (const auto& [doc, busy] : computing)
    if (doc == this && busy == id)
      throw std::logic_error("the analysis \"" + std::string(id) + "\" depends on itself");
  Slot* slot;
  {
    std::lock_guard lock(slots_mutex_);
    auto it = slots_.find(id);
    if (it == slots_.end()) it = slots_.emplace(std::string(id), std::make_unique<Slot>()).first;
    slot = it->second.get();
  }
  // A provider that throws leaves the slot empty: the next caller tries again (and fails alike).
  slot->once.run([&] {
    computing.emplace_back(this, id);
    struct Pop {
      ~Pop() { computing.pop_back(); }
    } pop;
    util::Timings::Scope timing(util::Timings::Kind::Analysis, id);  // --timings: nothing unless a run asked for it
    std::shared_ptr<const void> value = provider->compute(*this);
    if (!value) throw std::logic_error("the provider of \"" + std::string(id) + "\" returned nothing");
    slot->value = std::move(value);
  });
  return slot->value.get();
}

std::string_view DocumentImpl::language() const {
  if (language_ != "auto") return language_;
  return variety().language;
}

const analysis::VarietyGuess& DocumentImpl::variety() const {
  variety_once_.run([this] { variety_ = analysis::guess_variety(tokens()); });
  return variety_;
}

std::string_view DocumentImpl::metadata(std::string_view key) const {
  if (key == "language-setting") return language_;  // "auto", "en-US" or "en-GB" as configured
  if (key == "variety-evidence") {  // what the spellings clearly say: a margin of three words or more (one or two "program"s or a quoted name are no evidence)
    int score = variety().us_minus_uk;  // variety_score(tokens()), counted once per document
    return score >= 3 ? "en-US" : score <= -3 ? "en-GB" : "";
  }
  // What decided language() when "auto": "words", "region" or "none" (see VarietyGuess).
  if (key == "language-evidence") return language_ == "auto" ? variety().evidence : std::string_view("config");
  auto it = reader_.metadata.find(key);
  return it == reader_.metadata.end() ? std::string_view() : std::string_view(it->second);
}

Position DocumentImpl::position(std::uint32_t offset) const {
  FilePosition p = lines_.position(part_ ? part_->map->to_file(part_->base + offset) : reader_.map.to_file(offset));
  return {p.line, p.column};
}

void DocumentImpl::build_scope_index() const {
  for (const Scope& s : scopes()) {
    auto kind = static_cast<std::size_t>(s.kind);
    if (kind < kScopeKindCount) scope_index_[kind].ranges.push_back(s.range);
  }
  for (KindIndex& index : scope_index_) {
    std::sort(index.ranges.begin(), index.ranges.end(),
              [](const Range& a, const Range& b) { return a.offset < b.offset; });
    std::uint32_t best = 0;
    for (const Range& r : index.ranges) index.max_end.push_back(best = std::max(best, r.end()));
  }
}

void DocumentImpl::await_scope_index() const {
  scope_index_once_.run([this] { build_scope_index(); });
  scope_index_ready_.store(true, std::memory_order_release);
}

bool DocumentImpl::in_scope(std::uint32_t offset, ScopeKind kind) const {
  if (!scope_index_ready_.load(std::memory_order_acquire)) await_scope_index();
  auto k = static_cast<std::size_t>(kind);
  if (k >= kScopeKindCount) return false;
  const KindIndex& index = scope_index_[k];
  if (index.ranges.empty()) return false;  // most kinds, in most documents (no Code or Url in plain text)
  // The last range starting at or before offset; walk back only while an earlier one may reach it.
  auto pos = std::upper_bound(index.ranges.begin(), index.ranges.end(), offset,
                              [](std::uint32_t off, const Range& r) { return off < r.offset; });
  for (std::size_t i = static_cast<std::size_t>(pos - index.ranges.begin()); i-- > 0;) {
    if (index.max_end[i] <= offset) return false;
    if (index.ranges[i].contains(offset)) return true;
  }
  return false;
}

}  // namespace copydesk::document
