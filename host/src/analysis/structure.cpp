// Paragraphs, sentences and quotation spans over the token stream.
#include <algorithm>

#include "analysis/analysis.hpp"
#include "util/utf8.hpp"

namespace copydesk::analysis {
namespace {

constexpr std::size_t kWrappedLineLimit = 100;  // code points; longer lines mean "one paragraph a line"

struct Line {
  std::size_t begin, end;  // end excludes the '\n'
  bool blank;
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    bool blank = true;
    for (std::size_t i = begin; i < end && blank;) blank = utf8::is_space(utf8::next(text, i));
    lines.push_back({begin, end, blank});
    if (end == text.size()) break;
    begin = end + 1;
  }
  return lines;
}

bool ends_with_terminal(std::string_view line) {
  std::size_t i = line.size();
  while (i > 0) {
    char32_t c = utf8::previous(line, i);
    if (utf8::is_space(c)) continue;
    if (c == '"' || c == 0x201D || c == 0x2019 || c == '\'' || c == ')') continue;
    return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == ':';
  }
  return false;
}

bool starts_like_sentence(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size()) {
    char32_t c = utf8::next(line, i);
    if (utf8::is_space(c)) continue;
    return utf8::is_upper(c) || utf8::is_digit(c) || c == '"' || c == 0x201C || c == 0x2018;
  }
  return false;
}

bool starts_in_lower_case(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size()) {
    char32_t c = utf8::next(line, i);
    if (utf8::is_space(c)) continue;
    return utf8::is_lower(c);
  }
  return false;
}

bool is_closer(const Token& t) {
  return (t.kind == TokenKind::Quote && !(t.flags & kOpening)) || (t.kind == TokenKind::Bracket && (t.flags & kClosing));
}

// Whether the token after a full stop, question or exclamation mark begins a new sentence.
bool begins_sentence(const Token& t, const Token* after) {
  if (!(t.flags & kSpaceBefore)) return false;
  if (t.kind == TokenKind::Number) return true;
  if (t.kind == TokenKind::Quote || t.kind == TokenKind::Bracket)
    return (t.flags & kOpening) && after && (after->flags & kCapitalized || after->kind == TokenKind::Number);
  if (t.kind == TokenKind::Word) return (t.flags & kCapitalized) || (t.flags & kAllCaps);
  return false;
}

// Abbreviations after which a capitalised word still continues the sentence.
bool never_ends_sentence(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (utf8::count_code_points(word) == 1) return true;  // an initial
  return is_honorific(word) || is_weekday_or_month(word) || word == "Gen" || word == "Sen" || word == "Rep" ||
         word == "Gov" || word == "Lt" || word == "Col" || word == "Maj" || word == "Capt" || word == "Sgt" ||
         word == "Cpl" || word == "Adm" || word == "Cmdr" || word == "Cdr" || word == "Pvt" || word == "Rev" ||
         word == "Hon" || word == "Pres" || word == "Supt" || word == "Det" || word == "Insp" || word == "Atty" ||
         word == "St" || word == "Mt" || word == "Ft" || word == "No" || word == "Nos" || word == "no" ||
         word == "Fig" || word == "fig" || word == "Vol" || word == "vol" || word == "vs" || word == "Messrs";
}

}  // namespace

