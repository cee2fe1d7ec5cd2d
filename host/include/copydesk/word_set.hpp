// WordMap: a hash table for big read-mostly word lists (dictionaries, common-word lists).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "copydesk/prefault.hpp"
#include "copydesk/version.hpp"

COPYDESK_NAMESPACE_BEGIN

/// Words (byte strings, at most 4 GB in all) mapped to a small trivially copyable `Value`. Every
/// word's bytes live back to back in one buffer and the slots (open addressing, linear probing,
/// at most half full) hold offsets into it, so adding 100,000 words costs a few milliseconds and
/// no allocation per word, where a std::unordered_map of strings makes two allocations a word.
/// Lookups take a std::string_view and never allocate. Reading from several threads at once is
/// safe once no thread adds words; adding is not thread-safe.
template <typename Value>
class WordMap {
 public:
  /// Room for `words` words of `bytes` bytes in all without rehashing or growing the buffer.
  void reserve(std::size_t words, std::size_t bytes) {
    bytes_.reserve(bytes);
    prefault_for_writing(bytes_.data(), bytes_.capacity());  // a big list's pages in one request
    if (words * 2 > slots_.size()) rehash(capacity_for(words));
  }

  /// The value of `word`, added with a value-initialised Value when it is new.
  Value& operator[](std::string_view word) {
    if ((count_ + 1) * 2 > slots_.size()) rehash(capacity_for(count_ + 1));
    Slot& s = slots_[index_of(word)];
    if (s.length == kEmpty) {
      s.offset = static_cast<std::uint32_t>(bytes_.size());
      s.length = static_cast<std::uint32_t>(word.size());
      s.value = Value{};
      bytes_.append(word);
      ++count_;
    }
    return s.value;
  }

  /// The value of `word`, or null when the map does not have it.
  const Value* find(std::string_view word) const {
    if (slots_.empty()) return nullptr;
    const Slot& s = slots_[index_of(word)];
    return s.length == kEmpty ? nullptr : &s.value;
  }
  bool contains(std::string_view word) const { return find(word) != nullptr; }
  std::size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }

 private:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {
    std::uint32_t offset = 0, length = kEmpty;
    Value value{};
  };

  static std::uint64_t hash(std::string_view s) {  // FNV-1a, 64 bits
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return h ^ (h >> 32);
  }
  static std::size_t capacity_for(std::size_t words) {
    std::size_t n = 16;
    while (n < words * 2) n <<= 1;
    return n;
  }
  // The slot holding `word`, or the empty slot where it would go.
  std::size_t index_of(std::string_view word) const {
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash(word) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.length == kEmpty ||
          (s.length == word.size() && std::memcmp(bytes_.data() + s.offset, word.data(), word.size()) == 0))
        return i;
    }
  }
  void rehash(std::size_t capacity) {
    std::vector<Slot> old;
    old.reserve(capacity);
    prefault_for_writing(old.data(), capacity * sizeof(Slot));
    old.resize(capacity);
    old.swap(slots_);
    std::size_t mask = capacity - 1;
    for (const Slot& s : old) {
      if (s.length == kEmpty) continue;
      std::size_t i = hash(std::string_view(bytes_.data() + s.offset, s.length)) & mask;
      while (slots_[i].length != kEmpty) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }

  std::string bytes_;        // every word, back to back
  std::vector<Slot> slots_;  // a power of two in size, or empty
  std::size_t count_ = 0;
};

/// A set of words with WordMap's layout and costs.
class WordSet {
 public:
  void reserve(std::size_t words, std::size_t bytes) { map_.reserve(words, bytes); }
  void insert(std::string_view word) { map_[word] = true; }
  bool contains(std::string_view word) const { return map_.contains(word); }
  std::size_t size() const { return map_.size(); }
  bool empty() const { return map_.empty(); }

 private:
  WordMap<bool> map_;
};

COPYDESK_NAMESPACE_END
