// The host's DataFiles: TOML data files parsed once per run and shared by every rule instance.
#pragma once

#include <map>
#include <mutex>
#include <string>

#include "copydesk/rule.hpp"

namespace copydesk::engine {

class DataStore final : public DataFiles {
 public:
  DataStore(std::string config_dir, std::string share_dir)
      : config_dir_(std::move(config_dir)), share_dir_(std::move(share_dir)) {}

  std::shared_ptr<const std::vector<Record>> records(std::string_view path, std::string_view table) const override;
  /// Where a relative data path resolves to (beside the config, then <share>/rules/).
  std::string resolve(std::string_view path) const;

 private:
  std::string config_dir_, share_dir_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::shared_ptr<const std::vector<Record>>> cache_;
};

}  // namespace copydesk::engine
