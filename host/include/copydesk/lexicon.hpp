// The closed word lists that the host's analyses and the plugins' rules share: one home for each.
// Header-only (plugins import no copydesk symbol), so host and plugins compile the same list.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <iterator>
#include <string_view>

#include "copydesk/version.hpp"

COPYDESK_NAMESPACE_BEGIN

namespace lexicon {

/// Weekday names, Monday first (index 0 Monday .. 6 Sunday).
inline constexpr std::array<std::string_view, 7> kWeekdays = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                              "Friday", "Saturday", "Sunday"};
/// Month names, January first (index 0; month numbers are index + 1).
inline constexpr std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",
                                                             "May",     "June",     "July",      "August",
                                                             "September", "October", "November", "December"};

/// The month number (1-12) of a capitalised month name or abbreviation ("Jan.", "Sept", "Sep",
/// "Mar", "May"), full stop allowed; 0 when the word is not one.
inline int month_number(std::string_view w) {
  if (w.ends_with(".")) w.remove_suffix(1);
  for (int m = 0; m < 12; ++m) {
    std::string_view full = kMonths[m];
    if (w == full) return m + 1;
    // AP abbreviations: Jan. Feb. Aug. Sept. Oct. Nov. Dec. (and Mar, Apr, Jun, Jul, Sep).
    if (w.size() >= 3 && w.size() < full.size() && full.starts_with(w) && w != "Ma" && w != "Ju") {
      if (w == "May") return 5;
      if (w.size() <= 4) return m + 1;
    }
  }
  return 0;
}

/// 0 Monday .. 6 Sunday for a weekday name or abbreviation ("Tuesday", "Tues.", "Tue", "Thurs");
/// -1 when the word is not one.
inline int weekday_number(std::string_view w) {
  if (w.ends_with(".")) w.remove_suffix(1);
  for (int d = 0; d < 7; ++d) {
    std::string_view full = kWeekdays[d];
    if (w == full) return d;
    if (w.size() >= 3 && w.size() <= 5 && full.starts_with(w)) return d;  // Tue, Tues, Thu, Thurs
  }
  return -1;
}

/// Abbreviated month and weekday names ("Jan", "Sept", "Tues"): the tokenizer keeps their full stop.
inline constexpr std::string_view kCalendarAbbreviations[] = {
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",   "Sep", "Sept", "Oct", "Nov",
    "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat",  "Sun"};

/// A month or weekday name, or one of kCalendarAbbreviations; a full stop allowed.
inline bool is_weekday_or_month(std::string_view w) {
  if (w.ends_with(".")) w.remove_suffix(1);
  auto in = [w](const auto& list) { return std::find(std::begin(list), std::end(list), w) != std::end(list); };
  return in(kWeekdays) || in(kMonths) || in(kCalendarAbbreviations);
}

/// A courtesy title or honorific before a name; `abbreviated` when it is a shortened word that
/// US style writes with a full stop ("Mr." "Dr.") and UK style without ("Mr" "Dr").
struct Honorific {
  std::string_view word;
  bool abbreviated;
};
inline constexpr Honorific kHonorifics[] = {
    {"Mr", true},   {"Mrs", true},   {"Ms", true},    {"Dr", true},   {"Prof", true}, {"Messrs", true},
    {"Mx", true},   {"Miss", false}, {"Mme", false},  {"Mlle", false}, {"Sir", false}, {"Dame", false}};

/// The longest honorific's length: a longer word, or one not opening with a capital, is none.
inline constexpr std::size_t kLongestHonorific = [] {
  std::size_t n = 0;
  for (const Honorific& h : kHonorifics) n = std::max(n, h.word.size());
  return n;
}();
static_assert([] {
  for (const Honorific& h : kHonorifics)
    if (h.word.empty() || h.word[0] < 'A' || h.word[0] > 'Z') return false;
  return true;
}(), "honorific() turns away words that do not open with a capital");

/// The honorific a word is ("Mr", "Mr.", "Dame"), full stop allowed; null when it is none.
/// Asked for every word by some rules: most are turned away by their length or first letter.
inline const Honorific* honorific(std::string_view w) {
  if (w.ends_with(".")) w.remove_suffix(1);
  if (w.empty() || w.size() > kLongestHonorific || w[0] < 'A' || w[0] > 'Z') return nullptr;
  for (const Honorific& h : kHonorifics)
    if (h.word == w) return &h;
  return nullptr;
}

