// The host's analysis providers, and the registry of providers that plugins add to.
#include <stdexcept>

#include "analysis/analysis.hpp"
#include "analysis/providers.hpp"
#include "copydesk/name_units.hpp"
#include "document/document_impl.hpp"

namespace copydesk::analysis {
namespace {

template <AnalysisType T, class Compute>
void add_builtin(Providers& providers, Compute compute) {
  providers.add(T::analysis_id, sizeof(T), [compute](const Document& doc) -> std::shared_ptr<const void> {
    return std::make_shared<const T>(compute(doc));
  }, "copydesk");
}

template <class List, class Items>
List list_of(Items items) {
  List list;
  list.items = std::move(items);
  return list;
}

// The reader's scopes are the document's own (markup): only the host's Document has them.
const document::DocumentImpl& host_document(const Document& doc) {
  const auto* impl = dynamic_cast<const document::DocumentImpl*>(&doc);
  if (!impl) throw std::logic_error("the host's analyses need the host's Document");
  return *impl;
}

Providers make_builtin() {
  Providers p;
  add_builtin<TextStructure>(p, [](const Document& doc) { return analyze_core(doc.text()); });
  add_builtin<Scopes>(p, [](const Document& doc) {
    const document::DocumentImpl& impl = host_document(doc);
    std::vector<Scope> scopes = impl.reader_scopes();
    const auto& part = impl.part();
    std::vector<Scope> zones = find_zones(doc.text(), doc.get<TextStructure>(), !part || part->first, !part || part->last);
    scopes.insert(scopes.end(), zones.begin(), zones.end());
    return list_of<Scopes>(std::move(scopes));
  });
  add_builtin<QuoteMarks>(p, [](const Document& doc) { return list_of<QuoteMarks>(find_quote_marks(doc.get<TextStructure>())); });
  add_builtin<Names>(p, [](const Document& doc) { return list_of<Names>(find_names(doc.get<TextStructure>())); });
  add_builtin<Numbers>(p, [](const Document& doc) { return list_of<Numbers>(find_numbers(doc.get<TextStructure>())); });
  add_builtin<Dates>(p, [](const Document& doc) { return find_dates(doc.get<TextStructure>(), doc.metadata("date")); });
  add_builtin<NameUnits>(p, [](const Document& doc) {
    return find_name_units(doc.text(), doc.get<TextStructure>(), doc.get<Names>().items);
  });
  return p;
}

}  // namespace

const Providers& Providers::builtin() {
  static const Providers providers = make_builtin();
  return providers;
}

std::string Providers::add(std::string_view id, std::size_t size, AnalysisProvider compute, std::string owner,
                           std::shared_ptr<const void> keep_loaded) {
  if (id.empty()) return "an analysis needs an id";
  if (!compute) return "analysis \"" + std::string(id) + "\" has no provider function";
  auto it = entries_.find(id);
  if (it != entries_.end())
    return "analysis \"" + std::string(id) + "\" is already provided by " + it->second.owner + "; the second provider was skipped";
  entries_.emplace(std::string(id), ProviderEntry{size, std::move(compute), std::move(owner), std::move(keep_loaded)});
  return {};
}

const ProviderEntry* Providers::find(std::string_view id) const {
  auto it = entries_.find(id);
  return it == entries_.end() ? nullptr : &it->second;
}

std::vector<std::string> Providers::ids() const {
  std::vector<std::string> out;
  for (const auto& [id, entry] : entries_) out.push_back(id);
  return out;
}

}  // namespace copydesk::analysis
