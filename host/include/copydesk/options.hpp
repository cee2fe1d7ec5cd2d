// Typed rule options, read once in a rule's constructor; a bad value names the option.
#pragma once

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "copydesk/version.hpp"

COPYDESK_NAMESPACE_BEGIN

using OptionValue = std::variant<bool, std::int64_t, double, std::string, std::vector<std::string>>;

enum class OptionType : std::uint8_t { Bool, Integer, Number, String, StringList };

/// One documented option of a rule; the host rejects options a rule does not declare.
struct OptionSpec {
  std::string name;
  OptionType type = OptionType::String;
  std::string default_value;             ///< as written in TOML; the only place the default is written
  std::string description;
  std::vector<std::string> choices = {};  ///< allowed values of a String option, if restricted
};

/// Thrown by Options accessors (or a rule's constructor) for a bad value. The host adds the
/// config file, line and column of `key`.
class OptionError : public std::runtime_error {
 public:
  OptionError(std::string key, const std::string& message)
      : std::runtime_error(message), key_(std::move(key)) {}
  const std::string& key() const { return key_; }

 private:
  std::string key_;
};

/// The options a config gives one rule. Accessors check types; a missing key gives the default.
class Options {
 public:
  void set(std::string key, OptionValue value) { values_[std::move(key)] = std::move(value); }
  bool has(std::string_view key) const { return values_.find(key) != values_.end(); }
  const std::map<std::string, OptionValue, std::less<>>& values() const { return values_; }

  bool get_bool(std::string_view key, bool fallback) const { return get<bool>(key, fallback, "true or false"); }
  std::int64_t get_int(std::string_view key, std::int64_t fallback) const {
    return get<std::int64_t>(key, fallback, "an integer");
  }
  double get_number(std::string_view key, double fallback) const {
    auto it = values_.find(key);
    if (it != values_.end() && std::holds_alternative<std::int64_t>(it->second))
      return static_cast<double>(std::get<std::int64_t>(it->second));
    return get<double>(key, fallback, "a number");
  }
  std::string get_string(std::string_view key, std::string fallback) const {
    return get<std::string>(key, std::move(fallback), "a string");
  }
  std::vector<std::string> get_string_list(std::string_view key, std::vector<std::string> fallback) const {
    return get<std::vector<std::string>>(key, std::move(fallback), "an array of strings");
  }
  /// The value of option `key` as its spec in `specs` declares it: the config's value, else the
  /// spec's default_value, so a default is written once, in the rule's metadata
  /// (`context.options.value<bool>("french", meta().options)`). T is bool, std::int64_t, double,
  /// std::string or std::vector<std::string>. Throws OptionError for a value of the wrong type,
  /// and std::logic_error when `specs` does not declare `key` or its default does not parse.
  template <class T>
  T value(std::string_view key, const std::vector<OptionSpec>& specs) const {
    const OptionSpec& spec = spec_of(key, specs);
    if constexpr (std::is_same_v<T, double>) {
      if (!has(key)) return parse_number(spec);
      return get_number(key, 0);
    } else {
      if (!has(key)) return parse_default<T>(spec);
      return get<T>(key, T{}, expected_name<T>());
    }
  }
  /// An Integer option that counts something (words, letters), default from the spec: its value
  /// as a size. Throws OptionError for a value below `least` ("must be a whole number of 3 or
  /// more, not -1"), so a negative count never wraps to a huge one.
  std::size_t count(std::string_view key, const std::vector<OptionSpec>& specs, std::int64_t least) const {
    std::int64_t v = value<std::int64_t>(key, specs);
    if (v < least)
      throw OptionError(std::string(key), "must be a whole number of " + std::to_string(least) + " or more, not " +
                                              std::to_string(v));
    return static_cast<std::size_t>(v);
  }
  /// A String option restricted to its spec's `choices`, default from the spec.
  std::string choice(std::string_view key, const std::vector<OptionSpec>& specs) const {
    const OptionSpec& spec = spec_of(key, specs);
    std::string value = this->value<std::string>(key, specs);
    if (spec.choices.empty() || std::find(spec.choices.begin(), spec.choices.end(), value) != spec.choices.end())
      return value;
    std::string allowed;
    for (const std::string& c : spec.choices) allowed += (allowed.empty() ? "\"" : ", \"") + c + "\"";
    throw OptionError(std::string(key), "must be one of " + allowed + ", not \"" + value + "\"");
  }

