// Runs the rules on one document and turns what they report into positioned diagnostics.
#include "engine/checker.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <deque>
#include <thread>
#include <variant>

#include "document/document_impl.hpp"
#include "document/readers.hpp"
#include "engine/crash_guard.hpp"
#include "engine/suppressions.hpp"
#include "util/date.hpp"
#include "util/timings.hpp"
#include "copydesk/lexicon.hpp"
#include "copydesk/prefault.hpp"
#include "util/utf8.hpp"

namespace copydesk::engine {
namespace {

// A deque keeps each reported Diagnostic where it is while the rule goes on reporting (a rule
// may hold the reference report() returned). It is made on the first report: most rules report
// nothing on most documents, and an empty std::deque allocates.
class CollectingReporter final : public Reporter {
 public:
  Diagnostic& report(Range range, std::string message) override {
    if (!diagnostics_) diagnostics_ = std::make_unique<std::deque<Diagnostic>>();
    Diagnostic& d = diagnostics_->emplace_back();
    d.range = range;
    d.message = std::move(message);
    return d;
  }
  /// What was reported, in order; null when nothing was.
  std::deque<Diagnostic>* diagnostics() { return diagnostics_.get(); }

 private:
  std::unique_ptr<std::deque<Diagnostic>> diagnostics_;
};

std::string lower_extension(const std::string& path) {
  std::size_t dot = path.rfind('.');
  std::size_t slash = path.rfind('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  std::string ext = path.substr(dot);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

bool range_ok(Range r, std::size_t size) { return r.offset <= size && r.length <= size - r.offset; }

bool cuts_character(std::string_view text, std::uint32_t offset) {
  return offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80;
}

// A replacement is text, not markup. In HTML "&" and "<" are written as entities. In Markdown,
// a replacement written over an entity or escape of the file (`encoded`: the writer escaped that
// text on purpose, "&amp;lt;br>" or "&amp;#35;") has the characters that can open markup
// backslash-escaped (CommonMark allows it), so "<br>" or "# " stays text and never becomes markup.
std::string as_source(std::string replacement, document::InputFormat format, bool encoded) {
  if (format == document::InputFormat::Markdown && encoded) {
    std::string out;
    for (char c : replacement) {
      if (std::string_view("\\`*_[]<>#!&|~").find(c) != std::string_view::npos) out.push_back('\\');
      out.push_back(c);
    }
    return out;
  }
  if (format != document::InputFormat::Html || replacement.find_first_of("&<") == std::string::npos)
    return replacement;
  std::string out;
  for (char c : replacement) out.append(c == '&' ? "&amp;" : c == '<' ? "&lt;" : std::string(1, c));
  return out;
}

// The replacement for file [first span .. last span) written character by character: a
// character the fix keeps is copied from the file as it was there (an entity stays an entity),
// and so is whatever lies between characters (markup); a changed character is written anew.
// For fixes that keep the text's length in characters (recasing, a quotation mark's character).
std::optional<OutFix> map_fix_by_character(std::string_view original, std::string_view replacement,
                                           std::uint32_t offset, std::string_view file,
                                           const document::SourceMap& map, document::InputFormat format,
                                           bool safe) {
  std::string written;
  std::optional<document::FileSpan> first, last;
  std::size_t i = 0, j = 0;
  while (i < original.size() && j < replacement.size()) {
    std::size_t i0 = i, j0 = j;
    char32_t was = utf8::next(original, i);
    char32_t now = utf8::next(replacement, j);
    std::optional<document::FileSpan> span =
        map.edit_span(offset + static_cast<std::uint32_t>(i0), static_cast<std::uint32_t>(i - i0));
    if (!span || (last && span->offset < last->offset + last->length)) return std::nullopt;
    if (last) written.append(file.substr(last->offset + last->length, span->offset - (last->offset + last->length)));
    std::string_view in_file = file.substr(span->offset, span->length);
    if (was == now)
      written.append(in_file);
    else
      written.append(as_source(std::string(replacement.substr(j0, j - j0)), format, in_file != original.substr(i0, i - i0)));
    if (!first) first = span;
    last = span;
  }
  if (i != original.size() || j != replacement.size() || !first) return std::nullopt;
  return OutFix{first->offset, last->offset + last->length - first->offset, std::move(written), safe};
}

// The part of a fix that changes something: the characters its text and its replacement share
// at the start and at the end are left out. Null when nothing changes.
std::optional<Fix> changed_part(const Fix& f, std::string_view original) {
  std::string_view replacement = f.replacement;
  auto [head, tail] = utf8::shared_ends(original, replacement);
  if (head + tail >= original.size() && head + tail >= replacement.size()) return std::nullopt;
  Fix middle = f;
  middle.range = {f.range.offset + static_cast<std::uint32_t>(head),
                  static_cast<std::uint32_t>(original.size() - head - tail)};
  middle.replacement = std::string(replacement.substr(head, replacement.size() - head - tail));
  return middle;
}

// A fix in file bytes, or why it cannot be written: it cuts a UTF-8 character, is not UTF-8
// itself, or covers part of an entity, markup or a stand-in for markup. The part of the text the
// fix leaves as it was is not rewritten, so entities and markup there stay as they are in the file.
std::variant<OutFix, std::string> map_fix(const Fix& f, std::string_view text, std::string_view file,
                                          const document::SourceMap& map, document::InputFormat format) {
  if (cuts_character(text, f.range.offset) || cuts_character(text, f.range.end()))
    return std::string("the rule's fix cuts a UTF-8 character in two; the host refused it");
  if (utf8::first_invalid(f.replacement))
    return std::string("the rule's fix is not valid UTF-8; the host refused it");
  std::string_view original = text.substr(f.range.offset, f.range.length);
  std::string_view replacement = f.replacement;
  if (utf8::count_code_points(original) == utf8::count_code_points(replacement) && !original.empty())
    if (auto by_character = map_fix_by_character(original, replacement, f.range.offset, file, map, format, f.safe))
      return std::move(*by_character);
  std::optional<document::FileSpan> span = map.edit_span(f.range.offset, f.range.length);
  // A fix over an entity or markup ("goverment&rsquo;s" -> "government’s") rewrites only the
  // characters it changes, so what it keeps stays as the file wrote it.
  bool encoded = !span || file.substr(span->offset, span->length) != original;
  if (encoded) {
    std::optional<Fix> middle = changed_part(f, original);
    if (middle && (middle->range.length != f.range.length || middle->replacement != f.replacement))
      return map_fix(*middle, text, file, map, format);
  }
  if (!span) return std::string("no fix offered: it would cut an entity or markup in the file");
  return OutFix{span->offset, span->length, as_source(f.replacement, format, encoded), f.safe};
}

// A front matter date that is not a calendar date is an error of its own (exit 2); the file is
// still checked, without it.
void check_front_matter_date(document::ReaderOutput& reader, FileResult& result, const document::LineIndex& lines) {
  auto date = reader.metadata.find("date");
  if (date == reader.metadata.end()) return;
  std::optional<std::string> problem = util::date_problem(date->second, true);
  if (!problem) return;
  auto at = reader.metadata_offsets.find("date");
  document::FilePosition start = lines.position(at == reader.metadata_offsets.end() ? 0 : at->second);
  document::FilePosition end = lines.position(start.offset + static_cast<std::uint32_t>(date->second.size()));
  OutDiagnostic d;
  d.rule = "copydesk/front-matter";
  d.severity = Severity::Error;
  d.start = start;
  d.end = end;
  d.message = "the front matter's date \u201C" + date->second + "\u201D " + *problem + "; the article was checked without it";
  result.diagnostics.push_back(std::move(d));
  result.internal_error = true;
  reader.metadata.erase(date);
}

}  // namespace

document::InputFormat format_for_path(const std::string& path) {
  std::string ext = lower_extension(path);
  if (ext == ".md" || ext == ".markdown" || ext == ".mdown" || ext == ".mkd") return document::InputFormat::Markdown;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return document::InputFormat::Html;
  return document::InputFormat::Text;
}

bool is_fixture_extension(const std::string& extension) {
  std::string ext = lower_extension("x" + extension);
  return ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".html" || ext == ".htm";
}

namespace {

// Whether a part may start at `at`: not where the line opens with a quotation mark (after
// spaces or tabs), since each paragraph of a long quotation reopens it and the quotation may go
// on there.
bool may_start_part_at(std::string_view text, std::size_t at) {
  std::size_t first = text.find_first_not_of(" \t\n", at);
  if (first == std::string_view::npos) return true;
  std::string_view rest = text.substr(first);
  for (std::string_view mark : lexicon::kOpeningQuotationMarks)
    if (rest.starts_with(mark)) return false;
  return true;
}

// The last place in text [begin + size / 2, begin + size] right after `separator` where a part
// may start, as an offset from `begin`; npos if there is none.
std::size_t last_cut_after(std::string_view text, std::size_t begin, std::size_t size, std::string_view separator,
                           bool check_quotation) {
  std::string_view window = text.substr(begin, size);
  std::size_t half = window.size() / 2;
  for (std::size_t at = window.rfind(separator); at != std::string_view::npos && at >= half;
       at = at == 0 ? std::string_view::npos : window.rfind(separator, at - 1)) {
    std::size_t cut = at + separator.size();
    if (!check_quotation || may_start_part_at(text, begin + cut)) return cut;
  }
  return std::string_view::npos;
}

}  // namespace

std::vector<Range> split_into_parts(std::string_view text, std::size_t parts_from, std::size_t part_size) {
  if (parts_from == 0) parts_from = kPartsFrom;
  if (part_size == 0) part_size = kPartSize;
  part_size = std::max<std::size_t>(part_size, 8);  // room for any UTF-8 character
  std::vector<Range> parts;
  if (text.size() < parts_from || text.size() <= part_size) {
    parts.push_back({0, static_cast<std::uint32_t>(text.size())});
    return parts;
  }
  // Where a part may end, best first; each is looked for in the part's second half only.
  struct Cut {
    std::string_view after;
    bool check_quotation;
  };
  static constexpr Cut kCuts[] = {
      {"\n\n", true}, {"\n", true},  // a paragraph break, a line end: not before a quotation's paragraph
      {"\n\n", false}, {"\n", false},  // a quotation longer than the part
      {". ", false}, {"? ", false}, {"! ", false}, {" ", false}};  // one long line: a sentence's end, a space
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = begin + part_size;
    if (end >= text.size()) {
      end = text.size();
    } else {
      std::size_t cut = std::string_view::npos;
      for (const Cut& c : kCuts)
        if ((cut = last_cut_after(text, begin, part_size, c.after, c.check_quotation)) != std::string_view::npos) break;
      if (cut == std::string_view::npos) {  // no break at all: at a character boundary
        cut = part_size;
        while (cut > 0 && cuts_character(text, static_cast<std::uint32_t>(begin + cut))) --cut;
      }
      end = begin + cut;
    }
    parts.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end - begin)});
    begin = end;
  }
  return parts;
}

