// make_word_table: builds the spelling plugin's word table at build time, and checks it.
//
//   make_word_table OUT HUNSPELL_DIR [LIST.dic ...]
//       Expands every entry of en_US.dic, en_GB.dic and our word lists by the affix rules of
//       en_US.aff and en_GB.aff (over-generating is harmless), asks Hunspell itself (with the
//       lists added, as the plugin loads them) which varieties accept each form, and writes the
//       accepted forms with their verdicts to OUT (word_table.hpp).
//   make_word_table --verify TABLE HUNSPELL_DIR [LIST.dic ...] -- TEXT ...
//       Compares WordTable::verdict with Hunspell's spell() for every word of the TEXT files, in
//       lower case, with an initial capital, in capitals and as written; prints each disagreement
//       and exits 1 if there is one. CTest runs it on the examples, the fixtures and the corpus.
#include <hunspell.hxx>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "util/utf8.hpp"  // the host's UTF-8 helpers: this build tool is not a plugin
#include "word_table.hpp"

namespace {

using spelling::WordTable;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot read");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// ---- UTF-8 <-> code points (the affix conditions are per character; the files are UTF-8) ----

std::u32string decode(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out.push_back(copydesk::utf8::next(s, i));
  return out;
}

std::string encode(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) copydesk::utf8::append(out, c);
  return out;
}

// ---- Affix rules (Hunspell's PFX/SFX lines; the English files use one-character flags) ---------

struct ConditionElement {
  bool any = false, negated = false;
  std::u32string chars;  // the class, or the one literal character
  bool matches(char32_t c) const {
    if (any) return true;
    bool in = chars.find(c) != std::u32string::npos;
    return negated ? !in : in;
  }
};

std::vector<ConditionElement> parse_condition(const std::u32string& text) {
  std::vector<ConditionElement> out;
  if (text == U".") return out;  // any word
  for (std::size_t i = 0; i < text.size(); ++i) {
    ConditionElement e;
    if (text[i] == U'.') {
      e.any = true;
    } else if (text[i] == U'[') {
      std::size_t close = text.find(U']', i);
      if (close == std::u32string::npos) close = text.size();
      std::size_t from = i + 1;
      if (from < close && text[from] == U'^') {
        e.negated = true;
        ++from;
      }
      e.chars = text.substr(from, close - from);
      i = close;
    } else {
      e.chars = text.substr(i, 1);
    }
    out.push_back(e);
  }
  return out;
}

struct AffixRule {
  std::u32string strip, add;
  std::vector<ConditionElement> condition;
};

struct AffixClass {
  bool prefix = false, cross_product = false;
  std::vector<AffixRule> rules;
};

using Affixes = std::map<char32_t, AffixClass>;

Affixes parse_affixes(const std::string& path) {
  Affixes affixes;
  std::istringstream in(read_file(path));
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string kind, flag, a, b, c;
    if (!(fields >> kind >> flag >> a >> b) || (kind != "PFX" && kind != "SFX")) continue;
    char32_t f = decode(flag).at(0);
    AffixClass& cls = affixes[f];
    cls.prefix = kind == "PFX";
    if (!(fields >> c)) {  // the header: PFX flag cross_product count
      cls.cross_product = a == "Y";
      continue;
    }
    AffixRule rule;
    rule.strip = a == "0" ? U"" : decode(a);
    std::string add = b.substr(0, b.find('/'));  // continuation flags: none in the English files
    rule.add = add == "0" ? U"" : decode(add);
    rule.condition = parse_condition(decode(c));
    cls.rules.push_back(std::move(rule));
  }
  return affixes;
}

bool condition_holds(const AffixRule& rule, const std::u32string& root, bool prefix) {
  const auto& cond = rule.condition;
  if (cond.size() > root.size()) return false;
  for (std::size_t k = 0; k < cond.size(); ++k) {
    char32_t c = prefix ? root[k] : root[root.size() - cond.size() + k];
    if (!cond[k].matches(c)) return false;
  }
  return true;
}

