#!/usr/bin/env python3
"""Opens orgchart HTML reports in headless Chromium and checks that they work.

Usage: scripts/report-browser-test.py REPORT.html [REPORT.html ...] [--screenshot DIR] [--pdf DIR]
                                      [--expect-text TEXT ...] [--search QUERY] [--xss]

For each report it checks, in a real browser (Debian package `chromium`):
  - the page loads with no console error, no uncaught exception, no Content-Security-Policy violation, no
    JavaScript dialog (alert/confirm/prompt) and no network request other than the file itself;
  - the chart (inline SVG with clickable unit nodes), the findings, the matrix and the duties table are in the DOM;
  - a real mouse click on a unit's node opens the side panel with that unit's name; a click on a finding's link
    opens its unit; typing in the search box highlights units;
  - with --xss: no injected element or attribute made it into the DOM (no <img>, <iframe>, <object>, no on*
    attribute, no script besides the page's own two).
Before that it checks its own detectors on a deliberately bad page (a console error, a CSP violation and a network
request must all be caught), so a broken detector cannot make the test pass.

It speaks the Chrome DevTools Protocol over --remote-debugging-pipe (file descriptors 3 and 4), so it needs nothing
but Python 3's standard library. Exit status: 0 all passed, 1 a check failed, 77 Chromium is not installed (skipped).
"""

import argparse
import base64
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse

SKIP = 77


def find_chromium():
    for name in [os.environ.get("CHROMIUM", ""), "chromium", "chromium-browser", "google-chrome"]:
        if name and shutil.which(name):
            return shutil.which(name)
    return None