namespace {

// Part `k` of a long document as a document of its own: its text, the reader's scopes that
// reach into it (cut to it), the whole's metadata; positions map through the whole's source map.
std::unique_ptr<document::DocumentImpl> make_part(const BuiltDocument& built, std::size_t k,
                                                  const CheckSettings& settings) {
  const BuiltDocument::Parted& parted = *built.parted;
  Range range = parted.parts[k];
  document::ReaderOutput reader;
  reader.text = std::string(parted.text.substr(range.offset, range.length));
  for (const Scope& scope : parted.whole.scopes) {
    std::uint32_t begin = std::max(scope.range.offset, range.offset);
    std::uint32_t end = std::min(scope.range.end(), range.end());
    if (begin < end || (scope.range.length == 0 && range.contains(scope.range.offset)))
      reader.scopes.push_back({scope.kind, {begin - range.offset, end > begin ? end - begin : 0}});
  }
  reader.metadata = parted.whole.metadata;
  document::PartOf part{&parted.whole.map, range.offset, k == 0, k + 1 == parted.parts.size()};
  return std::make_unique<document::DocumentImpl>(built.result.path, std::move(reader), built.result.source->lines,
                                                  parted.language, &settings.rules->analyses(), part);
}

}  // namespace

BuiltDocument build_document(const std::string& path, std::string bytes, const CheckSettings& settings) {
  BuiltDocument built;
  FileResult& result = built.result;
  result.path = path;
  if (auto problem = document::check_input(bytes)) {
    result.error = *problem;
    return built;
  }
  auto source = std::make_shared<SourceFile>();
  source->bytes = std::move(bytes);
  source->lines = document::LineIndex(source->bytes);
  result.source = source;

  built.format = settings.input_format.value_or(format_for_path(path));
  // A reader or the analysis failing on some input is that file's error, never the run's.
  try {
    ActivityScope reading({"reading", nullptr, nullptr, path.c_str()});
    document::ReaderOutput reader = document::read(built.format, source->bytes);
    check_front_matter_date(reader, result, source->lines);
    if (!settings.date.empty() && !reader.metadata.contains("date")) reader.metadata["date"] = settings.date;
    std::vector<Range> parts = split_into_parts(reader.text, settings.parts_from, settings.part_size);
    if (parts.size() > 1) {
      auto parted = std::make_unique<BuiltDocument::Parted>();
      parted->whole = std::move(reader);
      parted->parts = std::move(parts);
      parted->language = settings.language;
      // Plain text without a BOM or CRs is the file's bytes as they are: one copy is enough.
      if (parted->whole.text == source->bytes) {
        std::string().swap(parted->whole.text);
        parted->text = source->bytes;
      } else {
        parted->text = parted->whole.text;
      }
      built.parted = std::move(parted);
    } else {
      built.doc = std::make_unique<document::DocumentImpl>(path, std::move(reader), source->lines, settings.language,
                                                           &settings.rules->analyses());
    }
  } catch (const document::InputError& e) {
    result.error = e.what();  // a file the reader refuses (nested too deep): its own message
    return built;
  } catch (const std::exception& e) {
    result.error = std::string("could not be read: internal error in the reader: ") + e.what();
    result.internal_error = true;
  }
  return built;
}

