// numbers/consistent-format: one way of writing thousands, percentages, money, ranges and decimals.
#include <copydesk/consistency.hpp>

#include <algorithm>

#include "number_words.hpp"
#include "rules.hpp"

namespace numbers {

using namespace copydesk;

namespace {

std::string with_separators(std::string_view digits) {
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string without_separators(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ',') out.push_back(c);
  return out;
}

bool glued(const Token& t) { return !t.has(kSpaceBefore); }

void thousands(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  std::vector<FormOccurrence> found;
  for (const NumberMention& n : doc.numbers()) {
    if (n.kind != NumberKind::Integer) continue;
    const Token& t = tokens[n.token];
    if (t.text.ends_with("s")) continue;  // "1990s"
    // Glued to letters or marks ("File:100207-X.jpg", "A320"): a code, not a quantity.
    if (!t.has(kSpaceBefore) && n.currency.empty() && n.token > 0 && !tokens[n.token - 1].has(kOpening)) continue;
    if (n.token + 1 < tokens.size() && !glued(tokens[n.token + 1]) == false &&
        tokens[n.token + 1].kind != TokenKind::Punctuation)
      continue;
    std::string plain = without_separators(t.text);
    // Four-digit figures without a separator are often years: only 10,000 and up count.
    if (!n.thousands_separator && plain.size() < 5) continue;
    if (n.thousands_separator && plain.size() < 4) continue;
    if (n.token > 0 && tokens[n.token - 1].is_word() && tokens[n.token - 1].has(kCapitalized) &&
        !tokens[n.token - 1].has(kSentenceStart))
      continue;  // "Flight 10255", "Route 12000": names and codes
    found.push_back({t.range, n.thousands_separator ? 0 : 1, {with_separators(plain), plain}});
  }
  report_minority_forms(found, {"thousands separators (1,250)", "no thousands separator (1250)"}, -1, reporter);
}

void percent(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  std::vector<FormOccurrence> found;
  for (const NumberMention& n : doc.numbers()) {
    const Token& t = tokens[n.token];
    std::string figure(t.text);
    if (n.kind == NumberKind::Percent) {
      figure.pop_back();
      found.push_back({t.range, 0, {figure + "%", figure + " percent", figure + " per cent"}});
      continue;
    }
    std::size_t k = n.token + 1;
    if (k >= tokens.size() || glued(tokens[k])) continue;
    std::string w = ascii_lower(tokens[k].text);
    if (w == "percent") {
      found.push_back({{t.range.offset, tokens[k].range.end() - t.range.offset}, 1,
                       {figure + "%", figure + " percent", figure + " per cent"}});
    } else if (w == "per" && k + 1 < tokens.size() && ascii_lower(tokens[k + 1].text) == "cent") {
      found.push_back({{t.range.offset, tokens[k + 1].range.end() - t.range.offset}, 2,
                       {figure + "%", figure + " percent", figure + " per cent"}});
    }
  }
  report_minority_forms(found, {"the % sign", "\u201Cpercent\u201D", "\u201Cper cent\u201D"}, -1, reporter);
}

void money(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  std::vector<FormOccurrence> found;
  auto word_of = [](std::string_view symbol) {
    return symbol == "$" ? "dollars" : symbol == "\u20AC" ? "euros" : symbol == "\u00A3" ? "pounds" : "";
  };
  for (const NumberMention& n : doc.numbers()) {
    const Token& t = tokens[n.token];
    std::size_t k = n.token + 1;
    if (k >= tokens.size()) continue;
    std::string next = ascii_lower(tokens[k].text);
    std::string figure(t.text);
    if (!n.currency.empty()) {
      std::string symbol(n.currency);
      Range start{tokens[n.token - 1].range.offset, 0};
      std::string scale, short_scale;
      bool glued_scale = glued(tokens[k]) && (next == "m" || next == "bn" || next == "b" || next == "k");
      if (glued_scale) {
        short_scale = next;
        scale = next == "m" ? "million" : next == "k" ? "thousand" : "billion";
      } else if (!glued(tokens[k]) && (next == "million" || next == "billion")) {
        scale = next;
        short_scale = next == "million" ? "m" : "bn";
      } else {
        continue;
      }
      std::string word = word_of(symbol);
      Range r{start.offset, tokens[k].range.end() - start.offset};
      found.push_back({r, glued_scale ? 1 : 0,
                       {symbol + figure + " " + scale, symbol + figure + short_scale,
                        word.empty() ? "" : figure + " " + scale + " " + word}});
    } else if ((next == "million" || next == "billion") && k + 1 < tokens.size()) {
      std::string unit = ascii_lower(tokens[k + 1].text);
      std::string symbol = unit == "dollars" ? "$" : unit == "euros" ? "\u20AC" : unit == "pounds" ? "\u00A3" : "";
      if (symbol.empty()) continue;
      Range r{t.range.offset, tokens[k + 1].range.end() - t.range.offset};
      found.push_back({r, 2,
                       {symbol + figure + " " + next, symbol + figure + (next == "million" ? "m" : "bn"),
                        figure + " " + next + " " + unit}});
    }
  }
  report_minority_forms(found, {"\u201C$4 million\u201D", "\u201C$4m\u201D", "\u201C4 million dollars\u201D"}, -1,
                        reporter);
}

void ranges(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  std::vector<FormOccurrence> found;
  for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
    const Token& dash = tokens[i];
    if (dash.text != "-" && dash.text != "\u2013") continue;
    const Token& a = tokens[i - 1];
    const Token& b = tokens[i + 1];
    if (a.kind != TokenKind::Number || b.kind != TokenKind::Number || glued(dash) == false || !glued(b)) continue;
    std::string before = i >= 2 ? ascii_lower(tokens[i - 2].text) : "";
    Range whole{a.range.offset, b.range.end() - a.range.offset};
    // "between 10-20" and "from 10-20": a dash cannot stand for "and" or "to".
    if (before == "between" || before == "from") {
      std::string fixed = std::string(a.text) + (before == "between" ? " and " : " to ") + std::string(b.text);
      reporter.report(whole, "After \u201C" + before + "\u201D write \u201C" + fixed + "\u201D, not a dash.")
          .fix(whole, fixed);
      continue;
    }
    found.push_back({dash.range, dash.text == "-" ? 0 : 1, {"-", "\u2013"}});
  }
  report_minority_forms(found, {"hyphens in number ranges (10-20)", "en dashes in number ranges (10\u201320)"}, -1,
                        reporter);
}

void decimals(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  auto digits_only = [](std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  std::vector<FormOccurrence> found;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind != TokenKind::Number) continue;
    std::size_t dot = t.text.find('.');
    if (dot != std::string_view::npos && dot > 0 && digits_only(t.text.substr(0, dot)) &&
        digits_only(t.text.substr(dot + 1))) {
      std::string comma(t.text);
      comma[dot] = ',';
      found.push_back({t.range, 0, {std::string(t.text), comma}});
      continue;
    }
    // "3,5": a comma glued between figures, one or two digits after it.
    if (i + 2 < tokens.size() && digits_only(t.text) && t.text.size() <= 3 && tokens[i + 1].text == "," &&
        glued(tokens[i + 1]) && glued(tokens[i + 2]) && tokens[i + 2].kind == TokenKind::Number &&
        digits_only(tokens[i + 2].text) && tokens[i + 2].text.size() <= 2) {
      Range r{t.range.offset, tokens[i + 2].range.end() - t.range.offset};
      std::string a(t.text), b(tokens[i + 2].text);
      found.push_back({r, 1, {a + "." + b, a + "," + b}});
    }
  }
  report_minority_forms(found, {"decimal points (3.5)", "decimal commas (3,5)"}, -1, reporter);
}

}  // namespace

RuleMeta ConsistentFormatRule::meta() {
  return {.id = "numbers/consistent-format",
          .summary = "Numbers written more than one way in a document: thousands separators, percent signs "
                     "and words, money, number ranges, decimal marks.",
          .default_severity = Severity::Warning,
          .fixable = true};
}

ConsistentFormatRule::ConsistentFormatRule(const RuleContext&) {}

void ConsistentFormatRule::check(const Document& doc, Reporter& reporter) {
  thousands(doc, reporter);
  percent(doc, reporter);
  money(doc, reporter);
  ranges(doc, reporter);
  decimals(doc, reporter);
}

}  // namespace numbers
