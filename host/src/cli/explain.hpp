// `copydesk explain RULE`: a rule's page for a person at a terminal.
#pragma once

#include <iosfwd>
#include <string>

#include "engine/session.hpp"

namespace copydesk::cli {

/// Prints <share>/docs/rules/<id>.md, or the rule's metadata when no page is installed; for a
/// plugin id, its rules. Exit status 2 for an unknown id.
int explain(const engine::SessionOptions& options, const std::string& id, std::ostream& out, std::ostream& err);

}  // namespace copydesk::cli