std::vector<Paragraph> split_paragraphs(std::string_view text, std::vector<Token>& tokens) {
  std::vector<Line> lines = split_lines(text);
  std::vector<Range> ranges;
  bool first_block = true;
  for (std::size_t li = 0; li < lines.size();) {
    if (lines[li].blank) {
      ++li;
      continue;
    }
    std::size_t lj = li;
    bool long_lines = false;
    while (lj < lines.size() && !lines[lj].blank) {
      std::string_view line = text.substr(lines[lj].begin, lines[lj].end - lines[lj].begin);
      long_lines = long_lines || utf8::count_code_points(line) > kWrappedLineLimit;
      ++lj;
    }
    auto add = [&](std::size_t a, std::size_t b) {  // lines [a, b)
      ranges.push_back({static_cast<std::uint32_t>(lines[a].begin),
                        static_cast<std::uint32_t>(lines[b - 1].end - lines[a].begin)});
    };
    if (long_lines) {
      // One paragraph a line, except that a line starting in lower case after a line with no
      // sentence end continues it (a hard-wrapped paragraph that has one long line).
      std::size_t from = li;
      for (std::size_t k = li; k < lj; ++k) {
        bool continues = false;
        if (k + 1 < lj) {
          std::string_view line = text.substr(lines[k].begin, lines[k].end - lines[k].begin);
          std::string_view next = text.substr(lines[k + 1].begin, lines[k + 1].end - lines[k + 1].begin);
          continues = !ends_with_terminal(line) && starts_in_lower_case(next);
        }
        if (!continues) {
          add(from, k + 1);
          from = k + 1;
        }
      }
    } else {
      std::size_t from = li;
      if (first_block && lj - li > 1) {
        std::string_view first = text.substr(lines[li].begin, lines[li].end - lines[li].begin);
        std::string_view second = text.substr(lines[li + 1].begin, lines[li + 1].end - lines[li + 1].begin);
        if (!ends_with_terminal(first) && starts_like_sentence(second)) {
          add(li, li + 1);
          from = li + 1;
        }
      }
      add(from, lj);
    }
    first_block = false;
    li = lj;
  }

  std::vector<Paragraph> paragraphs;
  paragraphs.reserve(ranges.size());
  std::size_t t = 0;
  for (const Range& r : ranges) {
    Paragraph p;
    p.range = r;
    while (t < tokens.size() && tokens[t].range.offset < r.offset) ++t;
    p.first_token = static_cast<std::uint32_t>(t);
    while (t < tokens.size() && tokens[t].range.offset < r.end()) {
      tokens[t].paragraph = static_cast<std::uint32_t>(paragraphs.size());
      ++t;
    }
    p.end_token = static_cast<std::uint32_t>(t);
    paragraphs.push_back(p);
  }
  return paragraphs;
}

std::vector<Sentence> split_sentences(std::vector<Paragraph>& paragraphs, std::vector<Token>& tokens) {
  std::vector<Sentence> sentences;
  for (std::uint32_t pi = 0; pi < paragraphs.size(); ++pi) {
    Paragraph& p = paragraphs[pi];
    p.first_sentence = static_cast<std::uint32_t>(sentences.size());
    std::uint32_t start = p.first_token;
    auto close = [&](std::uint32_t end) {
      if (end <= start) return;
      Sentence s;
      s.first_token = start;
      s.end_token = end;
      s.paragraph = pi;
      s.range = {tokens[start].range.offset, tokens[end - 1].range.end() - tokens[start].range.offset};
      for (std::uint32_t k = start; k < end; ++k) tokens[k].sentence = static_cast<std::uint32_t>(sentences.size());
      for (std::uint32_t k = start; k < end; ++k) {
        if (tokens[k].kind == TokenKind::Word || tokens[k].kind == TokenKind::Number) {
          tokens[k].flags |= kSentenceStart;
          break;
        }
      }
      sentences.push_back(s);
      start = end;
    };
    for (std::uint32_t k = p.first_token; k < p.end_token; ++k) {
      const Token& t = tokens[k];
      bool terminal = false;
      bool abbreviation_stop = false;
      if (t.kind == TokenKind::Punctuation) {
        char32_t c = utf8::at(t.text, 0);
        terminal = c == '!' || c == '?' || c == 0x2026 || (c == '.' );
      } else if (t.kind == TokenKind::Word && (t.flags & kAbbreviation)) {
        abbreviation_stop = !never_ends_sentence(t.text);
      }
      if (!terminal && !abbreviation_stop) continue;
      std::uint32_t end = k + 1;
      while (end < p.end_token && is_closer(tokens[end]) && !(tokens[end].flags & kSpaceBefore)) ++end;
      if (end >= p.end_token) continue;  // the paragraph's end closes it below
      const Token& next = tokens[end];
      const Token* after = end + 1 < p.end_token ? &tokens[end + 1] : nullptr;
      if (!begins_sentence(next, after)) continue;
      // After "U.S." or "Inc." a capitalised word is usually a name, unless it opens a sentence.
      if (abbreviation_stop && !(next.kind == TokenKind::Word && is_sentence_opener(next.text))) continue;
      close(end);
      k = end - 1;
    }
    close(p.end_token);
    p.end_sentence = static_cast<std::uint32_t>(sentences.size());
  }
  return sentences;
}

