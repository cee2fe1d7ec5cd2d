// copydesk's entry point: everything happens in cli::run.
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>

#include "cli/app.hpp"
#include "printers/printer.hpp"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  int status = 2;
  try {
    status = copydesk::cli::run(argc, argv, std::cout, std::cerr);
  } catch (const std::exception& e) {
    std::cerr << "copydesk: internal error: " << e.what() << '\n';
  }
  // A report that could not be written (a full disk, a closed pipe) is a failed run.
  if (!copydesk::printers::output_ok(std::cout, "standard output", std::cerr)) status = 2;
  std::cerr.flush();
#ifndef COPYDESK_SANITIZE
  // Everything is written and every plugin and rule is already gone; what is left is freeing
  // dictionaries and caches, which costs a one-article run a quarter of its time. The sanitizer
  // build returns normally so LeakSanitizer checks every lifetime.
  std::fflush(nullptr);
  std::_Exit(status);
#endif
  return status;
}
