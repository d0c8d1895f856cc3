"""The report in a real browser: headless Chromium loads it offline with no console error.

Chromium is driven over the DevTools protocol on a pipe (``--remote-debugging-pipe``: JSON
messages separated by NUL bytes on file descriptors 3 and 4), which needs no extra package and
reports console calls, uncaught exceptions and failed resource loads as events. Screenshots go
to ``out/test-artifacts/`` for a person to look at.
"""

from __future__ import annotations

import base64
import json
import math
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from corpusmill.pipeline.report.write import write_report
from tests.pipeline.test_report import write_corpus_run, write_sft_run

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ERROR_EVENTS = ("Runtime.exceptionThrown", "Log.entryAdded", "Runtime.consoleAPICalled")

PAGE_FACTS = """(() => {
  const charts = [...document.querySelectorAll('svg.chart')];
  return {
    charts: charts.length,
    drawn: charts.filter(c => c.getBoundingClientRect().width > 200 && c.querySelector('rect')).length,
    sections: [...document.querySelectorAll('section')].map(s => s.id),
    scripts: document.scripts.length,
    resources: performance.getEntriesByType('resource').map(e => e.name),
    clipped: [...document.querySelectorAll('svg.chart text')].filter(t => {
      const box = t.getBoundingClientRect(), frame = t.ownerSVGElement.getBoundingClientRect();
      return box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1
        || box.bottom > frame.bottom + 1;
    }).map(t => t.textContent),
  };
})()"""


class Chromium:
    """Just enough of the DevTools protocol to load a page, read events, evaluate and screenshot."""

    def __init__(self, profile: Path) -> None:
        to_browser, self._write = os.pipe()
        self._read, from_browser = os.pipe()

        def wire_pipes() -> None:  # Chromium expects to read on fd 3 and write on fd 4
            a, b = os.dup(to_browser), os.dup(from_browser)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.process = subprocess.Popen(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--remote-debugging-pipe",
                f"--user-data-dir={profile}",
                "about:blank",
            ],
            preexec_fn=wire_pipes,
            close_fds=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser)
        os.close(from_browser)
        self.events: list[dict[str, Any]] = []
        self._buffer = b""
        self._id = 0
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable", session=True)

    def receive(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self._read, 1 << 16)
            if not chunk:
                raise EOFError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method: str, session: bool = False, **params: Any) -> dict[str, Any]:
        self._id += 1
        message = {"id": self._id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + 30
        while True:
            answer = self.receive(deadline)
            if answer.get("id") == self._id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer["result"]
            self.events.append(answer)

    def load(self, url: str) -> None:
        self.call("Page.navigate", session=True, url=url)
        deadline = time.monotonic() + 30
        while not any(e.get("method") == "Page.loadEventFired" for e in self.events):
            self.events.append(self.receive(deadline))

    def evaluate(self, expression: str) -> Any:
        return self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True)["result"]["value"]

    def screenshot(self, path: Path, width: int, max_height: int) -> None:
        """The whole page (up to ``max_height``) at ``width`` CSS pixels."""
        self.call(
            "Emulation.setDeviceMetricsOverride",
            session=True,
            width=width,
            height=800,
            deviceScaleFactor=1,
            mobile=False,
        )
        height = min(
            max_height,
            math.ceil(self.call("Page.getLayoutMetrics", session=True)["cssContentSize"]["height"]),
        )
        self.call(
            "Emulation.setDeviceMetricsOverride",
            session=True,
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=False,
        )
        data = self.call("Page.captureScreenshot", session=True, format="png")["data"]
        self.call("Emulation.clearDeviceMetricsOverride", session=True)
        path.write_bytes(base64.b64decode(data))

    def errors(self) -> list[dict[str, Any]]:
        return [e for e in self.events if e.get("method") in ERROR_EVENTS]

    def close(self) -> None:
        self.process.kill()
        self.process.wait(timeout=30)
        os.close(self._write)
        os.close(self._read)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    if CHROMIUM is None:  # CI installs it (.ci/run); elsewhere only the browser tests are skipped
        pytest.skip("no chromium: the report browser tests need `apt-get install chromium`")
    chromium = Chromium(tmp_path_factory.mktemp("chromium-profile"))
    yield chromium
    chromium.close()


def check_page(browser: Chromium, page: Path, screenshot: Path) -> dict[str, Any]:
    browser.events.clear()
    browser.load(page.as_uri())
    facts = browser.evaluate(PAGE_FACTS)
    assert browser.errors() == []
    assert facts["scripts"] == 0 and facts["resources"] == []  # self-contained: nothing fetched
    assert facts["charts"] == facts["drawn"] > 0
    assert facts["clipped"] == []  # every chart label lies inside its chart
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    browser.screenshot(screenshot, 1280, 16000)
    assert screenshot.stat().st_size > 50_000
    return facts


def test_corpus_report_with_comparison_renders(browser: Chromium, tmp_path: Path, test_data: Path, repo: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    write_corpus_run(a, test_data, "a")
    write_corpus_run(b, test_data, "b")
    write_report(a, compare=b)
    facts = check_page(browser, a / "report.html", repo / "out/test-artifacts/report-corpus.png")
    assert {
        "funnel",
        "removals",
        "languages",
        "distributions",
        "near-dedup",
        "shards",
        "mixture",
        "samples",
        "compare",
    } <= set(facts["sections"])
    assert facts["charts"] >= 13


def test_sft_report_renders(browser: Chromium, tmp_path: Path, test_data: Path, repo: Path) -> None:
    write_sft_run(tmp_path, test_data)
    write_report(tmp_path)
    facts = check_page(browser, tmp_path / "report.html", repo / "out/test-artifacts/report-sft.png")
    assert "sft" in facts["sections"]


def test_demo_run_report_renders(browser: Chromium, tmp_path: Path, repo: Path) -> None:
    """The acceptance check: the report `make demo` writes shows the funnel, languages, length
    histograms and rejected samples, with no console errors."""
    cli = Path(sys.executable).parent / "corpusmill"
    result = subprocess.run(
        [str(cli), "run", str(repo / "configs/demo.yaml"), "--out", str(tmp_path / "demo")],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    facts = check_page(browser, tmp_path / "demo/report.html", repo / "out/test-artifacts/report-demo.png")
    assert {"funnel", "removals", "languages", "distributions", "samples"} <= set(facts["sections"])


def test_browser_check_catches_errors(browser: Chromium, tmp_path: Path) -> None:
    """The harness itself: a page with a script error and a missing image must be caught."""
    page = tmp_path / "broken.html"
    page.write_text('<html><body><img src="missing.png"><script>undefinedCall()</script></body></html>')
    browser.events.clear()
    browser.load(page.as_uri())
    methods = {e["method"] for e in browser.errors()}
    assert {"Runtime.exceptionThrown", "Log.entryAdded"} <= methods
