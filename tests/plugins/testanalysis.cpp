// A plugin that brings its own analysis: it registers a provider built on the host's dates, and
// two rules read it through Document::get, proving the registry works across a dlopen boundary.
#include <copydesk/plugin.hpp>

namespace {

using namespace copydesk;

/// The dates of a document that fall on a Saturday or Sunday (the year resolved by the host).
struct WeekendDates {
  static constexpr std::string_view analysis_id = "testanalysis.weekend-dates";
  std::vector<const DateMention*> dates;  ///< into the document's Dates, which outlive this
  std::vector<int> weekdays;              ///< 5 Saturday, 6 Sunday
};

int weekday_of(int y, int m, int d) {
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) y -= 1;
  return ((y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7 + 6) % 7;
}

WeekendDates find_weekend_dates(const Document& doc) {
  WeekendDates out;
  for (const DateMention& d : doc.get<Dates>()) {
    if (!d.resolved_year) continue;
    int w = weekday_of(d.resolved_year, d.month, d.day);
    if (w >= 5) {
      out.dates.push_back(&d);
      out.weekdays.push_back(w);
    }
  }
  return out;
}

/// Reports every date that falls on a weekend.
class WeekendDateRule final : public Rule {
 public:
  static RuleMeta meta() {
    return {.id = "testanalysis/weekend-date", .summary = "A date that falls on a weekend."};
  }
  explicit WeekendDateRule(const RuleContext&) {}
  void check(const Document& doc, Reporter& reporter) override {
    const WeekendDates& weekend = doc.get<WeekendDates>();
    for (std::size_t i = 0; i < weekend.dates.size(); ++i)
      reporter.report(weekend.dates[i]->range, weekend.weekdays[i] == 5 ? "A Saturday." : "A Sunday.");
  }
};

/// Reports a document with more than one weekend date once, on its first: reads the same analysis.
class WeekendHeavyRule final : public Rule {
 public:
  static RuleMeta meta() {
    return {.id = "testanalysis/weekend-heavy", .summary = "More than one date on a weekend."};
  }
  explicit WeekendHeavyRule(const RuleContext&) {}
  void check(const Document& doc, Reporter& reporter) override {
    const WeekendDates& weekend = doc.get<WeekendDates>();
    if (weekend.dates.size() > 1)
      reporter.report(weekend.dates[0]->range, std::to_string(weekend.dates.size()) + " weekend dates.");
  }
};

void register_all(Registry& registry) {
  registry.add_analysis<WeekendDates>(find_weekend_dates);
  registry.add<WeekendDateRule>();
  registry.add<WeekendHeavyRule>();
}

}  // namespace

COPYDESK_PLUGIN("testanalysis", "1.0.0", register_all)
