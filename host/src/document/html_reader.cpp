// HTML through gumbo (the HTML5 parsing algorithm): the body's text with entities decoded and
// mapped to the source; script, style, code and pre skipped; headings, block quotes, captions,
// list items and table cells as scopes.
#include <gumbo.h>

#include <memory>

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

class Walker {
 public:
  Walker(std::uint32_t base, ReaderOutput& out) : base_(base), out_(out), text_(out) {}

  void walk(const GumboNode* node) {
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
    bool block = is_block(tag);
    if (block) text_.block_break();
    std::optional<ScopeKind> scope = scope_of(tag, first_h1_);
    std::uint32_t start = text_.position();
    for (unsigned i = 0; i < children->length; ++i) walk(static_cast<const GumboNode*>(children->data[i]));
    if (scope && text_.position() > start) out_.scopes.push_back({*scope, {start, text_.position() - start}});
    if (block) text_.block_break();
  }

 private:
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
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> parsed(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  Walker(base, out).walk(parsed->document);
  // The text runs in document order; the source map needs ascending text offsets only.
  return out;
}

}  // namespace copydesk::document
