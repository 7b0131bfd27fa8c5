"""A headless Chromium driven over the DevTools protocol through a pipe (`--remote-debugging-pipe`): no port, no
WebDriver, no browser download, only the system's `chromium`. Tests open pages with the network blocked and read
back what the page did: every request it tried, console messages, uncaught exceptions, log errors.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

BLOCKED = ["http://*", "https://*", "ws://*", "wss://*", "ftp://*"]


def find_chromium() -> str | None:
    """KOURSK_CHROMIUM, or Debian's `chromium` on PATH."""
    explicit = os.environ.get("KOURSK_CHROMIUM")
    if explicit:
        return explicit
    return shutil.which("chromium") or shutil.which("chromium-browser")


class BrowserError(RuntimeError):
    pass


class Browser:
    """One Chromium process; `open` gives a fresh tab (a Page) each time."""

    def __init__(self, executable: str, timeout: float = 30.0) -> None:
        self.timeout = timeout
        self._profile = tempfile.TemporaryDirectory(prefix="koursk-chromium-")
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()

        def wire() -> None:  # Chromium reads commands on fd 3 and writes replies on fd 4
            # Moved above 4 first: a pipe may already sit on fd 3 or 4, and dup2 onto itself changes nothing.
            reading, writing = (fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_browser_read, from_browser_write))
            os.dup2(reading, 3)
            os.dup2(writing, 4)

        args = [
            executable,
            "--headless",
            "--remote-debugging-pipe",
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--disable-dev-shm-usage",
            "--mute-audio",
            "--host-resolver-rules=MAP * ~NOTFOUND",  # no name resolves: nothing can leave the machine
            "--proxy-server=http://127.0.0.1:9",
            f"--user-data-dir={self._profile.name}",
            "about:blank",
        ]
        if os.geteuid() == 0:
            args.insert(1, "--no-sandbox")  # Chromium refuses to run as root with its sandbox
        self._process = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=None if os.environ.get("KOURSK_BROWSER_LOG") else subprocess.DEVNULL,
            close_fds=False,  # Python's own descriptors are not inheritable (PEP 446); fds 3 and 4 are, from dup2
            preexec_fn=wire,
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._next_id = 0
        self._buffer = b""
        self.events: list[dict[str, Any]] = []

    def _write(self, message: dict[str, Any]) -> None:
        os.write(self._to_browser, json.dumps(message).encode("utf-8") + b"\0")

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError("Chromium did not answer in time")
            ready, _, _ = select.select([self._from_browser], [], [], left)
            if ready:
                chunk = os.read(self._from_browser, 1 << 20)
                if not chunk:
                    raise BrowserError("Chromium closed the pipe")
                self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        parsed: dict[str, Any] = json.loads(message)
        return parsed

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> dict[str, Any]:
        self._next_id += 1
        ident = self._next_id
        message: dict[str, Any] = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self._write(message)
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == ident:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            if "method" in reply:
                self.events.append(reply)

    def wait_for(self, method: str, session: str) -> dict[str, Any]:
        deadline = time.monotonic() + self.timeout
        for event in self.events:
            if event["method"] == method and event.get("sessionId") == session:
                return event
        while True:
            event = self._read(deadline)
            if "method" in event:
                self.events.append(event)
                if event["method"] == method and event.get("sessionId") == session:
                    return event

    def open(
        self, url: str, *, width: int = 1280, height: int = 800, javascript: bool = True, scheme: str = "light"
    ) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session, url)
        for domain in ("Network", "Runtime", "Log", "Page"):
            page.send(f"{domain}.enable")
        page.send("Network.setBlockedURLs", {"urls": BLOCKED})
        page.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
        )
        page.send("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
        if not javascript:
            page.send("Emulation.setScriptExecutionDisabled", {"value": True})
        page.send("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired", session)
        return page

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._write({"id": 0, "method": "Browser.close", "params": {}})
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)
        self._profile.cleanup()


