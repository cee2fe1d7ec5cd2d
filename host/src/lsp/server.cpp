// The language server: open documents, one checking thread with a debounce, diagnostics, code
// actions for fixes. Rules, plugins and dictionaries stay loaded, so a re-check costs only the check.
#include "lsp/server.hpp"

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <ostream>
#include <set>
#include <stop_token>
#include <thread>

#include "copydesk/version.hpp"
#include "engine/drafts.hpp"
#include "lsp/transport.hpp"

namespace copydesk::lsp {
namespace {

using Json = nlohmann::json;
using Clock = std::chrono::steady_clock;

// JSON-RPC 2.0 and LSP error codes.
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kInternalError = -32603;
constexpr int kServerNotInitialized = -32002;
constexpr std::size_t kMaxMessageBytes = std::size_t{64} << 20;
constexpr int kMaxDebounceMs = 10'000;

struct RpcError : std::runtime_error {
  RpcError(int code, const std::string& message) : std::runtime_error(message), code(code) {}
  int code;
};

enum class Encoding { Utf8, Utf16 };

std::size_t utf8_length(unsigned char lead) {
  return lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}

// Units of one character in the negotiated encoding: UTF-16 counts 2 for anything beyond U+FFFF.
std::uint32_t units_of(std::size_t utf8_bytes, Encoding e) {
  return e == Encoding::Utf8 ? static_cast<std::uint32_t>(utf8_bytes) : utf8_bytes == 4 ? 2 : 1;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// file:///a/b%20c.md → /a/b c.md. Other schemes (untitled:Draft-1) keep their name, so the
// extension still picks the reader and the working folder's config applies.
std::string uri_to_path(std::string_view uri) {
  std::string_view rest = uri;
  if (rest.starts_with("file://")) {
    rest.remove_prefix(7);
    if (!rest.starts_with("/")) rest = rest.substr(std::min(rest.size(), rest.find('/')));  // host part
  } else {
    std::size_t colon = rest.find(':');
    if (colon != std::string_view::npos) rest.remove_prefix(colon + 1);
  }
  std::string path;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == '%' && i + 2 < rest.size() && hex_value(rest[i + 1]) >= 0 && hex_value(rest[i + 2]) >= 0) {
      path.push_back(static_cast<char>(hex_value(rest[i + 1]) * 16 + hex_value(rest[i + 2])));
      i += 2;
    } else {
      path.push_back(rest[i]);
    }
  }
  return path;
}

// Byte offset of an LSP position in `text` (lines end with LF, CRLF or CR). Past a line's end
// means its end; past the last line means the end of the text.
std::size_t offset_of(std::string_view text, const Json& position, Encoding e) {
  const auto line = position.at("line").get<std::uint32_t>();
  const auto character = position.at("character").get<std::uint32_t>();
  std::size_t i = 0;
  for (std::uint32_t l = 0; l < line; ++l) {
    while (i < text.size() && text[i] != '\n' && text[i] != '\r') ++i;
    if (i == text.size()) return i;
    i += text.compare(i, 2, "\r\n") == 0 ? 2 : 1;
  }
  for (std::uint32_t units = 0; units < character && i < text.size() && text[i] != '\n' && text[i] != '\r';) {
    std::size_t n = utf8_length(static_cast<unsigned char>(text[i]));
    units += units_of(n, e);
    i = std::min(text.size(), i + n);
  }
  return i;
}

// The LSP position of a byte offset, from the line index a check built.
Json position_of(const engine::SourceFile& source, std::uint32_t offset, Encoding e) {
  document::FilePosition p = source.lines.position(offset);
  std::uint32_t at = source.lines.line_start(p.line);
  std::uint32_t character = 0;
  while (at < p.offset) {
    std::size_t n = utf8_length(static_cast<unsigned char>(source.bytes[at]));
    character += units_of(n, e);
    at += static_cast<std::uint32_t>(n);
  }
  return {{"line", p.line - 1}, {"character", character}};
}

Json range_of(const engine::SourceFile& source, std::uint32_t begin, std::uint32_t end, Encoding e) {
  return {{"start", position_of(source, begin, e)}, {"end", position_of(source, end, e)}};
}

// (line, character) order for range tests.
std::pair<std::uint32_t, std::uint32_t> key(const Json& position) {
  return {position.at("line").get<std::uint32_t>(), position.at("character").get<std::uint32_t>()};
}

bool touches(const Json& a, const Json& b) {
  return !(key(a["end"]) < key(b["start"]) || key(b["end"]) < key(a["start"]));
}

int lsp_severity(Severity s) {
  switch (s) {
    case Severity::Error: return 1;
    case Severity::Warning: return 2;
    case Severity::Suggestion: return 3;  // Information: a Hint is drawn too faintly to be read
  }
  return 2;
}

std::string in_quotes(std::string_view s) {
  std::string out = "“";
  out.append(s.size() > 40 ? s.substr(0, 40) : s);
  if (s.size() > 40) out.append("…");
  out.append("”");
  return out;
}

// "Replace “teh” with “the”", "Delete “ ”", "Insert “,”"; a suggestion says so.
std::string fix_title(std::string_view original, const engine::OutFix& fix) {
  std::string title;
  if (fix.replacement.empty())
    title = "Delete " + in_quotes(original);
  else if (original.empty())
    title = "Insert " + in_quotes(fix.replacement);
  else
    title = "Replace " + in_quotes(original) + " with " + in_quotes(fix.replacement);
  return fix.safe ? title : "Suggestion: " + title;
}

struct Doc {
  std::string path;
  std::string text;
  std::int64_t version = 0;
  std::optional<document::InputFormat> format;
  std::shared_ptr<const engine::FileResult> result;  // of `result_version`
  std::int64_t result_version = -1;
};

class Server {
 public:
  Server(const ServerOptions& options, std::istream& in, std::ostream& out)
      : reader_(in, kMaxMessageBytes),
        writer_(out),
        checker_(options.check),
        debounce_ms_(options.debounce_ms),
        worker_([this](std::stop_token stop) { check_loop(stop); }) {}

