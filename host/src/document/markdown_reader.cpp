// Markdown (CommonMark + GFM tables, strikethrough, autolinks, task lists) through cmark-gfm.
// Prose is kept with a source map built from cmark's source positions; code, HTML, link
// destinations and front matter are left out. Front matter's title, date and dateline become
// metadata, and the title the headline.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <algorithm>

#include "document/readers.hpp"
#include "document/text_builder.hpp"
#include "util/utf8.hpp"

namespace copydesk::document {
namespace {

struct FrontMatter {
  std::size_t length = 0;  // bytes, closing fence included
  std::map<std::string, std::pair<std::string, std::uint32_t>> fields;  // key -> value, file offset
};

std::string unquote(std::string_view v, std::uint32_t& offset) {
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) {
    v.remove_prefix(1);
    ++offset;
  }
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r')) v.remove_suffix(1);
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) {
    v = v.substr(1, v.size() - 2);
    ++offset;
  }
  return std::string(v);
}

// "---" YAML or "+++" TOML front matter: simple `key: value` / `key = value` lines.
FrontMatter front_matter(std::string_view s, std::uint32_t base) {
  FrontMatter fm;
  std::string_view fence = s.starts_with("---") ? "---" : s.starts_with("+++") ? "+++" : "";
  if (fence.empty() || (s.size() > 3 && s[3] != '\n' && s[3] != '\r')) return fm;
  std::size_t line = s.find('\n');
  while (line != std::string_view::npos) {
    std::size_t start = line + 1;
    std::size_t end = s.find('\n', start);
    std::string_view text = s.substr(start, (end == std::string_view::npos ? s.size() : end) - start);
    if (text.starts_with(fence)) {
      fm.length = end == std::string_view::npos ? s.size() : end + 1;
      return fm;
    }
    std::size_t sep = text.find(fence == "---" ? ':' : '=');
    if (sep != std::string_view::npos) {
      std::string key(text.substr(0, sep));
      while (!key.empty() && key.back() == ' ') key.pop_back();
      std::uint32_t offset = base + static_cast<std::uint32_t>(start + sep + 1);
      std::string value = unquote(text.substr(sep + 1), offset);
      fm.fields[key] = {value, offset};
    }
    line = end;
  }
  fm.fields.clear();  // never closed: not front matter
  return fm;
}

// Positions from cmark (1-based line, byte column of the body) to file offsets.
class Builder {
 public:
  Builder(std::string_view body, std::uint32_t base, ReaderOutput& out) : body_(body), base_(base), lines_(body), text_(out, body.size()) {}

  std::uint32_t file_offset(int line, int column) const {
    if (line < 1 || static_cast<std::uint32_t>(line) > lines_.line_count()) return base_ + static_cast<std::uint32_t>(body_.size());
    std::uint32_t start = lines_.line_start(static_cast<std::uint32_t>(line));
    std::size_t end = body_.find('\n', start);
    if (end == std::string_view::npos) end = body_.size();
    std::uint32_t at = start + static_cast<std::uint32_t>(std::max(column, 1) - 1);
    // cmark gives a lazy continuation line ("- a" then "b" unindented) the column of the list
    // item's content, which may lie past that line's end: the text starts at the line's first
    // non-blank byte then.
    if (at > end) {
      at = start;
      while (at < end && (body_[at] == ' ' || body_[at] == '\t')) ++at;
    }
    return base_ + at;
  }
  void text(const char* literal, int line, int column) {
    std::uint32_t at = file_offset(line, column);
    text_.aligned(literal, body_.substr(at - base_), at);
  }
  // A soft or hard line break: the newline of the line the previous text ended on.
  void line_break() {
    std::size_t nl = body_.find('\n', text_.source_end() > base_ ? text_.source_end() - base_ : 0);
    if (nl == std::string_view::npos) {
      text_.inserted("\n", base_ + static_cast<std::uint32_t>(body_.size()), 0);
    } else {
      text_.copied("\n", base_ + static_cast<std::uint32_t>(nl));
    }
  }
  // A stand-in for inline code, so the words around it stay apart.
  void code_marker(int line, int column) { text_.inserted("_", file_offset(line, column)); }
  void block_break() { text_.block_break(); }
  std::uint32_t position() const { return text_.position(); }

 private:
  std::string_view body_;
  std::uint32_t base_;
  LineIndex lines_;
  TextBuilder text_;
};