/// Lower-case particles that belong to the name after them: "al Qaeda", "van Gogh", "bin Laden".
inline constexpr std::string_view kNameParticles[] = {"al",  "el",   "bin", "ibn",   "abu", "de",  "da",  "del",
                                                      "der", "di",   "du",  "dos",   "van", "von", "la",  "le",
                                                      "ben", "bint", "della", "den", "das", "ter"};
inline bool is_name_particle(std::string_view w) {
  return std::find(std::begin(kNameParticles), std::end(kNameParticles), w) != std::end(kNameParticles);
}

/// The Arabic article in its assimilated forms, joined to a name by a hyphen ("al-Assad",
/// "ash-Shara"): a second reference may drop it.
inline constexpr std::string_view kArabicArticles[] = {"al", "el", "ad", "as", "ash", "an", "ar", "at", "az"};
inline bool is_arabic_article(std::string_view w) {
  return std::find(std::begin(kArabicArticles), std::end(kArabicArticles), w) != std::end(kArabicArticles);
}

/// A verb of saying that attributes a quotation ("..., Ms Obi said"). `personal`: one that news copy
/// uses after a person far more than after an institution ("Kerry said", "Obi replied"), unlike
/// "Police warned", "The ministry announced".
struct SpeechVerb {
  std::string_view word;
  bool personal;
};
inline constexpr SpeechVerb kSpeechVerbs[] = {
    {"said", true},        {"says", true},      {"added", true},     {"adds", false},      {"asked", true},
    {"asks", false},       {"told", true},      {"tells", false},    {"explained", true},  {"noted", true},
    {"stated", false},     {"insisted", true},  {"continued", false}, {"replied", true},   {"wrote", true},
    {"writes", false},     {"announced", false}, {"declared", false}, {"warned", false},   {"argued", true},
    {"claimed", false},    {"recalled", false}, {"observed", false}, {"remarked", false},  {"commented", false},
    {"responded", false},  {"conceded", false}, {"admitted", false}, {"suggested", false}, {"stressed", false},
    {"urged", false},      {"cautioned", false}};
/// The speech verb a word is, or null.
inline const SpeechVerb* speech_verb(std::string_view w) {
  for (const SpeechVerb& v : kSpeechVerbs)
    if (v.word == w) return &v;
  return nullptr;
}
inline bool is_speech_verb(std::string_view w) { return speech_verb(w) != nullptr; }

/// Double quotation marks, as UTF-8: " “ ” „ « ». (Singles typed for a double are a QuoteMark fault.)
inline constexpr std::string_view kDoubleQuotationMarks[] = {"\"", "\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB"};
/// Marks that may open a quotation, as UTF-8: the straight marks " and ' (which open or close),
/// “ „ « and the singles ‘ ‚ ‹. A paragraph opening with one may continue a quotation from the
/// paragraph before (each paragraph of a long quotation reopens it).
inline constexpr std::string_view kOpeningQuotationMarks[] = {"\"", "'", "\u201C", "\u201E", "\u00AB",
                                                              "\u2018", "\u201A", "\u2039"};
/// Double quotation marks that only close: ” and » (and » opening in some languages is not English copy).
inline constexpr std::string_view kClosingDoubleQuotationMarks[] = {"\u201D", "\u00BB"};
inline bool is_double_quotation_mark(std::string_view s) {
  return std::find(std::begin(kDoubleQuotationMarks), std::end(kDoubleQuotationMarks), s) !=
         std::end(kDoubleQuotationMarks);
}

