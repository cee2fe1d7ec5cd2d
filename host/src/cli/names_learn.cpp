// Clusters name spellings across an archive with the same units and keys the names rules use.
#include "cli/names_learn.hpp"

#include <copydesk/name_units.hpp>
#include <fstream>
#include <map>
#include <set>
#include <ostream>
#include <sstream>

#include "document/document_impl.hpp"
#include "document/readers.hpp"
#include "engine/checker.hpp"
#include "engine/inputs.hpp"

namespace copydesk::cli {
namespace {

// Spellings of one name: the phrase as written (given name with surname) and how often.
struct Cluster {
  std::map<std::string, std::size_t> by_form;            // lower-case form -> count
  std::map<std::string, std::map<std::string, std::size_t>> surfaces;  // form -> surface -> count
  std::size_t total = 0;
};

std::string toml_string(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "\"";
}

std::string most_common(const std::map<std::string, std::size_t>& counts) {
  std::string best;
  std::size_t n = 0;
  for (const auto& [s, c] : counts)
    if (c > n) {
      best = s;
      n = c;
    }
  return best;
}

}  // namespace

int names_learn(const LearnOptions& options, std::ostream& out, std::ostream& err) {
  engine::Session session;
  try {
    session = engine::open_session(options.session);
  } catch (const config::ConfigError& e) {
    err << "copydesk: error: " << e.what() << '\n';
    return 2;
  }
  std::vector<engine::Input> inputs = engine::collect_inputs(options.archives, "", session.config.extensions);
  std::map<std::string, Cluster> clusters;  // group key -> spellings
  std::map<std::string, bool> given_name;   // word key -> seen as a given name before a surname
  std::set<std::string> lower_words;        // words seen in lower case: common words, not names
  bool failed = false;
  std::size_t files = 0;
  for (const engine::Input& input : inputs) {
    if (input.error) {
      err << "copydesk: error: " << input.path << ": " << *input.error << '\n';
      failed = true;
      continue;
    }
    std::ifstream in(input.path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string bytes = std::move(buffer).str();
    if (auto problem = document::check_input(bytes)) {
      err << "copydesk: error: " << input.path << ": " << *problem << '\n';
      failed = true;
      continue;
    }
    ++files;
    document::LineIndex lines(bytes);
    document::DocumentImpl doc(input.path, document::read(engine::format_for_path(input.path), bytes), lines, "auto");
    for (const Token& t : doc.tokens())
      if (t.is_word() && !(t.flags & (kCapitalized | kAllCaps))) lower_words.emplace(t.text);
    std::vector<NameUnit> units = name_units(doc);
    for (std::size_t i = 0; i < units.size(); ++i) {
      const NameUnit& u = units[i];
      if (u.all_caps) continue;
      // A given name is learned with its surname ("Sergei Lavrov"): alone it could be anyone's.
      std::string surface = u.surface, form = u.form;
      if (u.group_key.find('|') != std::string::npos) {
        std::size_t j = i;
        while (j + 1 < units.size() && units[j + 1].mention == u.mention) ++j;
        surface += " " + units[j].surface;
        form += " " + units[j].form;
      }
      if (u.group_key.find('|') != std::string::npos) given_name[u.key] = true;
      Cluster& c = clusters[u.group_key];
      c.by_form[form]++;
      c.surfaces[form][surface]++;
      c.total++;
    }
  }

  std::ostringstream registry;
  registry << "# Names registry learned by `copydesk names learn` from " << files << " files.\n"
           << "# Each entry: the archive's majority spelling as `house`, the other spellings as `variants`.\n"
           << "# Use it with: [rules.\"names/house-spelling\"] enabled = true, registries = [\"<this file>\"]\n";
  std::size_t entries = 0;
  for (const auto& [key, c] : clusters) {
    if (c.by_form.size() < 2 || c.total < options.min_count) continue;
    // "Found"/"Fund", "Heat"/"Heath": capitalised common words at sentence starts are not names.
    bool common = false;
    for (const auto& [form, n] : c.by_form) common = common || lower_words.count(form);
    if (common) continue;
    // A first name on its own ("Alan", "Allan") could be anyone's: learned only with a surname.
    if (key.find('|') == std::string::npos && given_name.count(key)) continue;
    std::string house_form = most_common(c.by_form);
    std::size_t house_count = c.by_form.at(house_form);
    if (house_count * 2 <= c.total) continue;  // no clear majority: the archive has no house spelling
    std::string house = most_common(c.surfaces.at(house_form));
    std::vector<std::string> variants;
    std::string counts = house + ": " + std::to_string(house_count);
    bool had_article = false;
    std::string house_core(form_core(house_form, had_article));
    for (const auto& [form, n] : c.by_form) {
      // "Assad" beside "al-Assad" is a second reference dropping the article, not a variant.
      if (form == house_form || form_core(form, had_article) == house_core) continue;
      for (const auto& [surface, m] : c.surfaces.at(form)) {
        if (surface == house) continue;
        variants.push_back(surface);
        counts += ", " + surface + ": " + std::to_string(m);
      }
    }
    if (variants.empty()) continue;
    registry << "\n# " << counts << "\n[[name]]\nhouse = " << toml_string(house) << "\nvariants = [";
    for (std::size_t i = 0; i < variants.size(); ++i) registry << (i ? ", " : "") << toml_string(variants[i]);
    registry << "]\n";
    ++entries;
  }
  if (options.output.empty() || options.output == "-") {
    out << registry.str();
  } else {
    std::string tmp = options.output + ".tmp";
    {
      std::ofstream file(tmp, std::ios::binary);
      file << registry.str();
      if (!file) {
        err << "copydesk: error: " << options.output << ": cannot write the registry\n";
        return 2;
      }
    }
    std::rename(tmp.c_str(), options.output.c_str());
    err << "copydesk: learned " << entries << " names from " << files << " files into " << options.output << '\n';
  }
  return failed ? 2 : 0;
}

}  // namespace copydesk::cli