// Every form a dictionary entry yields: the root, each suffix, each prefix, and each prefix on
// each suffixed form when both allow the cross product.
void expand(const std::u32string& root, const std::u32string& flags, const Affixes& affixes,
            std::vector<std::string>& out) {
  out.push_back(encode(root));
  std::vector<std::u32string> crossable;  // suffixed forms a prefix may join
  for (char32_t f : flags) {
    auto it = affixes.find(f);
    if (it == affixes.end() || it->second.prefix) continue;
    for (const AffixRule& r : it->second.rules) {
      if (root.size() < r.strip.size() || root.compare(root.size() - r.strip.size(), r.strip.size(), r.strip) != 0 ||
          !condition_holds(r, root, false))
        continue;
      std::u32string form = root.substr(0, root.size() - r.strip.size()) + r.add;
      out.push_back(encode(form));
      if (it->second.cross_product) crossable.push_back(form);
    }
  }
  for (char32_t f : flags) {
    auto it = affixes.find(f);
    if (it == affixes.end() || !it->second.prefix) continue;
    for (const AffixRule& r : it->second.rules) {
      if (root.size() < r.strip.size() || root.compare(0, r.strip.size(), r.strip) != 0 || !condition_holds(r, root, true))
        continue;
      out.push_back(encode(r.add + root.substr(r.strip.size())));
      if (!it->second.cross_product) continue;
      for (const std::u32string& s : crossable)
        if (s.compare(0, r.strip.size(), r.strip) == 0) out.push_back(encode(r.add + s.substr(r.strip.size())));
    }
  }
}

// The entries of a .dic file: the first line is the count; then "word/FLAGS", maybe followed by
// morphological fields after white space.
void expand_dictionary(const std::string& path, const Affixes& affixes, std::vector<std::string>& out) {
  std::istringstream in(read_file(path));
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::size_t end = line.find_first_of(" \t\r");
    std::string entry = line.substr(0, end);
    if (entry.empty()) continue;
    std::size_t slash = entry.find('/');
    std::u32string word = decode(entry.substr(0, slash));
    std::u32string flags = slash == std::string::npos ? U"" : decode(entry.substr(slash + 1));
    expand(word, flags, affixes, out);
  }
}

struct Dictionaries {
  std::unique_ptr<Hunspell> us, gb;
  Dictionaries(const std::string& dir, const std::vector<std::string>& lists) {
    us = std::make_unique<Hunspell>((dir + "/en_US.aff").c_str(), (dir + "/en_US.dic").c_str());
    gb = std::make_unique<Hunspell>((dir + "/en_GB.aff").c_str(), (dir + "/en_GB.dic").c_str());
    for (const std::string& list : lists) {
      us->add_dic(list.c_str());
      gb->add_dic(list.c_str());
    }
  }
  unsigned bits(const std::string& w) const {
    return (us->spell(w) ? WordTable::kAcceptedUS : 0u) | (gb->spell(w) ? WordTable::kAcceptedGB : 0u);
  }
};

int build(const std::string& out_path, const std::string& dir, const std::vector<std::string>& lists) {
  auto started = std::chrono::steady_clock::now();
  Affixes us_affixes = parse_affixes(dir + "/en_US.aff"), gb_affixes = parse_affixes(dir + "/en_GB.aff");
  std::vector<std::string> candidates;
  expand_dictionary(dir + "/en_US.dic", us_affixes, candidates);
  expand_dictionary(dir + "/en_GB.dic", gb_affixes, candidates);
  for (const std::string& list : lists) {  // added to both dictionaries: either's rules may apply
    expand_dictionary(list, us_affixes, candidates);
    expand_dictionary(list, gb_affixes, candidates);
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  Dictionaries dictionaries(dir, lists);
  std::map<std::string, unsigned> forms;
  for (const std::string& c : candidates)
    if (unsigned bits = dictionaries.bits(c)) forms.emplace(c, bits);
  // Hunspell accepts a mixed-case form in capitals ("McDonald": "MCDONALD"), which no case rule
  // derives from a lower-case form: those capitals go in the table as forms of their own.
  std::vector<std::string> capitals;
  for (const auto& entry : forms) {
    const std::string& f = entry.first;
    bool mixed = false, ascii = true;
    for (std::size_t k = 0; k < f.size(); ++k) {
      ascii = ascii && static_cast<unsigned char>(f[k]) < 0x80;
      mixed = mixed || (k > 0 && f[k] >= 'A' && f[k] <= 'Z');
    }
    if (!mixed || !ascii) continue;
    std::string upper = f;
    for (char& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    capitals.push_back(upper);
  }
  for (const std::string& c : capitals)
    if (unsigned bits = dictionaries.bits(c)) forms[c] |= bits;
  copydesk::MappedWords::write(out_path, forms, WordTable::sources(dir, lists));
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  std::cout << "make_word_table: " << forms.size() << " forms accepted of " << candidates.size() << " candidates, "
            << ms << " ms -> " << out_path << "\n";
  return 0;
}

// The words of a text: runs of ASCII and Latin-1 letters, apostrophes (’ written ') and hyphens.
std::set<std::string> words_of(const std::string& text) {
  std::set<std::string> words;
  std::string w;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    char c = i < text.size() ? text[i] : ' ';
    if (text.compare(i, 3, "\u2019") == 0) {
      w.push_back('\'');
      i += 2;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'' || c == '-') {
      w.push_back(c);
    } else if (static_cast<unsigned char>(c) == 0xC3 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) >= 0x80 && static_cast<unsigned char>(text[i + 1]) <= 0xBF) {
      w.push_back(c);
      w.push_back(text[++i]);
    } else if (!w.empty()) {
      words.insert(w);
      w.clear();
    }
  }
  return words;
}

