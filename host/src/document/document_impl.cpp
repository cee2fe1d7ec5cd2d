// Lazily computed analyses of one document.
#include "document/document_impl.hpp"

namespace copydesk::document {

DocumentImpl::DocumentImpl(std::string path, ReaderOutput reader, const LineIndex& lines, std::string language)
    : path_(std::move(path)), reader_(std::move(reader)), lines_(lines), language_(std::move(language)) {}

std::string_view DocumentImpl::language() const {
  if (language_ != "auto") return language_;
  if (detected_language_.empty()) detected_language_ = analysis::detect_variety(tokens());
  return detected_language_;
}

std::string_view DocumentImpl::metadata(std::string_view key) const {
  if (key == "language-setting") return language_;  // "auto", "en-US" or "en-GB" as configured
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

const std::vector<NameMention>& DocumentImpl::names() const {
  if (!names_) names_ = analysis::find_names(core());
  return *names_;
}

const std::vector<NumberMention>& DocumentImpl::numbers() const {
  if (!numbers_) numbers_ = analysis::find_numbers(core());
  return *numbers_;
}

}  // namespace copydesk::document
