// usage/a-an: the article before a vowel or consonant sound, as the next word is read aloud.
#include <algorithm>
#include <cctype>
#include <optional>

#include "rules.hpp"

namespace usage {

using namespace copydesk;

namespace {

enum class Sound { Vowel, Consonant };
struct Reading {
  Sound sound;
  bool certain;  ///< a lower-case word or a figure: the fix is safe
};

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_vowel_letter(char c) { return std::string_view("aeiouAEIOU").find(c) != std::string_view::npos; }

// How a letter's name begins when an initialism is spelt out: "an FBI agent", "a UN envoy".
// H is left out ("aitch" or "haitch").
std::optional<Sound> letter_name(char c) {
  c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (c == 'H' || !is_upper(c)) return std::nullopt;
  return std::string_view("AEFILMNORSX").find(c) != std::string_view::npos ? Sound::Vowel : Sound::Consonant;
}

// A figure as it is read aloud: "8" eight, "11" eleven, "18" eighteen, "18,000" eighteen
// thousand; "100" is "a hundred" and "1800" may be "eighteen hundred" or "one thousand…": skip.
std::optional<Reading> figure_sound(std::string_view text) {
  std::string digits;
  bool separators = false;
  for (char c : text) {
    if (c >= '0' && c <= '9') digits.push_back(c);
    else if (c == ',') separators = true;
    else break;
  }
  if (digits.empty() || digits[0] == '0') return std::nullopt;  // "0845": "oh" or "zero"
  if (digits[0] == '8') return Reading{Sound::Vowel, true};
  bool eleven_or_eighteen = digits.size() >= 2 && (digits.compare(0, 2, "11") == 0 || digits.compare(0, 2, "18") == 0);
  if (!eleven_or_eighteen) return Reading{Sound::Consonant, true};
  if (digits.size() == 2 || (separators && digits.size() % 3 == 2)) return Reading{Sound::Vowel, true};
  if (digits.size() == 3 || (separators && digits.size() % 3 == 0)) return Reading{Sound::Consonant, true};
  return std::nullopt;
}

// Words that never follow an article: before them the slip is another ("a another", "a into a",
// "an redistributing" for "and"), or the words are not English ("a ese fin", "an der").
constexpr std::string_view kNeverAfterArticle[] = {
    "a", "an", "and", "another", "are", "as", "at", "be", "but", "das", "dem", "den", "der", "die", "el", "ese",
    "esa", "este", "esta", "for", "from", "in", "into", "is", "it", "it's", "its", "la", "las", "le", "les", "los",
    "of", "on", "or", "that", "the", "this", "to", "was", "were", "which", "who", "with"};

// An initialism: all capitals ("FBI", "MP") or letters with full stops ("U.S.").
bool is_initialism(const Token& t) {
  if (t.text.find('.') != std::string_view::npos) return t.text.size() >= 2 && is_upper(t.text[0]);
  return t.has(kAllCaps);
}

}  // namespace

RuleMeta AAnRule::meta() {
  return {.id = "usage/a-an",
          .summary = "\u201Ca\u201D or \u201Can\u201D before the wrong sound: \u201Ca honest\u201D, \u201Can unique\u201D, "
                     "\u201Ca 8-year-old\u201D, \u201Can U.S. official\u201D.",
          .default_severity = Severity::Warning,
          .fixable = true,
          .options = {{"lists", OptionType::StringList, "[\"usage-a-an.toml\"]",
                       "Files of [[sound]] entries: word beginnings read otherwise than spelt (prefix, sound)"}}};
}

AAnRule::AAnRule(const RuleContext& context) : sounds_(load_sounds(context, meta().options)) {}

void AAnRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    const Token& article = tokens[i];
    bool is_a = article.text == "a" || (article.text == "A" && article.has(kSentenceStart));
    bool is_an = article.text == "an" || (article.text == "An" && article.has(kSentenceStart));
    if (!article.is_word() || !(is_a || is_an)) continue;
    const Token& next = tokens[i + 1];
    if (!next.has(kSpaceBefore) || next.has(kNewlineBefore) || next.sentence != article.sentence) continue;
    std::optional<Reading> reading;
    if (next.kind == TokenKind::Number) {
      reading = figure_sound(next.text);
    } else if (next.is_word()) {
      std::string_view word = next.text;
      std::size_t hyphen = word.find('-');
      if (std::find(std::begin(kNeverAfterArticle), std::end(kNeverAfterArticle), ascii_lower(word)) !=
          std::end(kNeverAfterArticle)) {
      } else if ((hyphen == 1 || (word.size() > 1 && std::isdigit(static_cast<unsigned char>(word[1])))) &&
                 is_upper(word[0])) {
        // "an X-ray", "a U-turn", "an A-level", "an M16": the letter is read by its name.
        if (auto s = letter_name(word[0])) reading = Reading{*s, false};
      } else if (is_initialism(next)) {
        // Spelt out when short and not pronounceable as a word (a consonant, vowel, consonant
        // initialism such as "SIM" or "NAT" may be read either way; "NATO" is a word).
        std::string letters;
        for (char c : word.substr(0, hyphen))
          if (is_upper(c)) letters.push_back(c);
        bool sayable = letters.size() >= 4 || (letters.size() == 3 && !is_vowel_letter(letters[0]) &&
                                               is_vowel_letter(letters[1]) && !is_vowel_letter(letters[2]));
        if (letters.size() >= 2 && !sayable)
          if (auto s = letter_name(letters[0])) reading = Reading{*s, false};
      } else if (word.size() >= 2 && std::isalpha(static_cast<unsigned char>(word[0]))) {
        std::string w = ascii_lower(word);
        bool capital = next.has(kCapitalized);
        bool matched = false;
        for (const SoundPrefix& p : *sounds_)
          if (w.starts_with(p.prefix)) {
            if (!p.either) reading = Reading{p.vowel ? Sound::Vowel : Sound::Consonant, !capital};
            matched = true;
            break;
          }
        if (!reading && !matched) {
          char c = w[0];
          // A capitalised word starting with "u" may be read either way ("an Uzbek", "a Utah");
          // "x" is "ex" in "an xml file" but "z" in "a xenophobic".
          if (c == 'x' || (c == 'u' && capital) || (c == 'y' && w.size() > 1 && !is_vowel_letter(w[1]))) {
          } else {
            reading = Reading{is_vowel_letter(c) ? Sound::Vowel : Sound::Consonant, !capital};
          }
        }
      }
    }
    if (!reading) continue;
    bool want_an = reading->sound == Sound::Vowel;
    if (want_an == is_an) continue;
    // "paying for it, an redistributing it": the slip is "and", not the article.
    if (is_an && next.is_word() && next.text.ends_with("ing") && !next.has(kCapitalized)) continue;
    std::string right = want_an ? "an" : "a";
    if (is_upper(article.text[0])) right[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(right[0])));
    std::string message = "\u201C" + right + "\u201D, not \u201C" + std::string(article.text) + "\u201D, before \u201C" +
                          std::string(next.text) + "\u201D: it is read with a " +
                          (want_an ? "vowel" : "consonant") + " sound.";
    Diagnostic& d = reporter.report(article.range, message);
    if (reading->certain) d.safe_fix(article.range, right);
    else d.fix(article.range, right);
  }
}

}  // namespace usage