namespace {

// What a rule that threw on a file reports there instead of its findings.
Diagnostic failure_diagnostic(const std::string& rule, std::string failure) {
  Diagnostic d;
  d.rule = rule;
  d.severity = Severity::Error;
  d.message = "internal error: the rule failed on this file and was skipped: " + failure;
  return d;
}

// Runs `step`, returning what it threw as a message (empty when it did not throw).
template <class Step>
std::string failure_of(Step step) {
  try {
    step();
    return {};
  } catch (const std::exception& e) {
    return e.what()[0] ? std::string(e.what()) : std::string("an exception with no message");
  } catch (...) {
    return "an exception that is not a std::exception";
  }
}

}  // namespace

void gather_document(BuiltDocument& built, const CheckSettings& settings) {
  if (!built.doc && !built.parted) return;
  const std::vector<ActiveRule>* rules = nullptr;
  try {
    rules = &settings.rules->for_path(built.result.path);
  } catch (const std::exception&) {
    return;  // check_document reports it
  }
  auto gather = [&](const document::DocumentImpl& doc) {
    for (const ActiveRule& active : *rules) {
      if (!active.rule->gathers()) continue;
      ActivityScope running({"gathering", active.entry->plugin.c_str(), active.entry->meta.id.c_str(), built.result.path.c_str()});
      std::string failure = failure_of([&] { active.rule->gather(doc); });
      if (!failure.empty()) built.gather_failures.emplace_back(active.entry->meta.id, std::move(failure));
    }
  };
  if (built.doc) {
    gather(*built.doc);
  } else {
    // One part at a time, made and dropped: a long document's parts are made again to be checked.
    for (std::size_t k = 0; k < built.parted->parts.size(); ++k) gather(*make_part(built, k, settings));
  }
}

