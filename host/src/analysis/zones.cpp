// News zones of a plain article: headline, caption, byline, dateline, body, footer; plus the
// direct quotations, so that config can limit any rule to a zone or keep it out of one.
#include <algorithm>
#include <cctype>

#include "analysis/analysis.hpp"
#include "copydesk/lexicon.hpp"
#include "util/utf8.hpp"

namespace copydesk::analysis {
namespace {

constexpr std::size_t kFrontParagraphs = 4;  // headline, caption, byline live near the top

std::string_view paragraph_text(std::string_view text, const Paragraph& p) {
  return text.substr(p.range.offset, p.range.length);
}

std::size_t word_count(const Core& core, const Paragraph& p) {
  std::size_t n = 0;
  for (std::uint32_t k = p.first_token; k < p.end_token; ++k) n += core.tokens[k].kind == TokenKind::Word;
  return n;
}

bool ends_with_terminal(const Core& core, const Paragraph& p) {
  for (std::uint32_t k = p.end_token; k > p.first_token; --k) {
    const Token& t = core.tokens[k - 1];
    if (t.kind == TokenKind::Quote || t.kind == TokenKind::Bracket) continue;
    return t.kind == TokenKind::Punctuation && (t.text == "." || t.text == "!" || t.text == "?" || t.text == "...");
  }
  return false;
}

// "| AP", "| Reuters", "(AP Photo/Jane Doe)", "Photo: Jane Doe", "(Reuters)".
bool has_credit(std::string_view s) {
  std::size_t bar = s.rfind('|');
  if (bar != std::string_view::npos && s.size() - bar < 48) {
    std::string_view tail = s.substr(bar + 1);
    while (!tail.empty() && tail.front() == ' ') tail.remove_prefix(1);
    if (!tail.empty() && std::isupper(static_cast<unsigned char>(tail.front()))) return true;
  }
  for (std::string_view marker : {"(AP Photo", "(Reuters)", "(AFP)", "Photo: ", "Photograph: ", "Image: ",
                                  "Credit: ", "(Getty Images)", "Photo credit"})
    if (s.find(marker) != std::string_view::npos) return true;
  return false;
}

bool is_byline(const Core& core, const Paragraph& p, std::string_view s) {
  return (s.starts_with("By ") || s.starts_with("BY ")) && word_count(core, p) <= 10 &&
         p.first_token + 1 < p.end_token && (core.tokens[p.first_token + 1].flags & (kCapitalized | kAllCaps));
}

// "PORT VELMAR —", "GENEVA (AP) —", "MOSCOW, Russia --": the dateline's length, or 0.
std::uint32_t dateline_length(const Core& core, const Paragraph& p) {
  std::uint32_t k = p.first_token;
  bool caps = false;
  while (k < p.end_token && k < p.first_token + 6) {
    const Token& t = core.tokens[k];
    if (t.kind == TokenKind::Word && (t.flags & kAllCaps)) {
      caps = true;
    } else if (t.kind == TokenKind::Word && (t.flags & kCapitalized) && caps) {  // "MOSCOW, Russia"
    } else if (t.text == "," || t.kind == TokenKind::Bracket) {
    } else {
      break;
    }
    ++k;
  }
  if (!caps || k >= p.end_token) return 0;
  const Token& dash = core.tokens[k];
  if (dash.text != "\u2014" && dash.text != "--" && dash.text != "-" && dash.text != "\u2013") return 0;
  return dash.range.end() - p.range.offset;
}

// A paragraph of web-page residue (lexicon::kResiduePhrases, which structure/residue reports from).
bool is_footer_line(std::string_view s) { return lexicon::residue_phrase(s) != nullptr; }

}  // namespace

std::vector<Scope> find_zones(std::string_view text, const Core& core, bool has_start, bool has_end) {
  std::vector<Scope> zones;
  const auto& paragraphs = core.paragraphs;
  if (paragraphs.empty()) return zones;
  std::size_t body_begin = 0;
  std::size_t body_end = paragraphs.size();
  // Footer: the run of residue lines at the end.
  while (has_end && body_end > 1 && word_count(core, paragraphs[body_end - 1]) <= lexicon::kResidueLineMaxWords &&
         is_footer_line(paragraph_text(text, paragraphs[body_end - 1])))
    --body_end;
  for (std::size_t i = 0; has_start && i < paragraphs.size() && i < kFrontParagraphs && i < body_end; ++i) {
    const Paragraph& p = paragraphs[i];
    std::string_view s = paragraph_text(text, p);
    if (i == 0 && !ends_with_terminal(core, p) && word_count(core, p) <= 20 && paragraphs.size() > 1) {
      zones.push_back({ScopeKind::Headline, p.range});
    } else if (has_credit(s)) {
      zones.push_back({ScopeKind::Caption, p.range});
    } else if (is_byline(core, p, s)) {
      zones.push_back({ScopeKind::Byline, p.range});
    } else {
      break;
    }
    body_begin = i + 1;
  }
  if (body_begin < body_end) {
    const Paragraph& first = paragraphs[body_begin];
    if (std::uint32_t n = has_start ? dateline_length(core, first) : 0) zones.push_back({ScopeKind::Dateline, {first.range.offset, n}});
    const Paragraph& last = paragraphs[body_end - 1];
    zones.push_back({ScopeKind::Body, {first.range.offset, last.range.end() - first.range.offset}});
  }
  if (body_end < paragraphs.size()) {
    const Paragraph& first = paragraphs[body_end];
    zones.push_back({ScopeKind::Footer, {first.range.offset, paragraphs.back().range.end() - first.range.offset}});
  }
  for (const QuoteSpan& q : core.quotes) {
    if (q.stray_close()) continue;
    std::uint32_t end = q.close != QuoteSpan::npos
                            ? q.close + static_cast<std::uint32_t>(core.tokens[q.close_token].range.length)
                            : paragraphs[q.first_paragraph + q.paragraphs - 1].range.end();
    zones.push_back({ScopeKind::Quote, {q.open, end - q.open}});
  }
  return zones;
}

}  // namespace copydesk::analysis