int verify(const std::string& table_path, const std::string& dir, const std::vector<std::string>& lists,
           const std::vector<std::string>& texts) {
  std::string why;
  auto table = WordTable::open(table_path, WordTable::sources(dir, lists), &why);
  if (!table) {
    std::cerr << "make_word_table --verify: " << why << "\n";
    return 2;
  }
  Dictionaries dictionaries(dir, lists);
  std::set<std::string> words;
  for (const std::string& path : texts) {
    std::set<std::string> more = words_of(read_file(path));
    words.insert(more.begin(), more.end());
  }
  std::set<std::string> variants;
  for (const std::string& w : words) {
    std::string lower = w, upper = w, initial = w;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    initial = lower;
    if (!initial.empty()) initial[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(initial[0])));
    variants.insert({w, lower, upper, initial});
  }
  std::size_t judged = 0, asked = 0, disagreements = 0;
  for (const std::string& w : variants) {
    unsigned truth = dictionaries.bits(w);
    // Each variety, and either of them (Speller::known asks so about words without a hyphen).
    std::vector<unsigned> masks = {WordTable::kAcceptedUS, WordTable::kAcceptedGB};
    if (w.find('-') == std::string::npos) masks.push_back(WordTable::kAcceptedUS | WordTable::kAcceptedGB);
    for (unsigned mask : masks) {
      int v = table->verdict(w, mask);
      if (v == WordTable::kAskHunspell) {
        ++asked;
        continue;
      }
      ++judged;
      if ((v == 1) != ((truth & mask) != 0)) {
        if (++disagreements <= 50)
          std::cout << "disagree: " << w << " (" << (mask == WordTable::kAcceptedUS ? "en_US" : mask == WordTable::kAcceptedGB ? "en_GB" : "either")
                    << "): table " << v << ", Hunspell " << ((truth & mask) != 0) << "\n";
      }
    }
  }
  std::cout << "make_word_table --verify: " << variants.size() << " words, " << judged << " verdicts from the table, "
            << asked << " left to Hunspell, " << disagreements << " disagreements\n";
  return disagreements == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty() && args[0] == "--verify") {
      auto dash = std::find(args.begin(), args.end(), "--");
      if (args.size() < 3 || dash == args.end()) throw std::runtime_error("usage: --verify TABLE DIR [LIST ...] -- TEXT ...");
      std::vector<std::string> lists(args.begin() + 3, dash);
      std::sort(lists.begin(), lists.end());
      std::vector<std::string> texts(dash + 1, args.end());
      if (texts.empty()) throw std::runtime_error("--verify needs at least one TEXT after --");
      return verify(args[1], args[2], lists, texts);
    }
    if (args.size() < 2) throw std::runtime_error("usage: make_word_table OUT HUNSPELL_DIR [LIST.dic ...]");
    std::vector<std::string> lists(args.begin() + 2, args.end());
    std::sort(lists.begin(), lists.end());
    return build(args[0], args[1], lists);
  } catch (const std::exception& e) {
    std::cerr << "make_word_table: " << e.what() << "\n";
    return 2;
  }
}
