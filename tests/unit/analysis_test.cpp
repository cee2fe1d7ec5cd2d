// analysis: tokens, sentences, paragraphs, quotations, names and numbers on the hard cases.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analysis/analysis.hpp"

using namespace copydesk;
using namespace copydesk::analysis;

namespace {

std::vector<std::string> texts(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.emplace_back(t.text);
  return out;
}

std::vector<std::string> sentence_texts(std::string_view text, const Core& core) {
  std::vector<std::string> out;
  for (const Sentence& s : core.sentences) out.emplace_back(text.substr(s.range.offset, s.range.length));
  return out;
}

std::vector<std::string> name_texts(std::string_view text, const std::vector<NameMention>& names) {
  std::vector<std::string> out;
  for (const NameMention& n : names) out.emplace_back(text.substr(n.range.offset, n.range.length));
  return out;
}

}  // namespace

TEST_CASE("words keep apostrophes, hyphens and abbreviation stops") {
  auto t = tokenize("Russia\xE2\x80\x99s war-torn U.S. Mr. Kerry don't J. Smith.");
  CHECK(texts(t) == std::vector<std::string>{"Russia\xE2\x80\x99s", "war-torn", "U.S.", "Mr.", "Kerry", "don't",
                                             "J.", "Smith", "."});
  CHECK(t[0].has(kPossessive));
  CHECK(t[2].has(kAbbreviation));
  CHECK(t[3].has(kAbbreviation));
}

TEST_CASE("numbers: decimals, thousands, fractions, vulgar, ordinals, percent, time, date") {
  auto t = tokenize("1,250 3.5 21/2 2\xC2\xBD 21st 52% 10:30 21/2/2023 2023-02-21 .5 1990s");
  CHECK(texts(t) == std::vector<std::string>{"1,250", "3.5", "21/2", "2\xC2\xBD", "21st", "52%", "10:30",
                                             "21/2/2023", "2023-02-21", ".5", "1990s"});
  for (const Token& k : t) CHECK(k.kind == TokenKind::Number);
  Core core = analyze_core("1,250 3.5 21/2 2\xC2\xBD 21st 52% 10:30 21/2/2023");
  auto n = find_numbers(core);
  REQUIRE(n.size() == 8);
  CHECK(n[0].value == 1250);
  CHECK(n[0].thousands_separator);
  CHECK(n[1].kind == NumberKind::Decimal);
  CHECK(n[2].kind == NumberKind::Fraction);
  CHECK(n[3].kind == NumberKind::Vulgar);
  CHECK(n[3].value == 2.5);
  CHECK(n[4].kind == NumberKind::Ordinal);
  CHECK(n[5].kind == NumberKind::Percent);
  CHECK(n[6].kind == NumberKind::Time);
  CHECK(n[7].kind == NumberKind::Date);
}

TEST_CASE("a sentence ends after a number's full stop but not inside it") {
  std::string s = "It cost $4.5 million. Then it fell.";
  Core core = analyze_core(s);
  CHECK(sentence_texts(s, core) == std::vector<std::string>{"It cost $4.5 million.", "Then it fell."});
  auto n = find_numbers(core);
  REQUIRE(n.size() == 1);
  CHECK(n[0].currency == "$");
}

TEST_CASE("URLs and e-mail addresses are single tokens") {
  auto t = tokenize("See https://example.org/a.b?c=1. Mail web.desk@example.co.in now.");
  CHECK(t[1].kind == TokenKind::Url);
  CHECK(t[1].text == "https://example.org/a.b?c=1");
  CHECK(t[2].text == ".");
  CHECK(t[4].kind == TokenKind::Url);
  CHECK(t[4].has(kEmail));
}

TEST_CASE("HTML character references left in text are flagged, AT&T is not") {
  auto t = tokenize("Rose&amp;amp;mdash;fell, AT&T; R&D and a &copy here & amp;");
  auto flagged = [&](std::size_t i) { return (t[i].flags & kCharacterReference) != 0; };
  // Rose & amp ; amp ; mdash ; fell
  for (std::size_t i = 1; i <= 7; ++i) CHECK(flagged(i));
  CHECK_FALSE(flagged(0));
  CHECK_FALSE(flagged(8));
  for (std::size_t i = 9; i < t.size(); ++i) {
    bool in_copy = t[i].text == "copy" || (t[i].text == "&" && i + 1 < t.size() && t[i + 1].text == "copy");
    CHECK(flagged(i) == in_copy);  // "&copy" is one; "AT&T;", "R&D" and "& amp;" are none
  }
}

