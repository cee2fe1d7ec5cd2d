#!/usr/bin/env python3
"""copydesk serve's JSON API: the same findings as `copydesk check`, fixes, bad and oversized
requests, concurrent requests, loopback only. Usage: api.py COPYDESK SRC"""
import concurrent.futures, json, os, subprocess, sys, urllib.request, urllib.error

copydesk, src = sys.argv[1], sys.argv[2]
failures = []
def expect(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond: failures.append(what)

server = subprocess.Popen([copydesk, "serve", "--port", "0"], stdout=subprocess.PIPE, cwd=src, text=True)
try:
    first = server.stdout.readline().strip()
    base = first.split()[-1].rstrip("/")
    expect(base.startswith("http://127.0.0.1:"), "listens on 127.0.0.1: " + first)
    try:
        busy = subprocess.run([copydesk, "serve", "--port", base.rsplit(":", 1)[1]], capture_output=True, text=True, timeout=10)
        expect(busy.returncode == 2 and "cannot listen" in busy.stderr, "a busy port is an error (status 2)")
    except subprocess.TimeoutExpired:
        expect(False, "a busy port is an error (a second server started instead)")

    def post(path, body, headers=None):
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        req = urllib.request.Request(base + path, data=data, headers={"Content-Type": "application/json", **(headers or {})})
        try:
            with urllib.request.urlopen(req, timeout=60) as r: return r.status, json.load(r)
        except urllib.error.HTTPError as e: return e.code, json.load(e)

    for name, fmt in (("harbour-talks.txt", "txt"), ("council-vote.md", "md"), ("island-briefing.html", "html")):
        path = "examples/" + name
        want = json.loads(subprocess.run([copydesk, "check", path, "--format", "json"], cwd=src,
                                         capture_output=True, text=True).stdout)["files"][0]
        status, got = post("/api/check", {"text": open(os.path.join(src, path), encoding="utf-8").read(),
                                          "format": fmt, "path": path})
        strip = lambda ds: [{k: v for k, v in d.items() if k != "fixes"} | {"fixes": [{k: v for k, v in f.items() if k != "safe"} for f in d["fixes"]]} for d in ds]
        expect(status == 200 and got["path"] == path and got["error"] is None and want["diagnostics"]
               and strip(got["diagnostics"]) == strip(want["diagnostics"]),
               f"/api/check {name}: the same {len(want['diagnostics'])} findings as check")

    draft = "The mayor of Lindqvist , a port town, said the the vote was close.\n"
    status, fixed = post("/api/fix", {"text": draft, "format": "txt"})
    expect(status == 200 and fixed["text"] == "The mayor of Lindqvist, a port town, said the vote was close.\n"
           and fixed["applied"] == 2 and isinstance(fixed["diagnostics"], list), "/api/fix applies the safe fixes: " + repr(fixed.get("text")))
    status, body = post("/api/check", b"{not json")
    expect(status == 400 and "JSON" in body["error"], "bad JSON: 400 with a message")
    status, body = post("/api/check", {"format": "txt"})
    expect(status == 400 and "text" in body["error"], "no text: 400")
    status, body = post("/api/check", {"text": "x", "format": "docx"})
    expect(status == 400 and "format" in body["error"], "unknown format: 400")
    status, body = post("/api/check", {"text": "x" * (5 << 20)})
    expect(status == 413 and "limit" in body.get("error", ""), "an oversized request: 413 " + body.get("error", ""))
    status, body = post("/api/check", json.dumps({"text": "The port , opened. " * 600}).encode(),
                        {"Content-Type": "application/x-www-form-urlencoded"})
    expect(status == 413 and "Content-Type: application/json" in body.get("error", ""),
           "a form-encoded body (curl -d) over 8 KB: the message says to send JSON: " + body.get("error", ""))
    try:
        with urllib.request.urlopen(base + "/api/check", timeout=30) as r: status, allow = r.status, ""
    except urllib.error.HTTPError as e: status, allow = e.code, e.headers.get("Allow", "")
    expect(status == 405 and allow == "POST", "GET on the API: 405 with Allow: POST")
    status, body = post("/api/check", {"text": "draft"}, {"Host": "evil.example:80"})
    expect(status == 403, "a request for another host name: 403")
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda i: post("/api/check", {"text": f"Case {i}: the the report , said.\n"}), range(16)))
    expect(all(s == 200 and len(b["diagnostics"]) >= 2 for s, b in results), "16 concurrent requests answered")
    with urllib.request.urlopen(base + "/", timeout=30) as r:
        page = r.read().decode()
        policy = r.headers.get("Content-Security-Policy", "")
    expect("<textarea" in page and "http://" not in page and "https://" not in page and "default-src 'none'" in policy,
           "the page is self-contained (no outside address, a strict content policy)")
finally:
    server.terminate()
    try: server.wait(timeout=10)
    except subprocess.TimeoutExpired: server.kill()
sys.exit(1 if failures else 0)
