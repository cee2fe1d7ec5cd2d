// The web page and its JSON API on a loopback address: POST /api/check and /api/fix, GET /.
#include "serve/server.hpp"

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

#include "engine/checker.hpp"
#include "engine/drafts.hpp"
#include "printers/printer.hpp"
#include "serve/page.hpp"

namespace copydesk::serve {
namespace {

using Json = nlohmann::ordered_json;

constexpr int kWorkers = 4;  // each checking thread keeps its own dictionaries: a few are plenty
// The page may talk to this server only; it loads nothing from anywhere else.
constexpr const char* kPagePolicy =
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; "
    "img-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

struct BadRequest : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A draft as the API receives it: {"text", "format", "path"}.
struct Draft {
  std::string text, path;
  std::optional<document::InputFormat> format;
  bool unsafe = false;
};

Draft parse_draft(const std::string& body) {
  Json j = Json::parse(body, nullptr, false);
  if (j.is_discarded()) throw BadRequest("the request body is not valid JSON");
  if (!j.is_object()) throw BadRequest("the request body must be a JSON object: {\"text\", \"format\", \"path\"}");
  Draft d;
  if (!j.contains("text") || !j["text"].is_string()) throw BadRequest("\"text\" (a string) is required");
  d.text = j["text"].get<std::string>();
  if (j.contains("path") && !j["path"].is_null()) {
    if (!j["path"].is_string()) throw BadRequest("\"path\" must be a string");
    d.path = j["path"].get<std::string>();
  }
  if (j.contains("format") && !j["format"].is_null()) {
    if (!j["format"].is_string() || !(d.format = engine::parse_input_format(j["format"].get<std::string>())))
      throw BadRequest("\"format\" must be \"txt\", \"md\" or \"html\"");
  }
  if (j.contains("unsafe") && !j["unsafe"].is_boolean()) throw BadRequest("\"unsafe\" must be true or false");
  d.unsafe = j.value("unsafe", false);
  if (d.path.empty()) {
    // No path: a name whose extension matches the format, in the working folder (its config applies).
    document::InputFormat f = d.format.value_or(document::InputFormat::Text);
    d.path = f == document::InputFormat::Markdown ? "draft.md" : f == document::InputFormat::Html ? "draft.html" : "draft.txt";
  }
  return d;
}

// The JSON contract's file object, made by the json printer itself so it cannot drift from
// `check --format json`; each fix also says whether it is safe.
Json file_object(const engine::FileResult& result) {
  std::ostringstream text;
  std::unique_ptr<printers::Printer> printer = printers::make_json_printer(text, {});
  printer->file(result);
  printer->end({});
  Json file = Json::parse(text.str())["files"][0];
  for (std::size_t i = 0; i < result.diagnostics.size(); ++i)
    for (std::size_t k = 0; k < result.diagnostics[i].fixes.size(); ++k)
      file["diagnostics"][i]["fixes"][k]["safe"] = result.diagnostics[i].fixes[k].safe;
  return file;
}

void send_json(httplib::Response& res, int status, const Json& body) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, Json::error_handler_t::replace), "application/json; charset=utf-8");
}

void send_error(httplib::Response& res, int status, const std::string& message) {
  send_json(res, status, Json{{"error", message}});
}

// Only requests naming this server by a loopback name: a page elsewhere cannot reach it through
// a DNS name that resolves to 127.0.0.1 (DNS rebinding).
bool loopback_host(const httplib::Request& req, int port) {
  std::string host = req.get_header_value("Host");
  const std::string suffix = ":" + std::to_string(port);
  if (host.ends_with(suffix)) host.resize(host.size() - suffix.size());
  return host == "127.0.0.1" || host == "localhost" || host == "[::1]";
}

}  // namespace

