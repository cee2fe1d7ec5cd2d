// Picks the reader for an input format. Markdown and HTML readers plug in here.
#pragma once

#include <stdexcept>
#include <string_view>
#include <vector>

#include "document/source.hpp"

namespace copydesk::document {

/// A file a reader cannot take (nested too deep to parse in reasonable time): a per-file error
/// whose message is shown as it is.
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

ReaderOutput read(InputFormat format, std::string_view bytes);

/// Markdown whose body is this many bytes or more is parsed in pieces of about kMarkdownPieceSize:
/// cmark-gfm's tree takes about 5 bytes a byte of Markdown, so one tree of a whole 40 MB file
/// peaked at 340 MB. A piece starts at a line that opens with an ASCII letter after a blank line
/// where cmark itself, reading the piece before it and that line, starts a new top-level block
/// with it: every block is closed there (no fence or HTML block still open), so each piece parses
/// as it would in the whole. A file with a link reference definition ("]:" anywhere) is read in
/// one parse: a definition anywhere resolves links everywhere.
inline constexpr std::size_t kMarkdownPiecesFrom = std::size_t{3} << 20;
inline constexpr std::size_t kMarkdownPieceSize = std::size_t{1} << 20;

/// Reads Markdown; a body of `pieces_from` bytes or more (0: kMarkdownPiecesFrom) is parsed in
/// pieces of about `piece_size` bytes (0: kMarkdownPieceSize), with the same output.
ReaderOutput read_markdown(std::string_view bytes, std::size_t pieces_from = 0, std::size_t piece_size = 0);
/// Where read_markdown cuts a Markdown body (front matter removed) into pieces: each piece's
/// first byte, the first being 0. A piece is longer than `piece_size` only where no cut is allowed
/// near it (a long code block); the parses that confirm cuts read the file at most three times.
std::vector<std::size_t> markdown_piece_starts(std::string_view body, std::size_t piece_size);
ReaderOutput read_html(std::string_view bytes);

}  // namespace copydesk::document
