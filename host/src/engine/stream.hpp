// `copydesk stream`: JSON Lines in (one document a line), one JSON result line per document out,
// in input order — the command distributed engines (Spark's RDD.pipe, Hadoop Streaming, GNU
// parallel) run on each shard of an archive.
#pragma once

#include <iosfwd>

#include "engine/run.hpp"

namespace copydesk::engine {

/// Reads documents `{"id", "text", "format": "txt|md|html", "path", "date"}` from `in`, one a line,
/// and writes `{"id", "path", "diagnostics", "error"}` to `out` for each, in input order. Plugins
/// and dictionaries load once; documents are checked on `options.jobs` threads, at most a bounded
/// window of lines held at once. A bad line gives an error line (with its id, or its line number)
/// and the stream goes on. Exit status: 0, or 2 when the run cannot start or the output cannot be
/// written; findings never change it.
int run_stream(const CheckOptions& options, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace copydesk::engine
