// Plugin scaffolding: the installed template copied under a new name, and rules added to it.
#include "cli/scaffold.hpp"

#include <filesystem>
#include <fstream>
#include <optional>
#include <ostream>
#include <regex>
#include <sstream>
#include <vector>

#include "util/kebab.hpp"

namespace copydesk::cli {
namespace {

namespace fs = std::filesystem;

// The template's plugin name, as written in its files.
constexpr const char* kTemplateName = "example";

using util::is_kebab;

std::string snake_of(std::string s) {
  for (char& c : s)
    if (c == '-') c = '_';
  return s;
}

std::string camel_of(const std::string& kebab) {
  std::string out;
  bool up = true;
  for (char c : kebab) {
    if (c == '-') {
      up = true;
      continue;
    }
    out.push_back(up ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c);
    up = false;
  }
  return out;
}

std::optional<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream buffer;
  buffer << in.rdbuf();
  return std::move(buffer).str();
}

bool write_file(const fs::path& path, const std::string& text, std::ostream& err) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.flush();
  if (!out) err << "copydesk: error: cannot write " << path.string() << '\n';
  return static_cast<bool>(out);
}

// The template's text renamed: rule ids and folders take the plugin's kebab-case name, C++ and
// CMake identifiers its snake_case form.
std::string rename_template(std::string text, const std::string& name) {
  const std::string from = kTemplateName, snake = snake_of(name);
  auto replace_all = [&](const std::string& a, const std::string& b) {
    for (std::size_t at = 0; (at = text.find(a, at)) != std::string::npos; at += b.size()) text.replace(at, a.size(), b);
  };
  replace_all("docs/rules/" + from, "docs/rules/" + name);
  replace_all("fixtures/" + from, "fixtures/" + name);
  replace_all(from + "/", name + "/");
  replace_all("\"" + from + "\"", "\"" + name + "\"");
  // Identifiers: "example" not inside a longer word of letters and digits ("copydesk_plugin_example",
  // "example_tests", "namespace example").
  static const std::regex word("(^|[^A-Za-z0-9])example(?![A-Za-z0-9])");
  return std::regex_replace(text, word, "$1" + snake);
}

fs::path renamed_path(const fs::path& relative, const std::string& name) {
  fs::path out;
  for (const fs::path& part : relative) out /= part == kTemplateName ? fs::path(name) : part;
  return out;
}

// Reads the plugin's name from `COPYDESK_PLUGIN("name", ...)` in src/plugin.cpp.
std::optional<std::string> plugin_name_of(const std::string& plugin_cpp) {
  static const std::regex handshake("COPYDESK_PLUGIN\\(\\s*\"([a-z0-9-]+)\"");
  std::smatch m;
  if (std::regex_search(plugin_cpp, m, handshake)) return m[1].str();
  return std::nullopt;
}

std::optional<std::string> namespace_of(const std::string& rules_hpp) {
  static const std::regex ns("\\nnamespace ([a-z_][a-z0-9_]*) \\{");
  std::smatch m;
  if (std::regex_search(rules_hpp, m, ns)) return m[1].str();
  return std::nullopt;
}

// Inserts `line` (with the marker line's indentation) before the line holding `marker`.
bool insert_before_marker(std::string& text, const std::string& marker, const std::string& line) {
  std::size_t at = text.find(marker);
  if (at == std::string::npos) return false;
  std::size_t line_start = text.rfind('\n', at);
  line_start = line_start == std::string::npos ? 0 : line_start + 1;
  std::string indent = text.substr(line_start, text.find_first_not_of(" \t", line_start) - line_start);
  text.insert(line_start, indent + line + "\n");
  return true;
}

}  // namespace

