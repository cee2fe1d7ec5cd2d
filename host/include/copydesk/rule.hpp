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

/// State one run shares between the rule instances of every document (for rules that compare
/// files, such as a story package). Thread-safe; what is stored lives until the run ends.
class RunState {
 public:
  virtual ~RunState() = default;
  /// The object stored under `key`, made by `make` the first time it is asked for.
  virtual std::shared_ptr<void> get_or_create(std::string_view key, const std::function<std::shared_ptr<void>()>& make) = 0;

  template <class T>
  std::shared_ptr<T> get(std::string_view key) {
    return std::static_pointer_cast<T>(get_or_create(key, [] { return std::static_pointer_cast<void>(std::make_shared<T>()); }));
  }
};

/// What a rule's constructor gets. Valid during the constructor only.
struct RuleContext {
  const Options& options;
  /// Where the host keeps rule packs and dictionaries (".../share/copydesk").
  std::string_view share_dir;
  /// Data files; null only in contexts without a host (never during a run).
  const DataFiles* data = nullptr;
  /// The run's vocabulary; null only in contexts without a host.
  const Vocabulary* vocabulary = nullptr;
  /// State shared by the whole run; null only in contexts without a host.
  RunState* run = nullptr;
};

/// A fresh instance is made for every document, so a rule may keep per-document state.
/// check() may throw: the host turns the exception into a diagnostic and goes on.
class Rule {
 public:
  virtual ~Rule() = default;
  virtual void check(const Document& document, Reporter& reporter) = 0;
  /// Whether this instance (with its options) wants to see every document of the run before any
  /// is checked. Then gather() is called once per document, on a separate instance, first.
  virtual bool gathers() const { return false; }
  /// Records what check() will compare across files, in RuleContext::run.
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
