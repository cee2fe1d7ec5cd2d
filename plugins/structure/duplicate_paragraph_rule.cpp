// structure/duplicate-paragraph: a paragraph pasted twice.
#include <algorithm>
#include <unordered_map>
#include <vector>

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

namespace {

bool counted(const Token& t) { return t.kind == TokenKind::Word || t.kind == TokenKind::Number; }

// A paragraph's words (and numbers) in lower case, hashed without copying them, and how many.
std::uint64_t words_hash(const std::vector<Token>& tokens, const Paragraph& p, std::size_t& words) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a, a space between words
  words = 0;
  for (std::uint32_t k = p.first_token; k < p.end_token; ++k) {
    if (!counted(tokens[k])) continue;
    if (words++ > 0) h = (h ^ ' ') * 1099511628211ull;
    for (char c : tokens[k].text) h = (h ^ static_cast<unsigned char>(ascii_lower(c))) * 1099511628211ull;
  }
  return h;
}

// Whether two paragraphs have the same words, ignoring ASCII case.
bool same_words(const std::vector<Token>& tokens, const Paragraph& a, const Paragraph& b) {
  std::uint32_t i = a.first_token, j = b.first_token;
  for (;;) {
    while (i < a.end_token && !counted(tokens[i])) ++i;
    while (j < b.end_token && !counted(tokens[j])) ++j;
    if (i == a.end_token || j == b.end_token) return i == a.end_token && j == b.end_token;
    if (!ascii_iequals(tokens[i].text, tokens[j].text)) return false;
    ++i;
    ++j;
  }
}

}  // namespace

void DuplicateParagraphRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  std::string_view text = doc.text();
  // Paragraphs by the hash of their words; the words are compared only when two hashes agree.
  // Each list holds the first paragraph of each distinct text with that hash.
  std::unordered_map<std::uint64_t, std::vector<const Paragraph*>> seen;
  for (const Paragraph& p : doc.paragraphs()) {
    std::size_t words = 0;
    std::uint64_t h = words_hash(tokens, p, words);
    if (words < min_words_) continue;
    std::vector<const Paragraph*>& firsts = seen[h];
    auto first = std::find_if(firsts.begin(), firsts.end(), [&](const Paragraph* q) { return same_words(tokens, *q, p); });
    if (first == firsts.end()) {
      firsts.push_back(&p);
      continue;
    }
    std::uint32_t end = p.range.end();
    while (end < text.size() && text[end] == '\n') ++end;
    reporter.report(p.range, "This paragraph repeats an earlier one.")
        .note((*first)->range, "first here")
        .safe_fix({p.range.offset, end - p.range.offset}, "");
  }
}

}  // namespace structure
