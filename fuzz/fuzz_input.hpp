// What the fuzz targets share: the input as bytes, a document built from them the way `check`
// builds one, the failures that count as findings, and a scratch file for loaders that take a path.
#pragma once

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>

#include "config/config.hpp"
#include "engine/checker.hpp"
#include "engine/rule_set.hpp"
#include "plugins/rule_catalog.hpp"

namespace copydesk::fuzz {

inline std::string_view bytes_of(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// Stops the run as a finding: libFuzzer saves the input that got here.
[[noreturn]] inline void finding(const std::string& what) {
  std::fprintf(stderr, "copydesk fuzz finding: %s\n", what.c_str());
  std::abort();
}

/// A per-file error is what `check` prints for input it cannot take (not UTF-8, binary, nested
/// too deep); "internal error" is a reader, an analysis or a rule that failed: a bug.
inline void expect_no_internal_error(const engine::FileResult& result) {
  if (result.error && result.error->find("internal error") != std::string::npos) finding(*result.error);
  for (const engine::OutDiagnostic& d : result.diagnostics)
    if (d.message.starts_with("internal error")) finding(d.rule + ": " + d.message);
}

/// Builds `bytes` into a document as `check` does (engine::build_document: the input check, the
/// reader, the front matter's date) and computes every analysis the host provides, then maps
/// every token back to the file. A reader or analysis that throws, crashes or leaks is a finding.
inline void read_document(document::InputFormat format, std::string_view bytes) {
  // No rules: a reader target exercises reading and analysis only. Built once, never changed.
  static const plugins::RuleCatalog catalog;
  static const config::Config config;
  static const engine::RuleSet rules(config, catalog, {}, "");
  engine::CheckSettings settings;
  settings.rules = &rules;
  settings.input_format = format;
  engine::BuiltDocument built = engine::build_document("fuzz", std::string(bytes), settings);
  expect_no_internal_error(built.result);
  if (!built.doc) return;
  const document::DocumentImpl& doc = *built.doc;
  const analysis::Providers& providers = rules.analyses();
  for (const std::string& id : providers.ids()) {
    try {
      doc.analysis(id, providers.find(id)->size);
    } catch (const std::exception& e) {
      finding("the analysis " + id + " threw: " + e.what());
    }
  }
  for (const Token& t : doc.tokens()) {
    doc.position(t.range.offset);
    doc.position(t.range.end());
  }
}

/// A file holding `bytes` for as long as it lives, for loaders that read a path. One per process,
/// named by the process id, so parallel fuzzing jobs (-jobs=N) do not share it.
class ScratchFile {
 public:
  explicit ScratchFile(std::string_view bytes, const char* extension)
      : path_("/tmp/copydesk-fuzz-" + std::to_string(::getpid()) + extension) {
    std::ofstream(path_, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  ~ScratchFile() { ::unlink(path_.c_str()); }
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace copydesk::fuzz
