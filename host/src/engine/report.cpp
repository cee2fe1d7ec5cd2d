// Turns the engine's file result into the printers' report; strings move, nothing is re-resolved.
#include "engine/report.hpp"

#include <utility>

#include "engine/fingerprint.hpp"

namespace copydesk::engine {

printers::FileReport make_report(FileResult result, bool fingerprints) {
  printers::FileReport report;
  report.diagnostics.reserve(result.diagnostics.size());
  FingerprintCounter counter;
  for (OutDiagnostic& d : result.diagnostics) {
    printers::ReportDiagnostic out;
    if (fingerprints) out.fingerprint = counter.next(result, d);
    out.rule = std::move(d.rule);
    out.severity = d.severity;
    out.start = d.start;
    out.end = d.end;
    out.message = std::move(d.message);
    out.notes.reserve(d.notes.size());
    for (OutNote& n : d.notes) out.notes.push_back({n.start, n.end, std::move(n.message)});
    out.fixes.reserve(d.fixes.size());
    for (OutFix& f : d.fixes) out.fixes.push_back({f.offset, f.length, std::move(f.replacement), f.safe});
    report.diagnostics.push_back(std::move(out));
  }
  report.path = std::move(result.path);
  report.error = std::move(result.error);
  report.source = std::move(result.source);
  return report;
}

}  // namespace copydesk::engine
