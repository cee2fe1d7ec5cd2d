// Typed rule options, read once in a rule's constructor; a bad value names the option.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
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
  std::string default_value;             ///< as written in TOML, for `copydesk rules`
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
