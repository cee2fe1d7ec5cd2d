// Checks one file: read, decode, build the document, run each rule, collect what they report.
#pragma once

#include <string>

#include "document/document_impl.hpp"
#include "document/source.hpp"
#include "engine/result.hpp"
#include "engine/rule_set.hpp"

namespace copydesk::engine {

struct CheckSettings {
  const RuleSet* rules = nullptr;
  std::string language = "auto";
  std::optional<document::InputFormat> input_format;  ///< forced; otherwise by extension
  std::string date;                                   ///< fallback article date
  /// Threads one large document's rules may share (kRulesInParallelFrom): the cores a run leaves
  /// idle when it has fewer files than jobs, as with one big file. 1 checks every rule in turn.
  unsigned rule_threads = 1;
  /// Text size (bytes) from which a document is checked in parts of at most `part_size` bytes
  /// (kPartsFrom, kPartSize; tests set smaller values).
  std::size_t parts_from = 0;
  std::size_t part_size = 0;
};

/// Text size (bytes) from which a document's rules run on CheckSettings::rule_threads threads.
inline constexpr std::size_t kRulesInParallelFrom = 256 * 1024;

/// Text size (bytes) from which a document is checked in parts: 3 MiB, far above any article
/// or book chapter. Its memory then grows with one part at a time, not with the whole text (the
/// analyses take about 16 bytes per byte of text). Each part is checked as a document of its
/// own, so rules that compare a document with itself compare within a part; a part holds the
/// document's start (headline, byline, dateline) or its end (footer) only if it is the first or
/// the last. See docs/architecture.md, "Long documents".
inline constexpr std::size_t kPartsFrom = std::size_t{3} << 20;
/// The most bytes one part of a long document holds: 1 MiB. Parts end after a blank line where
/// one lies in their second half, else after a line end, a space, or a whole character.
inline constexpr std::size_t kPartSize = std::size_t{1} << 20;

/// Where the parts of `text` lie: one range for a text under `parts_from` bytes (0: kPartsFrom),
/// else consecutive ranges of at most `part_size` bytes (0: kPartSize) covering it, each
/// ending after a paragraph break (a blank line) where one lies in its second half, else after a
/// line end, else after a space, else at a character boundary.
std::vector<Range> split_into_parts(std::string_view text, std::size_t parts_from = 0, std::size_t part_size = 0);

/// Chooses the reader by extension: .md/.markdown, .html/.htm, anything else plain text.
document::InputFormat format_for_path(const std::string& path);

/// Whether a folder walk of `copydesk test-rules` takes a file with this extension as a fixture
/// (.txt, .md, .markdown, .html, .htm); other files beside fixtures are their data.
bool is_fixture_extension(const std::string& extension);

/// Checks bytes that came from `path`. Bad input never throws: a file the reader refuses or fails
/// on gets `error`; a rule that fails gets a diagnostic and `internal_error`; the other rules go on.
FileResult check_bytes(const std::string& path, std::string bytes, const CheckSettings& settings);

/// An input read and built into its document: what a run keeps between gathering and checking
/// when some rule compares files, so that every input is read and built once.
struct BuiltDocument {
  FileResult result;  ///< path and source; `error` set when the input cannot be checked
  std::unique_ptr<document::DocumentImpl> doc;  ///< null when `result.error` is set or checked in parts
  /// A document of kPartsFrom bytes or more: the reader's output for the whole, and its parts,
  /// each made into a document of its own when it is checked (make_part) and dropped after.
  struct Parted {
    document::ReaderOutput whole;  ///< its text is empty when it is the file's bytes as they are
    std::string_view text;         ///< the whole text: whole.text, or the file's bytes
    std::vector<Range> parts;
    std::string language;          ///< the language setting each part gets
  };
  std::unique_ptr<Parted> parted;
  document::InputFormat format = document::InputFormat::Text;
  std::vector<std::pair<std::string, std::string>> gather_failures;  ///< rule id, what gather() threw
};

/// Reads `bytes` (from `path`) with its reader into a document. Never throws for bad input.
BuiltDocument build_document(const std::string& path, std::string bytes, const CheckSettings& settings);

/// Phase one of a cross-file run: every rule of `built`'s file that gathers sees its document.
/// A rule that throws is recorded in `built.gather_failures`; check_document reports it.
void gather_document(BuiltDocument& built, const CheckSettings& settings);

/// Runs the rules on a built document and positions what they report.
FileResult check_document(BuiltDocument built, const CheckSettings& settings);

/// An input's bytes, read once, or why they could not be read.
struct InputBytes {
  std::string bytes;
  std::optional<std::string> error;
};
/// Reads `path` to its end ("-" is standard input; FIFOs and /dev/fd paths read like files).
InputBytes read_input(const std::string& path);

/// Reads `path` ("-" for standard input) and checks it.
FileResult check_file(const std::string& path, const CheckSettings& settings);

}  // namespace copydesk::engine
