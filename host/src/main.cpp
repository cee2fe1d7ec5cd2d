// copydesk's entry point: everything happens in cli::run.
#include <exception>
#include <iostream>

#include "cli/app.hpp"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  try {
    return copydesk::cli::run(argc, argv, std::cout, std::cerr);
  } catch (const std::exception& e) {
    std::cerr << "copydesk: internal error: " << e.what() << '\n';
    return 2;
  }
}