FileResult check_bytes(const std::string& path, std::string bytes, const CheckSettings& settings) {
  return check_document(build_document(path, std::move(bytes), settings), settings);
}

namespace {

// Runs `rules` on `doc` (on `threads` threads when it is large) and returns what they report,
// in the rules' order: findings outside a rule's zones dropped, fixes of a rule that is not
// fixable dropped, a rule that threw (or whose gather() threw) as a diagnostic saying so at the
// file's start. Findings move by `base` bytes (a part's offset in the whole text). Sets
// `internal_error` when a rule failed or broke the API.
std::vector<Diagnostic> check_rules(const document::DocumentImpl& doc, const std::vector<ActiveRule>& rules,
                                    const BuiltDocument& built, unsigned threads, std::uint32_t base,
                                    bool& internal_error) {
  const std::string& path = built.result.path;
  const std::string_view text = doc.text();
  std::vector<Diagnostic> all;
  // Each rule's findings, or what it threw. A large document's rules run on several threads
  // when the run has cores to spare (rules and analyses are thread-safe); the findings are then
  // taken in the rules' order, so the report is the same either way.
  struct Outcome {
    CollectingReporter reporter;
    std::string failure;
  };
  std::vector<Outcome> outcomes(rules.size());
  auto run_rule = [&](std::size_t k) {
    const ActiveRule& active = rules[k];
    const std::string& id = active.entry->meta.id;
    // A rule whose gather() failed on this file is skipped here, and says why.
    ActivityScope running({"checking", active.entry->plugin.c_str(), id.c_str(), path.c_str()});
    for (const auto& gathered : built.gather_failures)
      if (gathered.first == id) outcomes[k].failure = gathered.second;
    if (outcomes[k].failure.empty()) {
      util::Timings::Scope timing(util::Timings::Kind::Rule, id);  // --timings; nothing otherwise
      outcomes[k].failure = failure_of([&] { active.rule->check(doc, outcomes[k].reporter); });
    }
  };
  if (text.size() < kRulesInParallelFrom) threads = 1;
  if (threads > 1) {
    std::atomic<std::size_t> next{0};
    auto work = [&] {
      for (std::size_t k; (k = next.fetch_add(1)) < outcomes.size();) run_rule(k);
    };
    std::vector<std::jthread> helpers;
    for (unsigned t = 1; t < threads; ++t)
      helpers.emplace_back([&] {
        prepare_thread_for_crash_reports();
        work();
      });
    work();
  } else {
    for (std::size_t k = 0; k < outcomes.size(); ++k) run_rule(k);
  }
  for (std::size_t k = 0; k < outcomes.size(); ++k) {
    const ActiveRule& active = rules[k];
    const std::string& id = active.entry->meta.id;
    CollectingReporter& reporter = outcomes[k].reporter;
    std::string& failure = outcomes[k].failure;
    if (!failure.empty()) {
      internal_error = true;
      all.push_back(failure_diagnostic(id, std::move(failure)));
      continue;
    }
    auto inside = [&](std::uint32_t offset, const std::vector<ScopeKind>& kinds) {
      for (ScopeKind k : kinds)
        if (doc.in_scope(offset, k)) return true;
      return false;
    };
    std::deque<Diagnostic>* reported = reporter.diagnostics();
    if (!reported) continue;  // the rule found nothing
    bool fixes_undeclared = false;
    for (Diagnostic& d : *reported) {
      if (!d.fixes.empty() && !active.entry->meta.fixable) {
        // A fix from a rule that did not declare RuleMeta::fixable is never offered or written.
        fixes_undeclared = true;
        d.fixes.clear();
      }
      if (!active.zones.empty() && !inside(d.range.offset, active.zones)) continue;
      if (!active.skip_zones.empty() && inside(d.range.offset, active.skip_zones)) continue;
      d.rule = active.entry->meta.id;
      d.severity = active.severity;
      bool ok = range_ok(d.range, text.size());
      for (const Note& n : d.notes) ok = ok && range_ok(n.range, text.size());
      for (const Fix& f : d.fixes) ok = ok && range_ok(f.range, text.size());
      if (!ok) {
        internal_error = true;
        d.message = "internal error: the rule reported a range outside the document: " + d.message;
        d.range = {};
        d.notes.clear();
        d.fixes.clear();
        d.severity = Severity::Error;
      } else if (base != 0) {
        d.range.offset += base;
        for (Note& n : d.notes) n.range.offset += base;
        for (Fix& f : d.fixes) f.range.offset += base;
      }
      all.push_back(std::move(d));
    }
    if (fixes_undeclared) {
      internal_error = true;
      Diagnostic d;
      d.rule = active.entry->meta.id;
      d.severity = Severity::Error;
      d.message = "internal error: the rule " + active.entry->meta.id +
                  " attached fixes but does not declare itself fixable (RuleMeta::fixable); its fixes were dropped";
      all.push_back(std::move(d));
    }
  }
  return all;
}

// Checks the parts of a long document, up to `threads` at once, each with its rules in turn,
// and returns their findings in the whole text's offsets, part by part.
std::vector<Diagnostic> check_parts(const BuiltDocument& built, const std::vector<ActiveRule>& rules,
                                    const CheckSettings& settings, bool& internal_error) {
  const std::vector<Range>& parts = built.parted->parts;
  struct PartOutcome {
    std::vector<Diagnostic> diagnostics;
    bool internal_error = false;
    std::exception_ptr thrown;  // out of memory, most likely: the file fails, as a whole one would
  };
  std::vector<PartOutcome> outcomes(parts.size());
  auto check_part = [&](std::size_t k) {
    try {
      std::unique_ptr<document::DocumentImpl> part = make_part(built, k, settings);
      outcomes[k].diagnostics = check_rules(*part, rules, built, 1, parts[k].offset, outcomes[k].internal_error);
    } catch (...) {
      outcomes[k].thrown = std::current_exception();
    }
  };
  unsigned threads = std::max(1u, settings.rule_threads);
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t k; (k = next.fetch_add(1)) < parts.size();) check_part(k);
  };
  {
    std::vector<std::jthread> helpers;
    for (unsigned t = 1; t < threads && t < parts.size(); ++t)
      helpers.emplace_back([&] {
        prepare_thread_for_crash_reports();
        work();
      });
    work();
  }
  std::vector<Diagnostic> all;
  for (PartOutcome& outcome : outcomes) {
    if (outcome.thrown) std::rethrow_exception(outcome.thrown);
    internal_error = internal_error || outcome.internal_error;
    std::move(outcome.diagnostics.begin(), outcome.diagnostics.end(), std::back_inserter(all));
  }
  return all;
}

}  // namespace

