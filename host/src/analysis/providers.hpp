// The analysis providers a run knows: the host's own, then those its plugins register.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "copydesk/analysis.hpp"

namespace copydesk::analysis {

struct ProviderEntry {
  std::size_t size = 0;          ///< sizeof the analysis type, to catch two types under one id
  AnalysisProvider compute;
  std::string owner;             ///< "copydesk" or the plugin's name, for messages
  std::shared_ptr<const void> keep_loaded;  ///< the plugin library the provider's code lives in
};

/// Analysis ids and their providers. Filled while plugins load, read-only during the run.
class Providers {
 public:
  /// The host's own providers (structure, scopes, quote marks, names, numbers, dates, name units).
  static const Providers& builtin();

  /// Registers a provider. Returns why it was refused (an empty or already registered id), or "".
  std::string add(std::string_view id, std::size_t size, AnalysisProvider compute, std::string owner,
                  std::shared_ptr<const void> keep_loaded = {});
  /// The provider of `id`, or null.
  const ProviderEntry* find(std::string_view id) const;
  /// Every registered id, sorted.
  std::vector<std::string> ids() const;

 private:
  std::map<std::string, ProviderEntry, std::less<>> entries_;
};

}  // namespace copydesk::analysis
