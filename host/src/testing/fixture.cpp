// Parses and runs inline-expectation fixtures (the format is in docs/writing-rules.md).
#include "testing/fixture.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <toml++/toml.h>

#include "engine/checker.hpp"
#include "engine/rule_set.hpp"
#include "rulekinds/pack.hpp"
#include "util/utf8.hpp"

namespace fs = std::filesystem;

namespace copydesk::testing {
namespace {

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find('\n', start);
    if (end == std::string_view::npos) {
      if (start < s.size()) lines.push_back(s.substr(start));
      break;
    }
    lines.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::string strip(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return std::string(s);
}

// A caret line: optional spaces, carets, a space, a rule id containing '/'.
bool is_expectation_line(std::string_view line) {
  std::size_t i = line.find_first_not_of(' ');
  if (i == std::string_view::npos || line[i] != '^') return false;
  std::size_t j = line.find_first_not_of('^', i);
  if (j == std::string_view::npos || line[j] != ' ') return false;
  std::size_t k = line.find_first_not_of(' ', j);
  if (k == std::string_view::npos) return false;
  std::size_t end = line.find_first_of(" :", k);
  std::string_view id = line.substr(k, end == std::string_view::npos ? std::string_view::npos : end - k);
  return id.find('/') != std::string_view::npos;
}

// `"text"` with \" and \\ escapes.
std::string unquote(std::string_view s, const std::string& where) {
  if (s.size() < 2 || s.front() != '"' || s.back() != '"')
    throw std::runtime_error(where + ": a fix must be written in double quotes: => \"replacement\"");
  std::string out;
  for (std::size_t i = 1; i + 1 < s.size(); ++i) {
    if (s[i] == '\\' && i + 2 < s.size()) {
      char n = s[++i];
      out.push_back(n == 'n' ? '\n' : n);
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

void read_front_matter(Fixture& f, std::string_view toml_text, std::uint32_t first_line) {
  toml::table t;
  try {
    t = toml::parse(toml_text, f.path);
  } catch (const toml::parse_error& e) {
    throw std::runtime_error(f.path + ":" + std::to_string(first_line + e.source().begin.line - 1) + ":" +
                             std::to_string(e.source().begin.column) + ": invalid front matter: " +
                             std::string(e.description()));
  }
  for (auto&& [k, v] : t) {
    std::string key(k.str());
    std::string where = f.path + ":" + std::to_string(first_line + k.source().begin.line - 1);
    auto string_of = [&](const toml::node& n) {
      if (!n.is_string()) throw std::runtime_error(where + ": `" + key + "` must be a string");
      return *n.value<std::string>();
    };
    if (key == "rules") {
      const toml::array* a = v.as_array();
      if (!a) throw std::runtime_error(where + ": `rules` must be an array of rule ids");
      for (const toml::node& e : *a) f.rules.push_back(string_of(e));
    } else if (key == "language") {
      f.language = string_of(v);
    } else if (key == "format") {
      f.format = string_of(v);
    } else if (key == "date") {
      f.date = string_of(v);
    } else if (key == "options") {
      const toml::table* opts = v.as_table();
      if (!opts) throw std::runtime_error(where + ": `options` must be a table of rule tables");
      for (auto&& [id, table] : *opts) {
        const toml::table* rt = table.as_table();
        if (!rt) throw std::runtime_error(where + ": options for `" + std::string(id.str()) + "` must be a table");
        config::RuleSetting setting;
        setting.where = {f.path, first_line + id.source().begin.line - 1, id.source().begin.column};
        for (auto&& [ok, ov] : *rt) {
          std::string name(ok.str());
          OptionValue value;
          if (ov.is_boolean()) value = *ov.value<bool>();
          else if (ov.is_integer()) value = *ov.value<std::int64_t>();
          else if (ov.is_floating_point()) value = *ov.value<double>();
          else if (ov.is_string()) value = *ov.value<std::string>();
          else if (const toml::array* a = ov.as_array()) {
            std::vector<std::string> list;
            for (const toml::node& e : *a) list.push_back(string_of(e));
            value = std::move(list);
          } else {
            throw std::runtime_error(where + ": option `" + name + "` has an unsupported type");
          }
          setting.options.set(name, std::move(value));
          setting.option_where[name] = {f.path, first_line + ov.source().begin.line - 1, ov.source().begin.column};
        }
        f.config.rules[std::string(id.str())] = std::move(setting);
      }
    } else {
      throw std::runtime_error(where + ": unknown front matter key `" + key +
                               "` (rules, language, format, date, options)");
    }
  }
}

}  // namespace

Fixture parse_fixture(const std::string& path, const std::string& content) {
  Fixture f;
  f.path = path;
  std::vector<std::string_view> lines = split_lines(content);
  std::size_t i = 0;
  if (!lines.empty() && strip(lines[0]) == "+++") {
    std::size_t close = 1;
    while (close < lines.size() && strip(lines[close]) != "+++") ++close;
    if (close == lines.size()) throw std::runtime_error(path + ":1: front matter opened with +++ is never closed");
    std::string toml_text;
    for (std::size_t k = 1; k < close; ++k) toml_text.append(lines[k]).push_back('\n');
    read_front_matter(f, toml_text, 2);
    i = close + 1;
  }
  std::uint32_t text_line = 0;
  for (; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    std::uint32_t fixture_line = static_cast<std::uint32_t>(i + 1);
    if (!is_expectation_line(line)) {
      f.text.append(line).push_back('\n');
      f.fixture_line.push_back(fixture_line);
      ++text_line;
      continue;
    }
    std::string where = path + ":" + std::to_string(fixture_line);
    if (text_line == 0) throw std::runtime_error(where + ": an expectation line needs a text line above it");
    Expectation e;
    e.fixture_line = fixture_line;
    e.line = text_line;
    std::size_t caret = line.find('^');
    std::size_t after = line.find_first_not_of('^', caret);
    e.column = static_cast<std::uint32_t>(utf8::count_code_points(line.substr(0, caret)) + 1);
    e.width = static_cast<std::uint32_t>(after - caret);
    std::string rest = strip(line.substr(after));
    std::size_t arrow = rest.rfind(" => ");
    if (arrow != std::string::npos) {
      e.fix = unquote(strip(std::string_view(rest).substr(arrow + 4)), where);
      rest = strip(std::string_view(rest).substr(0, arrow));
    }
    std::size_t colon = rest.find(": ");
    if (colon == std::string::npos && !rest.empty() && rest.back() == ':') colon = rest.size() - 1;
    e.rule = colon == std::string::npos ? rest : rest.substr(0, colon);
    if (colon != std::string::npos) e.message = strip(std::string_view(rest).substr(colon + 1));
    f.expectations.push_back(std::move(e));
  }
  if (f.rules.empty()) {
    // tests/rules/<plugin>/<rule>.txt names the rule it tests.
    fs::path p = fs::absolute(fs::path(path)).lexically_normal();  // "./rule.txt" is in its folder too
    std::string stem = p.filename().string();
    stem = stem.substr(0, stem.find('.'));
    std::string plugin = p.parent_path().filename().string();
    if (!plugin.empty()) f.rules.push_back(plugin + "/" + stem);
  }
  return f;
}

bool run_fixture(const Fixture& f, const plugins::RuleCatalog& catalog, const std::string& share_dir,
                 std::ostream& out) {
  config::Config cfg = f.config;
  cfg.path = f.path;
  // Data files a fixture's options name are found beside the fixture.
  cfg.dir = fs::absolute(fs::path(f.path)).parent_path().string();
  for (const std::string& id : f.rules)
    if (!catalog.find(id)) throw std::runtime_error(f.path + ": the fixture runs rule \"" + id + "\", which is not loaded");
  // Only the fixture's rules run, with their options.
  for (const plugins::RuleEntry& e : catalog.rules) {
    config::RuleSetting& s = cfg.rules[e.meta.id];
    s.enabled = std::find(f.rules.begin(), f.rules.end(), e.meta.id) != f.rules.end();
  }
  engine::RuleSet rules(cfg, catalog, {}, share_dir);
  engine::CheckSettings settings;
  settings.rules = &rules;
  settings.language = f.language;
  settings.date = f.date;
  if (!f.format.empty())
    settings.input_format = engine::format_for_path(f.format == "txt" ? "x.txt" : "x." + f.format);
  else
    settings.input_format = document::InputFormat::Text;
  engine::FileResult result = engine::check_bytes(f.path, f.text, settings);
  if (result.error) throw std::runtime_error(f.path + ": " + *result.error);

  bool ok = true;
  std::vector<bool> met(f.expectations.size(), false);
  auto fixture_line = [&](std::uint32_t line) {
    return line >= 1 && line <= f.fixture_line.size() ? f.fixture_line[line - 1] : line;
  };
  for (const engine::OutDiagnostic& d : result.diagnostics) {
    std::uint32_t width = d.end.line == d.start.line ? d.end.column - d.start.column
                          : static_cast<std::uint32_t>(utf8::count_code_points(
                                result.source->lines.line_text(d.start.line))) - d.start.column + 1;
    if (width == 0) width = 1;
    bool found = false;
    for (std::size_t k = 0; k < f.expectations.size() && !found; ++k) {
      const Expectation& e = f.expectations[k];
      if (met[k] || e.line != d.start.line || e.column != d.start.column || e.width != width || e.rule != d.rule)
        continue;
      if (e.message && *e.message != d.message) continue;
      found = true;
      met[k] = true;
      if (e.fix) {
        if (d.fixes.size() != 1) {
          out << f.path << ":" << e.fixture_line << ": expected the fix \"" << *e.fix << "\", but the diagnostic has "
              << d.fixes.size() << " fixes\n";
          ok = false;
        } else if (d.fixes[0].replacement != *e.fix) {
          out << f.path << ":" << e.fixture_line << ": expected the fix \"" << *e.fix << "\", got \""
              << d.fixes[0].replacement << "\"\n";
          ok = false;
        }
      }
    }
    if (!found) {
      ok = false;
      std::string carets(d.start.column - 1, ' ');
      carets.append(width, '^');
      // The expectation on a line of its own, unindented, so it pastes verbatim under the text line.
      out << f.path << ":" << fixture_line(d.start.line) << ":" << d.start.column
          << ": unexpected diagnostic; to expect it, paste this line under line " << fixture_line(d.start.line) << ":\n"
          << carets << ' ' << d.rule << ": " << d.message;
      if (d.fixes.size() == 1) out << " => \"" << d.fixes[0].replacement << '"';
      out << '\n';
    }
  }
  for (std::size_t k = 0; k < f.expectations.size(); ++k) {
    if (met[k]) continue;
    ok = false;
    const Expectation& e = f.expectations[k];
    out << f.path << ":" << e.fixture_line << ": expected but not reported: line " << fixture_line(e.line)
        << ", column " << e.column << ", " << e.width << " wide, " << e.rule;
    if (e.message) out << ": " << *e.message;
    out << '\n';
  }
  return ok;
}

bool run_pack_examples(const std::vector<rulekinds::PackExample>& examples, const plugins::RuleCatalog& catalog,
                       const std::string& share_dir, std::ostream& out) {
  bool ok = true;
  for (const rulekinds::PackExample& e : examples) {
    config::Config cfg;
    for (const plugins::RuleEntry& r : catalog.rules) cfg.rules[r.meta.id].enabled = r.meta.id == e.rule;
    engine::RuleSet rules(cfg, catalog, {}, share_dir);
    engine::CheckSettings settings;
    settings.rules = &rules;
    settings.input_format = document::InputFormat::Text;
    engine::FileResult r = engine::check_bytes(e.where, e.text + "\n", settings);
    std::size_t found = 0;
    for (const engine::OutDiagnostic& d : r.diagnostics) found += d.rule == e.rule;
    if ((e.flag && found == 0) || (!e.flag && found > 0)) {
      ok = false;
      out << e.where << ": " << e.rule << ": the " << (e.flag ? "flag" : "pass") << " example \"" << e.text << "\" is "
          << (e.flag ? "not reported" : "reported") << '\n';
    }
  }
  return ok;
}

// A .toml file that declares a rule pack (a top-level `pack` or `extends` key), not a data file beside fixtures.
bool is_rule_pack(const fs::path& path) {
  if (path.extension() != ".toml") return false;
  std::ifstream in(path, std::ios::binary);
  for (std::string line; std::getline(in, line);) {
    std::size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos || line[start] == '#') continue;
    if (line[start] == '[') return false;  // the top-level keys come before any table
    for (std::string_view key : {"pack", "extends"}) {
      std::size_t after = line.find_first_not_of(" \t", start + key.size());
      if (line.compare(start, key.size(), key) == 0 && after != std::string::npos && line[after] == '=') return true;
    }
  }
  return false;
}

int run_test_rules(const engine::SessionOptions& session_options, const std::vector<std::string>& paths,
                   std::ostream& out, std::ostream& err) {
  engine::Session session;
  try {
    session = engine::open_session(session_options);
  } catch (const config::ConfigError& e) {
    err << "copydesk: error: " << e.what() << '\n';
    return 2;
  }
  bool broken = false;
  if (!session.catalog.errors.empty()) {
    for (const std::string& e : session.catalog.errors) err << "copydesk: error: " << e << '\n';
    broken = true;
  }
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      for (const auto& entry : fs::recursive_directory_iterator(p, ec))
        if (entry.is_regular_file(ec) && !entry.path().filename().string().starts_with(".") &&
            (engine::is_fixture_extension(entry.path().extension().string()) || is_rule_pack(entry.path())))
          files.push_back(entry.path().string());
    } else {
      files.push_back(p);
    }
  }
  std::sort(files.begin(), files.end());
  // Packs first: the fixtures beside a pack test its rules, which must be loaded by then.
  std::stable_partition(files.begin(), files.end(), [](const std::string& f) { return f.ends_with(".toml"); });
  if (files.empty()) {  // a typo in a CI path must not pass as "nothing failed"
    err << "copydesk: error: no fixture or rule pack found in";
    for (const std::string& p : paths) err << ' ' << p;
    err << " (fixtures are .txt, .md, .markdown, .html or .htm files; packs are .toml files with a `pack` or `extends` key)\n";
    return 2;
  }
  std::size_t passed = 0, failed = 0;
  for (const std::string& path : files) {
    if (path.ends_with(".toml")) {  // a rule pack: run the examples it carries
      try {
        std::vector<rulekinds::PackExample> examples;
        std::error_code ec;
        std::string canonical = fs::weakly_canonical(path, ec).string();
        bool loaded = false;
        for (const std::string& p : session.packs) loaded = loaded || fs::weakly_canonical(p, ec).string() == canonical;
        if (loaded) {
          for (const rulekinds::PackExample& e : session.pack_examples)
            if (fs::weakly_canonical(e.where.substr(0, e.where.find(':')), ec).string() == canonical) examples.push_back(e);
        } else {
          examples = rulekinds::load_pack(session.catalog, path);
          plugins::finish_loading(session.catalog);
          session.packs.push_back(path);
        }
        bool ok = run_pack_examples(examples, session.catalog, session.share_dir, out);
        (ok ? ++passed : ++failed);
        out << (ok ? "PASS " : "FAIL ") << path << " (" << examples.size() << " examples)\n";
      } catch (const std::exception& e) {
        err << "copydesk: error: " << e.what() << '\n';
        ++failed;
        broken = true;
      }
      continue;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      err << "copydesk: error: " << path << ": cannot open the fixture\n";
      broken = true;
      continue;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    try {
      Fixture f = parse_fixture(path, buffer.str());
      if (run_fixture(f, session.catalog, session.share_dir, out)) {
        ++passed;
        out << "PASS " << path << " (" << f.expectations.size() << " expected)\n";
      } else {
        ++failed;
        out << "FAIL " << path << '\n';
      }
    } catch (const std::exception& e) {
      err << "copydesk: error: " << e.what() << '\n';
      ++failed;
      broken = true;
    }
  }
  out << passed << " passed, " << failed << " failed\n";
  if (broken) return 2;
  return failed > 0 ? 1 : 0;
}

}  // namespace copydesk::testing