FileResult check_document(BuiltDocument built, const CheckSettings& settings) {
  FileResult result = std::move(built.result);
  if (!built.doc && !built.parted) return result;
  built.result.path = result.path;  // the parts and the rules' activity name the file
  built.result.source = result.source;
  const std::string& path = result.path;
  const std::shared_ptr<const SourceFile>& source = result.source;
  document::InputFormat format = built.format;

  const std::vector<ActiveRule>* rules = nullptr;
  try {
    rules = &settings.rules->for_path(path);  // makes the rules a new set of overrides needs
  } catch (const std::exception& e) {
    result.error = e.what();
    return result;
  }
  std::vector<Diagnostic> all = built.doc ? check_rules(*built.doc, *rules, built, settings.rule_threads, 0, result.internal_error)
                                          : check_parts(built, *rules, settings, result.internal_error);
  const std::string_view text = built.doc ? built.doc->text() : built.parted->text;
  const document::SourceMap& map = built.doc ? built.doc->source_map() : built.parted->whole.map;

  std::stable_sort(all.begin(), all.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.range.offset != b.range.offset) return a.range.offset < b.range.offset;
    if (a.rule != b.rule) return a.rule < b.rule;
    if (a.range.length != b.range.length) return a.range.length < b.range.length;
    return a.message < b.message;
  });
  all.erase(std::unique(all.begin(), all.end(),
                        [](const Diagnostic& a, const Diagnostic& b) {
                          return a.range == b.range && a.rule == b.rule && a.message == b.message;
                        }),
            all.end());

  const document::LineIndex& lines = source->lines;
  auto start_of = [&](Range r) { return lines.position(map.to_file(r.offset)); };
  auto end_of = [&](Range r) {
    return lines.position(r.length == 0 ? map.to_file(r.offset) : map.to_file_end(r.end()));
  };
  Suppressions suppressions(find_directives_in(source->bytes, format), lines, [&](std::string_view id) {
    return settings.rules->knows(id);
  });
  auto fix_policy_of = [&](std::string_view rule) {
    for (const ActiveRule& active : settings.rules->for_path(path))
      if (active.entry->meta.id == rule) return active.fix;
    return config::FixPolicy::Safe;
  };
  result.diagnostics.reserve(all.size());
  for (Diagnostic& d : all) {
    OutDiagnostic out;
    out.rule = std::move(d.rule);
    out.severity = d.severity;
    out.start = start_of(d.range);
    out.end = end_of(d.range);
    out.message = std::move(d.message);
    for (Note& n : d.notes) out.notes.push_back({start_of(n.range), end_of(n.range), std::move(n.message)});
    for (const Fix& f : d.fixes) {
      std::variant<OutFix, std::string> mapped = map_fix(f, text, source->bytes, map, format);
      if (auto* fix = std::get_if<OutFix>(&mapped)) {
        out.fixes.push_back(std::move(*fix));
      } else {
        out.notes.push_back({out.start, out.end, std::get<std::string>(mapped)});
      }
    }
    if (!out.fixes.empty()) out.fix_policy = fix_policy_of(out.rule);
    if (suppressions.suppressed(out.rule, out.start.line)) continue;
    result.diagnostics.push_back(std::move(out));
  }
  for (OutDiagnostic& p : suppressions.problems()) result.diagnostics.push_back(std::move(p));
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                   [](const OutDiagnostic& a, const OutDiagnostic& b) { return a.start.offset < b.start.offset; });
  return result;
}

