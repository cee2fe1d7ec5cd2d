// config: strict parsing with positions, overrides, globs, and nested configs merged per folder.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "config/config.hpp"
#include "config/discovery.hpp"

using namespace copydesk;

namespace {

std::string write_temp(const std::string& name, const std::string& content) {
  auto dir = std::filesystem::temp_directory_path() / "copydesk-config-test";
  std::filesystem::create_directories(dir);
  auto path = dir / name;
  std::ofstream(path) << content;
  return path.string();
}

std::string error_of(const std::string& content) {
  try {
    config::load(write_temp("c.toml", content));
  } catch (const config::ConfigError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a full config loads") {
  auto path = write_temp("full.toml", R"(language = "en-GB"
fail_on = "warning"
plugin_paths = ["p"]
[vocabulary]
accept = ["Okafor"]
[rules."punctuation/space-before"]
severity = "error"
french = true
[rules.names]
inconsistent-spelling = "off"
[[overrides]]
files = ["drafts/**"]
rules."punctuation/doubled-word" = { enabled = false }
)");
  config::Config c = config::load(path);
  CHECK(c.language == "en-GB");
  CHECK(c.fail_on == Severity::Warning);
  CHECK(c.accept == std::vector<std::string>{"Okafor"});
  auto& r = c.rules.at("punctuation/space-before");
  CHECK(r.severity == Severity::Error);
  CHECK(r.options.get_bool("french", false));
  CHECK(r.option_where.at("french").line == 8);
  CHECK(c.rules.at("names/inconsistent-spelling").enabled == false);
  REQUIRE(c.overrides.size() == 1);
  CHECK(c.overrides[0].rules.at("punctuation/doubled-word").enabled == false);
}

TEST_CASE("errors name the line and column") {
  CHECK(error_of("language = \"fr\"\n").find(":1:12: `language` must be") != std::string::npos);
  CHECK(error_of("\nbogus = 1\n").find(":2:1: unknown key `bogus`") != std::string::npos);
  CHECK(error_of("fail_on = \"loud\"\n").find(":1:11:") != std::string::npos);
  std::string malformed = error_of("a = [1,\nb = ");
  CHECK(malformed.find("invalid TOML") != std::string::npos);
  CHECK(malformed.find(":2:") != std::string::npos);
}

TEST_CASE("a config with several errors reports every one, in file order, in one pass") {
  std::string path = write_temp("several.toml", R"(language = "fr"
fail_on = "loud"
bogus = 1
[rules."titles/capitalization"]
severity = "shout"
enabled = 3
standalone = "lower"
[rules.names]
severity = "meh"
[vocabulary]
acept = ["x"]
[[overrides]]
files = "drafts"
rules."punctuation/doubled-word" = { fix = "maybe" }
[[overrides]]
rules."punctuation/doubled-word" = "off"
)");
  try {
    config::load(path);
    FAIL("the config loaded");
  } catch (const config::ConfigError& e) {
    CHECK(e.count() == 10);
    CHECK(e.where().line == 1);
    std::vector<std::string> lines;
    std::string what = e.what();
    for (std::size_t at = 0; at <= what.size();) {
      std::size_t end = std::min(what.find('\n', at), what.size());
      lines.push_back(what.substr(at, end - at));
      at = end + 1;
    }
    REQUIRE(lines.size() == 10);
    const char* expected[] = {":1:12: `language` must be", ":2:11: `fail_on` must be", ":3:1: unknown key `bogus`",
                              ":5:12: `severity` must be", ":6:11: `enabled` must be true or false",
                              ":9:12: `severity` must be", ":11:1: unknown key `vocabulary.acept`",
                              ":13:9: `files` must be an array of strings", ":14:44: `fix` must be",
                              ":15:1: an `[[overrides]]` entry needs `files"};
    for (std::size_t i = 0; i < lines.size(); ++i) {
      CHECK_MESSAGE(lines[i].starts_with(path), lines[i]);
      CHECK_MESSAGE(lines[i].find(expected[i]) != std::string::npos, lines[i]);
    }
  }
  // One error alone reads as before: one line. (Its own file: CTest runs test cases in parallel.)
  try {
    config::load(write_temp("one-error.toml", "language = \"fr\"\n"));
    FAIL("the config loaded");
  } catch (const config::ConfigError& e) {
    CHECK(e.count() == 1);
    CHECK(std::string(e.what()).find('\n') == std::string::npos);
  }
}

TEST_CASE("glob matching") {
  CHECK(config::glob_match("drafts/**", "drafts/a/b.md"));
  CHECK(config::glob_match("**/*.md", "a.md"));
  CHECK(config::glob_match("**/*.md", "x/y/a.md"));
  CHECK(config::glob_match("*.txt", "a.txt"));
  CHECK_FALSE(config::glob_match("*.txt", "dir/a.txt"));
  CHECK(config::glob_match("a?c.md", "abc.md"));
}

TEST_CASE("Options accessors check types and choices") {
  Options o;
  o.set("n", std::int64_t{3});
  o.set("s", std::string("us"));
  CHECK(o.get_int("n", 0) == 3);
  CHECK(o.get_number("n", 0) == 3.0);
  CHECK_THROWS_AS(o.get_bool("n", false), OptionError);
  CHECK(o.get_choice("s", {"us", "uk"}, "uk") == "us");
  CHECK_THROWS_AS(o.get_choice("s", {"ap", "uk"}, "uk"), OptionError);
  CHECK(o.get_string("missing", "d") == "d");
}

TEST_CASE("nested configs merge over their parents; root = true stops the walk") {
  namespace fs = std::filesystem;
  fs::path top = fs::temp_directory_path() / ("copydesk-discovery-" + std::to_string(::getpid()));
  fs::create_directories(top / "desk" / "sub");
  fs::create_directories(top / "wire");
  std::ofstream(top / ".copydesk.toml") << "fail_on = \"warning\"\ndictionaries = [\"house.dic\"]\n"
                                        << "exclude = [\"old/**\"]\n"
                                        << "[rules.\"punctuation/space-before\"]\nfrench = true\n"
                                        << "[[overrides]]\nfiles = [\"desk/*.md\"]\nrules.titles = \"off\"\n";
  std::ofstream(top / "desk" / ".copydesk.toml") << "language = \"en-GB\"\ndictionaries = [\"desk.dic\"]\n"
                                                 << "[rules.\"punctuation/space-before\"]\nseverity = \"error\"\n";
  std::ofstream(top / "wire" / ".copydesk.toml") << "root = true\n";

  config::Resolver resolver;
  const config::Config& c = resolver.for_file((top / "desk" / "sub" / "a.md").string());
  CHECK(c.sources.size() == 2);
  CHECK(c.language == "en-GB");
  CHECK(c.fail_on == Severity::Warning);  // inherited
  CHECK(c.dictionaries == std::vector<std::string>{(top / "house.dic").string(), (top / "desk" / "desk.dic").string()});
  CHECK(c.exclude == std::vector<std::string>{(top / "old/**").generic_string()});
  const config::RuleSetting& rule = c.rules.at("punctuation/space-before");
  CHECK(rule.severity == Severity::Error);
  CHECK(rule.options.get_bool("french", false));  // the parent's option survives
  REQUIRE(c.overrides.size() == 1);
  CHECK(c.overrides[0].files[0] == (top / "desk/*.md").generic_string());
  CHECK(c.overrides[0].rules.at("titles").enabled == false);  // a plugin id: every rule of it
  // One config object per folder chain: a sibling file gets the same one.
  CHECK(&resolver.for_file((top / "desk" / "sub" / "b.md").string()) == &c);

  const config::Config& wire = resolver.for_file((top / "wire" / "w.md").string());
  CHECK(wire.sources.size() == 1);
  CHECK_FALSE(wire.fail_on.has_value());
  CHECK(wire.rules.empty());

  // An input file's config, found from its path's own folder without a stat per file, is
  // for_file()'s, for absolute and relative paths and for "a.md" in the current folder.
  CHECK(&resolver.for_input_file((top / "desk" / "sub" / "c.md").string()) == &c);
  CHECK(&resolver.for_input_file((top / "wire" / "w2.md").string()) == &wire);
  {
    fs::path here = fs::current_path();
    fs::current_path(top / "desk");
    config::Resolver relative;
    CHECK(&relative.for_input_file("sub/a.md") == &relative.for_file("sub/a.md"));
    CHECK(&relative.for_input_file("a.md") == &relative.for_file("a.md"));
    CHECK(relative.for_input_file("a.md").language == "en-GB");
    fs::current_path(here);
  }

  config::Resolver forced((top / "wire" / ".copydesk.toml").string());
  CHECK(&forced.for_file((top / "desk" / "a.md").string()) == &forced.for_file((top / "x.md").string()));
  fs::remove_all(top);
}

TEST_CASE("presets merge beneath the config, rule by rule and option by option") {
  auto dir = std::filesystem::temp_directory_path() / "copydesk-config-test" / "presets";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "house.toml") << "language = \"en-GB\"\nfail_on = \"warning\"\n"
                                       "[rules.\"titles/capitalization\"]\nstandalone = \"lower\"\nbefore_name = \"capitalize\"\n";
  std::ofstream(dir / "paths.toml") << "dictionaries = [\"x.dic\"]\n";
  config::Config c = config::load(write_temp("p.toml", "preset = \"house\"\nlanguage = \"en-US\"\n"
                                                       "[rules.\"titles/capitalization\"]\nstandalone = \"ignore\"\n"),
                                  dir.string());
  CHECK(c.language == "en-US");          // the project's key wins
  CHECK(c.fail_on == Severity::Warning);  // the preset's key stays where the project says nothing
  const config::RuleSetting& r = c.rules.at("titles/capitalization");
  CHECK(r.options.get_string("standalone", "") == "ignore");
  CHECK(r.options.get_string("before_name", "") == "capitalize");
  CHECK(r.option_where.at("before_name").file.ends_with("house.toml"));
  CHECK(c.presets == std::vector<std::string>{"house"});
  CHECK(config::preset_names(dir.string()) == std::vector<std::string>{"house", "paths"});

  auto error = [&](const std::string& content) {
    try {
      config::load(write_temp("p.toml", content), dir.string());
    } catch (const config::ConfigError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  CHECK(error("preset = \"gone\"\n").find("p.toml:1:10: unknown preset \"gone\" (shipped: house, paths)") != std::string::npos);
  CHECK(error("preset = [\"house\", 4]\n").find(":1:20: `preset` must be a string") != std::string::npos);
  CHECK(error("preset = \"paths\"\n").find("paths.toml:1:1: a preset cannot set `dictionaries`") != std::string::npos);
}
