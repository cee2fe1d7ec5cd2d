// Word lists for the numbers rules.
#include "number_words.hpp"

#include <algorithm>
#include <cctype>

namespace numbers {

namespace {

constexpr std::string_view kUnits[] = {
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
    "months", "year", "years", "decade", "decades", "century", "centuries", "mile", "miles", "kilometre",
    "kilometres", "kilometer", "kilometers", "km", "metre", "metres", "meter", "meters", "m", "feet", "foot",
    "ft", "inch", "inches", "yard", "yards", "acre", "acres", "hectare", "hectares", "pound", "pounds", "lb",
    "lbs", "ounce", "ounces", "oz", "kilogram", "kilograms", "kg", "gram", "grams", "g", "ton", "tons",
    "tonne", "tonnes", "litre", "litres", "liter", "liters", "gallon", "gallons", "cup", "cups", "teaspoon",
    "teaspoons", "tablespoon", "tablespoons", "percent", "times", "innings", "laps", "lengths", "stories",
    "storeys", "floors", "points", "goals", "runs", "million", "billion", "trillion", "dollars", "euros",
    "cents", "pence", "mph", "km/h", "degrees", "per", "sq", "square", "cubic"};

constexpr std::string_view kMonths[] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.",
    "Oct.", "Nov.", "Dec.", "Jan", "Feb", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"};

constexpr const char* kOnes[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                 "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                 "seventeen", "eighteen", "nineteen"};
constexpr const char* kTens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

}  // namespace

bool is_unit_word(std::string_view w) { return std::find(std::begin(kUnits), std::end(kUnits), w) != std::end(kUnits); }

bool is_month(std::string_view w) { return std::find(std::begin(kMonths), std::end(kMonths), w) != std::end(kMonths); }

std::string spell_out(double value) {
  if (!(value >= 0 && value <= 99) || value != static_cast<double>(static_cast<int>(value))) return {};
  int n = static_cast<int>(value);
  if (n < 20) return kOnes[n];
  std::string s = kTens[n / 10];
  if (n % 10) s += std::string("-") + kOnes[n % 10];
  return s;
}

std::string_view token_text(const std::vector<copydesk::Token>& tokens, std::size_t i) {
  return i < tokens.size() ? tokens[i].text : std::string_view();
}

}  // namespace numbers
