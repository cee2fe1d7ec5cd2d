// HTML through gumbo (the HTML5 parsing algorithm): the body's text with entities decoded and
// mapped to the source; script, style, code and pre skipped; headings, block quotes, captions,
// list items and table cells as scopes.
#include <gumbo.h>

#include <cctype>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "document/readers.hpp"
#include "document/text_builder.hpp"

namespace copydesk::document {
namespace {

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_LI:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_HR:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CAPTION:
      return true;
    default:
      return false;
  }
}

std::optional<ScopeKind> scope_of(GumboTag tag, bool& first_h1) {
  switch (tag) {
    case GUMBO_TAG_H1:
      if (first_h1) {
        first_h1 = false;
        return ScopeKind::Headline;
      }
      return ScopeKind::Heading;
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
      return ScopeKind::Heading;
    case GUMBO_TAG_BLOCKQUOTE: return ScopeKind::BlockQuote;
    case GUMBO_TAG_FIGCAPTION: return ScopeKind::Caption;
    case GUMBO_TAG_LI: return ScopeKind::ListItem;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: return ScopeKind::TableCell;
    default: return std::nullopt;
  }
}

// gumbo's tree building is quadratic in the depth of open elements (80,000 nested <div>s take
// minutes), so a file nested deeper than any article is refused before gumbo sees it. This scan
// keeps a stack of the elements that stay open until closed (void elements, elements whose end
// tag is optional, and raw text are left out), so it never counts less than the real depth of
// such elements; it is linear: each element is pushed and popped once.
constexpr std::size_t kMaxHtmlDepth = 2000;

bool nests_deeper_than(std::string_view html, std::size_t limit) {
  static const std::unordered_set<std::string_view> kNotPushed = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
      "keygen", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup",
      "caption", "rb", "rt", "rp", "rtc", "html", "head", "body", "frame", "image"};
  static const std::unordered_set<std::string_view> kRawText = {"script", "style", "textarea", "title", "xmp",
                                                                "iframe", "noembed", "noframes", "plaintext"};
  auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  auto is_name = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':'; };
  std::vector<std::string> open;
  std::unordered_map<std::string, std::size_t> open_count;
  std::size_t foreign = 0;  // inside <svg> or <math>, "/>" closes an element
  std::size_t i = 0;
  const std::size_t n = html.size();
  auto read_name = [&](std::size_t at) {
    std::string name;
    while (at < n && is_name(html[at])) name.push_back(lower(html[at++]));
    return name;
  };
  auto tag_end = [&](std::size_t at) {  // index of the '>' closing a tag, quotes respected
    char quote = 0;
    for (; at < n; ++at) {
      if (quote) {
        if (html[at] == quote) quote = 0;
      } else if (html[at] == '"' || html[at] == '\'') {
        quote = html[at];
      } else if (html[at] == '>') {
        return at;
      }
    }
    return n;
  };
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.substr(i, 4) == "<!--") {
      std::size_t end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? n : end + 3;
      continue;
    }
    bool closing = i + 1 < n && html[i + 1] == '/';
    std::size_t name_at = i + (closing ? 2 : 1);
    if (name_at >= n || !std::isalpha(static_cast<unsigned char>(html[name_at]))) {
      ++i;
      continue;
    }
    std::string name = read_name(name_at);
    std::size_t end = tag_end(name_at + name.size());
    if (end >= n) break;
    bool self_closing = html[end - 1] == '/';
    i = end + 1;
    if (closing) {
      auto it = open_count.find(name);
      if (it == open_count.end() || it->second == 0) continue;  // gumbo ignores a stray end tag
      for (;;) {
        std::string top = std::move(open.back());
        open.pop_back();
        --open_count[top];
        if (top == "svg" || top == "math") --foreign;
        if (top == name) break;
      }
      continue;
    }
    if (kRawText.count(name)) {
      // Its text runs to its own end tag: "<script>" inside it opens nothing.
      std::string close = "</" + name;
      std::size_t j = i;
      for (; (j = html.find("</", j)) != std::string_view::npos; j += 2) {
        bool same = j + close.size() <= n;
        for (std::size_t k = 2; same && k < close.size(); ++k) same = lower(html[j + k]) == close[k];
        if (same) break;
      }
      i = j == std::string_view::npos ? n : j;
      continue;
    }
    if (kNotPushed.count(name) || (self_closing && foreign > 0)) continue;
    if (name == "svg" || name == "math") ++foreign;
    ++open_count[name];
    open.push_back(std::move(name));
    if (open.size() > limit) return true;
  }
  return false;
}