std::vector<QuoteSpan> find_quotations(const std::vector<Paragraph>& paragraphs, std::vector<Token>& tokens) {
  std::vector<QuoteSpan> spans;
  auto is_double = [](const Token& t) {
    return t.text == "\"" || t.text == "\u201C" || t.text == "\u201D" || t.text == "\u201E" ||
           t.text == "\u00AB" || t.text == "\u00BB";
  };
  auto opens = [](const Token& t) { return (t.flags & kOpening) != 0; };
  auto closes = [](const Token& t) { return (t.flags & kClosing) != 0; };

  std::uint32_t open_span = QuoteSpan::npos;  // index in spans of a double quote still open
  for (std::uint32_t pi = 0; pi < paragraphs.size(); ++pi) {
    const Paragraph& p = paragraphs[pi];
    // A quotation left open at the end of the previous paragraph continues when this one
    // reopens with a quotation mark: the newspaper convention.
    if (open_span != QuoteSpan::npos) {
      bool reopens = p.first_token < p.end_token && tokens[p.first_token].kind == TokenKind::Quote &&
                     is_double(tokens[p.first_token]) && opens(tokens[p.first_token]);
      if (reopens && spans[open_span].first_paragraph + spans[open_span].paragraphs == pi) {
        spans[open_span].paragraphs++;
      } else {
        open_span = QuoteSpan::npos;
      }
    }
    std::uint32_t single_open = QuoteSpan::npos;
    bool skip_first = open_span != QuoteSpan::npos;
    for (std::uint32_t k = p.first_token; k < p.end_token; ++k) {
      Token& t = tokens[k];
      if (t.kind != TokenKind::Quote) continue;
      if (skip_first) {
        skip_first = false;
        continue;
      }
      if (is_double(t)) {
        bool straight = t.text == "\"";
        bool as_open = opens(t) || (straight && !closes(t) && open_span == QuoteSpan::npos);
        bool as_close = closes(t) || (straight && !opens(t) && open_span != QuoteSpan::npos);
        if (as_open && open_span == QuoteSpan::npos) {
          QuoteSpan s;
          s.open = t.range.offset;
          s.open_token = k;
          s.first_paragraph = pi;
          open_span = static_cast<std::uint32_t>(spans.size());
          spans.push_back(s);
        } else if (as_close && open_span != QuoteSpan::npos) {
          spans[open_span].close = t.range.offset;
          spans[open_span].close_token = k;
          open_span = QuoteSpan::npos;
        } else if (as_close) {
          QuoteSpan s;
          s.close = t.range.offset;
          s.close_token = k;
          s.first_paragraph = pi;
          spans.push_back(s);
        } else {
          // An opening mark while one is open: the first was never closed.
          QuoteSpan s;
          s.open = t.range.offset;
          s.open_token = k;
          s.first_paragraph = pi;
          open_span = static_cast<std::uint32_t>(spans.size());
          spans.push_back(s);
        }
      } else if (opens(t) && (t.text == "\u2018" || t.text == "'")) {
        single_open = k;
      } else if (closes(t) && single_open != QuoteSpan::npos && (t.text == "\u2019" || t.text == "'")) {
        QuoteSpan s;
        s.open = tokens[single_open].range.offset;
        s.open_token = single_open;
        s.close = t.range.offset;
        s.close_token = k;
        s.first_paragraph = pi;
        s.single_marks = true;
        spans.push_back(s);
        single_open = QuoteSpan::npos;
      }
    }
  }
  // Mark the tokens inside each quotation.
  for (const QuoteSpan& s : spans) {
    if (s.stray_close()) continue;
    std::uint32_t last_paragraph = s.first_paragraph + s.paragraphs - 1;
    std::uint32_t end = s.close_token != QuoteSpan::npos ? s.close_token : paragraphs[last_paragraph].end_token;
    for (std::uint32_t k = s.open_token + 1; k < end; ++k) tokens[k].flags |= kInQuote;
  }
  std::sort(spans.begin(), spans.end(), [](const QuoteSpan& a, const QuoteSpan& b) {
    std::uint32_t x = a.open != QuoteSpan::npos ? a.open : a.close;
    std::uint32_t y = b.open != QuoteSpan::npos ? b.open : b.close;
    return x < y;
  });
  return spans;
}

Core analyze_core(std::string_view text) {
  Core core;
  core.tokens = tokenize(text);
  core.paragraphs = split_paragraphs(text, core.tokens);
  core.sentences = split_sentences(core.paragraphs, core.tokens);
  core.quotes = find_quotations(core.paragraphs, core.tokens);
  return core;
}

}  // namespace copydesk::analysis