TEST_CASE("sentences know abbreviations, initials, decimals and ellipses") {
  std::string s =
      "Mr. Kerry met Gen. Smith on Jan. 5 in the U.S. The talks ran 2.5 hours. J. K. Rowling wrote... "
      "and then stopped. Was it over? Yes! \xE2\x80\x9CNo,\xE2\x80\x9D he said. Lt. Col. Vance left.";
  Core core = analyze_core(s);
  CHECK(sentence_texts(s, core) ==
        std::vector<std::string>{"Mr. Kerry met Gen. Smith on Jan. 5 in the U.S.", "The talks ran 2.5 hours.",
                                 "J. K. Rowling wrote... and then stopped.", "Was it over?", "Yes!",
                                 "\xE2\x80\x9CNo,\xE2\x80\x9D he said.", "Lt. Col. Vance left."});
}

TEST_CASE("a U.S. title does not end the sentence") {
  std::string s = "He met U.S. Secretary of State John Kerry.";
  Core core = analyze_core(s);
  CHECK(core.sentences.size() == 1);
}

TEST_CASE("paragraphs: blank lines, one-line-per-paragraph exports, and a headline line") {
  std::string wrapped = "Headline without a stop\nFirst line of a wrapped\nparagraph goes on.\n\nSecond paragraph.\n";
  Core a = analyze_core(wrapped);
  CHECK(a.paragraphs.size() == 3);
  std::string longlines = std::string(120, 'a') + ".\n" + std::string(120, 'b') + ".\n";
  Core b = analyze_core(longlines);
  CHECK(b.paragraphs.size() == 2);
}

TEST_CASE("quotations: curly, straight, stray, and continued over paragraphs") {
  std::string s =
      "\xE2\x80\x9CWe will go,\xE2\x80\x9D he said.\n\n"
      "\xE2\x80\x9CThe first paragraph runs on.\n\n"
      "\xE2\x80\x9C" "And ends here,\xE2\x80\x9D she said.\n\n"
      "A stray close\xE2\x80\x9D here.\n\n"
      "\"Straight quotes,\" too.\n";
  Core core = analyze_core(s);
  REQUIRE(core.quotes.size() == 4);
  CHECK(core.quotes[0].paragraphs == 1);
  CHECK_FALSE(core.quotes[0].unclosed());
  CHECK(core.quotes[1].paragraphs == 2);
  CHECK_FALSE(core.quotes[1].unclosed());
  CHECK(core.quotes[2].stray_close());
  CHECK_FALSE(core.quotes[3].unclosed());
  // The words inside are marked.
  for (const Token& t : core.tokens)
    if (t.text == "runs" || t.text == "Straight") CHECK(t.has(kInQuote));
}

TEST_CASE("an unclosed quotation not reopened is unclosed") {
  Core core = analyze_core("\xE2\x80\x9CNever closed.\n\nNext paragraph.\n");
  REQUIRE(core.quotes.size() == 1);
  CHECK(core.quotes[0].unclosed());
}

TEST_CASE("names: titles, honorifics, particles and possessives") {
  std::string s =
      "Russian Foreign Minister Sergey Lavrov met Mr Kerry. Syrian President Bashar al-Assad spoke. "
      "Qaddafi\xE2\x80\x99s son and Ludwig van Beethoven came on Tuesday.";
  Core core = analyze_core(s);
  auto names = find_names(core);
  CHECK(name_texts(s, names) ==
        std::vector<std::string>{"Sergey Lavrov", "Kerry", "Bashar al-Assad", "Qaddafi", "Ludwig van Beethoven"});
  REQUIRE(names.size() == 5);
  CHECK(names[0].title_first != QuoteSpan::npos);
  CHECK(core.tokens[names[0].title_first].text == "Russian");
  CHECK(names[1].honorific_token != QuoteSpan::npos);
  CHECK(names[3].possessive);
}

TEST_CASE("names: every formal title of the shared lexicon leads a name as a title, not as part of it") {
  // The formal titles live once, in lexicon::kFormalTitles, which the titles plugin reads too:
  // "Sultan", "Rabbi" and "Sheriff" were titles to the plugin but names to this analysis.
  // A lone surname after them is what shows it: a descriptor needs two name words after it.
  std::string s = "The talks ended when Sultan Haddad left. Rabbi Katz spoke, and Sheriff Dana Kell agreed.";
  Core core = analyze_core(s);
  auto names = find_names(core);
  CHECK(name_texts(s, names) == std::vector<std::string>{"Haddad", "Katz", "Dana Kell"});
  for (const NameMention& m : names) CHECK(m.title_first != QuoteSpan::npos);
}