/// Formal titles, as written before a name (AP: capitalised there, lower case elsewhere): heads of
/// state and government, ministers and secretaries, legislators, judges, royalty, clergy, military
/// ranks, and local titles (councils, police forces, Scottish burghs). A nationality or an
/// organisation before a title ("Russia's Foreign Minister") is not part of it. The names analysis
/// splits a one-word title off the name it leads ("Sultan Qaboos"); the titles plugin finds every
/// title (and the ones a house adds in its own files) in the text.
inline constexpr std::string_view kFormalTitles[] = {
    "President", "Vice President", "President-elect", "Prime Minister", "Deputy Prime Minister",
    "First Minister", "Chancellor", "Premier", "Minister", "Foreign Minister", "Defense Minister",
    "Defence Minister", "Interior Minister", "Finance Minister", "Health Minister", "Education Minister",
    "Justice Minister", "Trade Minister", "Energy Minister", "Environment Minister", "Economy Minister",
    "Agriculture Minister", "Transport Minister", "Secretary of State", "Secretary-General",
    "Secretary General", "Foreign Secretary", "Home Secretary", "Defense Secretary", "Defence Secretary",
    "Treasury Secretary", "Health Secretary", "Education Secretary", "Energy Secretary", "Commerce Secretary",
    "Labor Secretary", "Homeland Security Secretary", "Attorney General", "Solicitor General", "Senator",
    "Sen.", "Representative", "Rep.", "Congressman", "Congresswoman", "Governor", "Gov.",
    "Lieutenant Governor", "Lt. Gov.", "Mayor", "Deputy Mayor", "Speaker", "House Speaker", "Ambassador",
    "Commissioner", "Judge", "Justice", "Chief Justice", "King", "Queen", "Prince", "Princess", "Emperor",
    "Empress", "Emir", "Sheikh", "Sultan", "Pope", "Cardinal", "Archbishop", "Bishop", "Rabbi", "Imam",
    "Ayatollah", "Patriarch", "General", "Gen.", "Lieutenant General", "Lt. Gen.", "Major General",
    "Maj. Gen.", "Brigadier General", "Brig. Gen.", "Colonel", "Col.", "Lieutenant Colonel", "Lt. Col.",
    "Major", "Maj.", "Captain", "Capt.", "Lieutenant", "Lt.", "Admiral", "Adm.", "Vice Admiral", "Vice Adm.",
    "Sergeant", "Sgt.", "Field Marshal", "Police Chief", "Police Commissioner", "Councillor", "Councilor",
    "Councilman", "Councilwoman", "Alderman", "Alderwoman", "Chief Constable", "Deputy Chief Constable",
    "Assistant Chief Constable", "Provost", "Lord Provost", "Lord Mayor", "Sheriff",
    "Police and Crime Commissioner"};
/// Whether `w` is one of kFormalTitles as written ("Minister", "Sen."; case-sensitive).
inline bool is_formal_title(std::string_view w) {
  return std::find(std::begin(kFormalTitles), std::end(kFormalTitles), w) != std::end(kFormalTitles);
}

