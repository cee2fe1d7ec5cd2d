// structure/duplicate-paragraph: a paragraph pasted twice.
#include <unordered_map>

#include "rules.hpp"

namespace structure {

using namespace copydesk;

RuleMeta DuplicateParagraphRule::meta() {
  return {.id = "structure/duplicate-paragraph",
          .summary = "The same paragraph twice in a document, ignoring case, spacing and punctuation.",
          .default_severity = Severity::Warning,
          .fixable = true,
          .options = {{"min_words", OptionType::Integer, "8",
                       "Shorter paragraphs (\u201CMore to follow.\u201D) may repeat"}}};
}

DuplicateParagraphRule::DuplicateParagraphRule(const RuleContext& context)
    : min_words_(context.options.count("min_words", meta().options, 1)) {}

void DuplicateParagraphRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  std::string_view text = doc.text();
  std::unordered_map<std::string, const Paragraph*> seen;
  for (const Paragraph& p : doc.paragraphs()) {
    std::string key;
    key.reserve(p.range.length);  // about the paragraph's length: one allocation, not a doubling per few words
    std::size_t words = 0;
    for (std::uint32_t k = p.first_token; k < p.end_token; ++k) {
      const Token& t = tokens[k];
      if (t.kind != TokenKind::Word && t.kind != TokenKind::Number) continue;
      ++words;
      if (!key.empty()) key.push_back(' ');
      std::size_t word = key.size();
      key.append(t.text);
      for (std::size_t i = word; i < key.size(); ++i) key[i] = ascii_lower(key[i]);  // std::tolower in the "C" locale
    }
    if (words < min_words_) continue;
    auto [it, fresh] = seen.emplace(std::move(key), &p);
    if (fresh) continue;
    std::uint32_t end = p.range.end();
    while (end < text.size() && text[end] == '\n') ++end;
    reporter.report(p.range, "This paragraph repeats an earlier one.")
        .note(it->second->range, "first here")
        .safe_fix({p.range.offset, end - p.range.offset}, "");
  }
}

}  // namespace structure
