// Fingerprints of findings that survive edits above them (SARIF partialFingerprints, GitLab Code
// Quality fingerprints, baselines): rule, path, flagged text, its line's text and its place on that
// line, and which occurrence of all that; no line numbers.
#pragma once

#include <map>
#include <string>

#include "engine/result.hpp"

namespace copydesk::engine {

/// Hands out one fingerprint per finding of a file. Make one per file: occurrences are counted
/// within it, so the second identical finding in a file gets a different fingerprint.
class FingerprintCounter {
 public:
  /// 16 lowercase hex digits (64-bit FNV-1a).
  std::string next(const FileResult& file, const OutDiagnostic& diagnostic);

 private:
  std::map<std::string, int> seen_;
};

}  // namespace copydesk::engine
