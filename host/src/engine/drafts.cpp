// Drafts in memory: a prepared rule set per config, kept loaded; fixes applied to a buffer.
#include "engine/drafts.hpp"

#include <algorithm>
#include <sstream>

#include "engine/checker.hpp"

namespace fs = std::filesystem;

namespace copydesk::engine {
namespace {

constexpr int kMaxFixPasses = 8;  // a fix that makes room for another: bounded

fs::file_time_type stamp_of(const std::string& config_path) {
  std::error_code ec;
  if (config_path.empty()) return {};
  fs::file_time_type t = fs::last_write_time(config_path, ec);
  return ec ? fs::file_time_type{} : t;
}

// The nearest .copydesk.toml in `folder` or above it (its changes make the draft's rules reload).
std::optional<std::string> nearest_config(fs::path folder) {
  std::error_code ec;
  for (;;) {
    fs::path candidate = folder / ".copydesk.toml";
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (!folder.has_parent_path() || folder.parent_path() == folder) return std::nullopt;
    folder = folder.parent_path();
  }
}

}  // namespace

std::optional<document::InputFormat> parse_input_format(std::string_view name) {
  if (name == "txt" || name == "text") return document::InputFormat::Text;
  if (name == "md" || name == "markdown") return document::InputFormat::Markdown;
  if (name == "html") return document::InputFormat::Html;
  return std::nullopt;
}

DraftChecker::DraftChecker(CheckOptions base) : base_(std::move(base)) {}

std::shared_ptr<const DraftChecker::Loaded> DraftChecker::loaded_for(const std::string& path) {
  std::error_code ec;
  fs::path folder = fs::absolute(path, ec).parent_path();
  std::string config_path;
  if (base_.session.config_path)
    config_path = *base_.session.config_path;
  else if (auto found = nearest_config(folder))
    config_path = *found;
  fs::file_time_type stamp = stamp_of(config_path);

  std::lock_guard lock(mutex_);
  auto it = by_config_.find(config_path);
  if (it != by_config_.end() && it->second->stamp == stamp) return it->second;
  // First use, or the config changed since: load it again. Checks still running keep the old one.
  auto loaded = std::make_shared<Loaded>();
  loaded->stamp = stamp;
  CheckOptions options = base_;
  // The draft is checked as the file it stands for: its folder's merged configs apply (or --config).
  options.paths = {"-"};
  options.files_from.clear();
  options.stdin_filename = (folder / "draft").string();
  std::ostringstream messages;
  loaded->prepared = prepare(options, messages);
  loaded->messages = std::move(messages).str();
  by_config_[config_path] = loaded;
  return loaded;
}

std::string DraftChecker::load_messages(const std::string& path) { return loaded_for(path)->messages; }

DraftChecker::Resolved DraftChecker::resolve(const std::string& path) {
  std::shared_ptr<const Loaded> loaded = loaded_for(path);
  Resolved resolved;
  if (!loaded->prepared) {
    std::string message = loaded->messages;
    if (message.starts_with("copydesk: error: ")) message.erase(0, 17);
    while (!message.empty() && message.back() == '\n') message.pop_back();
    resolved.error = message.empty() ? std::string("the configuration could not be loaded") : message;
    return resolved;
  }
  resolved.settings = &loaded->prepared->settings_for("-");
  resolved.keep = std::move(loaded);
  return resolved;
}

FileResult DraftChecker::check(const std::string& path, std::string text,
                               std::optional<document::InputFormat> format) {
  Resolved resolved = resolve(path);
  if (!resolved.settings) {
    FileResult r;
    r.path = path;
    r.error = std::move(resolved.error);
    return r;
  }
  CheckSettings settings = *resolved.settings;
  if (format) settings.input_format = format;
  return check_bytes(path, std::move(text), settings);
}

std::string apply_draft_fixes(std::string_view bytes, const std::vector<OutDiagnostic>& diagnostics, bool unsafe,
                              std::size_t& applied) {
  std::vector<const OutFix*> fixes;
  for (const OutDiagnostic& d : diagnostics)
    if (d.fixes.size() == 1 && (d.fixes[0].safe || unsafe)) fixes.push_back(&d.fixes[0]);
  std::stable_sort(fixes.begin(), fixes.end(), [](const OutFix* a, const OutFix* b) { return a->offset < b->offset; });
  const bool crlf = bytes.find("\r\n") != std::string_view::npos;
  std::string out;
  out.reserve(bytes.size());
  std::size_t at = 0;  // end of the last fix taken
  for (const OutFix* f : fixes) {
    if (f->offset < at || f->offset + std::size_t{f->length} > bytes.size()) continue;
    out.append(bytes.substr(at, f->offset - at));
    for (char c : f->replacement) {
      if (c == '\n' && crlf && (out.empty() || out.back() != '\r')) out.push_back('\r');
      out.push_back(c);
    }
    at = f->offset + std::size_t{f->length};
    ++applied;
  }
  out.append(bytes.substr(at));
  return out;
}

DraftFix fix_draft(DraftChecker& checker, const std::string& path, std::string text,
                   std::optional<document::InputFormat> format, bool unsafe) {
  DraftFix result;
  result.remaining = checker.check(path, text, format);
  for (int pass = 0; pass < kMaxFixPasses && !result.remaining.error; ++pass) {
    std::size_t applied = 0;
    std::string fixed = apply_draft_fixes(text, result.remaining.diagnostics, unsafe, applied);
    if (applied == 0 || fixed == text) break;
    result.applied += applied;
    text = std::move(fixed);
    result.remaining = checker.check(path, text, format);
  }
  result.text = std::move(text);
  return result;
}

}  // namespace copydesk::engine
