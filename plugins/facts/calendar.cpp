// Finds dates in the token stream and does the calendar arithmetic.
#include "calendar.hpp"

#include <algorithm>
#include <cstdlib>

namespace facts {

using namespace copydesk;

namespace {

constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

int month_index(std::string_view w) {
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

// A day number: "8", "8th", "21st".
int day_value(const Token& t) {
  if (t.kind != TokenKind::Number) return 0;
  std::string_view s = t.text;
  std::size_t digits = 0;
  while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return 0;
  std::string_view rest = s.substr(digits);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return 0;
  return std::atoi(std::string(s.substr(0, digits)).c_str());
}

int year_value(const Token& t) {
  if (t.kind != TokenKind::Number || t.text.size() != 4) return 0;
  for (char c : t.text)
    if (c < '0' || c > '9') return 0;
  int y = std::atoi(std::string(t.text).c_str());
  return y >= 1000 && y <= 2999 ? y : 0;
}

}  // namespace

int weekday_index(std::string_view w) {
  if (w.ends_with(".")) w.remove_suffix(1);
  for (int d = 0; d < 7; ++d) {
    std::string_view full = kWeekdays[d];
    if (w == full) return d;
    if (w.size() >= 3 && w.size() <= 5 && full.starts_with(w)) return d;  // Tue, Tues, Thu, Thurs
  }
  return -1;
}

const char* weekday_name(int index) { return kWeekdays[index]; }
const char* month_name(int month) { return kMonths[month - 1]; }

int weekday_of(int y, int m, int d) {
  // Sakamoto's method gives 0 for Sunday; shift so Monday is 0.
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) y -= 1;
  int sunday_based = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
  return (sunday_based + 6) % 7;
}

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2) return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
  return days[m - 1];
}

std::vector<DateMention> find_dates(const Document& doc) {
  const auto& tokens = doc.tokens();
  std::vector<DateMention> out;
  for (std::uint32_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (!t.is_word()) continue;
    int month = month_index(t.text);
    if (!month || !(t.flags & kCapitalized) || i + 1 >= tokens.size()) continue;
    // Month Day [, Year]
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
    int month = tokens[i + 1].is_word() && (tokens[i + 1].flags & kCapitalized) ? month_index(tokens[i + 1].text) : 0;
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
      int w = weekday_index(tokens[k - 1].text);
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

std::optional<ArticleDate> article_date(const Document& doc, const std::vector<DateMention>& dates) {
  std::string_view meta = doc.metadata("date");
  if (meta.size() >= 10 && meta[4] == '-' && meta[7] == '-') {
    ArticleDate a{std::atoi(std::string(meta.substr(0, 4)).c_str()), std::atoi(std::string(meta.substr(5, 2)).c_str()),
                  std::atoi(std::string(meta.substr(8, 2)).c_str()), "the article's date"};
    if (a.month >= 1 && a.month <= 12 && a.day >= 1 && a.day <= 31) return a;
  }
  const auto& tokens = doc.tokens();
  for (const DateMention& d : dates) {
    const Token& first = tokens[d.weekday >= 0 ? d.weekday_token : d.first_token];
    if (first.paragraph > 2) break;
    if (!d.year) continue;
    const Paragraph& p = doc.paragraphs()[first.paragraph];
    bool starts = p.first_token == (d.weekday >= 0 ? d.weekday_token : d.first_token);
    if (starts) return ArticleDate{d.year, d.month, d.day, "the dateline"};
  }
  return std::nullopt;
}

int article_year(const Document& doc, const std::vector<DateMention>& dates, std::string* source) {
  if (auto a = article_date(doc, dates)) {
    if (source) *source = a->source;
    return a->year;
  }
  for (const DateMention& d : dates) {
    if (doc.tokens()[d.first_token].paragraph > 2) break;
    if (d.year) {
      if (source) *source = "the first date in the article";
      return d.year;
    }
  }
  return 0;
}

}  // namespace facts