int serve_http(const ServeOptions& options, std::ostream& out, std::ostream& err) {
  if (options.host != "127.0.0.1" && options.host != "::1" && options.host != "localhost") {
    err << "copydesk serve: error: only a loopback address can be served, not " << options.host << '\n';
    return 2;
  }
  engine::DraftChecker checker(options.check);
  httplib::Server server;
  server.new_task_queue = [] { return new httplib::ThreadPool(kWorkers); };
  server.set_payload_max_length(options.max_request_bytes);
  // httplib's default also sets SO_REUSEPORT, which lets a second server share a busy port
  // silently; a busy port must be an error.
  server.set_socket_options([](int sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  int port = options.port;

  server.set_pre_routing_handler([&](const httplib::Request& req, httplib::Response& res) {
    if (loopback_host(req, port)) return httplib::Server::HandlerResponse::Unhandled;
    send_error(res, 403, "this server answers only requests to 127.0.0.1 or localhost");
    return httplib::Server::HandlerResponse::Handled;
  });
  server.Get("/", [](const httplib::Request&, httplib::Response& res) {
    res.set_header("Content-Security-Policy", kPagePolicy);
    res.set_header("Cache-Control", "no-store");
    res.set_content(kPage.data(), kPage.size(), "text/html; charset=utf-8");
  });
  server.Post("/api/check", [&](const httplib::Request& req, httplib::Response& res) {
    Draft d = parse_draft(req.body);
    send_json(res, 200, file_object(checker.check(d.path, std::move(d.text), d.format)));
  });
  server.Post("/api/fix", [&](const httplib::Request& req, httplib::Response& res) {
    Draft d = parse_draft(req.body);
    engine::DraftFix fixed = engine::fix_draft(checker, d.path, std::move(d.text), d.format, d.unsafe);
    Json file = file_object(fixed.remaining);
    Json body{{"text", fixed.text}, {"applied", fixed.applied}, {"diagnostics", std::move(file["diagnostics"])}};
    if (!file["error"].is_null()) body["error"] = file["error"];
    send_json(res, 200, body);
  });
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr e) {
    try {
      std::rethrow_exception(e);
    } catch (const BadRequest& bad) {
      send_error(res, 400, bad.what());
    } catch (const std::exception& other) {
      send_error(res, 500, std::string("internal error: ") + other.what());
    }
  });
  server.set_error_handler(httplib::Server::HandlerWithResponse([&](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;  // ours already
    // Debian's httplib (a compiled library) refuses a form-encoded body over 8,192 bytes itself,
    // whatever our limit: say so, since curl's -d sends that content type by default.
    if (res.status == 413 && req.get_header_value("Content-Type").starts_with("application/x-www-form-urlencoded") &&
        std::stoull("0" + req.get_header_value("Content-Length")) <= options.max_request_bytes)
      send_error(res, 413, "a form-encoded body over 8192 bytes is refused by the HTTP library; send the JSON "
                           "with the header Content-Type: application/json (limit " +
                               std::to_string(options.max_request_bytes) + " bytes)");
    else if (res.status == 413)
      send_error(res, 413, "the request is " + req.get_header_value("Content-Length") + " bytes; the limit is " +
                               std::to_string(options.max_request_bytes) + " bytes");
    else if (res.status == 404 && (req.path == "/api/check" || req.path == "/api/fix"))
    {
      res.set_header("Allow", "POST");
      send_error(res, 405, req.method + " " + req.path + " is not served; send POST with a JSON body");
    }
    else if (res.status == 404)
      send_error(res, 404, "no such page: " + req.path + " (the page is /, the API POST /api/check and /api/fix)");
    else
      send_error(res, res.status, "the request could not be served");
    return httplib::Server::HandlerResponse::Handled;
  }));

  if (port == 0) {
    port = server.bind_to_any_port(options.host);
    if (port < 0) port = 0;
  } else if (!server.bind_to_port(options.host, port)) {
    port = 0;
  }
  if (port == 0) {
    err << "copydesk serve: error: cannot listen on " << options.host << ":" << options.port
        << " (in use? try --port with another number, or --port 0 for any free one)\n";
    return 2;
  }
  out << "copydesk serve: http://" << (options.host == "::1" ? "[::1]" : options.host) << ":" << port << "/\n";
  out.flush();
  return server.listen_after_bind() ? 0 : 2;
}

}  // namespace copydesk::serve
