// usage/closed-compound and usage/confusable: phrase lists matched on whole words.
#include <algorithm>

#include "rules.hpp"

namespace usage {

using namespace copydesk;

namespace {

// Whether `word` (as written; lowered here) is one of `list` (lower case).
bool listed(const std::vector<std::string>& list, std::string_view word) {
  return std::any_of(list.begin(), list.end(), [&](const std::string& entry) { return ascii_lower_equals(word, entry); });
}

// Whether the phrase's words start at token `i`, one word after another with only spaces between.
bool matches_at(const Phrase& p, const std::vector<Token>& tokens, std::size_t i) {
  if (i + p.words.size() > tokens.size()) return false;
  for (std::size_t k = 0; k < p.words.size(); ++k) {
    const Token& t = tokens[i + k];
    if (!t.is_word() || !ascii_lower_equals(t.text, p.words[k])) return false;
    if (k > 0 && (!t.has(kSpaceBefore) || t.has(kNewlineBefore) || t.sentence != tokens[i].sentence)) return false;
  }
  std::size_t end = i + p.words.size();
  // The words around must be words of the same sentence, next to the phrase ("" where there is none).
  auto neighbour = [&](std::size_t k) {
    return k < tokens.size() && tokens[k].is_word() && tokens[k].sentence == tokens[i].sentence ? tokens[k].text
                                                                                              : std::string_view();
  };
  if (!p.before.empty() && (i == 0 || !listed(p.before, neighbour(i - 1)) || !tokens[i].has(kSpaceBefore))) return false;
  if (!p.not_two_before.empty() && i >= 2 && listed(p.not_two_before, neighbour(i - 2))) return false;
  std::string_view next = neighbour(end);
  if (!p.after.empty() && (!listed(p.after, next) || !tokens[end].has(kSpaceBefore))) return false;
  if (!p.not_after.empty() && listed(p.not_after, next)) return false;
  return true;
}

}  // namespace

PhraseRule::PhraseRule(const RuleContext& context, std::string_view table, const std::vector<OptionSpec>& specs)
    : phrases_(load_phrases(context, table, specs)) {
  for (std::size_t index = 0; index < phrases_->size(); ++index) {
    const std::string& first = (*phrases_)[index].words[0];
    by_first_word_[first].push_back(index);
    first_words_.add(first);
  }
}

void PhraseRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  std::string first;  // the word at i, lowered: one buffer for the whole document
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].is_word() || !first_words_.may_contain(tokens[i].text)) continue;
    ascii_lower_into(first, tokens[i].text);
    const std::vector<std::size_t>* candidates = by_first_word_.find(first);
    if (!candidates) continue;
    for (std::size_t index : *candidates) {
      const Phrase& p = (*phrases_)[index];
      if (!matches_at(p, tokens, i)) continue;
      // A way of speaking is the speaker's own inside a quotation.
      if (p.speech && tokens[i].has(kInQuote)) continue;
      if (doc.in_scope(tokens[i].range.offset, ScopeKind::Code)) continue;
      const Token& last = tokens[i + p.words.size() - 1];
      Range range{tokens[i].range.offset, last.range.end() - tokens[i].range.offset};
      std::string replacement = p.replacement;
      if (tokens[i].has(kCapitalized) && !replacement.empty())
        replacement[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(replacement[0])));
      std::string message = "\u201C" + std::string(doc.slice(range)) + "\u201D should be \u201C" + replacement + "\u201D";
      message += p.reason.empty() ? "." : ": " + p.reason + ".";
      Diagnostic& d = reporter.report(range, message);
      if (p.safe) d.safe_fix(range, replacement);
      else d.fix(range, replacement);
      break;
    }
  }
}

RuleMeta ClosedCompoundRule::meta() {
  return {.id = "usage/closed-compound",
          .summary = "A closed compound or set phrase written open: \u201Cwhere ever\u201D for \u201Cwherever\u201D, "
                     "\u201Cin tact\u201D for \u201Cintact\u201D.",
          .default_severity = Severity::Warning,
          .fixable = true,
          .options = {{"lists", OptionType::StringList, "[\"usage-closed-compounds.toml\"]",
                       "Files of [[compound]] entries (words, replace, before, after, not_after, safe, example)"}}};
}

ClosedCompoundRule::ClosedCompoundRule(const RuleContext& context)
    : PhraseRule(context, "compound", meta().options) {}

RuleMeta ConfusableRule::meta() {
  return {.id = "usage/confusable",
          .summary = "A real word in place of another where the words around it make the error certain: "
                     "\u201Cmore then\u201D, \u201Cthe affect of\u201D, \u201Cwill loose\u201D, \u201Chas went\u201D.",
          .default_severity = Severity::Warning,
          .fixable = true,
          .options = {{"lists", OptionType::StringList, "[\"usage-confusables.toml\"]",
                       "Files of [[confusable]] entries (words, replace, before, after, not_after, speech, safe, "
                       "example)"}}};
}

ConfusableRule::ConfusableRule(const RuleContext& context)
    : PhraseRule(context, "confusable", meta().options) {}

}  // namespace usage
