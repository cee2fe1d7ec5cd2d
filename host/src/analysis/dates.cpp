// The dates analysis: dates written in prose, the article's own date, and the year of each date.
#include <algorithm>

#include "analysis/analysis.hpp"
#include "copydesk/lexicon.hpp"

namespace copydesk::analysis {
namespace {

// A day number: "8", "8th", "21st".
int day_value(const Token& t) {
  if (t.kind != TokenKind::Number) return 0;
  std::string_view s = t.text;
  std::size_t digits = 0;
  while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return 0;
  std::string_view rest = s.substr(digits);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return 0;
  int day = 0;
  for (std::size_t i = 0; i < digits; ++i) day = day * 10 + (s[i] - '0');
  return day;
}

// A four-digit year 1000-2999.
int year_value(const Token& t) {
  if (t.kind != TokenKind::Number || t.text.size() != 4) return 0;
  int y = 0;
  for (char c : t.text) {
    if (c < '0' || c > '9') return 0;
    y = y * 10 + (c - '0');
  }
  return y >= 1000 && y <= 2999 ? y : 0;
}

// Digits of `s` as a number; -1 when one is not a digit.
int digits_value(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

int capitalised_month(const Token& t) {
  return t.is_word() && (t.flags & kCapitalized) ? lexicon::month_number(t.text) : 0;
}

std::vector<DateMention> find_mentions(const std::vector<Token>& tokens) {
  std::vector<DateMention> out;
  // Month Day [, Year]: "March 6, 2024", "May 8th".
  for (std::uint32_t i = 0; i + 1 < tokens.size(); ++i) {
    const Token& t = tokens[i];
    int month = capitalised_month(t);
    if (!month) continue;
    int day = day_value(tokens[i + 1]);
    if (day == 0 || tokens[i + 1].sentence != t.sentence) continue;
    DateMention d;
    d.first_token = i;
    d.month = month;
    d.day = day;
    std::uint32_t end = i + 2;
    std::uint32_t k = end;
    if (k < tokens.size() && tokens[k].text == ",") ++k;
    if (k < tokens.size() && year_value(tokens[k]) && tokens[k].sentence == t.sentence) {
      d.year = year_value(tokens[k]);
      end = k + 1;
    }
    d.end_token = end;
    out.push_back(d);
  }
  // Day Month [Year]: "8 May 2013".
  for (std::uint32_t i = 0; i + 1 < tokens.size(); ++i) {
    int day = day_value(tokens[i]);
    int month = capitalised_month(tokens[i + 1]);
    if (!day || !month || tokens[i + 1].sentence != tokens[i].sentence) continue;
    DateMention d;
    d.first_token = i;
    d.month = month;
    d.day = day;
    d.end_token = i + 2;
    if (i + 2 < tokens.size() && year_value(tokens[i + 2]) && tokens[i + 2].sentence == tokens[i].sentence) {
      d.year = year_value(tokens[i + 2]);
      d.end_token = i + 3;
    }
    out.push_back(d);
  }
  std::sort(out.begin(), out.end(), [](const DateMention& a, const DateMention& b) { return a.first_token < b.first_token; });
  // A weekday right before: "Tuesday, March 6", "Tuesday (May 8)", "on Tues. Jan. 8".
  for (DateMention& d : out) {
    std::uint32_t k = d.first_token;
    if (k > 0 && (tokens[k - 1].text == "," || tokens[k - 1].text == "(")) --k;
    if (k > 0 && tokens[k - 1].is_word() && tokens[k - 1].sentence == tokens[d.first_token].sentence) {
      int w = lexicon::weekday_number(tokens[k - 1].text);
      if (w >= 0 && (tokens[k - 1].flags & kCapitalized)) {
        d.weekday = w;
        d.weekday_token = k - 1;
      }
    }
    std::uint32_t begin = d.weekday >= 0 ? tokens[d.weekday_token].range.offset : tokens[d.first_token].range.offset;
    std::uint32_t stop = tokens[d.end_token - 1].range.end();
    if (d.weekday >= 0 && tokens[d.weekday_token + 1].text == "(" && d.end_token < tokens.size() &&
        tokens[d.end_token].text == ")")
      stop = tokens[d.end_token].range.end();
    d.range = {begin, stop - begin};
  }
  return out;
}

std::optional<ArticleDate> find_article_date(const Core& core, const std::vector<DateMention>& dates,
                                             std::string_view meta) {
  if (meta.size() >= 10 && meta[4] == '-' && meta[7] == '-') {
    ArticleDate a{digits_value(meta.substr(0, 4)), digits_value(meta.substr(5, 2)), digits_value(meta.substr(8, 2)),
                  "the article's date"};
    if (a.year >= 0 && a.month >= 1 && a.month <= 12 && a.day >= 1 && a.day <= 31) return a;
  }
  for (const DateMention& d : dates) {
    std::uint32_t first_token = d.weekday >= 0 ? d.weekday_token : d.first_token;
    const Token& first = core.tokens[first_token];
    if (first.paragraph > 2) break;
    if (!d.year) continue;
    if (core.paragraphs[first.paragraph].first_token == first_token)
      return ArticleDate{d.year, d.month, d.day, "the dateline"};
  }
  return std::nullopt;
}

}  // namespace

Dates find_dates(const Core& core, std::string_view date_metadata) {
  Dates dates;
  dates.items = find_mentions(core.tokens);
  dates.article = find_article_date(core, dates.items, date_metadata);
  if (dates.article) {
    dates.year = dates.article->year;
    dates.year_source = dates.article->source;
  } else {
    for (const DateMention& d : dates.items) {
      if (core.tokens[d.first_token].paragraph > 2) break;
      if (d.year) {
        dates.year = d.year;
        dates.year_source = "the first date in the article";
        break;
      }
    }
  }
  for (DateMention& d : dates.items) d.resolved_year = d.year ? d.year : dates.year;
  return dates;
}

}  // namespace copydesk::analysis
