#!/usr/bin/env python3
"""The web page in a real browser: headless Chromium (driven over the DevTools protocol on a pipe)
loads the page, a draft with known faults is typed in, one fix is clicked, then all safe fixes,
and the corrected text is read back. A screenshot is kept. Usage: browser.py COPYDESK OUT_DIR"""
import base64, json, os, shutil, subprocess, sys, tempfile, time

copydesk, out_dir = sys.argv[1], sys.argv[2]
chromium = shutil.which("chromium") or shutil.which("chromium-browser")
if not chromium:
    print("SKIPPED: no chromium (apt-get install chromium)"); sys.exit(77)
failures = []
buffered = b""
def expect(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond: failures.append(what)

server = subprocess.Popen([copydesk, "serve", "--port", "0"], stdout=subprocess.PIPE, text=True)
profile = tempfile.mkdtemp()
to_browser_r, to_browser_w = os.pipe()
from_browser_r, from_browser_w = os.pipe()
def pipes():  # the browser reads commands on fd 3 and writes answers on fd 4
    os.dup2(to_browser_r, 3); os.dup2(from_browser_w, 4)
browser = None
try:
    url = server.stdout.readline().split()[-1]
    browser = subprocess.Popen([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync", "--no-first-run", "--remote-debugging-pipe",
                                "--user-data-dir=" + profile, "--window-size=1400,800", "about:blank"],
                               preexec_fn=pipes, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(to_browser_r); os.close(from_browser_w)
    writer, reader = os.fdopen(to_browser_w, "wb"), os.fdopen(from_browser_r, "rb")
    next_id = [0]
    def cdp(method, session=None, **params):
        next_id[0] += 1
        msg = {"id": next_id[0], "method": method, "params": params}
        if session: msg["sessionId"] = session
        writer.write(json.dumps(msg).encode() + b"\0"); writer.flush()
        nonlocal_buf = globals()
        while True:
            while b"\0" not in nonlocal_buf["buffered"]:
                chunk = os.read(reader.fileno(), 65536)
                if not chunk: raise RuntimeError("the browser closed the pipe")
                nonlocal_buf["buffered"] += chunk
            raw, nonlocal_buf["buffered"] = nonlocal_buf["buffered"].split(b"\0", 1)
            m = json.loads(raw)
            if m.get("id") == next_id[0]:
                if "error" in m: raise RuntimeError(f"{method}: {m['error']}")
                return m["result"]
    target = cdp("Target.createTarget", url=url)["targetId"]
    s = cdp("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
    def js(expr):
        return cdp("Runtime.evaluate", s, expression=expr, returnByValue=True, awaitPromise=True)["result"].get("value")
    def until(expr, what, seconds=30):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if js(expr): return True
            time.sleep(0.1)
        expect(False, what + " (timed out)"); return False
    until("document.readyState === 'complete' && !!document.getElementById('draft')", "the page loads")
    draft = ("The mayor of Lindqvist , a port town, said the the vote was close.\n"
             "“It was a long night,” she said on Tuesday.\n")
    js("document.getElementById('draft').focus()")
    cdp("Input.insertText", s, text=draft)  # as a paste or typing does: the page's input handler runs
    until("document.querySelectorAll('#list li').length >= 2", "findings listed after typing")
    expect(js("document.querySelectorAll('#marked .f').length") >= 2, "findings underlined in the text")
    expect(bool(js("document.querySelector('#marked .f').title")), "a finding's message on hover (title)")
    cdp("Emulation.setDeviceMetricsOverride", s, width=1400, height=800, deviceScaleFactor=1, mobile=False)
    shot = base64.b64decode(cdp("Page.captureScreenshot", s, format="png")["data"])
    os.makedirs(out_dir, exist_ok=True)
    open(os.path.join(out_dir, "serve-page.png"), "wb").write(shot)
    expect(len(shot) > 10000, f"screenshot kept: {out_dir}/serve-page.png")
    # One fix: the space before the comma.
    js("[...document.querySelectorAll('#list li')].find(li => li.textContent.includes('space before')).querySelector('button.fix').click()")
    until("document.getElementById('draft').value.includes('Lindqvist, a port')", "one fix applied")
    until("document.querySelectorAll('#list li').length >= 1 && !document.getElementById('status').textContent.startsWith('Paste')", "re-checked")
    js("document.getElementById('fix-all').click()")
    until("document.getElementById('status').textContent.startsWith('Applied')", "all safe fixes applied")
    text = js("document.getElementById('draft').value")
    expect(text.startswith("The mayor of Lindqvist, a port town, said the vote was close."), "corrected text read back: " + repr(text[:70]))
    js("document.getElementById('show-warning').click()")
    expect(js("getComputedStyle(document.querySelector('#list li.warning') || document.body).display") in ("none", "block"),
           "severity filter toggles")
finally:
    if browser:
        browser.terminate()
        try: browser.wait(timeout=10)
        except subprocess.TimeoutExpired: browser.kill()
    server.terminate()
    try: server.wait(timeout=10)
    except subprocess.TimeoutExpired: server.kill()
    shutil.rmtree(profile, ignore_errors=True)
sys.exit(1 if failures else 0)
