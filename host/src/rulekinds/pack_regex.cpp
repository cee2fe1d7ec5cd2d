// The one place a pack's regular expressions are compiled and run: RE2 syntax, UTF-8, matching time
// linear in the text whatever the pattern (a backtracking engine hung on `(a+)+$` and overflowed its
// stack on `"[^"]*"` over a long paragraph). What RE2 cannot run in linear time (lookaround,
// backreferences) it refuses to compile.
#include <re2/re2.h>
#include <stdexcept>

#include "rulekinds/pack_spec.hpp"
#include "util/utf8.hpp"

namespace copydesk::rulekinds {

struct PackRegex::Compiled {
  Compiled(const std::string& source, const RE2::Options& options) : re(source, options) {}
  RE2 re;  // shared by every rule built from the pack: RE2 is thread-safe
};

PackRegex::PackRegex(const std::string& source, bool ignore_case) : source_(source) {
  RE2::Options options;
  options.set_case_sensitive(!ignore_case);
  options.set_log_errors(false);
  auto compiled = std::make_shared<const Compiled>(source, options);
  if (!compiled->re.ok()) {
    std::string error = compiled->re.error();
    const std::string& arg = compiled->re.error_arg();
    if (!arg.empty() && error.find(arg) == std::string::npos) error += ": " + arg;
    throw std::invalid_argument(error);
  }
  compiled_ = std::move(compiled);
}

void PackRegex::each(std::string_view text, const std::function<void(const Match&)>& found) const {
  const RE2& re = compiled_->re;
  const re2::StringPiece all(text.data(), text.size());
  re2::StringPiece groups[2];
  int n = re.NumberOfCapturingGroups() > 0 ? 2 : 1;
  for (std::size_t pos = 0; pos <= text.size() && re.Match(all, pos, text.size(), RE2::UNANCHORED, groups, n);) {
    std::size_t start = static_cast<std::size_t>(groups[0].data() - text.data());
    if (groups[0].empty()) {  // step over one whole character, never into one
      pos = start + (start < text.size() ? utf8::sequence_length(static_cast<unsigned char>(text[start])) : 1);
      continue;
    }
    pos = start + groups[0].size();
    const re2::StringPiece& g = n == 2 && groups[1].data() ? groups[1] : groups[0];
    found(Match{start, groups[0].size(), std::string_view(g.data(), g.size())});
  }
}

bool PackRegex::whole(std::string_view text) const {
  return RE2::FullMatch(re2::StringPiece(text.data(), text.size()), compiled_->re);
}

}  // namespace copydesk::rulekinds
