// The streaming mode: read a window of lines, check them in parallel, print them in order, repeat.
#include "engine/stream.hpp"

#include "engine/drafts.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <istream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <ostream>
#include <thread>
#include <vector>

#include "engine/checker.hpp"
#include "printers/json_file.hpp"
#include "util/date.hpp"

namespace copydesk::engine {
namespace {

using Json = nlohmann::ordered_json;

// Lines held per worker: enough to keep every core busy when documents differ in size, few
// enough that memory stays bounded by the window, not by the stream.
constexpr std::size_t kLinesPerJob = 16;

Json error_line(const Json& id, std::size_t line_number, const std::string& path, const std::string& message) {
  Json j;
  j["id"] = id;
  if (id.is_null()) j["line"] = line_number;
  j["path"] = path.empty() ? Json(nullptr) : Json(path);
  j["diagnostics"] = Json::array();
  j["error"] = message;
  return j;
}

// One input line to one output line. Never throws.
// A document with a path is checked under the config that applies to that path (nested
// .copydesk.toml files, as `check` on the file would); one without, under the stream's own.
std::string process(const std::string& line, std::size_t line_number, const CheckSettings& stream_settings,
                    DraftChecker& by_path) {
  Json id = nullptr;
  std::string path;
  try {
    Json request = Json::parse(line);
    if (!request.is_object()) return error_line(id, line_number, path, "line " + std::to_string(line_number) +
                                                                       ": a document must be a JSON object").dump();
    if (request.contains("id")) id = request["id"];
    auto text = request.find("text");
    if (text == request.end() || !text->is_string())
      return error_line(id, line_number, path, "\"text\" is missing or not a string").dump();
    if (auto p = request.find("path"); p != request.end() && !p->is_null()) {
      if (!p->is_string()) return error_line(id, line_number, path, "\"path\" must be a string").dump();
      path = p->get<std::string>();
    }
    DraftChecker::Resolved resolved;
    if (!path.empty()) {
      resolved = by_path.resolve(path);
      if (!resolved.settings) return error_line(id, line_number, path, resolved.error).dump();
    }
    CheckSettings settings = resolved.settings ? *resolved.settings : stream_settings;
    if (auto f = request.find("format"); f != request.end() && !f->is_null()) {
      std::string format = f->is_string() ? f->get<std::string>() : std::string();
      if (format == "txt" || format == "text") settings.input_format = document::InputFormat::Text;
      else if (format == "md" || format == "markdown") settings.input_format = document::InputFormat::Markdown;
      else if (format == "html") settings.input_format = document::InputFormat::Html;
      else return error_line(id, line_number, path, "\"format\" must be txt, md or html").dump();
    } else if (path.empty()) {
      settings.input_format = document::InputFormat::Text;
    }
    if (auto d = request.find("date"); d != request.end() && !d->is_null()) {
      std::string date = d->is_string() ? d->get<std::string>() : std::string();
      if (util::date_problem(date))
        return error_line(id, line_number, path, "\"date\" must be a real day written YYYY-MM-DD").dump();
      settings.date = date;
    }
    if (path.empty()) path = id.is_string() ? id.get<std::string>() : id.is_null() ? "-" : id.dump();
    FileResult result = check_bytes(path, text->get<std::string>(), settings);
    Json out;
    out["id"] = id;
    Json file = printers::file_json(result);
    for (auto& [key, value] : file.items()) out[key] = std::move(value);
    return out.dump(-1, ' ', false, Json::error_handler_t::replace);
  } catch (const Json::exception& e) {
    return error_line(id, line_number, path,
                      "line " + std::to_string(line_number) + ": not a JSON document: " + e.what())
        .dump(-1, ' ', false, Json::error_handler_t::replace);
  } catch (const std::exception& e) {
    return error_line(id, line_number, path, std::string("internal error: ") + e.what())
        .dump(-1, ' ', false, Json::error_handler_t::replace);
  }
}

}  // namespace

int run_stream(const CheckOptions& options, std::istream& in, std::ostream& out, std::ostream& err) {
  // --config for every document; else a document's path finds its folder's config, and a
  // document without a path gets the current folder's.
  CheckOptions stream_options = options;
  stream_options.paths = {"-"};
  stream_options.files_from.clear();
  stream_options.stdin_filename.clear();
  std::optional<Prepared> prepared = prepare(stream_options, err);
  if (!prepared) return 2;
  const CheckSettings& settings = prepared->settings_for("-");
  DraftChecker by_path(stream_options);
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  const std::size_t window = jobs * kLinesPerJob;

  // Worker threads live for the whole stream: a rule's per-thread state (the spelling plugin's
  // dictionaries) is built once per thread, not once per window.
  std::vector<std::string> lines, results;
  std::size_t first_line = 1;
  std::mutex mutex;
  std::condition_variable work_ready, work_done;
  std::size_t generation = 0, busy = 0;
  bool stopping = false;
  std::atomic<std::size_t> next{0};
  auto take_lines = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < lines.size();)
      if (!lines[i].empty()) results[i] = process(lines[i], first_line + i, settings, by_path);
  };
  auto worker = [&] {
    std::size_t seen = 0;
    for (;;) {
      {
        std::unique_lock lock(mutex);
        work_ready.wait(lock, [&] { return stopping || generation != seen; });
        if (stopping) return;
        seen = generation;
      }
      take_lines();
      std::lock_guard lock(mutex);
      if (--busy == 0) work_done.notify_one();
    }
  };
  std::vector<std::jthread> workers;
  for (unsigned j = 1; j < jobs; ++j) workers.emplace_back(worker);
  auto stop_workers = [&] {
    {
      std::lock_guard lock(mutex);
      stopping = true;
    }
    work_ready.notify_all();
    workers.clear();
  };

  std::size_t line_number = 0;
  for (bool more = true; more;) {
    lines.clear();
    first_line = line_number + 1;
    for (std::string line; lines.size() < window;) {
      if (!std::getline(in, line)) {
        more = false;
        break;
      }
      ++line_number;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) {
        lines.emplace_back();  // a blank line is no document: it keeps its place, prints nothing
        continue;
      }
      lines.push_back(std::move(line));
    }
    results.assign(lines.size(), std::string());
    next = 0;
    {
      std::lock_guard lock(mutex);
      busy = workers.size();
      ++generation;
    }
    work_ready.notify_all();
    take_lines();
    {
      std::unique_lock lock(mutex);
      work_done.wait(lock, [&] { return busy == 0; });
    }
    for (const std::string& r : results)
      if (!r.empty()) out << r << '\n';
    out.flush();
    if (!out) {
      stop_workers();
      err << "copydesk: error: writing the results failed\n";
      return 2;
    }
  }
  stop_workers();
  if (in.bad()) {
    err << "copydesk: error: reading standard input failed\n";
    return 2;
  }
  return prepared->load_failed ? 2 : 0;
}

}  // namespace copydesk::engine