InputBytes read_input(const std::string& path) {
  // read(2) rather than a stream: a read error (EIO, EISDIR) must not look like the end of an
  // empty file, and a pipe gives its bytes exactly once.
  InputBytes out;
  int fd = path == "-" ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    out.error = std::string("cannot open the file: ") + std::strerror(errno);
    return out;
  }
  // A regular file is read straight into a string of its size (one allocation, no copy: a 50 MB
  // file grown 64 KB at a time peaked at twice its size); a pipe, or a file that grows while it
  // is read, grows the string as it comes.
  struct stat st {};
  std::size_t expected = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) : 0;
  constexpr std::size_t kChunk = 1 << 16;
  out.bytes.reserve(expected + 1);
  prefault_for_writing(out.bytes.data(), out.bytes.capacity());
  out.bytes.resize(expected + 1);  // one byte more tells the end without a second read of the file
  std::size_t have = 0;
  for (;;) {
    if (have == out.bytes.size()) out.bytes.resize(have + std::max(kChunk, have / 2));
    ssize_t n = ::read(fd, out.bytes.data() + have, out.bytes.size() - have);
    if (n > 0) {
      have += static_cast<std::size_t>(n);
      // A regular file that gave exactly the size fstat() said, and not the spare byte asked
      // for, is at its end: no second read(2) to hear it (one system call per file fewer).
      if (expected > 0 && have == expected && have < out.bytes.size()) break;
    } else if (n == 0) {
      break;
    } else if (errno != EINTR) {
      out.error = std::string("cannot read the file: ") + std::strerror(errno);
      have = 0;
      break;
    }
  }
  out.bytes.resize(have);
  if (out.bytes.capacity() > have + kChunk) out.bytes.shrink_to_fit();  // a pipe's last growth
  if (fd != STDIN_FILENO) ::close(fd);
  return out;
}

FileResult check_file(const std::string& path, const CheckSettings& settings) {
  InputBytes input = read_input(path);
  if (input.error) {
    FileResult r;
    r.path = path;
    r.error = std::move(input.error);
    return r;
  }
  return check_bytes(path, std::move(input.bytes), settings);
}

}  // namespace copydesk::engine