TEST_CASE("zones: the footer is the run of residue lines at the end, from the residue phrases structure/residue reports") {
  // lexicon::kResiduePhrases is the one list: a cookie banner ends the body as a copyright line does.
  std::string s = "Harbour reopens\n\nThe harbour reopened on Monday after the storm.\n\nPlease note that the ferries run late.\n\n"
                  "We use cookies to improve your visit.\n\nCopyright 2024 Copydesk Wire\n";
  Core core = analyze_core(s);
  std::vector<Scope> zones = find_zones(s, core);
  auto footer = std::find_if(zones.begin(), zones.end(), [](const Scope& z) { return z.kind == ScopeKind::Footer; });
  REQUIRE(footer != zones.end());
  CHECK(s.substr(footer->range.offset, footer->range.length) ==
        "Please note that the ferries run late.\n\nWe use cookies to improve your visit.\n\nCopyright 2024 Copydesk Wire");
  std::string plain = "Harbour reopens\n\nThe harbour reopened on Monday.\n\nShare prices at the port fell by a tenth.\n";
  Core plain_core = analyze_core(plain);
  for (const Scope& z : find_zones(plain, plain_core)) CHECK(z.kind != ScopeKind::Footer);
  // A residue line is short: a closing paragraph of prose that holds a phrase is still body.
  std::string prose = "Harbour reopens\n\nThe harbour reopened on Monday.\n\nPlease write to the council, or email the editor of "
                      "the island paper, if the new timetable leaves you without a ferry on the days you need one most, the "
                      "mayor said at the end of the meeting.\n";
  Core prose_core = analyze_core(prose);
  for (const Scope& z : find_zones(prose, prose_core)) CHECK(z.kind != ScopeKind::Footer);
}

TEST_CASE("zones: a middle part of a long document is all body; only the first has a headline, only the last a footer") {
  std::string s = "Harbour reopens\n\nBy Ines Varga\n\nPORT VELMAR \u2014 The harbour reopened on Monday.\n\n"
                  "Copyright 2024 Copydesk Wire\n";
  Core core = analyze_core(s);
  auto kinds = [&](bool has_start, bool has_end) {
    std::vector<ScopeKind> out;
    for (const Scope& z : find_zones(s, core, has_start, has_end)) out.push_back(z.kind);
    return out;
  };
  using K = ScopeKind;
  CHECK(kinds(true, true) == std::vector<K>{K::Headline, K::Byline, K::Dateline, K::Body, K::Footer});
  CHECK(kinds(true, false) == std::vector<K>{K::Headline, K::Byline, K::Dateline, K::Body});
  CHECK(kinds(false, true) == std::vector<K>{K::Body, K::Footer});
  std::vector<Scope> middle = find_zones(s, core, false, false);
  REQUIRE(middle.size() == 1);
  CHECK(middle[0].kind == K::Body);
  CHECK(middle[0].range.offset == 0);
  CHECK(middle[0].range.end() == s.size() - 1);
}

TEST_CASE("names: a sentence-opening function word is not part of the name") {
  std::string s = "The White House said so. But Kerry agreed.";
  Core core = analyze_core(s);
  CHECK(name_texts(s, find_names(core)) == std::vector<std::string>{"White House", "Kerry"});
}

TEST_CASE("variety detection") {
  CHECK(detect_variety(tokenize("The colour of the centre, organised.")) == "en-GB");
  CHECK(detect_variety(tokenize("The color of the center.")) == "en-US");
  CHECK(detect_variety(tokenize("No clue here.")) == "en-US");
}

TEST_CASE("variety detection on short articles") {
  auto guess = [](const std::string& s) { return guess_variety(analyze_core(s).tokens); };
  // Two spellings more of one variety decide.
  CHECK(guess("The colour of the harbour was chosen.").evidence == "words");
  CHECK(guess("The colour of the harbour was chosen.").language == "en-GB");
  // Proper nouns keep their own spelling and do not vote.
  VarietyGuess defense = guess("The Department of Defense and the World Health Organization met at Pearl Harbor. "
                               "The colour was chosen.");
  CHECK(defense.language == "en-GB");
  CHECK(defense.us_minus_uk == -1);
  // -ize is Oxford spelling too: only -ise says which variety.
  CHECK(guess("They will organize and recognize it.").evidence == "none");
  CHECK(guess("They will organise it.").language == "en-GB");
  // Few variety spellings: where the article is set decides.
  VarietyGuess india = guess("Officials in Mumbai said the color would change. The Indian ministry agreed in Delhi.");
  CHECK(india.language == "en-GB");
  CHECK(india.evidence == "region");
  CHECK(guess("Officials in Chicago said the color would change.").language == "en-US");
  // Two US spellings outweigh the region.
  CHECK(guess("In Sydney and Melbourne the color of the center changed.").evidence == "words");
  CHECK(guess("In Sydney and Melbourne the color of the center changed.").language == "en-US");
  // One mention of a place is not enough, and a story about the US from London stays undecided.
  CHECK(guess("The team flew to London.").evidence == "none");
  CHECK(guess("In London, Texas and Ohio officials met; Chicago and Boston joined.").evidence == "none");
}
