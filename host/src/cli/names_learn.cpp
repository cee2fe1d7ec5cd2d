// Counts name spellings across an archive with the same units and keys the names rules use, merges
// counts from shards, and turns them into a registry.
#include "cli/names_learn.hpp"

#include <copydesk/name_units.hpp>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

#include "document/document_impl.hpp"
#include "document/readers.hpp"
#include "engine/checker.hpp"
#include "engine/inputs.hpp"

namespace copydesk::cli {
namespace {

using Json = nlohmann::ordered_json;

constexpr int kCountsVersion = 1;

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

// Adds one article's names to `counts`.
void count_document(const std::string& path, const std::string& bytes, NameCounts& counts) {
  ++counts.files;
  document::LineIndex lines(bytes);
  document::DocumentImpl doc(path, document::read(engine::format_for_path(path), bytes), lines, "auto");
  for (const Token& t : doc.tokens())
    if (t.is_word() && !(t.flags & (kCapitalized | kAllCaps))) counts.lower_words.emplace(t.text);
  const NameUnits& units = doc.get<NameUnits>();
  for (std::size_t i = 0; i < units.size(); ++i) {
    const NameUnit& u = units[i];
    if (u.all_caps) continue;
    // A given name is learned with its surname ("Sergei Lavrov"): alone it could be anyone's.
    std::string surface(doc.slice(u.range)), form(units.form(u));
    bool with_surname = u.group != u.key;
    if (with_surname) {
      std::size_t j = i;
      while (j + 1 < units.size() && units[j + 1].mention == u.mention) ++j;
      surface.append(" ").append(doc.slice(units[j].range));
      form.append(" ").append(units.form(units[j]));
      counts.given_names.emplace(units.key(u));
    }
    NameCounts::Group& g = counts.groups[std::string(units.group_key(u))];
    g.by_form[form]++;
    g.surfaces[form][surface]++;
    g.total++;
  }
}

// Counts every article of the archives; false when a file could not be read (reported to err).
bool count_archives(const LearnOptions& options, const engine::Session& session, NameCounts& counts,
                    std::ostream& err) {
  bool ok = true;
  std::vector<engine::Input> inputs = engine::collect_inputs(options.archives, "", session.config.extensions);
  for (const engine::Input& input : inputs) {
    if (input.error) {
      err << "copydesk: error: " << input.path << ": " << *input.error << '\n';
      ok = false;
      continue;
    }
    // read(2): an unreadable file (a folder, an I/O error) is an error, never an empty article.
    engine::InputBytes read = engine::read_input(input.path);
    if (read.error) {
      err << "copydesk: error: " << input.path << ": " << *read.error << '\n';
      ok = false;
      continue;
    }
    std::string bytes = std::move(read.bytes);
    if (auto problem = document::check_input(bytes)) {
      err << "copydesk: error: " << input.path << ": " << *problem << '\n';
      ok = false;
      continue;
    }
    try {
      count_document(input.path, bytes, counts);
    } catch (const std::exception& e) {  // a file the reader refuses (nested too deep)
      err << "copydesk: error: " << input.path << ": " << e.what() << '\n';
      ok = false;
    }
  }
  return ok;
}

// The registry the merged counts give.
std::string registry_from(const NameCounts& counts, std::size_t min_count, std::size_t& entries) {
  std::ostringstream registry;
  registry << "# Names registry learned by `copydesk names learn` from " << counts.files << " files.\n"
           << "# Each entry: the archive's majority spelling as `house`, the other spellings as `variants`.\n"
           << "# Use it with: [rules.\"names/house-spelling\"] enabled = true, registries = [\"<this file>\"]\n";
  entries = 0;
  for (const auto& [key, g] : counts.groups) {
    if (g.by_form.size() < 2 || g.total < min_count) continue;
    // "Found"/"Fund", "Heat"/"Heath": capitalised common words at sentence starts are not names.
    bool common = false;
    for (const auto& [form, n] : g.by_form) common = common || counts.lower_words.count(form);
    if (common) continue;
    // A first name on its own ("Alan", "Allan") could be anyone's: learned only with a surname.
    if (key.find('|') == std::string::npos && counts.given_names.count(key)) continue;
    std::string house_form = most_common(g.by_form);
    std::size_t house_count = g.by_form.at(house_form);
    if (house_count * 2 <= g.total) continue;  // no clear majority: the archive has no house spelling
    std::string house = most_common(g.surfaces.at(house_form));
    std::vector<std::string> variants;
    std::string listing = house + ": " + std::to_string(house_count);
    bool had_article = false;
    std::string house_core(form_core(house_form, had_article));
    for (const auto& [form, n] : g.by_form) {
      // "Assad" beside "al-Assad" is a second reference dropping the article, not a variant.
      if (form == house_form || form_core(form, had_article) == house_core) continue;
      for (const auto& [surface, m] : g.surfaces.at(form)) {
        if (surface == house) continue;
        variants.push_back(surface);
        listing += ", " + surface + ": " + std::to_string(m);
      }
    }
    if (variants.empty()) continue;
    registry << "\n# " << listing << "\n[[name]]\nhouse = " << toml_string(house) << "\nvariants = [";
    for (std::size_t i = 0; i < variants.size(); ++i) registry << (i ? ", " : "") << toml_string(variants[i]);
    registry << "]\n";
    ++entries;
  }
  return registry.str();
}

// Counts as JSON Lines: a header, then one line per group, then the word sets.
std::string counts_jsonl(const NameCounts& counts) {
  std::ostringstream out;
  auto line = [&](const Json& j) { out << j.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n'; };
  line({{"copydesk_name_counts", kCountsVersion}, {"files", counts.files}});
  for (const auto& [key, g] : counts.groups) {
    Json forms = Json::object();
    for (const auto& [form, n] : g.by_form) forms[form] = {{"count", n}, {"surfaces", g.surfaces.at(form)}};
    line({{"group", key}, {"total", g.total}, {"forms", std::move(forms)}});
  }
  for (const std::string& k : counts.given_names) line({{"given_name", k}});
  for (const std::string& w : counts.lower_words) line({{"lower_word", w}});
  return out.str();
}

// Reads counts written by counts_jsonl. Throws std::runtime_error naming the file and line.
NameCounts read_counts(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot be read");
  NameCounts counts;
  std::size_t number = 0;
  bool header = false;
  for (std::string text; std::getline(in, text);) {
    ++number;
    if (text.empty()) continue;
    try {
      Json j = Json::parse(text);
      if (j.contains("copydesk_name_counts")) {
        if (j["copydesk_name_counts"] != kCountsVersion)
          throw std::runtime_error("counts version " + j["copydesk_name_counts"].dump() + " is not " +
                                   std::to_string(kCountsVersion));
        counts.files += j.at("files").get<std::size_t>();
        header = true;
      } else if (!header) {
        throw std::runtime_error("not a counts file of `copydesk names count` (no header line)");
      } else if (j.contains("group")) {
        NameCounts::Group& g = counts.groups[j["group"].get<std::string>()];
        g.total += j.at("total").get<std::size_t>();
        for (const auto& [form, f] : j.at("forms").items()) {
          g.by_form[form] += f.at("count").get<std::size_t>();
          for (const auto& [surface, m] : f.at("surfaces").items()) g.surfaces[form][surface] += m.get<std::size_t>();
        }
      } else if (j.contains("given_name")) {
        counts.given_names.insert(j["given_name"].get<std::string>());
      } else if (j.contains("lower_word")) {
        counts.lower_words.insert(j["lower_word"].get<std::string>());
      } else {
        throw std::runtime_error("unknown line");
      }
    } catch (const Json::exception& e) {
      throw std::runtime_error(path + ":" + std::to_string(number) + ": " + e.what());
    } catch (const std::runtime_error& e) {
      throw std::runtime_error(path + ":" + std::to_string(number) + ": " + e.what());
    }
  }
  if (in.bad()) throw std::runtime_error(path + ": reading failed");
  if (!header) throw std::runtime_error(path + ": not a counts file of `copydesk names count` (it is empty)");
  return counts;
}

// Writes `text` to `output` ("-" or empty: `out`) through a temporary file and a rename.
bool write_output(const std::string& output, const std::string& text, std::ostream& out, std::ostream& err) {
  if (output.empty() || output == "-") {
    out << text;
    out.flush();
    if (!out) err << "copydesk: error: writing to standard output failed\n";
    return static_cast<bool>(out);
  }
  std::string tmp = output + ".copydesk-new";
  {
    std::ofstream file(tmp, std::ios::binary | std::ios::trunc);
    file << text;
    file.flush();
    if (!file) {
      err << "copydesk: error: " << output << ": cannot be written\n";
      std::remove(tmp.c_str());
      return false;
    }
  }
  if (std::rename(tmp.c_str(), output.c_str()) != 0) {
    err << "copydesk: error: " << output << ": cannot be written (is it a folder?)\n";
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

bool open(const LearnOptions& options, engine::Session& session, std::ostream& err) {
  try {
    session = engine::open_session(options.session);
    return true;
  } catch (const config::ConfigError& e) {
    err << "copydesk: error: " << e.what() << '\n';
    return false;
  }
}

}  // namespace

void NameCounts::merge(const NameCounts& other) {
  files += other.files;
  for (const auto& [key, g] : other.groups) {
    Group& mine = groups[key];
    mine.total += g.total;
    for (const auto& [form, n] : g.by_form) mine.by_form[form] += n;
    for (const auto& [form, surfaces] : g.surfaces)
      for (const auto& [surface, m] : surfaces) mine.surfaces[form][surface] += m;
  }
  given_names.insert(other.given_names.begin(), other.given_names.end());
  lower_words.insert(other.lower_words.begin(), other.lower_words.end());
}

int names_count(const LearnOptions& options, std::ostream& out, std::ostream& err) {
  engine::Session session;
  if (!open(options, session, err)) return 2;
  NameCounts counts;
  bool ok = count_archives(options, session, counts, err);
  if (!write_output(options.output, counts_jsonl(counts), out, err)) return 2;
  if (!options.output.empty() && options.output != "-")
    err << "copydesk: counted the names of " << counts.files << " files into " << options.output << '\n';
  return ok ? 0 : 2;
}

int names_merge(const LearnOptions& options, std::ostream& out, std::ostream& err) {
  NameCounts counts;
  try {
    for (const std::string& path : options.archives) counts.merge(read_counts(path));
  } catch (const std::runtime_error& e) {
    err << "copydesk: error: " << e.what() << '\n';
    return 2;
  }
  std::size_t entries = 0;
  if (!write_output(options.output, registry_from(counts, options.min_count, entries), out, err)) return 2;
  if (!options.output.empty() && options.output != "-")
    err << "copydesk: learned " << entries << " names from " << counts.files << " files into " << options.output << '\n';
  return 0;
}

int names_learn(const LearnOptions& options, std::ostream& out, std::ostream& err) {
  engine::Session session;
  if (!open(options, session, err)) return 2;
  NameCounts counts;
  bool ok = count_archives(options, session, counts, err);
  std::size_t entries = 0;
  if (!write_output(options.output, registry_from(counts, options.min_count, entries), out, err)) return 2;
  if (!options.output.empty() && options.output != "-")
    err << "copydesk: learned " << entries << " names from " << counts.files << " files into " << options.output << '\n';
  return ok ? 0 : 2;
}

}  // namespace copydesk::cli