class Walker {
 public:
  // The text of HTML is often a fraction of its markup: it grows as needed, not reserved.
  Walker(std::uint32_t base, ReaderOutput& out) : base_(base), out_(out), text_(out, 0) {}

  // Depth-first over an explicit stack: the nesting of the input never sets the depth of ours.
  void walk(const GumboNode* root) {
    std::vector<Frame> stack;
    enter(root, stack);
    while (!stack.empty()) {
      Frame& f = stack.back();
      if (f.next < f.children->length) {
        enter(static_cast<const GumboNode*>(f.children->data[f.next++]), stack);
        continue;
      }
      if (f.scope && text_.position() > f.start) out_.scopes.push_back({*f.scope, {f.start, text_.position() - f.start}});
      if (f.block) text_.block_break();
      stack.pop_back();
    }
  }

 private:
  struct Frame {
    const GumboVector* children;
    unsigned next = 0;
    std::optional<ScopeKind> scope;
    std::uint32_t start = 0;
    bool block = false;
  };

  // Emits a leaf's text, or opens an element whose children are walked next.
  void enter(const GumboNode* node, std::vector<Frame>& stack) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
      const GumboText& t = node->v.text;
      std::string_view original(t.original_text.data, t.original_text.length);
      text_.aligned(t.text, original, base_ + static_cast<std::uint32_t>(t.start_pos.offset));
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT && node->type != GUMBO_NODE_TEMPLATE) return;
    const GumboVector* children = node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children : &node->v.element.children;
    GumboTag tag = node->type == GUMBO_NODE_DOCUMENT ? GUMBO_TAG_UNKNOWN : node->v.element.tag;
    switch (tag) {
      case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_CODE: case GUMBO_TAG_PRE: case GUMBO_TAG_HEAD:
      case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
        if (tag == GUMBO_TAG_CODE) text_.inserted("_", base_ + static_cast<std::uint32_t>(node->v.element.start_pos.offset));
        if (is_block(tag) || tag == GUMBO_TAG_PRE) text_.block_break();
        return;
      case GUMBO_TAG_BR:
        text_.inserted("\n", base_ + static_cast<std::uint32_t>(node->v.element.start_pos.offset));
        return;
      case GUMBO_TAG_IMG:
        if (const GumboAttribute* alt = gumbo_get_attribute(&node->v.element.attributes, "alt")) {
          std::uint32_t start = text_.position();
          std::string_view original(alt->original_value.data, alt->original_value.length);
          if (original.size() >= 2 && (original.front() == '"' || original.front() == '\'')) original = original.substr(1, original.size() - 2);
          text_.aligned(alt->value, original, base_ + static_cast<std::uint32_t>(alt->value_start.offset + (alt->original_value.length > original.size() ? 1 : 0)));
          if (text_.position() > start) out_.scopes.push_back({ScopeKind::AltText, {start, text_.position() - start}});
        }
        return;
      default:
        break;
    }
    Frame f{children, 0, std::nullopt, 0, false};
    f.block = is_block(tag);
    if (f.block) text_.block_break();
    f.scope = scope_of(tag, first_h1_);
    f.start = text_.position();
    stack.push_back(f);
  }

  std::uint32_t base_;  // bytes before what gumbo parsed (a BOM)
  ReaderOutput& out_;
  TextBuilder text_;
  bool first_h1_ = true;
};

}  // namespace

ReaderOutput read_html(std::string_view bytes) {
  ReaderOutput out;
  std::uint32_t base = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  std::string_view html = bytes.substr(base);
  if (nests_deeper_than(html, kMaxHtmlDepth))
    throw InputError("the HTML nests elements more than " + std::to_string(kMaxHtmlDepth) +
                     " deep, deeper than any article; the file was not checked");
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> parsed(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  Walker(base, out).walk(parsed->document);
  // The text runs in document order; the source map needs ascending text offsets only.
  return out;
}

}  // namespace copydesk::document
