// The pack kinds that look for listed words and phrases (substitution, existence, consistency,
// capitalization, occurrence) and the helpers every pack kind shares.
#include <algorithm>
#include <map>

#include "copydesk/consistency.hpp"
#include "rulekinds/pack_spec.hpp"
#include "util/utf8.hpp"

namespace copydesk::rulekinds {

std::string format_message(std::string message, std::string_view match, std::string_view replacement,
                           std::string_view value) {
  for (auto [key, text] : {std::pair<std::string_view, std::string_view>{"{match}", match},
                           std::pair<std::string_view, std::string_view>{"{replacement}", replacement},
                           std::pair<std::string_view, std::string_view>{"{value}", value}}) {
    std::size_t at = 0;
    while ((at = message.find(key, at)) != std::string::npos) {
      message.replace(at, key.size(), text);
      at += text.size();
    }
  }
  return message;
}

bool in_scope(const Spec& spec, const Document& doc, const Token& t) {
  if (spec.skip_quotes && t.has(kInQuote)) return false;
  if (spec.zones.empty()) return true;
  for (ScopeKind k : spec.zones)
    if (doc.in_scope(t.range.offset, k)) return true;
  return false;
}

std::vector<Token>::const_iterator token_at(const Document& doc, std::uint32_t offset) {
  const auto& tokens = doc.tokens();
  return std::lower_bound(tokens.begin(), tokens.end(), offset,
                          [](const Token& t, std::uint32_t off) { return t.range.end() <= off; });
}

std::string fold(std::string_view s, bool ignore_case) { return ignore_case ? utf8::to_lower(s) : std::string(s); }

// A word that is not ASCII (or a first word that is not) is left to the lookup: folding may
// change its length, and an ASCII token never folds into one.
void FirstWordFilter::add(std::string_view first_word) {
  if (first_word.empty()) return;
  auto first = static_cast<unsigned char>(first_word[0]);
  if (first < 0x80) first_bytes_.set(first);
  if (is_ascii(first_word)) seen_.set(slot(first, first_word.size()));
}

namespace {
// fold(text, !exact) without a new string per call: the text itself, or its lower case in `buffer`.
std::string_view folded(std::string_view text, bool exact, std::string& buffer) {
  if (exact) return text;
  utf8::to_lower_into(buffer, text);
  return buffer;
}
}  // namespace

std::vector<PhraseMatch> phrase_matches(const Spec& spec, const Document& doc, bool exact) {
  const auto& tokens = doc.tokens();
  std::vector<PhraseMatch> out;
  std::string first_buffer, next_buffer;  // reused for every token of the document
  for (std::uint32_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::Word && tokens[i].kind != TokenKind::Number) continue;
    if (!spec.first_words.may_start(tokens[i].text, exact)) continue;
    const std::vector<std::size_t>* candidates = spec.by_first_word.find(folded(tokens[i].text, exact, first_buffer));
    if (!candidates) continue;
    for (std::size_t index : *candidates) {
      const Phrase& p = spec.phrases[index];
      if (i + p.words.size() > tokens.size()) continue;
      bool ok = true;
      for (std::size_t k = 1; ok && k < p.words.size(); ++k) {
        const Token& t = tokens[i + k];
        ok = t.sentence == tokens[i].sentence && folded(t.text, exact, next_buffer) == p.words[k];
      }
      if (!ok || !in_scope(spec, doc, tokens[i])) continue;
      out.push_back({&p, i, i + static_cast<std::uint32_t>(p.words.size())});
      i += static_cast<std::uint32_t>(p.words.size()) - 1;
      break;
    }
  }
  return out;
}

Range range_of(const Document& doc, const PhraseMatch& m) {
  const auto& tokens = doc.tokens();
  return {tokens[m.first].range.offset, tokens[m.end - 1].range.end() - tokens[m.first].range.offset};
}

namespace {

// "Utilize" -> "Use": the replacement takes the match's capitalisation.
std::string recase(const std::string& replacement, std::string_view match) {
  if (match.empty() || replacement.empty()) return replacement;
  std::size_t p = 0;
  char32_t first = utf8::next(match, p);
  std::string out = replacement;
  bool all_caps = utf8::to_upper(match) == match && utf8::to_lower(match) != match;
  if (all_caps && match.size() > 1) return utf8::to_upper(replacement);
  if (utf8::is_upper(first)) {
    std::size_t q = 0;
    utf8::next(out, q);
    out = utf8::to_upper(out.substr(0, q)) + out.substr(q);
  }
  return out;
}

// Passes report_minority_forms' findings on with the pack's own message.
class PackMessageReporter final : public Reporter {
 public:
  PackMessageReporter(Reporter& out, std::function<std::string(Range)> message)
      : out_(out), message_(std::move(message)) {}
  Diagnostic& report(Range range, std::string) override { return out_.report(range, message_(range)); }

