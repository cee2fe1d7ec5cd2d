// structure/residue: "Please wait while comments are loading...", "Copyright ©2015, ...".
#include <copydesk/data_lists.hpp>
#include <copydesk/lexicon.hpp>
#include <cctype>

#include "rules.hpp"

namespace structure {

using namespace copydesk;

namespace {

// Patterns compiled in the constructor, which the host calls once per run and option set.
std::shared_ptr<const std::vector<ResidueRule::Pattern>> compile(
    const std::vector<std::shared_ptr<const std::vector<Record>>>& files) {
  auto patterns = std::make_shared<std::vector<ResidueRule::Pattern>>();
  for (const auto& records : files) {
    for (const Record& r : *records) {
      ResidueRule::Pattern p;
      p.text = ascii_lower(r.fields.get_string("text", ""));
      std::string regex = r.fields.get_string("regex", "");
      if (p.text.empty() == regex.empty())
        throw std::runtime_error(r.where + ": a [[pattern]] needs exactly one of `text` and `regex`");
      if (!regex.empty()) {
        RE2::Options options;
        options.set_case_sensitive(false);
        options.set_log_errors(false);
        options.set_never_capture(true);
        auto re = std::make_shared<const RE2>(regex, options);
        if (!re->ok())
          throw std::runtime_error(r.where + ": `regex` \"" + regex + "\" is not an RE2 pattern (" + re->error() +
                                   "); see docs/rule-packs.md");
        p.regex = std::move(re);
      }
      p.message = r.fields.get_string("message", "");
      if (p.message.empty()) throw std::runtime_error(r.where + ": a [[pattern]] needs a `message`");
      patterns->push_back(std::move(p));
    }
  }
  return patterns;
}

// The words of a line (runs of letters, digits and non-ASCII bytes), counting no further than
// `limit`: an article paragraph is hundreds of words, and all that matters is that it is long.
std::size_t count_words_up_to(std::string_view line, std::size_t limit) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : line) {
    bool letter = std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
    words += letter && !in_word;
    if (words >= limit) break;
    in_word = letter;
  }
  return words;
}

}  // namespace

RuleMeta ResidueRule::meta() {
  return {.id = "structure/residue",
          .summary = "Text pasted from a web page: comment prompts, share and subscribe buttons, copyright "
                     "footers, cookie banners.",
          .default_severity = Severity::Warning,
          .fixable = true,
          .options = {{"patterns", OptionType::StringList, "[\"residue.toml\"]",
                       "House pattern files ([[pattern]] with `text` or `regex`, and `message`), added to the built-in phrases"},
                      {"max_words", OptionType::Integer, std::to_string(lexicon::kResidueLineMaxWords),
                       "Only paragraphs this short are judged: residue is a line, not an article paragraph"}}};
}

ResidueRule::ResidueRule(const RuleContext& context)
    : max_words_(context.options.count("max_words", meta().options, 1)) {
  patterns_ = compile(option_records(context, "patterns", "pattern", meta().options));
}

// The built-in residue phrases (lexicon::kResiduePhrases, which also end an article's body at
// its footer) first, then the house's patterns in the order its files give them.
std::string ResidueRule::message_for(std::string_view line) const {
  const lexicon::ResiduePhrase* builtin = lexicon::residue_phrase(line);
  if (builtin && !builtin->message.empty()) return "Web page residue: " + std::string(builtin->message);
  std::string low = ascii_lower(line);
  for (const Pattern& pattern : *patterns_) {
    bool hit = pattern.regex ? RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), *pattern.regex)
                             : low.find(pattern.text) != std::string::npos;
    if (hit) return pattern.message;
  }
  return {};
}

void ResidueRule::check(const Document& doc, Reporter& reporter) {
  std::string_view text = doc.text();
  // Residue comes a line at a time, often several short lines in one block: judge each line.
  for (const Paragraph& p : doc.paragraphs()) {
    std::uint32_t begin = p.range.offset;
    while (begin < p.range.end()) {
      std::uint32_t end = static_cast<std::uint32_t>(text.find('\n', begin));
      if (end > p.range.end()) end = p.range.end();
      std::string_view raw = text.substr(begin, end - begin);
      std::size_t words = count_words_up_to(raw, max_words_ + 1);
      if (words > 0 && words <= max_words_) {
        std::string message = message_for(raw);
        if (!message.empty()) {
          std::uint32_t stop = end;  // the fix removes the line and its line break
          if (stop < text.size() && text[stop] == '\n') ++stop;
          reporter.report({begin, end - begin}, message).safe_fix({begin, stop - begin}, "");
        }
      }
      begin = end + 1;
    }
  }
}

}  // namespace structure