int new_plugin(const std::string& name, std::string dir, const std::string& share_dir, std::ostream& out,
               std::ostream& err) {
  if (!is_kebab(name)) {
    err << "copydesk: error: the plugin name must be kebab-case (letters, digits, hyphens): \"" << name << "\"\n";
    return 2;
  }
  fs::path source = fs::path(share_dir) / "plugin-template";
  std::error_code ec;
  if (!fs::is_directory(source, ec)) {
    err << "copydesk: error: the plugin template is not installed at " << source.string() << '\n';
    return 2;
  }
  if (dir.empty()) dir = name;
  if (fs::exists(dir, ec) && !fs::is_empty(dir, ec)) {
    err << "copydesk: error: " << dir << " exists and is not empty; choose another folder\n";
    return 2;
  }
  std::vector<std::pair<fs::path, std::string>> files;
  for (auto it = fs::recursive_directory_iterator(source, fs::directory_options::follow_directory_symlink, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    fs::path relative = fs::relative(it->path(), source, ec);
    if (it->is_directory(ec) && (relative == "build" || relative.filename().string().starts_with("."))) {
      it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    std::optional<std::string> text = read_file(it->path());
    if (!text) {
      err << "copydesk: error: cannot read " << it->path().string() << '\n';
      return 2;
    }
    files.emplace_back(renamed_path(relative, name), rename_template(*text, name));
  }
  if (ec || files.empty()) {
    err << "copydesk: error: cannot read the plugin template at " << source.string() << '\n';
    return 2;
  }
  for (const auto& [relative, text] : files)
    if (!write_file(fs::path(dir) / relative, text, err)) return 2;
  out << "created the plugin \"" << name << "\" in " << dir << "/ (" << files.size() << " files)\n"
      << "  cmake -S " << dir << " -B " << dir << "/build -DCMAKE_PREFIX_PATH=<copydesk's prefix>\n"
      << "  cmake --build " << dir << "/build && ctest --test-dir " << dir << "/build\n"
      << "  add a rule: (cd " << dir << " && copydesk new-rule my-rule)\n";
  return 0;
}

int new_rule(const std::string& id, const std::string& dir, std::ostream& out, std::ostream& err) {
  fs::path root(dir.empty() ? "." : dir);
  fs::path plugin_cpp = root / "src" / "plugin.cpp", rules_hpp = root / "src" / "rules.hpp",
           cmake = root / "CMakeLists.txt";
  std::optional<std::string> plugin_text = read_file(plugin_cpp), rules_text = read_file(rules_hpp),
                             cmake_text = read_file(cmake);
  if (!plugin_text || !rules_text || !cmake_text) {
    err << "copydesk: error: " << root.string()
        << " is not a plugin project (src/plugin.cpp, src/rules.hpp and CMakeLists.txt; start one with "
           "`copydesk new-plugin NAME`)\n";
    return 2;
  }
  std::optional<std::string> plugin = plugin_name_of(*plugin_text), ns = namespace_of(*rules_text);
  if (!plugin || !ns) {
    err << "copydesk: error: cannot read the plugin's name (COPYDESK_PLUGIN in src/plugin.cpp) or namespace "
           "(src/rules.hpp)\n";
    return 2;
  }
  std::string rule = id;
  if (std::size_t slash = id.find('/'); slash != std::string::npos) {
    if (id.substr(0, slash) != *plugin) {
      err << "copydesk: error: this project is the plugin \"" << *plugin << "\", not \"" << id.substr(0, slash)
          << "\"\n";
      return 2;
    }
    rule = id.substr(slash + 1);
  }
  if (!is_kebab(rule)) {
    err << "copydesk: error: the rule name must be kebab-case (e.g. no-cliches): \"" << rule << "\"\n";
    return 2;
  }
  const std::string snake = snake_of(rule), camel = camel_of(rule) + "Rule", full = *plugin + "/" + rule;
  fs::path source = root / "src" / (snake + "_rule.cpp");
  fs::path fixture = root / "tests" / "fixtures" / *plugin / (rule + ".txt");
  fs::path page = root / "docs" / "rules" / *plugin / (rule + ".md");
  std::error_code ec;
  for (const fs::path& p : {source, fixture, page})
    if (fs::exists(p, ec)) {
      err << "copydesk: error: " << p.string() << " already exists\n";
      return 2;
    }
  if (!insert_before_marker(*plugin_text, "copydesk:register", "registry.add<" + *ns + "::" + camel + ">();") ||
      !insert_before_marker(*cmake_text, "copydesk:sources", "src/" + snake + "_rule.cpp")) {
    err << "copydesk: error: the `copydesk:register` (src/plugin.cpp) or `copydesk:sources` (CMakeLists.txt) "
           "marker comment is missing\n";
    return 2;
  }
  std::size_t close = rules_text->rfind("}  // namespace");
  if (close == std::string::npos) {
    err << "copydesk: error: src/rules.hpp has no closing `}  // namespace` line\n";
    return 2;
  }
  rules_text->insert(close, "/// " + full + ": a word the house does not print.\nclass " + camel +
                                " final : public copydesk::Rule {\n public:\n  static copydesk::RuleMeta meta();\n"
                                "  explicit " + camel + "(const copydesk::RuleContext& context);\n"
                                "  void check(const copydesk::Document& doc, copydesk::Reporter& reporter) override;\n\n"
                                " private:\n  std::vector<std::string> words_;\n};\n\n");
  if (rules_text->find("#include <vector>") == std::string::npos) {
    std::size_t include = rules_text->find("#include <copydesk/rule.hpp>");
    if (include != std::string::npos)
      rules_text->insert(include + std::string("#include <copydesk/rule.hpp>").size(), "\n#include <string>\n#include <vector>");
  }
  std::string rule_source =
      "// " + full + ": words the house does not print.\n#include <cctype>\n\n#include \"rules.hpp\"\n\nnamespace " + *ns +
      " {\n\nusing namespace copydesk;\n\nRuleMeta " + camel + "::meta() {\n  return {.id = \"" + full +
      "\",\n          .summary = \"A word the house does not print.\",\n"
      "          .default_severity = Severity::Warning,\n"
      "          .options = {{\"words\", OptionType::StringList, \"[\\\"very\\\"]\", \"Words to report (lower case)\"}},\n"
      "          .doc_url = PLUGIN_DOC_BASE \"/" + rule + ".md\"};\n}\n\n" + camel + "::" + camel +
      "(const RuleContext& context) : words_(context.options.get_string_list(\"words\", {\"very\"})) {}\n\n"
      "void " + camel + "::check(const Document& doc, Reporter& reporter) {\n"
      "  for (const Token& t : doc.tokens()) {\n"
      "    if (!t.is_word()) continue;\n"
      "    std::string lower(t.text);\n"
      "    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));\n"
      "    for (const std::string& w : words_)\n"
      "      if (lower == w) reporter.report(t.range, \"The house does not print \\u201C\" + std::string(t.text) + \"\\u201D.\");\n"
      "  }\n}\n\n}  // namespace " + *ns + "\n";
  std::string fixture_text = "The harbour was very quiet.\n                ^^^^ " + full +
                             ": The house does not print \u201Cvery\u201D.\nClean: a quiet harbour.\n";
  std::string page_text = "# " + full + "\n\nA word the house does not print.\n\n- Default severity: warning. No fix.\n\n"
                          "| option | type | default | meaning |\n| --- | --- | --- | --- |\n"
                          "| `words` | array of strings | `[\"very\"]` | words to report (lower case) |\n\n"
                          "Fixtures: `tests/fixtures/" + *plugin + "/" + rule + ".txt`.\n";
  if (!write_file(source, rule_source, err) || !write_file(fixture, fixture_text, err) ||
      !write_file(page, page_text, err) || !write_file(rules_hpp, *rules_text, err) ||
      !write_file(plugin_cpp, *plugin_text, err) || !write_file(cmake, *cmake_text, err))
    return 2;
  out << "created " << full << ": " << source.string() << ", " << fixture.string() << ", " << page.string()
      << "; rebuild and run ctest\n";
  return 0;
}

}  // namespace copydesk::cli
