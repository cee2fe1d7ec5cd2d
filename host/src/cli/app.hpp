// The command line: parses argv into a command and its options, runs it, returns the exit status.
#pragma once

#include <iosfwd>

namespace copydesk::cli {

int run(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace copydesk::cli