cmark_parser* make_parser() {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  cmark_parser* p = cmark_parser_new(CMARK_OPT_SOURCEPOS);
  for (const char* name : {"table", "strikethrough", "autolink", "tasklist"})
    if (cmark_syntax_extension* e = cmark_find_syntax_extension(name)) cmark_parser_attach_syntax_extension(p, e);
  return p;
}

// Whether cmark, reading `text` (a piece up to and with one more line), makes that last line,
// line `line` (1-based), the start of the document's last top-level block. A column-0 letter
// after a blank line starts a block outside every container unless a fenced code block or an
// HTML block is still open there; then the open block started earlier. The parser's own reading
// decides it, so no Markdown rule is written twice.
bool starts_last_block(std::string_view text, int line) {
  std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)> parser(make_parser(), &cmark_parser_free);
  cmark_parser_feed(parser.get(), text.data(), text.size());
  std::unique_ptr<cmark_node, decltype(&cmark_node_free)> root(cmark_parser_finish(parser.get()), &cmark_node_free);
  cmark_node* last = cmark_node_last_child(root.get());
  return last && cmark_node_get_start_line(last) == line;
}

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::vector<std::size_t> markdown_piece_starts(std::string_view body, std::size_t piece_size) {
  std::vector<std::size_t> starts{0};
  // Candidates: a line opening with an ASCII letter after a blank line, with its line number.
  struct Candidate {
    std::size_t at;
    int line;
  };
  std::vector<Candidate> candidates;
  bool after_blank = false;
  int line = 0;
  for (std::size_t at = 0; at < body.size();) {
    ++line;
    std::size_t end = body.find('\n', at);
    std::size_t next = end == std::string_view::npos ? body.size() : end + 1;
    if (after_blank && at > 0 && ascii_letter(body[at])) candidates.push_back({at, line});
    std::string_view text = body.substr(at, next - at);
    after_blank = text.find_first_not_of(" \t\r\n") == std::string_view::npos;
    at = next;
  }
  // From each piece's start, the last candidate within piece_size that the parser confirms (a
  // few tries back, then a few forward); a budget of parsing keeps a file of code from costing
  // more than three readings of it, after which the rest is one piece.
  constexpr int kTries = 4;
  std::size_t budget = 3 * body.size() + piece_size;
  std::size_t begin = 0;
  int begin_line = 1;
  std::size_t k = 0;  // first candidate after `begin`
  while (body.size() - begin > piece_size) {
    while (k < candidates.size() && candidates[k].at <= begin) ++k;
    std::size_t within = k;
    while (within < candidates.size() && candidates[within].at - begin <= piece_size) ++within;
    std::vector<std::size_t> order;  // candidates to try: backward from the last within, then forward
    for (std::size_t i = within; i > k && order.size() < kTries; --i) order.push_back(i - 1);
    for (std::size_t i = within; i < candidates.size() && order.size() < 2 * kTries; ++i) order.push_back(i);
    std::optional<std::size_t> cut;
    for (std::size_t i : order) {
      const Candidate& c = candidates[i];
      std::size_t end = body.find('\n', c.at);
      end = end == std::string_view::npos ? body.size() : end + 1;
      if (end - begin > budget) break;
      budget -= end - begin;
      if (starts_last_block(body.substr(begin, end - begin), c.line - begin_line + 1)) {
        cut = i;
        break;
      }
    }
    if (!cut) break;
    begin = candidates[*cut].at;
    begin_line = candidates[*cut].line;
    starts.push_back(begin);
  }
  return starts;
}