class Browser:
    """One headless Chromium, driven over the DevTools pipe."""

    def __init__(self, binary, width, height):
        self.profile = tempfile.mkdtemp(prefix="orgchart-chromium-")
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()
        flags = [
            "--headless=new", "--remote-debugging-pipe", "--user-data-dir=" + self.profile, "--no-first-run",
            "--no-default-browser-check", "--disable-gpu", "--disable-extensions", "--disable-sync",
            "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
            "--hide-scrollbars", "--mute-audio", "--lang=zh-CN", "--font-render-hinting=none",
            "--window-size=%d,%d" % (width, height),
        ]
        if os.geteuid() == 0:
            flags.append("--no-sandbox")
        # The shell puts the pipe ends on the descriptors Chromium expects: 3 for commands, 4 for answers.
        script = 'exec "$@" 3<&%d 4>&%d' % (to_chrome_r, from_chrome_w)
        self.process = subprocess.Popen(
            ["/bin/sh", "-c", script, "sh", binary] + flags + ["about:blank"],
            pass_fds=(to_chrome_r, from_chrome_w), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ["Page", "Runtime", "Log", "Network"]:
            self.call(domain + ".enable")
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def close(self):
        try:
            self.call("Browser.close", session=False, timeout=5)
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self.to_chrome)
        os.close(self.from_chrome)
        shutil.rmtree(self.profile, ignore_errors=True)

    def send(self, message):
        data = json.dumps(message).encode() + b"\0"
        while data:
            n = os.write(self.to_chrome, data)
            data = data[n:]

    def receive(self, timeout):
        """The next message, or None after `timeout` seconds."""
        deadline = time.time() + timeout
        while b"\0" not in self.buffer:
            left = deadline - time.time()
            if left <= 0:
                return None
            ready, _, _ = select.select([self.from_chrome], [], [], left)
            if not ready:
                return None
            chunk = os.read(self.from_chrome, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe (did it crash?)")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def handle(self, message):
        self.events.append(message)
        if message.get("method") == "Page.javascriptDialogOpening":
            # Answer it, or the page hangs; the dialog itself is reported as a failure.
            self.send({"id": -1, "method": "Page.handleJavaScriptDialog", "params": {"accept": True},
                       "sessionId": message.get("sessionId")})

    def call(self, method, params=None, session=True, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        self.send(message)
        deadline = time.time() + timeout
        while True:
            answer = self.receive(max(0.0, deadline - time.time()))
            if answer is None:
                raise RuntimeError("no answer to %s within %ds" % (method, timeout))
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise RuntimeError("%s: %s" % (method, answer["error"]))
                return answer.get("result", {})
            if "method" in answer:
                self.handle(answer)

    def wait_for(self, method, timeout=30):
        deadline = time.time() + timeout
        for e in self.events:
            if e.get("method") == method:
                return e
        while time.time() < deadline:
            message = self.receive(deadline - time.time())
            if message is None:
                break
            if "method" in message:
                self.handle(message)
                if message["method"] == method:
                    return message
        raise RuntimeError("%s did not happen within %ds" % (method, timeout))

    def settle(self, seconds):
        """Collects events for a while."""
        deadline = time.time() + seconds
        while time.time() < deadline:
            message = self.receive(deadline - time.time())
            if message and "method" in message:
                self.handle(message)

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate",
                           {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError("script failed: %s" % result["exceptionDetails"].get("text"))
        return result["result"].get("value")

    def open(self, path):
        self.events = []
        url = "file://" + urllib.parse.quote(os.path.abspath(path))
        self.call("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired")
        self.settle(0.5)
        return url

    def click(self, x, y):
        for kind in ["mouseMoved", "mousePressed", "mouseReleased"]:
            self.call("Input.dispatchMouseEvent",
                      {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})
        self.settle(0.3)

    def problems(self, page_url):
        """Console errors, exceptions, CSP violations, dialogs and network requests seen since the page opened."""
        found = []
        for e in self.events:
            method, p = e.get("method"), e.get("params", {})
            if method == "Runtime.exceptionThrown":
                d = p.get("exceptionDetails", {})
                found.append("uncaught exception: %s" % (d.get("exception", {}).get("description") or d.get("text")))
            elif method == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert", "warning"):
                args = " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", []))
                found.append("console.%s: %s" % (p.get("type"), args))
            elif method == "Log.entryAdded" and p.get("entry", {}).get("level") in ("error", "warning"):
                entry = p["entry"]
                found.append("%s %s: %s" % (entry.get("source"), entry.get("level"), entry.get("text")))
            elif method == "Page.javascriptDialogOpening":
                found.append("JavaScript dialog (%s): %s" % (p.get("type"), p.get("message")))
            elif method == "Network.requestWillBeSent":
                url = p.get("request", {}).get("url", "")
                if url.split("#")[0] != page_url.split("#")[0]:
                    found.append("network request: %s" % url)
        return found


def check_detectors(browser, folder):
    """The detectors must catch a console error, a CSP violation and a network request on a bad page."""
    bad = os.path.join(folder, "detectors.html")
    with open(bad, "w") as f:
        f.write('<!DOCTYPE html><html><head><meta charset="utf-8">'
                '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src http:; '
                'script-src \'unsafe-inline\'"></head><body><p style="color:red">x</p>'
                '<img src="http://127.0.0.1:9/orgchart-detector.png">'
                '<script>console.error("detector: console error")</script></body></html>')
    url = browser.open(bad)
    browser.settle(1.0)
    found = browser.problems(url)
    wanted = {
        "console error": any(p.startswith("console.error") for p in found),
        "CSP violation": any("Content Security Policy" in p or "Content-Security-Policy" in p for p in found),
        "network request": any(p.startswith("network request") for p in found),
    }
    missing = [k for k, ok in wanted.items() if not ok]
    if missing:
        raise RuntimeError("the test's own detectors missed: %s (saw %s)" % (", ".join(missing), found))
    print("ok: detectors catch a console error, a CSP violation and a network request")


DOM_FACTS = r"""
(() => {
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const svg = document.querySelector("#chart-scroll svg");
  return {
    ready: document.documentElement.getAttribute("data-ready"),
    title: document.title,
    h1: (document.querySelector("h1") || {}).textContent,
    svg: !!svg,
    svgWidth: svg ? svg.getBoundingClientRect().width : 0,
    unitNodes: document.querySelectorAll("#chart-scroll .unit-node").length,
    drawnUnits: data.units.filter(u => u.svg).length,
    findingRows: document.querySelectorAll("table.findings tbody tr").length,
    matrix: !!document.querySelector("table.matrix"),
    matrixRows: document.querySelectorAll("table.matrix tbody tr").length,
    dutiesRows: document.querySelectorAll("table.duties tbody tr").length,
    scripts: document.querySelectorAll("script").length,
    injected: document.querySelectorAll("body img, body iframe, body object, body embed, body form, body base, " +
                                         "body link, body meta, body style, body svg script").length,
    onAttributes: [...document.querySelectorAll("*")].filter(e =>
                    [...e.attributes].some(a => a.name.toLowerCase().startsWith("on"))).length,
    text: document.body.innerText,
    firstUnit: (data.units.find(u => u.svg) || {}).id || null,
    changeRows: document.querySelectorAll("table.changes tbody tr:not(.group)").length,
    impact: !!document.getElementById("impact"),
    removedNodes: document.querySelectorAll("#chart-scroll .unit-node[id^='removed-']").length,
    firstRemoved: (data.units.find(u => u.removed && u.svg) || {}).id || null,
    explore: !!data.tree,
    unitCount: data.units.length,
  };
})()
"""


def node_center(browser, unit_id):
    """Scrolls a unit's node into view and returns the centre of it in the viewport."""
    return browser.evaluate(r"""
(() => {
  // Close the panel first, as a reader would before looking for another unit.
  const close = document.getElementById("panel-close");
  if (!close.hidden) close.click();
  const u = JSON.parse(document.getElementById("report-data").textContent).units.find(u => u.id === %s);
  const g = document.getElementById(u.svg);
  g.scrollIntoView({block: "center", inline: "center", behavior: "instant"});
  const shape = g.querySelector("path, polygon") || g;
  const r = shape.getBoundingClientRect();
  return {x: r.left + r.width / 2, y: r.top + Math.min(r.height / 2, 12), name: u.name};
})()
""" % json.dumps(unit_id))


def panel_title(browser):
    return browser.evaluate(r"""
(() => {
  const t = document.querySelector("#panel .panel-title");
  return {open: document.getElementById("panel").classList.contains("open"), title: t ? t.textContent : null};
})()
""")


EXPLORER_FACTS = r"""
(() => {
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const boxes = [...document.querySelectorAll("#chart-scroll .unit-node")];
  const parents = boxes.filter(g => g.querySelector(".tree-toggle"));
  const drawn = performance.getEntriesByName("orgchart-chart-drawn")[0];
  const fcp = performance.getEntriesByName("first-contentful-paint")[0];
  return {
    boxes: boxes.length,
    parents: parents.length,
    counted: parents.filter(g => /\d/.test((g.querySelector(".tree-count") || {}).textContent || "")).length,
    drawnMs: drawn ? drawn.startTime : null,
    fcpMs: fcp ? fcp.startTime : null,
    readMs: performance.getEntriesByType("navigation")[0].responseEnd,
    scriptMs: performance.getEntriesByName("orgchart-script")[0].startTime,
    dataMs: performance.getEntriesByName("orgchart-data")[0].startTime,
    closed: (parents.find(g => g.querySelector(".tree-toggle").getAttribute("aria-expanded") === "false") || {}).id,
  };
})()
"""

EXPAND = r"""
(async () => {
  const g = document.getElementById(%s);
  const before = document.querySelectorAll("#chart-scroll .unit-node").length;
  const t0 = performance.now();
  g.querySelector(".tree-toggle").dispatchEvent(new MouseEvent("click", {bubbles: true}));
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const ms = performance.now() - t0;
  const after = document.querySelectorAll("#chart-scroll .unit-node").length;
  const open = document.getElementById(%s).querySelector(".tree-toggle").getAttribute("aria-expanded");
  return {ms: ms, before: before, after: after, open: open};
})()
"""

REVEAL = r"""
(async () => {
  const data = JSON.parse(document.getElementById("report-data").textContent);
  const u = data.units.find(u => u.id === %s);
  const s = document.getElementById("search");
  s.value = u.name;
  const t0 = performance.now();
  s.dispatchEvent(new Event("input"));
  s.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter", bubbles: true}));
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const ms = performance.now() - t0;
  const g = document.getElementById(u.svg);
  const frame = document.getElementById("chart-scroll").getBoundingClientRect();
  const r = g ? g.getBoundingClientRect() : null;
  const title = document.querySelector("#panel .panel-title");
  s.value = ""; s.dispatchEvent(new Event("input"));
  return {ms: ms, name: u.name, drawn: !!g, panel: title ? title.textContent : null,
          dx: r ? Math.abs(r.left + r.width / 2 - (frame.left + frame.width / 2)) : null,
          dy: r ? Math.abs(r.top + r.height / 2 - (frame.top + frame.height / 2)) : null,
          inside: r ? r.left >= frame.left && r.right <= frame.right && r.top >= frame.top && r.bottom <= frame.bottom
                    : false};
})()
"""


def test_explorer(browser, args, expect):
    """The explorable chart of a large model: counts on every box, expand and collapse, search reveals, timings."""
    failures = []
    f = browser.evaluate(EXPLORER_FACTS)
    expect(f["parents"] > 0 and f["counted"] == f["parents"],
           "every box with units below it says how many (%d of %d)" % (f["counted"], f["parents"]))
    drawn = f["drawnMs"] or 0
    print("measure: first contentful paint %.0f ms, file read %.0f ms, script started %.0f ms, data parsed "
          "%.0f ms, chart drawn %.0f ms (all after navigation start)"
          % (f["fcpMs"] or 0, f["readMs"], f["scriptMs"], f["dataMs"], drawn))
    expect(f["fcpMs"] is not None and f["fcpMs"] < args.max_ms,
           "the page paints within %d ms of navigation (%.0f ms)" % (args.max_ms, f["fcpMs"] or 0))
    expect(f["drawnMs"] is not None and drawn < args.max_ms,
           "the chart is drawn within %d ms of navigation (%.0f ms)" % (args.max_ms, drawn))
    if f["closed"]:
        e = browser.evaluate(EXPAND % (json.dumps(f["closed"]), json.dumps(f["closed"])))
        print("measure: expand %s: %.0f ms (%d → %d boxes)" % (f["closed"], e["ms"], e["before"], e["after"]))
        expect(e["after"] > e["before"] and e["open"] == "true" and e["ms"] < args.max_ms,
               "a click on ＋ expands a subtree in under %d ms (%.0f ms, %d → %d boxes)"
               % (args.max_ms, e["ms"], e["before"], e["after"]))
        c = browser.evaluate(EXPAND % (json.dumps(f["closed"]), json.dumps(f["closed"])))
        print("measure: collapse: %.0f ms" % c["ms"])
        expect(c["after"] == e["before"] and c["open"] == "false",
               "a second click collapses it again (%d boxes)" % c["after"])
    for unit in args.reveal:
        r = browser.evaluate(REVEAL % json.dumps(unit))
        print("measure: search and reveal %s: %.0f ms" % (unit, r["ms"]))
        expect(r["drawn"] and r["inside"] and r["panel"] == r["name"] and r["ms"] < args.max_ms,
               "searching %r and pressing Enter opens every level above it, centres it (off by %s, %s px) and "
               "opens its panel, in %.0f ms" % (r["name"], r["dx"], r["dy"], r["ms"]))
    return failures


def test_report(browser, path, args, screenshot_dir, pdf_dir):
    failures = []

    def expect(ok, what):
        print(("ok: " if ok else "FAIL: ") + what)
        if not ok:
            failures.append(what)

    print("== %s" % path)
    url = browser.open(path)
    facts = browser.evaluate(DOM_FACTS)
    expect(facts["ready"] == "true", "the page's script ran to the end")
    expect(facts["svg"] and facts["svgWidth"] > 100, "the chart is inline SVG and laid out (%d px wide)"
           % facts["svgWidth"])
    if facts["explore"]:
        expect(facts["unitNodes"] > 0, "the explorable chart draws the top levels as clickable nodes (%d of %d units)"
               % (facts["unitNodes"], facts["unitCount"]))
        failures += test_explorer(browser, args, expect)
    else:
        expect(facts["unitNodes"] > 0 and facts["unitNodes"] == facts["drawnUnits"],
               "every drawn unit is a clickable node (%d of %d)" % (facts["unitNodes"], facts["drawnUnits"]))
    if args.no_duties:
        expect(facts["dutiesRows"] == 0 and facts["findingRows"] == 0,
               "a model with no duties and no findings shows none")
    else:
        expect(facts["matrix"] and facts["matrixRows"] > 0, "the matrix is there (%d rows)" % facts["matrixRows"])
        expect(facts["dutiesRows"] == facts["matrixRows"], "the duties table is there (%d rows)"
               % facts["dutiesRows"])
        expect(facts["findingRows"] > 0, "the findings are there (%d rows)" % facts["findingRows"])
    for text in args.expect_text:
        expect(text in facts["text"], "the page shows %r" % text)

    unit = args.click or facts["firstUnit"]
    centre = node_center(browser, unit)
    browser.click(centre["x"], centre["y"])
    state = panel_title(browser)
    expect(state["open"] and state["title"] == centre["name"],
           "clicking unit %s opens its panel (panel shows %r)" % (unit, state["title"]))
    room = browser.evaluate(r"""
(() => {
  const p = document.getElementById("panel").getBoundingClientRect();
  const c = document.getElementById("chart-scroll").getBoundingClientRect();
  return {panelLeft: p.left, chartRight: c.right, chartWidth: c.width};
})()
""")
    expect(room["panelLeft"] >= room["chartRight"] - 1 and room["chartWidth"] > 200,
           "the open panel sits beside the chart, not over it (chart ends at %d px, panel starts at %d px)"
           % (room["chartRight"], room["panelLeft"]))

    goto = browser.evaluate(r"""
(() => {
  const a = document.querySelector("table.findings a.goto[data-unit]");
  if (!a) return null;
  a.scrollIntoView({block: "center", behavior: "instant"});
  const r = a.getBoundingClientRect();
  const u = JSON.parse(document.getElementById("report-data").textContent).units.find(u => u.id === a.dataset.unit);
  return {x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2, name: u.name};
})()
""")
    if goto:
        browser.click(goto["x"], goto["y"])
        state = panel_title(browser)
        expect(state["open"] and state["title"] == goto["name"],
               "a finding's link opens its unit (%r)" % state["title"])

    query = args.search
    if query:
        browser.evaluate('(() => { const s = document.getElementById("search");'
                         ' s.scrollIntoView({behavior: "instant"}); s.focus(); })()')
        browser.call("Input.insertText", {"text": query})
        browser.settle(0.3)
        hits = browser.evaluate('document.querySelectorAll("#chart-scroll .node.match").length')
        results = browser.evaluate('document.querySelectorAll("#search-results .chip").length')
        expect(hits > 0 and results > 0, "searching %r highlights %d units and lists %d results"
               % (query, hits, results))
        browser.evaluate('(() => { const s = document.getElementById("search"); s.value = "";'
                         ' s.dispatchEvent(new Event("input")); })()')

    if args.diff:
        expect(facts["changeRows"] > 0 and facts["impact"],
               "the changes (%d rows) and the impact are there" % facts["changeRows"])
        expect(facts["removedNodes"] > 0, "removed units are drawn and clickable (%d)" % facts["removedNodes"])
        if facts["firstRemoved"]:
            centre = node_center(browser, facts["firstRemoved"])
            browser.click(centre["x"], centre["y"])
            state = panel_title(browser)
            expect(state["open"] and state["title"] == centre["name"],
                   "clicking a removed unit opens its panel (%r)" % state["title"])

    if args.xss:
        expect(facts["scripts"] == 2, "only the page's two scripts are in the DOM (%d)" % facts["scripts"])
        expect(facts["injected"] == 0, "no injected element is in the DOM (%d)" % facts["injected"])
        expect(facts["onAttributes"] == 0, "no on* attribute is in the DOM (%d)" % facts["onAttributes"])
        pwned = browser.evaluate("typeof window.__pwned")
        expect(pwned == "undefined", "no injected script ran")

    browser.settle(0.5)
    problems = browser.problems(url)
    expect(not problems, "no console error, exception, CSP violation, dialog or network request%s"
           % ("" if not problems else ": " + "; ".join(problems)))

    name = os.path.splitext(os.path.basename(path))[0]
    if screenshot_dir:
        # The masthead, the chart and the open panel of the unit clicked first.
        browser.evaluate("window.scrollTo({top: 0, behavior: \"instant\"})")
        centre = node_center(browser, unit)
        browser.click(centre["x"], centre["y"])
        browser.evaluate("window.scrollTo({top: 0, behavior: \"instant\"})")
        browser.settle(0.3)
        shot = browser.call("Page.captureScreenshot", {"format": "png"})
        out = os.path.join(screenshot_dir, name + ".png")
        with open(out, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        print("screenshot: %s" % out)
        if args.full_page:
            shot = browser.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
            out = os.path.join(screenshot_dir, name + "-full.png")
            with open(out, "wb") as f:
                f.write(base64.b64decode(shot["data"]))
            print("screenshot: %s" % out)
            for section in ["changes", "impact", "findings", "matrix", "duties"]:
                box = browser.evaluate(
                    '(() => { const s = document.getElementById(%s); if (!s) return null;'
                    ' const r = s.getBoundingClientRect();'
                    ' return {x: r.left + scrollX, y: r.top + scrollY, width: r.width,'
                    ' height: Math.min(r.height, 2400)}; })()' % json.dumps(section))
                if not box:
                    continue
                box["scale"] = 1
                shot = browser.call("Page.captureScreenshot",
                                    {"format": "png", "captureBeyondViewport": True, "clip": box})
                out = os.path.join(screenshot_dir, "%s-%s.png" % (name, section))
                with open(out, "wb") as f:
                    f.write(base64.b64decode(shot["data"]))
                print("screenshot: %s" % out)
    if pdf_dir:
        pdf = browser.call("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})
        out = os.path.join(pdf_dir, name + ".pdf")
        with open(out, "wb") as f:
            f.write(base64.b64decode(pdf["data"]))
        print("pdf: %s" % out)
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("reports", nargs="+")
    parser.add_argument("--screenshot", metavar="DIR", help="write a PNG of each report's first screen here")
    parser.add_argument("--full-page", action="store_true", help="with --screenshot, also capture the whole page")
    parser.add_argument("--pdf", metavar="DIR", help="print each report to PDF (A4) here")
    parser.add_argument("--expect-text", action="append", default=[], metavar="TEXT")
    parser.add_argument("--click", metavar="UNIT_ID", help="the unit to click (default: the first drawn)")
    parser.add_argument("--search", metavar="QUERY", help="type this into the search box and expect a match")
    parser.add_argument("--xss", action="store_true", help="also check that no injected markup reached the DOM")
    parser.add_argument("--diff", action="store_true", help="a two-model report: also check the changes, the impact "
                        "and the removed units in the visual diff")
    parser.add_argument("--reveal", action="append", default=[], metavar="UNIT_ID",
                        help="explorable chart: search this unit by name, press Enter, expect it drawn and centred")
    parser.add_argument("--max-ms", type=int, default=1000,
                        help="explorable chart: the most milliseconds first paint, an expand or a reveal may take")
    parser.add_argument("--no-duties", action="store_true",
                        help="the model has no duties and no findings (an imported hierarchy)")
    parser.add_argument("--width", type=int, default=1440)
    parser.add_argument("--height", type=int, default=1000)
    args = parser.parse_args()

    binary = find_chromium()
    if not binary:
        print("skipped: Chromium is not installed (Debian: apt-get install chromium; scripts/test installs it)")
        return SKIP
    for d in [args.screenshot, args.pdf]:
        if d:
            os.makedirs(d, exist_ok=True)
    folder = tempfile.mkdtemp(prefix="orgchart-report-test-")
    browser = Browser(binary, args.width, args.height)
    failures = []
    try:
        check_detectors(browser, folder)
        for path in args.reports:
            try:
                failures += test_report(browser, path, args, args.screenshot, args.pdf)
            except Exception as error:  # a broken page: say what the browser saw
                seen = "; ".join(browser.problems("file://" + urllib.parse.quote(os.path.abspath(path))))
                print("FAIL: %s could not be checked: %s%s"
                      % (path, error, " (browser saw: %s)" % seen if seen else ""))
                failures.append(path)
    finally:
        browser.close()
        shutil.rmtree(folder, ignore_errors=True)
    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    print("all browser checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