  /// A string that must be one of `choices`.
  std::string get_choice(std::string_view key, std::initializer_list<std::string_view> choices,
                         std::string fallback) const {
    std::string value = get_string(key, std::move(fallback));
    std::string allowed;
    for (std::string_view c : choices) {
      if (c == value) return value;
      if (!allowed.empty()) allowed += ", ";
      allowed.append("\"").append(c).append("\"");
    }
    throw OptionError(std::string(key), std::string("must be one of ").append(allowed).append(", not \"")
                                            .append(value).append("\""));
  }

 private:
  static const OptionSpec& spec_of(std::string_view key, const std::vector<OptionSpec>& specs) {
    for (const OptionSpec& spec : specs)
      if (spec.name == key) return spec;
    throw std::logic_error("the rule reads option \"" + std::string(key) + "\", which its metadata does not declare");
  }
  template <class T>
  static const char* expected_name() {
    if constexpr (std::is_same_v<T, bool>) return "true or false";
    else if constexpr (std::is_same_v<T, std::int64_t>) return "an integer";
    else if constexpr (std::is_same_v<T, std::string>) return "a string";
    else return "an array of strings";
  }
  [[noreturn]] static void bad_default(const OptionSpec& spec) {
    throw std::logic_error("the default of option \"" + spec.name + "\" does not parse: " + spec.default_value);
  }
  // A TOML basic string at `i` ("...", with \" and \\ escapes); `i` ends after it.
  static std::string parse_quoted(const OptionSpec& spec, std::size_t& i) {
    const std::string& s = spec.default_value;
    if (i >= s.size() || s[i] != '"') bad_default(spec);
    std::string out;
    for (++i; i < s.size() && s[i] != '"'; ++i) {
      if (s[i] == '\\' && i + 1 < s.size()) ++i;
      out.push_back(s[i]);
    }
    if (i >= s.size()) bad_default(spec);
    ++i;
    return out;
  }
  static double parse_number(const OptionSpec& spec) {
    try {
      std::size_t used = 0;
      double v = std::stod(spec.default_value, &used);
      if (used == spec.default_value.size()) return v;
    } catch (const std::exception&) {
    }
    bad_default(spec);
  }
  // The spec's default_value, written as TOML: true, 8, "consistent", ["had", "that"].
  template <class T>
  static T parse_default(const OptionSpec& spec) {
    const std::string& s = spec.default_value;
    if constexpr (std::is_same_v<T, bool>) {
      if (s != "true" && s != "false") bad_default(spec);
      return s == "true";
    } else if constexpr (std::is_same_v<T, std::int64_t>) {
      try {
        std::size_t used = 0;
        long long v = std::stoll(s, &used);
        if (used == s.size()) return v;
      } catch (const std::exception&) {
      }
      bad_default(spec);
    } else if constexpr (std::is_same_v<T, std::string>) {
      std::size_t i = 0;
      std::string out = parse_quoted(spec, i);
      if (i != s.size()) bad_default(spec);
      return out;
    } else {
      std::vector<std::string> out;
      std::size_t i = 0;
      auto skip_space = [&] {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\n')) ++i;
      };
      if (s.empty() || s[0] != '[') bad_default(spec);
      ++i;
      skip_space();
      while (i < s.size() && s[i] != ']') {
        out.push_back(parse_quoted(spec, i));
        skip_space();
        if (i < s.size() && s[i] == ',') ++i;
        skip_space();
      }
      if (i + 1 != s.size()) bad_default(spec);
      return out;
    }
  }

  template <class T>
  T get(std::string_view key, T fallback, const char* expected) const {
    auto it = values_.find(key);
    if (it == values_.end()) return fallback;
    if (const T* v = std::get_if<T>(&it->second)) return *v;
    throw OptionError(std::string(key), std::string("must be ") + expected);
  }

  std::map<std::string, OptionValue, std::less<>> values_;
};

COPYDESK_NAMESPACE_END