/// How a residue phrase meets a line, ASCII case ignored: at its start, anywhere in it, or as the
/// whole line (trailing spaces and one trailing ':', '.' or '!' aside).
enum class ResidueMatch { Start, Anywhere, Line };
/// Text that web pages leave in copy pasted from them (comment prompts, share buttons, copyright
/// lines, cookie banners). `message` says what it is; an empty one marks a phrase too common to
/// report on its own ("Please ...", "This article is ...") that still makes a trailing line a
/// footer line.
struct ResiduePhrase {
  std::string_view text;  ///< lower case
  ResidueMatch match;
  std::string_view message;  ///< "a cookie banner."; empty: a footer marker only
};
/// The residue phrases: the news zones call a run of lines that have one at the end of an article
/// its footer; structure/residue reports each short line with one that has a message. Phrases
/// with a message come first.
inline constexpr ResiduePhrase kResiduePhrases[] = {
    {"comments are loading", ResidueMatch::Anywhere, "a comments widget's loading message."},
    {"closed for comments", ResidueMatch::Anywhere, "a comments notice."},
    {"email the editor", ResidueMatch::Anywhere, "a contact prompt."},
    {"comments to:", ResidueMatch::Start, "a comments address."},
    {"comment to:", ResidueMatch::Start, "a comments address."},
    {"copyright", ResidueMatch::Start, "a copyright footer."},
    {"\u00A9", ResidueMatch::Start, "a copyright footer."},
    {"(c)", ResidueMatch::Start, "a copyright footer."},
    {"all rights reserved", ResidueMatch::Anywhere, "a copyright footer."},
    {"share", ResidueMatch::Line, "a share button's label."},
    {"share this article", ResidueMatch::Line, "a share button's label."},
    {"share this story", ResidueMatch::Line, "a share button's label."},
    {"share this page", ResidueMatch::Line, "a share button's label."},
    {"share this", ResidueMatch::Line, "a share button's label."},
    {"share this this article", ResidueMatch::Line, "a share button's label."},
    {"share this this story", ResidueMatch::Line, "a share button's label."},
    {"share this this page", ResidueMatch::Line, "a share button's label."},
    {"share on", ResidueMatch::Line, "a share button's label."},
    {"share on this article", ResidueMatch::Line, "a share button's label."},
    {"share on this story", ResidueMatch::Line, "a share button's label."},
    {"share on this page", ResidueMatch::Line, "a share button's label."},
    {"tweet", ResidueMatch::Line, "a share button's label."},
    {"tweet this article", ResidueMatch::Line, "a share button's label."},
    {"tweet this story", ResidueMatch::Line, "a share button's label."},
    {"tweet this page", ResidueMatch::Line, "a share button's label."},
    {"email", ResidueMatch::Line, "a share button's label."},
    {"email this article", ResidueMatch::Line, "a share button's label."},
    {"email this story", ResidueMatch::Line, "a share button's label."},
    {"email this page", ResidueMatch::Line, "a share button's label."},
    {"print", ResidueMatch::Line, "a share button's label."},
    {"print this article", ResidueMatch::Line, "a share button's label."},
    {"print this story", ResidueMatch::Line, "a share button's label."},
    {"print this page", ResidueMatch::Line, "a share button's label."},
    {"subscribe now", ResidueMatch::Start, "a subscription prompt."},
    {"subscribe today", ResidueMatch::Start, "a subscription prompt."},
    {"subscribe for our", ResidueMatch::Start, "a subscription prompt."},
    {"subscribe to our", ResidueMatch::Start, "a subscription prompt."},
    {"sign up now", ResidueMatch::Start, "a subscription prompt."},
    {"sign up today", ResidueMatch::Start, "a subscription prompt."},
    {"sign up for our", ResidueMatch::Start, "a subscription prompt."},
    {"sign up to our", ResidueMatch::Start, "a subscription prompt."},
    {"click here to subscribe now", ResidueMatch::Start, "a subscription prompt."},
    {"click here to subscribe today", ResidueMatch::Start, "a subscription prompt."},
    {"click here to subscribe for our", ResidueMatch::Start, "a subscription prompt."},
    {"click here to subscribe to our", ResidueMatch::Start, "a subscription prompt."},
    {"click here to sign up now", ResidueMatch::Start, "a subscription prompt."},
    {"click here to sign up today", ResidueMatch::Start, "a subscription prompt."},
    {"click here to sign up for our", ResidueMatch::Start, "a subscription prompt."},
    {"click here to sign up to our", ResidueMatch::Start, "a subscription prompt."},
    {"we use cookies", ResidueMatch::Anywhere, "a cookie banner."},
    {"accept all cookies", ResidueMatch::Anywhere, "a cookie banner."},
    {"advertisement", ResidueMatch::Line, "an advertisement label."},
    {"read more", ResidueMatch::Line, "a related-links heading."},
    {"related", ResidueMatch::Line, "a related-links heading."},
    {"related articles", ResidueMatch::Line, "a related-links heading."},
    {"more on this story", ResidueMatch::Line, "a related-links heading."},
    {"you may also like", ResidueMatch::Line, "a related-links heading."},
    {"follow us on", ResidueMatch::Anywhere, "a social media prompt."},
    {"javascript is disabled", ResidueMatch::Anywhere, "a browser notice."},
    {"printable version", ResidueMatch::Anywhere, "a print link."},
    {"comments", ResidueMatch::Start, ""},
    {"please ", ResidueMatch::Start, ""},
    {"this article is", ResidueMatch::Start, ""},
    {"follow us", ResidueMatch::Start, ""},
    {"share this", ResidueMatch::Start, ""},
    {"subscribe", ResidueMatch::Start, ""},
    {"sign up", ResidueMatch::Start, ""},
    {"related:", ResidueMatch::Start, ""},
    {"read more", ResidueMatch::Start, ""},
    {"advertisement", ResidueMatch::Start, ""},
    {"email the", ResidueMatch::Start, ""},
};
/// Residue is a short line of page furniture, not prose that happens to hold a phrase: the most
/// words a residue line has (structure/residue's `max_words` default; the zones' footer lines).
inline constexpr int kResidueLineMaxWords = 30;

