// Writes, maps and reads the precompiled word table (see word_table.hpp).
//
// File layout (native byte order; the table is built on the machine that uses it):
//   "CDWORDS1"                       8 bytes
//   source count                     uint64, then one fingerprint (uint64) per source file
//   slot count (a power of two)      uint64
//   blob size                        uint64
//   slots                            uint32 each: 0 empty, else 1 + the form's offset in the blob
//   blob                             per form: length (1 byte), verdict bits (1 byte), the bytes
// Forms are found by FNV-1a hash and linear probing; the table is at most half full.
#include "word_table.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace spelling {

namespace {

constexpr char kMagic[8] = {'C', 'D', 'W', 'O', 'R', 'D', 'S', '1'};
constexpr std::size_t kLongestForm = 255;  // one length byte

std::uint64_t fnv1a(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

// A fingerprint of a file's bytes (and its length): 8 bytes a step, so the four dictionary files
// (2 MB) cost well under a millisecond. 0 when the file cannot be read.
std::uint64_t fingerprint(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  std::uint64_t h = 0x9E3779B97F4A7C15ull, length = 0;
  unsigned char buffer[1 << 16];
  for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;) {
    length += static_cast<std::uint64_t>(n);
    ssize_t k = 0;
    for (; k + 8 <= n; k += 8) {
      std::uint64_t word;
      std::memcpy(&word, buffer + k, 8);
      h = (h ^ word) * 0xFF51AFD7ED558CCDull;
      h ^= h >> 29;
    }
    for (; k < n; ++k) h = (h ^ buffer[k]) * 1099511628211ull;
  }
  ::close(fd);
  return (h ^ length) | 1;  // never 0: 0 means unreadable
}

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace

std::vector<std::string> WordTable::sources(const std::string& hunspell_dir, const std::vector<std::string>& lists) {
  std::vector<std::string> out;
  for (const char* name : {"en_US.aff", "en_US.dic", "en_GB.aff", "en_GB.dic"}) out.push_back(hunspell_dir + "/" + name);
  out.insert(out.end(), lists.begin(), lists.end());
  return out;
}

void WordTable::write(const std::string& path, const std::map<std::string, unsigned>& forms,
                      const std::vector<std::string>& sources) {
  std::uint64_t slot_count = 1;
  while (slot_count < forms.size() * 2 + 1) slot_count <<= 1;
  std::vector<std::uint32_t> slots(slot_count, 0);
  std::string blob;
  for (const auto& entry : forms) {
    const std::string& form = entry.first;
    if (form.empty() || form.size() > kLongestForm || entry.second == 0) continue;
    std::uint64_t offset = blob.size();
    if (offset + 1 >= UINT32_MAX) throw std::runtime_error("word table: too many forms");
    blob.push_back(static_cast<char>(form.size()));
    blob.push_back(static_cast<char>(entry.second));
    blob += form;
    std::uint64_t slot = fnv1a(form) & (slot_count - 1);
    while (slots[slot] != 0) slot = (slot + 1) & (slot_count - 1);
    slots[slot] = static_cast<std::uint32_t>(offset + 1);
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error(path + ": cannot write the word table");
  auto put = [&out](std::uint64_t v) { out.write(reinterpret_cast<const char*>(&v), sizeof v); };
  out.write(kMagic, sizeof kMagic);
  put(sources.size());
  for (const std::string& source : sources) {
    std::uint64_t f = fingerprint(source);
    if (f == 0) throw std::runtime_error(source + ": cannot read a dictionary file the word table is built from");
    put(f);
  }
  put(slot_count);
  put(blob.size());
  out.write(reinterpret_cast<const char*>(slots.data()), static_cast<std::streamsize>(slots.size() * sizeof slots[0]));
  out.write(blob.data(), static_cast<std::streamsize>(blob.size()));
  if (!out.flush()) throw std::runtime_error(path + ": cannot write the word table");
}

std::unique_ptr<WordTable> WordTable::open(const std::string& path, const std::vector<std::string>& sources,
                                           std::string* why) {
  auto fail = [why](std::string reason) -> std::unique_ptr<WordTable> {
    if (why) *why = std::move(reason);
    return nullptr;
  };
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fail(path + ": " + std::strerror(errno));
  struct stat st {};
  if (::fstat(fd, &st) != 0 || st.st_size < 40) {
    ::close(fd);
    return fail(path + ": not a word table");
  }
  auto size = static_cast<std::size_t>(st.st_size);
  void* mapped = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (mapped == MAP_FAILED) return fail(path + ": " + std::strerror(errno));
  std::unique_ptr<WordTable> table(new WordTable);
  table->base_ = static_cast<const unsigned char*>(mapped);
  table->size_ = size;
  std::size_t at = 0;
  auto take = [&](std::uint64_t& v) {
    if (at + sizeof v > size) return false;
    std::memcpy(&v, table->base_ + at, sizeof v);
    at += sizeof v;
    return true;
  };
  if (std::memcmp(table->base_, kMagic, sizeof kMagic) != 0) return fail(path + ": not a word table");
  at = sizeof kMagic;
  std::uint64_t count = 0;
  if (!take(count) || count != sources.size())
    return fail(path + ": built from other word lists than this installation has");
  for (const std::string& source : sources) {
    std::uint64_t kept = 0;
    if (!take(kept) || kept != fingerprint(source))
      return fail(path + ": built from another version of " + source);
  }
  std::uint64_t slot_count = 0, blob_size = 0;
  if (!take(slot_count) || !take(blob_size) || slot_count == 0 || (slot_count & (slot_count - 1)) != 0 ||
      at + slot_count * 4 + blob_size != size)
    return fail(path + ": damaged word table");
  table->slots_ = reinterpret_cast<const std::uint32_t*>(table->base_ + at);
  table->slot_mask_ = slot_count - 1;
  table->blob_ = table->base_ + at + slot_count * 4;
  table->blob_size_ = blob_size;
  return table;
}

WordTable::~WordTable() {
  if (base_) ::munmap(const_cast<unsigned char*>(base_), size_);
}

unsigned WordTable::find(std::string_view form) const {
  if (form.empty() || form.size() > kLongestForm) return 0;
  for (std::uint64_t slot = fnv1a(form) & slot_mask_;; slot = (slot + 1) & slot_mask_) {
    std::uint32_t entry = slots_[slot];
    if (entry == 0) return 0;
    std::uint64_t offset = entry - 1;
    if (offset + 2 > blob_size_) return 0;  // damaged: judged as absent, never read past the map
    const unsigned char* p = blob_ + offset;
    if (p[0] == form.size() && offset + 2 + p[0] <= blob_size_ && std::memcmp(p + 2, form.data(), form.size()) == 0)
      return p[1];
  }
}

int WordTable::verdict_of_part(std::string_view part, unsigned accepted_bit) const {
  // Hunspell's capitalisation types: no capital, an initial capital only, all capitals, mixed.
  std::size_t capitals = 0, letters = 0;
  for (char c : part) {
    if (is_upper(c)) ++capitals;
    if (is_upper(c) || is_lower(c)) ++letters;
  }
  if (find(part) & accepted_bit) return 1;
  if (capitals == 0) return 0;
  if (capitals == 1 && is_upper(part[0])) {  // "Senate", "Airstrike": as written or in lower case
    char small[kLongestForm];
    std::memcpy(small, part.data(), part.size());
    small[0] = static_cast<char>(small[0] - 'A' + 'a');
    return (find(std::string_view(small, part.size())) & accepted_bit) ? 1 : 0;
  }
  if (capitals == letters && letters > 1) return kAskHunspell;  // all capitals: Hunspell tries several forms
  return 0;  // mixed case ("McDonald", "iPhone"): only as written
}

int WordTable::verdict(std::string_view word, unsigned accepted_bit) const {
  if (word.empty() || word.size() > 100) return kAskHunspell;
  std::size_t hyphens = 0;
  for (char c : word) {
    if (c == '-') {
      ++hyphens;
    } else if (!is_lower(c) && !is_upper(c) && c != '\'') {
      return kAskHunspell;
    }
  }
  int whole = verdict_of_part(word, accepted_bit);
  if (whole != 0 || hyphens == 0) return whole;
  // Hunspell's BREAK rule ("-" by default): too many break points fail the word; a leading or a
  // trailing hyphen is dropped; else the word is split at its second hyphen (to find entries with
  // a hyphen, "mother-in-law") and then at its first, and both sides must pass, recursively.
  if (hyphens >= 10) return 0;
  int result = 0;
  auto consider = [&](int r) {
    if (r == kAskHunspell) result = kAskHunspell;
    return r == 1;
  };
  if (word.front() == '-' && consider(verdict(word.substr(1), accepted_bit))) return 1;
  if (word.back() == '-' && consider(verdict(word.substr(0, word.size() - 1), accepted_bit))) return 1;
  std::size_t first = word.find('-');
  auto split_at = [&](std::size_t at) {
    return consider(verdict(word.substr(at + 1), accepted_bit)) && consider(verdict(word.substr(0, at), accepted_bit));
  };
  if (first > 0 && first + 1 < word.size()) {
    std::size_t second = word.find('-', first + 1);
    if (second != std::string_view::npos && second + 1 < word.size() && split_at(second)) return 1;
    if (split_at(first)) return 1;
  }
  return result;
}

}  // namespace spelling
