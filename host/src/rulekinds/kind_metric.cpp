// Pack kind `metric`: a formula over counts of the shared analysis (words, sentences, syllables…)
// for each sentence, paragraph or the whole document, reported when it meets the condition.
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "rulekinds/pack_spec.hpp"
#include "util/utf8.hpp"

namespace copydesk::rulekinds {

namespace {

// Recursive descent over + - * / ( ), numbers and variable names, emitting postfix steps.
class FormulaParser {
 public:
  explicit FormulaParser(std::string_view text) : text_(text) {}
  Formula parse() {
    sum();
    skip_space();
    if (at_ < text_.size()) fail("unexpected \"" + std::string(text_.substr(at_, 1)) + "\"");
    return std::move(out_);
  }

 private:
  [[noreturn]] void fail(const std::string& what) const {
    throw std::invalid_argument(what + " at character " + std::to_string(at_ + 1));
  }
  void skip_space() {
    while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\t' || text_[at_] == '\n')) ++at_;
  }
  bool eat(char c) {
    skip_space();
    if (at_ < text_.size() && text_[at_] == c) {
      ++at_;
      return true;
    }
    return false;
  }
  void sum() {
    product();
    for (;;) {
      if (eat('+')) product(), out_.steps.push_back({Formula::Op::Add});
      else if (eat('-')) product(), out_.steps.push_back({Formula::Op::Sub});
      else return;
    }
  }
  void product() {
    unary();
    for (;;) {
      if (eat('*')) unary(), out_.steps.push_back({Formula::Op::Mul});
      else if (eat('/')) unary(), out_.steps.push_back({Formula::Op::Div});
      else return;
    }
  }
  void unary() {
    if (eat('-')) {
      unary();
      out_.steps.push_back({Formula::Op::Negate});
      return;
    }
    primary();
  }
  void primary() {
    skip_space();
    if (eat('(')) {
      sum();
      if (!eat(')')) fail("missing \")\"");
      return;
    }
    std::size_t start = at_;
    if (at_ < text_.size() && ((text_[at_] >= '0' && text_[at_] <= '9') || text_[at_] == '.')) {
      while (at_ < text_.size() && ((text_[at_] >= '0' && text_[at_] <= '9') || text_[at_] == '.')) ++at_;
      std::string number(text_.substr(start, at_ - start));
      char* end = nullptr;
      double v = std::strtod(number.c_str(), &end);
      if (*end) fail("bad number \"" + number + "\"");
      out_.steps.push_back({Formula::Op::Number, v});
      return;
    }
    while (at_ < text_.size() && ((text_[at_] >= 'a' && text_[at_] <= 'z') || text_[at_] == '_' ||
                                  text_[at_] == '.' || (text_[at_] >= '0' && text_[at_] <= '9')))
      ++at_;
    std::string_view name = text_.substr(start, at_ - start);
    if (name.empty()) fail(at_ < text_.size() ? "unexpected \"" + std::string(text_.substr(at_, 1)) + "\"" : "a value is missing");
    for (std::size_t v = 0; v < std::size(kMetricVariables); ++v)
      if (kMetricVariables[v] == name) {
        out_.steps.push_back({Formula::Op::Variable, 0, v});
        return;
      }
    std::string known;
    for (std::string_view v : kMetricVariables) known += (known.empty() ? "" : ", ") + std::string(v);
    at_ = start;
    fail("unknown variable \"" + std::string(name) + "\" (the variables are " + known + ")");
  }