/// The first residue phrase of kResiduePhrases (in its order) that `line` has, or null. One pass
/// over the line for the phrases met anywhere, so a long paragraph costs linear time.
inline const ResiduePhrase* residue_phrase(std::string_view line) {
  constexpr std::size_t kCount = std::size(kResiduePhrases);
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  auto same_at = [&](std::size_t at, std::string_view text) {
    if (at + text.size() > line.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i)
      if (lower(line[at + i]) != text[i]) return false;
    return true;
  };
  std::string_view whole = line;  // a Line phrase: trailing spaces and one ':', '.' or '!' aside
  auto trim = [&] {
    while (!whole.empty() && (whole.back() == ' ' || whole.back() == '\t')) whole.remove_suffix(1);
  };
  trim();
  if (!whole.empty() && (whole.back() == ':' || whole.back() == '.' || whole.back() == '!')) whole.remove_suffix(1);
  trim();
  std::size_t best = kCount;
  for (std::size_t i = 0; i < kCount && best == kCount; ++i) {
    const ResiduePhrase& p = kResiduePhrases[i];
    if ((p.match == ResidueMatch::Start && same_at(0, p.text)) ||
        (p.match == ResidueMatch::Line && whole.size() == p.text.size() && same_at(0, p.text)))
      best = i;
  }
  // Phrases met anywhere, and listed before `best`: tried where the line has their first letter.
  static constexpr std::array<bool, 256> kFirst = [] {
    std::array<bool, 256> first{};
    for (const ResiduePhrase& p : kResiduePhrases)
      if (p.match == ResidueMatch::Anywhere) first[static_cast<unsigned char>(p.text[0])] = true;
    return first;
  }();
  for (std::size_t at = 0; at < line.size(); ++at) {
    if (!kFirst[static_cast<unsigned char>(lower(line[at]))]) continue;
    for (std::size_t i = 0; i < best; ++i)
      if (kResiduePhrases[i].match == ResidueMatch::Anywhere && same_at(at, kResiduePhrases[i].text)) best = i;
  }
  return best < kCount ? &kResiduePhrases[best] : nullptr;
}

