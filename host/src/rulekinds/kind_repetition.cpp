// Pack kind `repetition`: the same word (or listed phrase) again within `within` words of its last
// use in the same paragraph.
#include <unordered_map>

#include "rulekinds/pack_spec.hpp"

namespace copydesk::rulekinds {
namespace {

class RepetitionRule final : public Rule {
 public:
  explicit RepetitionRule(std::shared_ptr<const Spec> spec) : spec_(std::move(spec)) {}

  void check(const Document& doc, Reporter& reporter) override {
    const auto& tokens = doc.tokens();
    // Word positions count words and numbers only, so punctuation does not widen the window.
    std::vector<std::uint32_t> word_index(tokens.size(), 0);
    std::uint32_t n = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      word_index[i] = n;
      if (tokens[i].kind == TokenKind::Word || tokens[i].kind == TokenKind::Number) ++n;
    }
    struct Use {
      std::uint32_t word, end_token;  // word position of the last use, and the token after it
    };
    std::unordered_map<std::string, Use> last;  // key -> its last use in the paragraph
    std::uint32_t paragraph = UINT32_MAX;
    auto see = [&](std::uint32_t first, std::uint32_t end, std::string key) {
      if (tokens[first].paragraph != paragraph) {
        paragraph = tokens[first].paragraph;
        last.clear();
      }
      if (spec_->exceptions.count(key)) return;
      std::uint32_t at = word_index[first];
      auto [it, fresh] = last.try_emplace(std::move(key), Use{at, end});
      if (!fresh) {
        std::uint32_t distance = at - it->second.word;
        // The very next word repeats only when nothing stands between: "very, very" and
        // "generators. Generators" are written so on purpose.
        bool adjacent = distance > 1 || it->second.end_token == first;
        if (distance <= spec_->within && adjacent && in_scope(*spec_, doc, tokens[first])) {
          Range r{tokens[first].range.offset, tokens[end - 1].range.end() - tokens[first].range.offset};
          reporter.report(r, format_message(spec_->message, doc.slice(r), "", std::to_string(distance)));
        }
        it->second = {at, end};
      }
    };
    if (!spec_->phrases.empty()) {
      for (const PhraseMatch& m : phrase_matches(*spec_, doc, !spec_->ignore_case))
        see(m.first, m.end, std::to_string(m.phrase->payload).insert(0, 1, '\x1f'));  // the listed phrase, however written
      return;
    }
    for (std::uint32_t i = 0; i < tokens.size(); ++i) {
      const Token& t = tokens[i];
      if (t.kind != TokenKind::Word && (spec_->alpha || t.kind != TokenKind::Number)) continue;
      see(i, i + 1, fold(t.text, spec_->ignore_case));
    }
  }

 private:
  std::shared_ptr<const Spec> spec_;
};

}  // namespace

std::unique_ptr<Rule> make_repetition_rule(std::shared_ptr<const Spec> spec) {
  return std::make_unique<RepetitionRule>(std::move(spec));
}

}  // namespace copydesk::rulekinds
