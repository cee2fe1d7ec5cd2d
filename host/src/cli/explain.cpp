// Finds a rule's documentation page where copydesk is installed, or builds one from its metadata.
#include "cli/explain.hpp"

#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

#include "cli/listing.hpp"
#include "util/did_you_mean.hpp"

namespace fs = std::filesystem;

namespace copydesk::cli {
namespace {

void print_metadata(const plugins::RuleEntry& e, const engine::Session& s, std::ostream& out) {
  const RuleMeta& m = e.meta;
  out << "# " << m.id << "\n\n" << m.summary << "\n\n- Default severity: " << severity_name(m.default_severity)
      << (m.enabled_by_default ? "" : " (off by default: enable it in the config or with --enable)")
      << (m.fixable ? ". Fixable." : ".") << "\n- From: " << e.plugin << '\n';
  if (!m.doc_url.empty()) out << "- More: " << m.doc_url << '\n';
  if (!m.options.empty()) {
    out << "\n## Options\n\n| option | type | default | meaning |\n| --- | --- | --- | --- |\n";
    for (const OptionSpec& o : m.options) {
      out << "| `" << o.name << "` | " << type_name(o.type) << " | `" << o.default_value << "` | " << o.description;
      if (!o.choices.empty()) {
        out << " (one of";
        for (const std::string& c : o.choices) out << " `" << c << '`';
        out << ')';
      }
      out << " |\n";
    }
  }
  bool heading = false;
  for (const rulekinds::PackExample& x : s.pack_examples) {
    if (x.rule != m.id) continue;
    if (!heading) out << "\n## Examples\n\n";
    heading = true;
    out << (x.flag ? "Flagged: `" : "Not flagged: `") << x.text << "`\n";
  }
}

}  // namespace

int explain(const engine::SessionOptions& options, const std::string& id, std::ostream& out, std::ostream& err) {
  std::optional<engine::Session> session = open_for_listing(options, err);
  if (!session) return 2;
  const engine::Session& s = *session;
  if (const plugins::RuleEntry* e = s.catalog.find(id)) {
    fs::path page = fs::path(s.share_dir) / "docs" / "rules" / (id + ".md");
    std::ifstream in(page);
    if (!in) {
      print_metadata(*e, s, out);
      return 0;
    }
    std::ostringstream text;
    text << in.rdbuf();
    out << text.str();
    if (!e->meta.enabled_by_default)
      out << "\n(This rule is off by default: turn it on with `--enable " << id << "` or in .copydesk.toml.)\n";
    return 0;
  }
  std::vector<std::string> ids;
  for (const plugins::RuleEntry& e : s.catalog.rules) {
    if (e.meta.id.starts_with(id + "/")) ids.push_back(e.meta.id);
  }
  if (!ids.empty() && id.find('/') == std::string::npos) {
    out << "Plugin " << id << " has " << ids.size() << (ids.size() == 1 ? " rule" : " rules")
        << " (`copydesk explain RULE` for one):\n";
    for (const std::string& r : ids) out << "  " << r << "  " << s.catalog.find(r)->meta.summary << '\n';
    return 0;
  }
  ids.clear();
  for (const plugins::RuleEntry& e : s.catalog.rules) ids.push_back(e.meta.id);
  err << "copydesk: error: unknown rule \"" << id << "\"";
  // "space-before" alone: the rule of that name in whichever plugin has it.
  std::optional<std::string> hint;
  for (const std::string& r : ids)
    if (r.substr(r.find('/') + 1) == id) hint = r;
  if (!hint) hint = util::did_you_mean(id, ids);
  if (hint) err << "; did you mean \"" << *hint << "\"?";
  err << "\n(`copydesk rules` lists every rule)\n";
  return 2;
}

}  // namespace copydesk::cli
