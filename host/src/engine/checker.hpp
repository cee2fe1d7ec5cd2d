// Checks one file: read, decode, build the document, run each rule, collect what they report.
#pragma once

#include <string>

#include "document/source.hpp"
#include "engine/result.hpp"
#include "engine/rule_set.hpp"

namespace copydesk::engine {

struct CheckSettings {
  const RuleSet* rules = nullptr;
  std::string language = "auto";
  std::optional<document::InputFormat> input_format;  ///< forced; otherwise by extension
  std::string date;                                   ///< fallback article date
};

/// Chooses the reader by extension: .md/.markdown, .html/.htm, anything else plain text.
document::InputFormat format_for_path(const std::string& path);

/// Whether a folder walk of `copydesk test-rules` takes a file with this extension as a fixture
/// (.txt, .md, .markdown, .html, .htm); other files beside fixtures are their data.
bool is_fixture_extension(const std::string& extension);

/// Checks bytes that came from `path`. Bad input never throws: a file the reader refuses or fails
/// on gets `error`; a rule that fails gets a diagnostic and `internal_error`; the other rules go on.
FileResult check_bytes(const std::string& path, std::string bytes, const CheckSettings& settings);

/// The first pass of a run whose rules compare files: each rule that gathers sees the document.
/// Takes the bytes the run already read, so every input (a pipe too) is read once. Never throws;
/// the check pass reports whatever fails here.
void gather_bytes(const std::string& path, std::string_view bytes, const CheckSettings& settings);

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
