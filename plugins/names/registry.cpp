// Parses and indexes names registries; matches their phrases on the token stream.
#include "registry.hpp"

#include <copydesk/data_lists.hpp>
#include <copydesk/name_key.hpp>

#include <stdexcept>

namespace names {

using namespace copydesk;

namespace {

std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

void add_phrase(PhraseIndex& index, const std::vector<std::string>& words, const std::string& house) {
  index.add(Phrase{words, house});
  std::vector<std::string> caps;
  for (const std::string& w : words) caps.push_back(upper(w));
  if (caps != words) index.add(Phrase{caps, house.empty() ? house : upper(house)});
}

std::shared_ptr<const Registry> build(const std::vector<Record>& records) {
  auto reg = std::make_shared<Registry>();
  for (const Record& r : records) {
    std::string house = r.fields.get_string("house", "");
    if (house.empty()) throw std::runtime_error(r.where + ": a [[name]] entry needs `house`");
    std::vector<std::string> house_words = split_words(house);
    add_phrase(reg->houses, house_words, "");
    reg->house_phrases.insert(ascii_lower(house));
    for (const std::string& v : r.fields.get_string_list("variants", {})) {
      if (v == house) throw std::runtime_error(r.where + ": variant \"" + v + "\" is the house form itself");
      std::vector<std::string> words = split_words(v);
      if (words.empty()) continue;
      add_phrase(reg->variants, words, house);
    }
  }
  return reg;
}

}  // namespace

std::vector<std::shared_ptr<const Registry>> load_registries(const RuleContext& context, const std::vector<OptionSpec>& specs) {
  std::vector<std::shared_ptr<const Registry>> out;
  if (!context.data) return out;
  for (const std::string& path : context.options.value<std::vector<std::string>>("registries", specs))
    out.push_back(build(*context.data->records(path, "name")));  // once: the rule is made once per run
  return out;
}

std::string_view bare_word(std::string_view w) { return bare_name_word(w); }

void PhraseIndex::add(Phrase phrase) {
  std::size_t n = phrase.words.front().size();
  first_word_lengths.set(n < 64 ? n : 63);
  std::string first = phrase.words.front();
  by_first_word.emplace(std::move(first), std::move(phrase));
}

const Phrase* match_at(const PhraseIndex& index, const std::vector<Token>& tokens, std::size_t i) {
  const Token& t = tokens[i];
  if (!t.is_word()) return nullptr;
  std::string_view first = bare_word(t.text);
  if (!index.first_word_lengths.test(first.size() < 64 ? first.size() : 63)) return nullptr;
  const Phrase* best = nullptr;
  auto [lo, hi] = index.by_first_word.equal_range(std::string(first));
  for (auto it = lo; it != hi; ++it) {
    const Phrase& p = it->second;
    if (best && p.words.size() <= best->words.size()) continue;
    bool match = i + p.words.size() <= tokens.size() && (p.words.size() == 1 || t.text == p.words.front());
    for (std::size_t k = 1; match && k < p.words.size(); ++k) {
      const Token& n = tokens[i + k];
      bool last = k + 1 == p.words.size();
      match = n.is_word() && n.sentence == t.sentence && (last ? bare_word(n.text) : n.text) == p.words[k];
    }
    if (match) best = &p;
  }
  return best;
}

}  // namespace names
