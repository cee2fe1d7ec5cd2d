// Dates written in prose, the calendar arithmetic to check them, and the article's own date.
#pragma once

#include <copydesk/document.hpp>
#include <optional>
#include <string>
#include <vector>

namespace facts {

/// "Tuesday, March 6, 2024", "8 May 2013", "May 8th", "Tues., Jan. 8", "Tuesday (May 8)".
struct DateMention {
  std::uint32_t first_token = 0, end_token = 0;  ///< the date itself
  int year = 0;                                  ///< 0 when not written
  int month = 0, day = 0;
  int weekday = -1;                              ///< 0 Monday .. 6 Sunday, when a weekday is attached
  std::uint32_t weekday_token = 0;
  copydesk::Range range;                         ///< weekday (if any) through the date
};

std::vector<DateMention> find_dates(const copydesk::Document& doc);

/// 0 Monday .. 6 Sunday.
int weekday_of(int year, int month, int day);
int days_in_month(int year, int month);
/// -1 when the word is not a weekday name ("Tuesday", "Tues.", "Tue").
int weekday_index(std::string_view word);
const char* weekday_name(int index);
const char* month_name(int month);

/// The date the article is about, and where it came from ("the front matter", "the dateline").
struct ArticleDate {
  int year = 0, month = 0, day = 0;
  std::string source;
};
/// From metadata("date") (front matter, --date, config), else a full date standing alone or at
/// the start of one of the first three paragraphs (a dateline such as "Friday, January 4, 2019").
std::optional<ArticleDate> article_date(const copydesk::Document& doc, const std::vector<DateMention>& dates);
/// The year for dates written without one: the article date's, else the first year written in the
/// first three paragraphs. 0 when unknown.
int article_year(const copydesk::Document& doc, const std::vector<DateMention>& dates, std::string* source);

}  // namespace facts