namespace {

// Walks one parsed piece, appending its prose to `out` through `builder`. `first_heading`: no
// level-1 heading has been met yet in the file (the first is the headline).
void walk(cmark_node* root, Builder& builder, ReaderOutput& out, bool& first_heading) {
  std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> it(cmark_iter_new(root), &cmark_iter_free);
  std::vector<std::pair<ScopeKind, std::uint32_t>> open;  // scopes being built
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(it.get());
    cmark_node_type type = cmark_node_get_type(n);
    std::string_view name = cmark_node_get_type_string(n);
    bool enter = ev == CMARK_EVENT_ENTER;
    int line = cmark_node_get_start_line(n), column = cmark_node_get_start_column(n);
    std::optional<ScopeKind> scope;
    if (type == CMARK_NODE_HEADING) {
      scope = cmark_node_get_heading_level(n) == 1 && first_heading ? ScopeKind::Headline : ScopeKind::Heading;
    } else if (type == CMARK_NODE_BLOCK_QUOTE) {
      scope = ScopeKind::BlockQuote;
    } else if (type == CMARK_NODE_ITEM) {
      scope = ScopeKind::ListItem;
    } else if (type == CMARK_NODE_IMAGE) {
      scope = ScopeKind::AltText;
    } else if (name == "table_cell") {
      scope = ScopeKind::TableCell;
    }
    if (scope) {
      if (enter) {
        if (type == CMARK_NODE_HEADING || name == "table_cell") builder.block_break();
        open.emplace_back(*scope, builder.position());
      } else if (!open.empty()) {
        auto [kind, start] = open.back();
        open.pop_back();
        if (builder.position() > start) out.scopes.push_back({kind, {start, builder.position() - start}});
        if (kind == ScopeKind::Headline) first_heading = false;
        if (type == CMARK_NODE_HEADING || name == "table_cell") builder.block_break();
      }
      continue;
    }
    if (!enter) {
      if (type == CMARK_NODE_PARAGRAPH) builder.block_break();
      continue;
    }
    switch (type) {
      case CMARK_NODE_TEXT:
        builder.text(cmark_node_get_literal(n), line, column);
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        builder.line_break();
        break;
      case CMARK_NODE_CODE: {
        std::uint32_t start = builder.position();
        builder.code_marker(line, column);
        out.scopes.push_back({ScopeKind::Code, {start, 1}});
        break;
      }
      case CMARK_NODE_CODE_BLOCK:
      case CMARK_NODE_HTML_BLOCK:
        builder.block_break();
        break;
      default:
        break;
    }
  }
}

}  // namespace

ReaderOutput read_markdown(std::string_view bytes, std::size_t pieces_from, std::size_t piece_size) {
  ReaderOutput out;
  std::uint32_t base = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  FrontMatter fm = front_matter(bytes.substr(base), base);
  std::string_view body = bytes.substr(base + fm.length);
  if (pieces_from == 0) pieces_from = kMarkdownPiecesFrom;
  if (piece_size == 0) piece_size = kMarkdownPieceSize;
  // A file with link reference definitions ("[ref]: https://...") is read whole: a definition
  // anywhere resolves links everywhere, which pieces read apart would not.
  bool in_pieces = body.size() >= pieces_from && body.find("]:") == std::string_view::npos;
  std::vector<std::size_t> starts = in_pieces ? markdown_piece_starts(body, piece_size) : std::vector<std::size_t>{0};
  auto piece_at = [&](std::size_t k) {
    std::size_t end = k + 1 < starts.size() ? starts[k + 1] : body.size();
    return body.substr(starts[k], end - starts[k]);
  };
  auto piece_base = [&](std::size_t k) { return base + static_cast<std::uint32_t>(fm.length + starts[k]); };
  // The whole text's room at once: the pieces' builders then never grow it.
  out.text.reserve(body.size() + body.size() / 8);
  Builder builder(piece_at(0), piece_base(0), out);
  for (const auto& [key, value] : fm.fields)
    if (key == "title" || key == "date" || key == "dateline") {
      out.metadata[key] = value.first;
      out.metadata_offsets[key] = value.second;
    }
  if (auto title = fm.fields.find("title"); title != fm.fields.end() && !title->second.first.empty()) {
    // The front matter's title is the headline: checked as prose, at its place in the file.
    std::uint32_t start = builder.position();
    out.map.add(start, title->second.second, static_cast<std::uint32_t>(title->second.first.size()));
    out.text.append(title->second.first);
    out.scopes.push_back({ScopeKind::Headline, {start, static_cast<std::uint32_t>(title->second.first.size())}});
    builder.block_break();
  }
  bool first_heading = fm.fields.find("title") == fm.fields.end();
  for (std::size_t k = 0; k < starts.size(); ++k) {
    std::string_view piece = piece_at(k);
    std::optional<Builder> later;  // the first piece's builder is made above, before the title
    if (k > 0) later.emplace(piece, piece_base(k), out);
    Builder& piece_builder = k > 0 ? *later : builder;
    std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)> parser(make_parser(), &cmark_parser_free);
    cmark_parser_feed(parser.get(), piece.data(), piece.size());
    std::unique_ptr<cmark_node, decltype(&cmark_node_free)> root(cmark_parser_finish(parser.get()), &cmark_node_free);
    walk(root.get(), piece_builder, out, first_heading);
  }
  return out;
}

}  // namespace copydesk::document
