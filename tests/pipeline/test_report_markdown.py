"""report.md holds record text, ids, source names and paths: rendered by a viewer with HTML enabled
(many wikis and notebook viewers do), none of it may become markup."""

from __future__ import annotations

import json
from pathlib import Path

from markdown_it import MarkdownIt

from corpusmill.pipeline.report.markdown import render_markdown
from corpusmill.pipeline.report.write import write_report
from tests.pipeline.test_report import write_corpus_run

HOSTILE = [
    "<svg onload=alert(1)>",
    '<img src=x onerror="alert(2)">',
    "[click](javascript:alert(3))",
    "`code` | cell <script>alert(4)</script>",
]


def hostile_report(tmp_path: Path, test_data: Path) -> dict:
    write_corpus_run(tmp_path, test_data)
    write_report(tmp_path)
    figures = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    sample = next(iter(figures["samples"]["rejected"].values()))[0]
    sample.update(text=" ".join(HOSTILE), id=HOSTILE[1], source=HOSTILE[2])
    figures["warnings"].append(HOSTILE[0])
    figures["run"]["path"] = "/tmp/`<svg onload=alert(5)>`"
    return figures


def test_record_text_is_inert_when_rendered_with_html(tmp_path: Path, test_data: Path) -> None:
    markdown = render_markdown(hostile_report(tmp_path, test_data))
    html = MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)
    for tag in ("<svg", "<img", "<script", "<a "):
        assert tag not in html
    assert "&lt;svg onload=alert(1)&gt;" in html  # shown as text, in the warnings and the sample
    assert "[click](javascript:alert(3))" in html  # the link syntax is shown as written
    assert "<code>/tmp/`&lt;svg onload=alert(5)&gt;`</code>" in html  # the path's backticks cannot close the span
    sample_rows = [line for line in markdown.splitlines() if "alert(4)" in line]
    assert len(sample_rows) == 1 and sample_rows[0].count(" | ") == 3  # the pipe stays inside its cell


def test_the_written_report_escapes_injected_text(tmp_path: Path, test_data: Path) -> None:
    write_corpus_run(tmp_path, test_data)
    write_report(tmp_path)
    html = MarkdownIt("commonmark", {"html": True}).enable("table").render((tmp_path / "report.md").read_text())
    assert "<script" not in html and "<b>" not in html  # test_report's INJECTION, in a rejected sample
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