  std::string_view text_;
  std::size_t at_ = 0;
  Formula out_;
};

// Vowel groups, less a silent final e: an estimate, as every readability formula uses.
std::size_t syllables(std::string_view word) {
  std::string w = utf8::to_lower(word);
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; };
  std::size_t n = 0;
  bool previous = false;
  for (char c : w) {
    bool v = vowel(c);
    if (v && !previous) ++n;
    previous = v;
  }
  if (w.size() > 2 && w.back() == 'e' && !vowel(w[w.size() - 2]) && w[w.size() - 2] != 'l' && n > 1) --n;
  return n == 0 ? 1 : n;
}

enum Var { Words, Sentences, Paragraphs, Characters, Syllables, LongWords, Polysyllabic, Complex, VarCount };

struct Counts {
  double v[VarCount] = {};
  std::uint32_t first_token = UINT32_MAX, end_token = 0;  // the counted stretch, for the report's range
  std::uint32_t last_sentence = UINT32_MAX, last_paragraph = UINT32_MAX;
};

void count_word(Counts& c, const Token& t, std::uint32_t index) {
  std::size_t letters = utf8::count_code_points(t.text);
  std::size_t s = syllables(t.text);
  c.v[Words] += 1;
  c.v[Characters] += static_cast<double>(letters);
  c.v[Syllables] += static_cast<double>(s);
  if (letters > 6) c.v[LongWords] += 1;
  if (s > 2) c.v[Polysyllabic] += 1;
  // Complex (Gunning fog): three syllables or more, not a name, not made so by -es, -ed or -ing.
  std::string_view w = t.text;
  bool inflected = w.ends_with("es") || w.ends_with("ed") || w.ends_with("ing");
  if (s > 2 && !t.has(kCapitalized) && !(inflected && s == 3)) c.v[Complex] += 1;
  if (c.first_token == UINT32_MAX) c.first_token = index;
  c.end_token = index + 1;
  if (t.sentence != c.last_sentence) c.v[Sentences] += 1, c.last_sentence = t.sentence;
  if (t.paragraph != c.last_paragraph) c.v[Paragraphs] += 1, c.last_paragraph = t.paragraph;
}

bool meets(double value, const std::string& op, double threshold) {
  if (op == ">") return value > threshold;
  if (op == ">=") return value >= threshold;
  if (op == "<") return value < threshold;
  if (op == "<=") return value <= threshold;
  if (op == "==") return value == threshold;
  return value != threshold;
}

class MetricRule final : public Rule {
 public:
  explicit MetricRule(std::shared_ptr<const Spec> spec) : spec_(std::move(spec)) {}

  void check(const Document& doc, Reporter& reporter) override {
    const auto& tokens = doc.tokens();
    Counts c;
    std::uint32_t unit = UINT32_MAX;
    for (std::uint32_t i = 0; i < tokens.size(); ++i) {
      const Token& t = tokens[i];
      if (t.kind != TokenKind::Word && t.kind != TokenKind::Number) continue;
      std::uint32_t here = spec_->per == "sentence" ? t.sentence : spec_->per == "paragraph" ? t.paragraph : 0;
      if (here != unit) {
        finish(doc, c, reporter);
        c = Counts{};
        unit = here;
      }
      if (in_scope(*spec_, doc, t)) count_word(c, t, i);
    }
    finish(doc, c, reporter);
  }

 private:
  void finish(const Document& doc, const Counts& c, Reporter& reporter) const {
    if (c.v[Words] == 0) return;
    double value = evaluate(spec_->formula, c.v);
    if (!std::isfinite(value) || !meets(value, spec_->condition_op, spec_->threshold)) return;
    const auto& tokens = doc.tokens();
    // A sentence or paragraph is underlined whole; the document at its first counted word.
    std::uint32_t last = spec_->per == "document" ? c.first_token : c.end_token - 1;
    Range r{tokens[c.first_token].range.offset, tokens[last].range.end() - tokens[c.first_token].range.offset};
    char shown[32];
    std::snprintf(shown, sizeof shown, "%.1f", value);
    std::string text(shown);
    if (text.ends_with(".0")) text.resize(text.size() - 2);
    reporter.report(r, format_message(spec_->message, doc.slice(r), "", text));
  }

  std::shared_ptr<const Spec> spec_;
};

}  // namespace

Formula parse_formula(std::string_view text) { return FormulaParser(text).parse(); }

double evaluate(const Formula& f, const double* values) {
  std::vector<double> stack;
  stack.reserve(f.steps.size());
  for (const Formula::Step& s : f.steps) {
    if (s.op == Formula::Op::Number) { stack.push_back(s.value); continue; }
    if (s.op == Formula::Op::Variable) { stack.push_back(values[s.variable]); continue; }
    if (s.op == Formula::Op::Negate) { stack.back() = -stack.back(); continue; }
    double b = stack.back();
    stack.pop_back();
    double& a = stack.back();
    switch (s.op) {
      case Formula::Op::Add: a += b; break;
      case Formula::Op::Sub: a -= b; break;
      case Formula::Op::Mul: a *= b; break;
      default: a /= b; break;
    }
  }
  return stack.empty() ? 0 : stack.back();
}

std::unique_ptr<Rule> make_metric_rule(std::shared_ptr<const Spec> spec) { return std::make_unique<MetricRule>(std::move(spec)); }

}  // namespace copydesk::rulekinds