/// An HTML named character reference ("mdash" for "&mdash;") and the text it stands for, as UTF-8.
struct HtmlEntity {
  std::string_view name;  ///< case-sensitive, as HTML spells it
  std::string_view text;
};
/// The named character references that copy pasted from a web page or a CMS leaves in text:
/// markup-significant characters, spaces, dashes, quotation marks, typographic signs and the
/// Latin-1 letters of names. A subset of the WHATWG HTML standard's table of named character
/// references (html.spec.whatwg.org/multipage/named-characters.html), with the same values.
inline constexpr HtmlEntity kHtmlEntities[] = {
    {"amp", "&"},          {"lt", "<"},           {"gt", ">"},           {"quot", "\""},       {"apos", "'"},
    {"nbsp", "\u00A0"},   {"ensp", "\u2002"},   {"emsp", "\u2003"},   {"thinsp", "\u2009"},  {"shy", "\u00AD"},
    {"zwj", "\u200D"},    {"zwnj", "\u200C"},   {"ndash", "\u2013"},  {"mdash", "\u2014"},   {"hellip", "\u2026"},
    {"lsquo", "\u2018"},   {"rsquo", "\u2019"},   {"sbquo", "\u201A"},   {"ldquo", "\u201C"},   {"rdquo", "\u201D"},
    {"bdquo", "\u201E"},   {"laquo", "\u00AB"},   {"raquo", "\u00BB"},   {"lsaquo", "\u2039"},  {"rsaquo", "\u203A"},
    {"prime", "\u2032"},   {"Prime", "\u2033"},   {"bull", "\u2022"},    {"middot", "\u00B7"},  {"copy", "\u00A9"},
    {"reg", "\u00AE"},     {"trade", "\u2122"},   {"deg", "\u00B0"},     {"sect", "\u00A7"},    {"para", "\u00B6"},
    {"dagger", "\u2020"},  {"euro", "\u20AC"},    {"pound", "\u00A3"},   {"yen", "\u00A5"},     {"cent", "\u00A2"},
    {"times", "\u00D7"},   {"divide", "\u00F7"},  {"plusmn", "\u00B1"},  {"minus", "\u2212"},   {"frac12", "\u00BD"},
    {"frac14", "\u00BC"},  {"frac34", "\u00BE"},  {"sup2", "\u00B2"},    {"sup3", "\u00B3"},    {"micro", "\u00B5"},
    {"iexcl", "\u00A1"},   {"iquest", "\u00BF"},  {"acute", "\u00B4"},   {"Agrave", "\u00C0"},  {"Aacute", "\u00C1"},
    {"Acirc", "\u00C2"},   {"Atilde", "\u00C3"},  {"Auml", "\u00C4"},    {"Aring", "\u00C5"},   {"AElig", "\u00C6"},
    {"Ccedil", "\u00C7"},  {"Egrave", "\u00C8"},  {"Eacute", "\u00C9"},  {"Ecirc", "\u00CA"},   {"Euml", "\u00CB"},
    {"Igrave", "\u00CC"},  {"Iacute", "\u00CD"},  {"Icirc", "\u00CE"},   {"Iuml", "\u00CF"},    {"Ntilde", "\u00D1"},
    {"Ograve", "\u00D2"},  {"Oacute", "\u00D3"},  {"Ocirc", "\u00D4"},   {"Otilde", "\u00D5"},  {"Ouml", "\u00D6"},
    {"Oslash", "\u00D8"},  {"Ugrave", "\u00D9"},  {"Uacute", "\u00DA"},  {"Ucirc", "\u00DB"},   {"Uuml", "\u00DC"},
    {"Yacute", "\u00DD"},  {"szlig", "\u00DF"},   {"agrave", "\u00E0"},  {"aacute", "\u00E1"},  {"acirc", "\u00E2"},
    {"atilde", "\u00E3"},  {"auml", "\u00E4"},    {"aring", "\u00E5"},   {"aelig", "\u00E6"},   {"ccedil", "\u00E7"},
    {"egrave", "\u00E8"},  {"eacute", "\u00E9"},  {"ecirc", "\u00EA"},   {"euml", "\u00EB"},    {"igrave", "\u00EC"},
    {"iacute", "\u00ED"},  {"icirc", "\u00EE"},   {"iuml", "\u00EF"},    {"ntilde", "\u00F1"},  {"ograve", "\u00F2"},
    {"oacute", "\u00F3"},  {"ocirc", "\u00F4"},   {"otilde", "\u00F5"},  {"ouml", "\u00F6"},   {"oslash", "\u00F8"},
    {"ugrave", "\u00F9"},  {"uacute", "\u00FA"},  {"ucirc", "\u00FB"},   {"uuml", "\u00FC"},    {"yacute", "\u00FD"},
    {"yuml", "\u00FF"},    {"Scaron", "\u0160"},  {"scaron", "\u0161"},  {"Zcaron", "\u017D"},  {"zcaron", "\u017E"},
    {"OElig", "\u0152"},   {"oelig", "\u0153"},   {"Yuml", "\u0178"},
    // HTML also reads these in capitals.
    {"AMP", "&"},          {"LT", "<"},           {"GT", ">"},           {"QUOT", "\""},       {"COPY", "\u00A9"},
    {"REG", "\u00AE"},
};
/// Words for the characters a message cannot show as they are: spaces other than the plain one,
/// the soft hyphen and the zero-width joiners (Unicode's names, shortened).
struct InvisibleCharacter {
  std::string_view text;  ///< UTF-8
  std::string_view name;  ///< "a no-break space"
};
inline constexpr InvisibleCharacter kInvisibleCharacters[] = {
    {"\u00A0", "a no-break space"}, {"\u2002", "an en space"},      {"\u2003", "an em space"},
    {"\u2009", "a thin space"},     {"\u200A", "a hair space"},     {"\u202F", "a narrow no-break space"},
    {"\u00AD", "a soft hyphen"},    {"\u200B", "a zero-width space"}, {"\u200C", "a zero-width non-joiner"},
    {"\u200D", "a zero-width joiner"}, {"\u2060", "a word joiner"},
};
/// The name of `text` when it is one of kInvisibleCharacters, else empty.
inline std::string_view invisible_character_name(std::string_view text) {
  for (const InvisibleCharacter& c : kInvisibleCharacters)
    if (c.text == text) return c.name;
  return {};
}

/// The text of a named character reference (without its & and ;), or null when it is not one.
inline const HtmlEntity* html_entity(std::string_view name) {
  for (const HtmlEntity& e : kHtmlEntities)
    if (e.name == name) return &e;
  return nullptr;
}

}  // namespace lexicon

COPYDESK_NAMESPACE_END