 private:
  Reporter& out_;
  std::function<std::string(Range)> message_;
};

class WordRule final : public Rule {
 public:
  explicit WordRule(std::shared_ptr<const Spec> spec) : spec_(std::move(spec)) {}

  void check(const Document& doc, Reporter& reporter) override {
    switch (spec_->kind) {
      case Kind::Substitution: substitution(doc, reporter); break;
      case Kind::Existence: existence(doc, reporter); break;
      case Kind::Consistency: consistency(doc, reporter); break;
      case Kind::Capitalization: capitalization(doc, reporter); break;
      case Kind::Occurrence: occurrence(doc, reporter); break;
      default: break;
    }
  }

 private:
  void substitution(const Document& doc, Reporter& reporter) const {
    for (const PhraseMatch& m : phrase_matches(*spec_, doc, spec_->case_mode == "exact")) {
      Range r = range_of(doc, m);
      std::string written(doc.slice(r));
      const std::string& want = spec_->replacements[m.phrase->payload];
      std::string fix = spec_->case_mode == "preserve" ? recase(want, written) : want;
      if (fix == written) continue;
      reporter.report(r, format_message(spec_->message, written, fix)).fix(r, fix);
    }
  }

  void existence(const Document& doc, Reporter& reporter) const {
    for (const PhraseMatch& m : phrase_matches(*spec_, doc, spec_->case_mode == "exact")) {
      Range r = range_of(doc, m);
      reporter.report(r, format_message(spec_->message, doc.slice(r), ""));
    }
    if (spec_->regexes.empty()) return;
    const auto& tokens = doc.tokens();
    for (const Paragraph& p : doc.paragraphs()) {
      std::string_view text = doc.slice(p.range);
      for (const PackRegex& re : spec_->regexes) {
        re.each(text, [&](const PackRegex::Match& m) {
          Range r{p.range.offset + static_cast<std::uint32_t>(m.offset), static_cast<std::uint32_t>(m.length)};
          auto tok = token_at(doc, r.offset);
          if (tok != tokens.end() && !in_scope(*spec_, doc, *tok)) return;
          reporter.report(r, format_message(spec_->message, doc.slice(r), ""));
        });
      }
    }
  }

  void consistency(const Document& doc, Reporter& reporter) const {
    // Each pair is its own choice: "email" or "e-mail", "OK" or "okay".
    std::map<std::size_t, std::vector<FormOccurrence>> by_pair;
    for (const PhraseMatch& m : phrase_matches(*spec_, doc, false)) {
      std::size_t pair = m.phrase->payload / 2;
      int side = static_cast<int>(m.phrase->payload % 2);
      const auto& [a, b] = spec_->pairs[pair];
      by_pair[pair].push_back({range_of(doc, m), side, {a, b}});
    }
    for (const auto& [pair, found] : by_pair) {
      const auto& [a, b] = spec_->pairs[pair];
      // Two forms: the one reported is the other's minority, so the chosen one is the other side.
      PackMessageReporter mine(reporter, [&, &found = found, &a = a, &b = b](Range r) {  // clang 14: no implicit capture of bindings
        int side = 0;
        for (const FormOccurrence& o : found)
          if (o.range == r) side = o.form;
        return format_message(spec_->message, doc.slice(r), side == 0 ? b : a);
      });
      report_minority_forms(found, {"\u201C" + a + "\u201D", "\u201C" + b + "\u201D"}, -1, mine);
    }
  }

  void capitalization(const Document& doc, Reporter& reporter) const {
    for (const PhraseMatch& m : phrase_matches(*spec_, doc, false)) {
      Range r = range_of(doc, m);
      std::string written(doc.slice(r));
      const std::string& want = m.phrase->written;
      if (written == want) continue;
      reporter.report(r, format_message(spec_->message, written, want)).fix(r, want);
    }
  }

  void occurrence(const Document& doc, Reporter& reporter) const {
    const auto& tokens = doc.tokens();
    std::map<std::uint32_t, std::vector<PhraseMatch>> by_unit;
    for (const PhraseMatch& m : phrase_matches(*spec_, doc, false))
      by_unit[spec_->per == "paragraph" ? tokens[m.first].paragraph : tokens[m.first].sentence].push_back(m);
    for (const auto& [unit, found] : by_unit) {
      if (found.size() <= spec_->max) continue;
      Range r = range_of(doc, found[spec_->max]);
      reporter.report(r, format_message(spec_->message, doc.slice(r), std::to_string(found.size())));
    }
  }

  std::shared_ptr<const Spec> spec_;
};

}  // namespace

std::unique_ptr<Rule> make_word_rule(std::shared_ptr<const Spec> spec) { return std::make_unique<WordRule>(std::move(spec)); }

}  // namespace copydesk::rulekinds
