// MappedWords: a word list precompiled at build time and mapped read-only at run time, so that a
// run with a 300,000-word list starts without reading or hashing it. The spelling plugin's word
// table and the host's dictionary listing are two; a plugin with a big list can make its own.
#pragma once

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "copydesk/version.hpp"

COPYDESK_NAMESPACE_BEGIN

/// Words (1–255 bytes) each with a byte of bits (1–255), in a file of this layout (native byte
/// order: the file is built on the machine, or the kind of machine, that reads it):
///   "CDWORDS3"                  8 bytes
///   source count                uint64, then one fingerprint (uint64) per source file
///   slot count (a power of 2)   uint64
///   blob size                   uint64
///   checksum                    uint64, of the slots and the blob
///   slots                       uint32 each: 0 empty, else 1 + the word's offset in the blob
///   blob                        per word: length (1 byte), bits (1 byte), the bytes
/// Words are found by FNV-1a hash and linear probing in slots at most half full. The fingerprints
/// of the files the list was made from are kept, so that a list made from files that have changed
/// since (a dictionary package updated after the build) is refused, never used stale; so is a
/// file whose slots or words were damaged (the checksum: 10 MB in a few milliseconds).
class MappedWords {
 public:
  /// Writes `words` (bits 0 and words longer than 255 bytes are left out) to `path`, with the
  /// fingerprints of `sources`. Throws std::runtime_error when a source cannot be read or the file
  /// cannot be written.
  static void write(const std::string& path, const std::map<std::string, unsigned>& words,
                    const std::vector<std::string>& sources) {
    std::uint64_t slot_count = 1;
    while (slot_count < words.size() * 2 + 1) slot_count <<= 1;
    std::vector<std::uint32_t> slots(slot_count, 0);
    std::string blob;
    for (const auto& entry : words) {
      const std::string& word = entry.first;
      if (word.empty() || word.size() > kLongest || entry.second == 0 || entry.second > 255) continue;
      std::uint64_t offset = blob.size();
      if (offset + 1 >= UINT32_MAX) throw std::runtime_error(path + ": too many words for a mapped list");
      blob.push_back(static_cast<char>(word.size()));
      blob.push_back(static_cast<char>(entry.second));
      blob += word;
      std::uint64_t slot = hash(word) & (slot_count - 1);
      while (slots[slot] != 0) slot = (slot + 1) & (slot_count - 1);
      slots[slot] = static_cast<std::uint32_t>(offset + 1);
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error(path + ": cannot write");
    auto put = [&out](std::uint64_t v) { out.write(reinterpret_cast<const char*>(&v), sizeof v); };
    out.write(kMagic, sizeof kMagic);
    put(sources.size());
    for (const std::string& source : sources) {
      std::uint64_t f = fingerprint(source);
      if (f == 0) throw std::runtime_error(source + ": cannot read a file the word list is made from");
      put(f);
    }
    put(slot_count);
    put(blob.size());
    // The checksum covers the slots and the blob as open() reads them: one run of bytes.
    std::string body(reinterpret_cast<const char*>(slots.data()), slots.size() * sizeof slots[0]);
    body += blob;
    put(digest(reinterpret_cast<const unsigned char*>(body.data()), body.size(), kSeed));
    out.write(body.data(), static_cast<std::streamsize>(body.size()));
    if (!out.flush()) throw std::runtime_error(path + ": cannot write");
  }

  /// Maps the list at `path`. Null, with the reason in `why` (when not null), when the file is
  /// missing, malformed, or was made from other files than `sources` now hold. Never throws
  /// (but std::bad_alloc).
  static std::unique_ptr<MappedWords> open(const std::string& path, const std::vector<std::string>& sources,
                                           std::string* why) {
    auto fail = [why](std::string reason) -> std::unique_ptr<MappedWords> {
      if (why) *why = std::move(reason);
      return nullptr;
    };
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);  // a FIFO must not block
    if (fd < 0) return fail(path + ": " + std::strerror(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size < 40) {
      ::close(fd);
      return fail(path + ": not a word list");
    }
    auto size = static_cast<std::size_t>(st.st_size);
    // MAP_POPULATE: the checksum below reads every page at once, and one request that maps them
    // all costs far less than a page fault per page (tens of microseconds each on a virtual machine).
    void* mapped = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    ::close(fd);
    if (mapped == MAP_FAILED) return fail(path + ": " + std::strerror(errno));
    std::unique_ptr<MappedWords> list(new MappedWords);
    list->base_ = static_cast<const unsigned char*>(mapped);
    list->size_ = size;
    std::size_t at = sizeof kMagic;
    auto take = [&](std::uint64_t& v) {
      if (at + sizeof v > size) return false;
      std::memcpy(&v, list->base_ + at, sizeof v);
      at += sizeof v;
      return true;
    };
    if (std::memcmp(list->base_, kMagic, sizeof kMagic) != 0) return fail(path + ": not a word list");
    std::uint64_t count = 0;
    if (!take(count) || count != sources.size()) return fail(path + ": made from other files than these");
    for (const std::string& source : sources) {
      std::uint64_t kept = 0;
      if (!take(kept) || kept != fingerprint(source)) return fail(path + ": made from another version of " + source);
    }
    std::uint64_t slot_count = 0, blob_size = 0, sum = 0;
    if (!take(slot_count) || !take(blob_size) || !take(sum) || slot_count == 0 ||
        (slot_count & (slot_count - 1)) != 0 || slot_count > size || blob_size > size ||
        at + slot_count * 4 + blob_size != size || digest(list->base_ + at, size - at, kSeed) != sum)
      return fail(path + ": damaged word list");
    list->slots_ = reinterpret_cast<const std::uint32_t*>(list->base_ + at);
    list->slot_mask_ = slot_count - 1;
    list->blob_ = list->base_ + at + slot_count * 4;
    list->blob_size_ = blob_size;
    return list;
  }

  /// The bits of exactly `word` (bytes compared as they are); 0 when the list does not have it.
  /// Thread-safe. The answers for short words are remembered in a small table per thread: the
  /// mapped slots are megabytes read at random, and a text asks about the same words again and
  /// again, so most questions are answered from memory the processor has at hand.
  unsigned find(std::string_view word) const {
    if (word.empty() || word.size() > kLongest) return 0;
    std::uint64_t h = hash(word);
    if (word.size() > kRememberedLength) return probe(word, h);
    Remembered& r = remembered()[h & (kRemembered - 1)];
    if (r.list == id_ && r.hash == h && r.length == word.size() && std::memcmp(r.bytes, word.data(), word.size()) == 0)
      return r.bits;
    unsigned bits = probe(word, h);
    r.list = id_;
    r.hash = h;
    r.length = static_cast<unsigned char>(word.size());
    r.bits = static_cast<unsigned char>(bits);
    std::memcpy(r.bytes, word.data(), word.size());
    return bits;
  }

  /// A fingerprint of a file's bytes and length (32 bytes a step: 2 MB in well under a
  /// millisecond); 0 when the file cannot be read.
  static std::uint64_t fingerprint(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);  // a FIFO must not block
    if (fd < 0) return 0;
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
      ::close(fd);
      return 0;
    }
    std::uint64_t h = kSeed, length = 0;
    unsigned char buffer[1 << 16];
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;) {
      length += static_cast<std::uint64_t>(n);
      h = digest(buffer, static_cast<std::size_t>(n), h);
    }
    ::close(fd);
    return (h ^ length) | 1;  // never 0: 0 means unreadable
  }

  MappedWords(const MappedWords&) = delete;
  MappedWords& operator=(const MappedWords&) = delete;
  ~MappedWords() {
    if (base_) ::munmap(const_cast<unsigned char*>(base_), size_);
  }

 private:
  MappedWords() = default;
  static constexpr char kMagic[8] = {'C', 'D', 'W', 'O', 'R', 'D', 'S', '3'};
  static constexpr std::uint64_t kSeed = 0x9E3779B97F4A7C15ull;
  // Mixes `n` bytes into `h`: fingerprints and the checksum, about 17 MB at every start. Four
  // lanes of 8 bytes run side by side (no lane waits on another's multiply), then fold together.
  static std::uint64_t digest(const unsigned char* data, std::size_t n, std::uint64_t h) {
    auto mix = [](std::uint64_t lane, std::uint64_t word) {
      lane = (lane ^ word) * 0xFF51AFD7ED558CCDull;
      return lane ^ (lane >> 29);
    };
    std::uint64_t lanes[4] = {h, h + 1, h + 2, h + 3};
    std::size_t k = 0;
    for (; k + 32 <= n; k += 32) {
      std::uint64_t words[4];
      std::memcpy(words, data + k, 32);
      for (int i = 0; i < 4; ++i) lanes[i] = mix(lanes[i], words[i]);
    }
    h = mix(mix(mix(lanes[0], lanes[1]), lanes[2]), lanes[3]);
    for (; k + 8 <= n; k += 8) {
      std::uint64_t word;
      std::memcpy(&word, data + k, 8);
      h = mix(h, word);
    }
    for (; k < n; ++k) h = (h ^ data[k]) * 1099511628211ull;
    return h;
  }
  static constexpr std::size_t kLongest = 255;  // one length byte
  static constexpr std::size_t kRememberedLength = 22, kRemembered = 4096;  // 4096 x 40 bytes a thread
  static std::uint64_t hash(std::string_view s) {  // FNV-1a
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return h;
  }
  // The slots and blob, searched from `h`'s slot (open addressing, linear probing).
  unsigned probe(std::string_view word, std::uint64_t h) const {
    for (std::uint64_t slot = h & slot_mask_, probes = 0; probes <= slot_mask_;
         slot = (slot + 1) & slot_mask_, ++probes) {
      std::uint32_t entry = slots_[slot];
      if (entry == 0) return 0;
      std::uint64_t offset = entry - 1;
      if (offset + 2 > blob_size_) return 0;  // damaged: never read past the map
      const unsigned char* p = blob_ + offset;
      if (p[0] == word.size() && offset + 2 + p[0] <= blob_size_ && std::memcmp(p + 2, word.data(), word.size()) == 0)
        return p[1];
    }
    return 0;
  }

  struct Remembered {
    std::uint64_t list = 0, hash = 0;  // list: the MappedWords' id_ (never reused), 0 for none
    unsigned char length = 0, bits = 0;
    char bytes[kRememberedLength];
  };
  static Remembered* remembered() {
    thread_local Remembered table[kRemembered];
    return table;
  }
  static std::uint64_t next_id() {
    static std::atomic<std::uint64_t> next{1};
    return next++;
  }


  const std::uint64_t id_ = next_id();    // names this list in the threads' remembered answers
  const unsigned char* base_ = nullptr;  // the mapped file
  std::size_t size_ = 0;
  const std::uint32_t* slots_ = nullptr;
  std::uint64_t slot_mask_ = 0;
  const unsigned char* blob_ = nullptr;
  std::uint64_t blob_size_ = 0;
};

COPYDESK_NAMESPACE_END