  int run() {
    for (;;) {
      Frame frame = reader_.next();
      if (frame.kind == Frame::Kind::End) break;
      if (frame.kind == Frame::Kind::BadHeader) {
        reply_error(nullptr, kParseError, "bad message header: " + frame.detail);
        continue;
      }
      if (frame.kind == Frame::Kind::TooLarge) {
        reply_error(nullptr, kInvalidRequest, frame.detail);
        continue;
      }
      handle(frame.body);
      if (exit_) break;
    }
    return shutdown_ ? 0 : 1;
  }

 private:
  void send(const Json& message) { writer_.write(message.dump(-1, ' ', false, Json::error_handler_t::replace)); }

  void reply(const Json& id, Json result) { send({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}}); }

  void reply_error(const Json& id, int code, const std::string& message) {
    send({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
  }

  void notify(const std::string& method, Json params) {
    send({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
  }

  void log(int type, const std::string& message) { notify("window/logMessage", {{"type", type}, {"message", message}}); }

  void handle(const std::string& body) {
    Json message = Json::parse(body, nullptr, false);
    if (message.is_discarded()) return reply_error(nullptr, kParseError, "the message is not valid JSON");
    if (!message.is_object()) return reply_error(nullptr, kInvalidRequest, "a message must be a JSON object");
    Json id = message.contains("id") ? message["id"] : Json();
    bool id_ok = id.is_null() || id.is_number_integer() || id.is_string();
    if (!id_ok) return reply_error(nullptr, kInvalidRequest, "\"id\" must be an integer or a string");
    if (!message.contains("method")) {
      if (message.contains("result") || message.contains("error")) return;  // a reply to one of our requests
      return reply_error(id, kInvalidRequest, "a message needs a \"method\"");
    }
    if (!message["method"].is_string() || message.value("jsonrpc", Json()) != "2.0")
      return reply_error(id, kInvalidRequest, "\"jsonrpc\" must be \"2.0\" and \"method\" a string");
    const std::string method = message["method"];
    Json params = message.contains("params") ? message["params"] : Json::object();
    const bool is_request = message.contains("id");
    try {
      if (!params.is_object() && !params.is_array()) throw RpcError(kInvalidParams, "\"params\" must be an object");
      if (!is_request) return notification(method, params);
      if (shutdown_) throw RpcError(kInvalidRequest, "the server is shutting down");
      if (!initialized_ && method != "initialize") throw RpcError(kServerNotInitialized, "initialize comes first");
      reply(id, request(method, params));
    } catch (const RpcError& e) {
      if (is_request) reply_error(id, e.code, e.what());
    } catch (const Json::exception& e) {
      if (is_request) reply_error(id, kInvalidParams, std::string("invalid params: ") + e.what());
      else log(1, "copydesk: " + method + ": invalid params: " + e.what());
    } catch (const std::exception& e) {
      if (is_request) reply_error(id, kInternalError, e.what());
      else log(1, "copydesk: " + method + ": " + e.what());
    }
  }

  Json request(const std::string& method, const Json& params) {
    if (method == "initialize") return initialize(params);
    if (method == "shutdown") {
      shutdown_ = true;
      return nullptr;
    }
    if (method == "textDocument/codeAction") return code_actions(params);
    throw RpcError(kMethodNotFound, "unknown method " + method);
  }

  void notification(const std::string& method, const Json& params) {
    if (method == "exit") {
      exit_ = true;
      return;
    }
    if (!initialized_) return;  // LSP: notifications before initialize are dropped
    if (method == "textDocument/didOpen") return did_open(params.at("textDocument"));
    if (method == "textDocument/didChange") return did_change(params);
    if (method == "textDocument/didClose") return did_close(params.at("textDocument").at("uri"));
    if (method == "textDocument/didSave" || method == "workspace/didChangeWatchedFiles") {
      // A saved or changed .copydesk.toml applies at the next check: check everything open again.
      std::lock_guard lock(mutex_);
      for (auto& [uri, doc] : docs_) due_[uri] = Clock::now();
      ++scheduled_;
      wake_.notify_all();
    }
    // initialized, $/cancelRequest, $/setTrace, workspace/didChangeConfiguration: nothing to do.
  }

  Json initialize(const Json& params) {
    if (initialized_) throw RpcError(kInvalidRequest, "initialize was already called");
    const Json* encodings = nullptr;
    if (params.contains("capabilities") && params["capabilities"].contains("general"))
      if (auto it = params["capabilities"]["general"].find("positionEncodings");
          it != params["capabilities"]["general"].end() && it->is_array())
        encodings = &*it;
    utf8_ = false;
    if (encodings)
      for (const Json& e : *encodings)
        if (e == "utf-8") utf8_ = true;
    if (auto it = params.find("initializationOptions"); it != params.end() && it->is_object())
      if (auto d = it->find("debounceMs"); d != it->end() && d->is_number_integer())
        debounce_ms_ = std::clamp(d->get<int>(), 0, kMaxDebounceMs);
    initialized_ = true;
    return {{"capabilities",
             {{"positionEncoding", utf8_ ? "utf-8" : "utf-16"},
              {"textDocumentSync", {{"openClose", true}, {"change", 1}, {"save", {{"includeText", false}}}}},
              {"codeActionProvider", {{"codeActionKinds", {"quickfix", "source.fixAll.copydesk"}}}}}},
            {"serverInfo", {{"name", "copydesk"}, {"version", COPYDESK_VERSION_STRING}}}};
  }

  Encoding encoding() const { return utf8_ ? Encoding::Utf8 : Encoding::Utf16; }

  void did_open(const Json& item) {
    const std::string uri = item.at("uri");
    Doc doc;
    doc.path = uri_to_path(uri);
    doc.text = item.at("text");
    doc.version = item.value("version", std::int64_t{0});
    const std::string language = item.value("languageId", "");
    if (language == "markdown") doc.format = document::InputFormat::Markdown;
    if (language == "html") doc.format = document::InputFormat::Html;
    std::string problems = checker_.load_messages(doc.path);
    if (!problems.empty() && shown_.insert(problems).second)
      notify("window/showMessage", {{"type", 2}, {"message", problems}});
    std::lock_guard lock(mutex_);
    docs_[uri] = std::move(doc);
    due_[uri] = Clock::now();
    ++scheduled_;
    wake_.notify_all();
  }

  void did_change(const Json& params) {
    const std::string uri = params.at("textDocument").at("uri");
    std::lock_guard lock(mutex_);
    auto it = docs_.find(uri);
    if (it == docs_.end()) throw RpcError(kInvalidParams, "didChange for a document that is not open: " + uri);
    Doc& doc = it->second;
    for (const Json& change : params.at("contentChanges")) {
      if (!change.contains("range")) {
        doc.text = change.at("text");
        continue;
      }
      // Clients keep to full sync as announced; a ranged change is applied all the same.
      std::size_t begin = offset_of(doc.text, change["range"].at("start"), encoding());
      std::size_t end = std::max(begin, offset_of(doc.text, change["range"].at("end"), encoding()));
      doc.text.replace(begin, end - begin, change.at("text").get<std::string>());
    }
    doc.version = params["textDocument"].value("version", doc.version + 1);
    due_[uri] = Clock::now() + std::chrono::milliseconds(debounce_ms_);
    ++scheduled_;
    wake_.notify_all();
  }

  void did_close(const std::string& uri) {
    {
      std::lock_guard lock(mutex_);
      docs_.erase(uri);
      due_.erase(uri);
    }
    notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", Json::array()}});
  }

  // The checking thread: the document whose time has come, checked outside the lock.
  void check_loop(std::stop_token stop) {
    std::unique_lock lock(mutex_);
    while (!stop.stop_requested()) {
      auto next = std::min_element(due_.begin(), due_.end(), [](auto& a, auto& b) { return a.second < b.second; });
      if (next == due_.end()) {
        wake_.wait(lock, stop, [&] { return !due_.empty(); });
        continue;
      }
      if (next->second > Clock::now()) {
        Clock::time_point when = next->second;
        std::uint64_t seen = scheduled_;
        wake_.wait_until(lock, stop, when, [&] { return scheduled_ != seen || Clock::now() >= when; });
        continue;
      }
      const std::string uri = next->first;
      due_.erase(next);
      auto it = docs_.find(uri);
      if (it == docs_.end()) continue;
      Doc snapshot = it->second;
      lock.unlock();
      Clock::time_point start = Clock::now();
      auto result = std::make_shared<const engine::FileResult>(
          checker_.check(snapshot.path, std::move(snapshot.text), snapshot.format));
      double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
      lock.lock();
      it = docs_.find(uri);
      if (it == docs_.end() || it->second.version != snapshot.version) continue;  // changed: checked again soon
      it->second.result = result;
      it->second.result_version = snapshot.version;
      lock.unlock();
      publish(uri, snapshot.version, *result);
      char took[32];
      std::snprintf(took, sizeof took, "%.1f", ms);
      log(4, "copydesk: checked " + snapshot.path + " (version " + std::to_string(snapshot.version) + ") in " +
                 took + " ms");
      lock.lock();
    }
  }

  Json diagnostic_json(const std::string& uri, const engine::OutDiagnostic& d, const engine::SourceFile& source) {
    Json related = Json::array();
    for (const engine::OutNote& n : d.notes)
      related.push_back({{"location", {{"uri", uri}, {"range", range_of(source, n.start.offset, n.end.offset, encoding())}}},
                         {"message", n.message}});
    Json j = {{"range", range_of(source, d.start.offset, d.end.offset, encoding())},
              {"severity", lsp_severity(d.severity)},
              {"code", d.rule},
              {"source", "copydesk"},
              {"message", d.message}};
    if (!related.empty()) j["relatedInformation"] = std::move(related);
    return j;
  }

  void publish(const std::string& uri, std::int64_t version, const engine::FileResult& result) {
    Json diagnostics = Json::array();
    if (result.error) {
      Json zero = {{"line", 0}, {"character", 0}};
      diagnostics.push_back({{"range", {{"start", zero}, {"end", zero}}},
                             {"severity", 1},
                             {"source", "copydesk"},
                             {"message", "copydesk cannot check this file: " + *result.error}});
    }
    if (result.source)
      for (const engine::OutDiagnostic& d : result.diagnostics) diagnostics.push_back(diagnostic_json(uri, d, *result.source));
    notify("textDocument/publishDiagnostics", {{"uri", uri}, {"version", version}, {"diagnostics", std::move(diagnostics)}});
  }

  // One action per fix, safe ones first (preferred when a finding has only that one fix), then a
  // fix-all action for every safe fix in the document.
  Json code_actions(const Json& params) {
    const std::string uri = params.at("textDocument").at("uri");
    const Json& range = params.at("range");
    std::vector<std::string> only;
    if (params.contains("context") && params["context"].contains("only"))
      only = params["context"]["only"].get<std::vector<std::string>>();
    auto wanted = [&](const std::string& kind) {
      if (only.empty()) return true;
      for (const std::string& o : only)
        if (kind == o || kind.starts_with(o + ".")) return true;
      return false;
    };
    std::shared_ptr<const engine::FileResult> result;
    {
      std::lock_guard lock(mutex_);
      auto it = docs_.find(uri);
      if (it == docs_.end()) return Json::array();
      if (it->second.result_version == it->second.version) result = it->second.result;
    }
    Json safe = Json::array(), suggestions = Json::array(), all_safe = Json::array();
    if (!result || !result->source) return safe;  // not checked yet since the last change
    const engine::SourceFile& source = *result->source;
    auto edit_of = [&](const engine::OutFix& f) {
      return Json{{"range", range_of(source, f.offset, f.offset + f.length, encoding())}, {"newText", f.replacement}};
    };
    std::uint32_t taken_end = 0;  // fix-all edits must not overlap
    for (const engine::OutDiagnostic& d : result->diagnostics) {
      if (d.fixes.size() == 1 && d.fixes[0].safe && d.fixes[0].offset >= taken_end) {
        all_safe.push_back(edit_of(d.fixes[0]));
        taken_end = d.fixes[0].offset + d.fixes[0].length;
      }
      Json diagnostic = diagnostic_json(uri, d, source);
      if (!touches(diagnostic["range"], range) || !wanted("quickfix")) continue;
      for (const engine::OutFix& f : d.fixes) {
        std::string_view original = std::string_view(source.bytes).substr(f.offset, f.length);
        Json action = {{"title", fix_title(original, f)},
                       {"kind", "quickfix"},
                       {"diagnostics", Json::array({diagnostic})},
                       {"isPreferred", f.safe && d.fixes.size() == 1},
                       {"edit", {{"changes", {{uri, Json::array({edit_of(f)})}}}}}};
        (f.safe ? safe : suggestions).push_back(std::move(action));
      }
    }
    for (Json& a : suggestions) safe.push_back(std::move(a));
    if (!all_safe.empty() && wanted("source.fixAll.copydesk"))
      safe.push_back({{"title", "Apply all " + std::to_string(all_safe.size()) + " safe copydesk fixes"},
                      {"kind", "source.fixAll.copydesk"},
                      {"edit", {{"changes", {{uri, std::move(all_safe)}}}}}});
    return safe;
  }

  FrameReader reader_;
  FrameWriter writer_;
  engine::DraftChecker checker_;
  std::atomic<int> debounce_ms_;
  std::atomic<bool> utf8_{false};
  bool initialized_ = false, shutdown_ = false, exit_ = false;
  std::set<std::string> shown_;  // load problems already shown to the user

  std::mutex mutex_;  // guards docs_ and due_
  std::condition_variable_any wake_;
  std::map<std::string, Doc> docs_;
  std::map<std::string, Clock::time_point> due_;
  std::uint64_t scheduled_ = 0;  // counts changes to due_, so the checking thread sees an earlier time
  std::jthread worker_;  // last: stopped and joined before the rest goes
};

}  // namespace

int serve_stdio(const ServerOptions& options, std::istream& in, std::ostream& out, std::ostream& log) {
  try {
    Server server(options, in, out);
    return server.run();
  } catch (const std::exception& e) {
    log << "copydesk lsp: error: " << e.what() << '\n';
    return 2;
  }
}

}  // namespace copydesk::lsp
