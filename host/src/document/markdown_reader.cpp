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

// A line without its line end ("\n", "\r\n").
std::string_view line_at(std::string_view body, std::size_t start, std::size_t& next) {
  std::size_t end = body.find('\n', start);
  next = end == std::string_view::npos ? body.size() : end + 1;
  std::string_view line = body.substr(start, (end == std::string_view::npos ? body.size() : end) - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

bool blank(std::string_view line) { return line.find_first_not_of(" \t") == std::string_view::npos; }

// The line without up to three spaces of indentation, or nullopt when it is indented more.
std::optional<std::string_view> unindented(std::string_view line) {
  std::size_t n = 0;
  while (n < line.size() && n < 4 && line[n] == ' ') ++n;
  if (n == 4 || (n < line.size() && line[n] == '\t')) return std::nullopt;
  return line.substr(n);
}

// The end marker of an HTML block of kinds 1 to 5 of CommonMark (those blank lines do not end)
// that `line` opens, or empty.
std::string_view html_block_end(std::string_view line) {
  std::string lower = ascii_lower(line.substr(0, std::min<std::size_t>(line.size(), 12)));
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"<pre", "</pre>"}, {"<script", "</script>"},
                             {"<style", "</style>"}, {"<textarea", "</textarea>"}}) {
    if (!lower.starts_with(open)) continue;
    char after = lower.size() > open.size() ? lower[open.size()] : ' ';
    if (after == ' ' || after == '>' || after == '\t') return close;
  }
  if (lower.starts_with("<!--")) return "-->";
  if (lower.starts_with("<?")) return "?>";
  if (lower.starts_with("<![cdata[")) return "]]>";
  if (lower.size() > 2 && lower.starts_with("<!") && lower[2] >= 'a' && lower[2] <= 'z') return ">";
  return {};
}

// Whether `text` parses to no block at all: link reference definitions only (cmark keeps them
// out of the tree).
bool only_definitions(std::string_view text) {
  std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)> parser(make_parser(), &cmark_parser_free);
  cmark_parser_feed(parser.get(), text.data(), text.size());
  std::unique_ptr<cmark_node, decltype(&cmark_node_free)> root(cmark_parser_finish(parser.get()), &cmark_node_free);
  return cmark_node_first_child(root.get()) == nullptr;
}

// How a Markdown body is read in pieces: where each starts, the link reference definitions every
// piece is given, and the line that closes a block the body leaves open at its end.
struct MarkdownScan {
  std::vector<std::size_t> starts{0};
  std::string definitions;
  std::string closing;
};

MarkdownScan scan_markdown(std::string_view body, std::size_t piece_size) {
  MarkdownScan scan;
  std::size_t piece_begin = 0, last_candidate = 0;
  bool after_blank = true;        // the body's start counts as after a blank line
  bool after_definition = false;
  char fence = 0;                 // '`' or '~' while in a fenced code block
  std::size_t fence_length = 0;
  std::string_view html_end;      // while in an HTML block of kinds 1 to 5
  for (std::size_t at = 0, next = 0; at < body.size(); at = next) {
    std::string_view line = line_at(body, at, next);
    if (fence) {
      std::optional<std::string_view> rest = unindented(line);
      if (rest && !rest->empty() && (*rest)[0] == fence) {
        std::size_t run = std::min(rest->find_first_not_of(fence), rest->size());
        if (run >= fence_length && blank(rest->substr(run))) fence = 0;
      }
      after_blank = after_definition = false;
      continue;
    }
    if (!html_end.empty()) {
      if (ascii_lower(line).find(html_end) != std::string::npos) html_end = {};
      after_blank = after_definition = false;
      continue;
    }
    // A letter at the line's start after a blank line opens a paragraph outside every container.
    if (at > 0 && after_blank && !line.empty() &&
        ((line[0] >= 'a' && line[0] <= 'z') || (line[0] >= 'A' && line[0] <= 'Z'))) {
      if (at - piece_begin > piece_size) {
        std::size_t cut = last_candidate > piece_begin ? last_candidate : at;
        scan.starts.push_back(cut);
        piece_begin = cut;
      }
      last_candidate = at;
    }
    std::optional<std::string_view> rest = unindented(line);
    // A link reference definition starts a block ("[ref]: https://x.example"): kept when cmark
    // reads the line (with an indented line after it, for a title there) as nothing but that.
    bool definition = false;
    if (rest && rest->starts_with('[') && rest->find("]:") != std::string_view::npos && (after_blank || after_definition)) {
      std::size_t end = next;
      if (end < body.size()) {
        std::size_t after = 0;
        std::string_view following = line_at(body, end, after);
        if (!following.empty() && (following[0] == ' ' || following[0] == '\t') && !blank(following) &&
            only_definitions(body.substr(at, after - at)))
          end = after;
      }
      std::string_view candidate = body.substr(at, end - at);
      if (end == next ? only_definitions(candidate) : true) {
        scan.definitions.append(candidate);
        if (!scan.definitions.ends_with('\n')) scan.definitions.push_back('\n');
        definition = true;
        next = end;
      }
    }
    after_definition = definition;
    after_blank = !definition && blank(line);
    if (!rest || definition) continue;
    if (rest->starts_with("```") || rest->starts_with("~~~")) {
      fence = (*rest)[0];
      fence_length = std::min(rest->find_first_not_of(fence), rest->size());
    } else if (rest->starts_with('<')) {
      html_end = html_block_end(*rest);
      // Opened and closed on one line: no block to stay in.
      if (!html_end.empty() && ascii_lower(rest->substr(1)).find(html_end) != std::string::npos) html_end = {};
    }
  }
  // The last piece may end in a block never closed: closed before the definitions follow it.
  if (fence) scan.closing = std::string(fence_length, fence) + "\n";
  else if (!html_end.empty()) scan.closing = std::string(html_end) + "\n";
  return scan;
}

}  // namespace

std::vector<std::size_t> markdown_piece_starts(std::string_view body, std::size_t piece_size) {
  return scan_markdown(body, piece_size).starts;
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
  MarkdownScan scan = body.size() >= pieces_from ? scan_markdown(body, piece_size) : MarkdownScan{};
  const std::vector<std::size_t>& starts = scan.starts;
  const std::string& definitions = scan.definitions;
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
    if (starts.size() > 1 && !definitions.empty()) {
      // After the piece's own text (and the close of a block the file leaves open) and a blank
      // line: they make no text, only resolve links.
      cmark_parser_feed(parser.get(), "\n", 1);
      if (k + 1 == starts.size()) cmark_parser_feed(parser.get(), scan.closing.data(), scan.closing.size());
      cmark_parser_feed(parser.get(), "\n", 1);
      cmark_parser_feed(parser.get(), definitions.data(), definitions.size());
    }
    std::unique_ptr<cmark_node, decltype(&cmark_node_free)> root(cmark_parser_finish(parser.get()), &cmark_node_free);
    walk(root.get(), piece_builder, out, first_heading);
  }
  return out;
}

}  // namespace copydesk::document
