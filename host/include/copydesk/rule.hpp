// A rule: metadata the host reads before running it, and a check over one document.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "copydesk/diagnostic.hpp"
#include "copydesk/document.hpp"
#include "copydesk/options.hpp"

COPYDESK_NAMESPACE_BEGIN

struct RuleMeta {
  std::string id;        ///< "<plugin>/<rule>", kebab-case
  std::string summary;   ///< one sentence: what the rule finds
  Severity default_severity = Severity::Warning;
  bool enabled_by_default = true;
  bool fixable = false;  ///< whether it may attach fixes
  std::vector<OptionSpec> options = {};
  std::string doc_url = {};  ///< empty: the host links docs/rules/<id>.md
};

/// One `[[table]]` entry of a TOML data file (a names registry, a title list): its keys and
/// values as Options, and where it was written ("file:line:column") for error messages.
struct Record {
  Options fields;
  std::string where;
};

/// Data files a rule reads, parsed and cached by the host once per run.
class DataFiles {
 public:
  virtual ~DataFiles() = default;
  /// The entries of `[[table]]` in `path`. A relative path is looked up beside the config file,
  /// then in <share>/rules/. Throws std::runtime_error naming file, line and column.
  virtual std::shared_ptr<const std::vector<Record>> records(std::string_view path, std::string_view table) const = 0;
};

/// The run's vocabulary: the config's `[vocabulary]` and `dictionaries`.
struct Vocabulary {
  std::vector<std::string> accept;        ///< words every spelling rule accepts
  std::vector<std::string> reject;        ///< words always reported
  std::vector<std::string> dictionaries;  ///< extra Hunspell .dic files, as absolute paths
};

/// Read-only objects that several rules of one plugin share during a run (a loaded dictionary):
/// made by `make` on the first ask for `key`, kept until the run ends. Thread-safe. Per-document
/// data belongs in locals of check(); data compared across files goes through Rule::gather.
class SharedObjects {
 public:
  virtual ~SharedObjects() = default;
  /// The object stored under `key`, made by `make` the first time it is asked for.
  virtual std::shared_ptr<void> get_or_create(std::string_view key, const std::function<std::shared_ptr<void>()>& make) = 0;

  /// The T under `key` (keys are the plugin's: "<plugin>/<what>"), made by `make()` on first use.
  template <class T, class Make>
  std::shared_ptr<T> get(std::string_view key, Make make) {
    return std::static_pointer_cast<T>(get_or_create(key, [&] { return std::static_pointer_cast<void>(make()); }));
  }
};

/// What a rule's constructor gets. Valid during the constructor only (copy what you keep; the
/// pointed-to DataFiles, Vocabulary and SharedObjects live as long as the rule).
struct RuleContext {
  const Options& options;
  /// Where the host keeps rule packs and dictionaries (".../share/copydesk").
  std::string_view share_dir;
  /// Data files; null only in contexts without a host (never during a run).
  const DataFiles* data = nullptr;
  /// The run's vocabulary; null only in contexts without a host.
  const Vocabulary* vocabulary = nullptr;
  /// Objects the plugin's rules share for this run (one config's); null only without a host.
  SharedObjects* shared = nullptr;
};

/// A rule's lifetime (see docs/architecture.md, "Rule lifetime"):
/// - The host constructs a rule once per run for each distinct effective option set (the config's
///   table merged with the `[[overrides]]` that match a file), lazily, when the first file needing
///   that set is met. Build everything expensive (compiled patterns, word lists, a dictionary)
///   in the constructor; a constructor may throw (OptionError for a bad option value, anything
///   else for a broken data file): the host reports it as a config error.
/// - One instance checks many documents, from several threads at once. check() and gather() must
///   therefore keep per-document state in locals and treat members as read-only; any member they
///   do change (a cache, what gather() collects) must be guarded (a mutex, an atomic).
/// - check() may throw: the host turns the exception into a diagnostic for that file and goes on.
class Rule {
 public:
  virtual ~Rule() = default;
  /// Reports what is wrong in `document`. Called concurrently; see the lifetime notes above.
  virtual void check(const Document& document, Reporter& reporter) = 0;
  /// Cross-file rules (two phases): true when check() compares against every document of the run.
  /// Then the host, in the one pass that reads each input, calls gather() on this same instance
  /// for every document its option set covers, and check() only once all of them are gathered.
  virtual bool gathers() const { return false; }
  /// Phase one: records in this instance (under a lock: called concurrently) what check() compares.
  virtual void gather(const Document& /*document*/) {}
};

using RuleFactory = std::function<std::unique_ptr<Rule>(const RuleContext&)>;

/// Plugins add their rules here while the host loads them.
class Registry {
 public:
  virtual ~Registry() = default;
  virtual void add_rule(RuleMeta meta, RuleFactory factory) = 0;

  /// Registers the provider of an analysis (API 1.2): `compute` turns a document into a value of
  /// T, which rules and other providers then read through Document::get<T>(). `compute` may ask the
  /// document for other analyses; it must not keep the document. An id already provided (by the
  /// host or another plugin) is refused with a load error naming both.
  template <AnalysisType T, class Compute>
  void add_analysis(Compute compute) {
    add_analysis_provider(T::analysis_id, sizeof(T),
                          [compute = std::move(compute)](const Document& doc) -> std::shared_ptr<const void> {
                            return std::make_shared<const T>(compute(doc));
                          });
  }
  /// The untyped add_analysis<T>(): `size` is sizeof the analysis type.
  virtual void add_analysis_provider(std::string_view id, std::size_t size, AnalysisProvider provider) = 0;

  /// Adds a rule class with `static RuleMeta meta()` and a constructor taking `const RuleContext&`.
  template <class R>
  void add() {
    add_rule(R::meta(), [](const RuleContext& context) -> std::unique_ptr<Rule> {
      return std::make_unique<R>(context);
    });
  }
};

COPYDESK_NAMESPACE_END
