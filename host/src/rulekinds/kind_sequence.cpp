// Pack kind `sequence`: words in order within one sentence, each matching its pattern (or, negated,
// not matching it), with up to `skip` words allowed between one step and the next.
#include "rulekinds/pack_spec.hpp"

namespace copydesk::rulekinds {
namespace {

class SequenceRule final : public Rule {
 public:
  explicit SequenceRule(std::shared_ptr<const Spec> spec) : spec_(std::move(spec)) {}

  void check(const Document& doc, Reporter& reporter) override {
    const auto& tokens = doc.tokens();
    std::vector<std::uint32_t> words;  // the sentence's words and numbers, as token indexes
    for (const Sentence& s : doc.sentences()) {
      words.clear();
      for (std::uint32_t i = s.first_token; i < s.end_token; ++i)
        if (tokens[i].kind == TokenKind::Word || tokens[i].kind == TokenKind::Number) words.push_back(i);
      for (std::size_t start = 0; start < words.size(); ++start) {
        std::size_t end = 0;
        if (!in_scope(*spec_, doc, tokens[words[start]]) || !match(tokens, words, 0, start, end)) continue;
        const Token& a = tokens[words[start]];
        const Token& b = tokens[words[end]];
        Range r{a.range.offset, b.range.end() - a.range.offset};
        reporter.report(r, format_message(spec_->message, doc.slice(r), ""));
        start = end;  // matches do not overlap
      }
    }
  }

 private:
  bool fits(const SequenceStep& step, const Token& t) const { return step.pattern->whole(t.text) != step.negate; }

  // Whether steps [k, n) match from words[at]; `end` is the word of the last step.
  bool match(const std::vector<Token>& tokens, const std::vector<std::uint32_t>& words, std::size_t k, std::size_t at,
             std::size_t& end) const {
    const SequenceStep& step = spec_->steps[k];
    if (at >= words.size() || !fits(step, tokens[words[at]])) return false;
    if (k + 1 == spec_->steps.size()) {
      end = at;
      return true;
    }
    for (std::size_t next = at + 1; next <= at + 1 + step.skip && next < words.size(); ++next)
      if (match(tokens, words, k + 1, next, end)) return true;
    return false;
  }

  std::shared_ptr<const Spec> spec_;
};

}  // namespace

std::unique_ptr<Rule> make_sequence_rule(std::shared_ptr<const Spec> spec) {
  return std::make_unique<SequenceRule>(std::move(spec));
}

}  // namespace copydesk::rulekinds