class Page:
    def __init__(self, browser: Browser, session: str, url: str) -> None:
        self.browser = browser
        self.session = session
        self.url = url

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.browser.send(method, params, self.session)

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression (JSON-serialisable), evaluated in the page. Works with the page's
        own scripts disabled too: DevTools evaluation is not the page's script."""
        reply = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in reply:
            raise BrowserError(f"{expression}: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def _events(self, method: str) -> list[dict[str, Any]]:
        self.evaluate("0")  # drain what arrived so far
        return [
            e["params"] for e in self.browser.events if e["method"] == method and e.get("sessionId") == self.session
        ]

    def requests(self) -> list[str]:
        """Every URL the page asked for, its own included."""
        return [e["request"]["url"] for e in self._events("Network.requestWillBeSent")]

    def errors(self) -> list[str]:
        """Console errors and warnings, uncaught exceptions and browser log errors (CSP violations, failed loads)."""
        found = [
            f"console.{e['type']}: {e['args']}"
            for e in self._events("Runtime.consoleAPICalled")
            if e["type"] in ("error", "warning", "assert")
        ]
        found += [f"exception: {e['exceptionDetails']}" for e in self._events("Runtime.exceptionThrown")]
        found += [
            f"log {e['entry']['level']}: {e['entry']['text']}"
            for e in self._events("Log.entryAdded")
            if e["entry"]["level"] in ("error", "warning")
        ]
        return found

    def screenshot(self, path: Path, *, full: bool = True) -> None:
        """The whole page (or only what the window shows). For the whole page the window is made as tall as the page
        first, so parts drawn only when near the screen (`content-visibility: auto`) are drawn; their real height
        then replaces their estimate, so this repeats until the height holds."""
        params: dict[str, Any] = {"format": "png"}
        if full:
            metrics = self.evaluate("[window.innerWidth, window.innerHeight]")
            height = 0
            for _ in range(10):
                size = self.send("Page.getLayoutMetrics")["cssContentSize"]
                if int(size["height"]) == height:
                    break
                height = int(size["height"])
                self._resize(metrics[0], height)
            params["clip"] = {"x": 0, "y": 0, "width": metrics[0], "height": height, "scale": 1}
            params["captureBeyondViewport"] = True
        shot = self.send("Page.captureScreenshot", params)
        path.write_bytes(base64.b64decode(shot["data"]))
        if full:
            self._resize(metrics[0], metrics[1])

    def _resize(self, width: int, height: int) -> None:
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
        )
        self.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")

    def type_into(self, selector: str, text: str) -> None:
        """Focus an element and type as a user would (key events, so `input` listeners fire)."""
        self.evaluate(f"document.querySelector({json.dumps(selector)}).focus()")
        self.send("Input.insertText", {"text": text})


def main() -> None:
    """`python -m tests.browser PAGE.html OUT.png [WIDTH] [SELECTOR] [HEIGHT]`: a screenshot of one page (from the
    top, or from the element SELECTOR on), as docs/report.png is made (docs/report.md)."""
    import sys

    page_file, out = Path(sys.argv[1]), Path(sys.argv[2])
    width = int(sys.argv[3]) if len(sys.argv) > 3 else 1280
    selector = sys.argv[4] if len(sys.argv) > 4 else None
    height = int(sys.argv[5]) if len(sys.argv) > 5 else 1400
    executable = find_chromium()
    if executable is None:
        sys.exit("no chromium on PATH")
    browser = Browser(executable)
    try:
        page = browser.open(page_file.resolve().as_uri(), width=width, height=height)
        if selector:  # scrolled to, so that what is drawn only near the screen is drawn
            page.evaluate(f"document.querySelector({json.dumps(selector)}).scrollIntoView()")
            page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
        page.screenshot(out, full=False)
    finally:
        browser.close()


if __name__ == "__main__":
    main()
