// The one place a pack's regular expressions are compiled and run (ECMAScript syntax, std::regex).
#include <regex>
#include <stdexcept>

#include "rulekinds/pack_spec.hpp"

namespace copydesk::rulekinds {

struct PackRegex::Compiled {
  std::regex re;
};

PackRegex::PackRegex(const std::string& source, bool ignore_case) : source_(source) {
  auto flags = std::regex::ECMAScript;
  if (ignore_case) flags |= std::regex::icase;
  try {
    compiled_ = std::make_shared<const Compiled>(Compiled{std::regex(source, flags)});
  } catch (const std::regex_error& e) {
    throw std::invalid_argument(e.what());
  }
}

void PackRegex::each(std::string_view text, const std::function<void(const Match&)>& found) const {
  const std::regex& re = compiled_->re;
  for (auto it = std::cregex_iterator(text.data(), text.data() + text.size(), re); it != std::cregex_iterator(); ++it) {
    if (it->length(0) == 0) continue;
    std::size_t g = it->size() > 1 && (*it)[1].matched ? 1 : 0;
    found(Match{static_cast<std::size_t>(it->position(0)), static_cast<std::size_t>(it->length(0)),
                std::string_view(text.data() + it->position(g), static_cast<std::size_t>(it->length(g)))});
  }
}

bool PackRegex::whole(std::string_view text) const {
  return std::regex_match(text.data(), text.data() + text.size(), compiled_->re);
}

}  // namespace copydesk::rulekinds
