// make_listing OUT: precompiles the dictionary listing (which words Debian's en_US and en_GB
// Hunspell lists have in lower case or with a capital) into OUT, which copydesk maps at start-up
// instead of reading the two lists (host/src/analysis/dictionary_words.cpp).
#include <exception>
#include <iostream>

#include "analysis/analysis.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: make_listing OUT\n";
    return 2;
  }
  try {
    copydesk::analysis::write_dictionary_listing(argv[1]);
  } catch (const std::exception& e) {
    std::cerr << "make_listing: " << e.what() << "\n";
    return 2;
  }
  return 0;
}
