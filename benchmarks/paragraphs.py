"""Paragraph breaks after a run: the share of kept documents whose input had paragraphs that still
hold a blank line (``\\n\\n``) between paragraphs in the output.

Pretraining text keeps its paragraphs: a model learns document structure from them, and a text
glued into one block (or split into one line per sentence with no blank lines) loses it. This runs
the stages of ``configs/web.yaml`` (without its budget) on real data in ../shared/data:

- Dolma: the three ``web/text/dolma_*.jsonl.gz`` files. An input has paragraphs when its text holds
  a blank line between two non-blank lines.
- WARC pages: every HTML page of the WARC/ARC files in ``web/warc`` (Common Crawl, Dolma's crawl,
  CopyCat's ARC and Wayback files). A page has paragraphs when at least two ``<p>`` elements (or
  ``<br><br>``-separated blocks) hold 40 or more characters of text.

For each, it prints the kept documents with paragraphs in their input, how many of them keep at
least one ``\\n\\n``, the share, and a few that do not.

    .venv/bin/python benchmarks/paragraphs.py [--data ../shared/data] [--out /tmp/paragraphs] [--show 3]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import yaml

from corpusmill.pipeline.sources.warc import parse_warc
from corpusmill.schema import HTML

REPO = Path(__file__).resolve().parents[1]
CORPUSMILL = str(Path(sys.executable).parent / "corpusmill")
DATA = REPO.parent / "shared" / "data"
WARCS = (
    "web/warc/resiliparse/warcfile.warc.gz",
    "web/warc/dolma/sample-0000.warc.gz",
    "web/warc/dolma/sample-0001.warc.gz",
    "web/warc/commoncrawl-whirlwind/whirlwind.warc.gz",
    "web/warc/copycat/snapshot-wayback-topic-02.warc.gz",
    "web/warc/copycat/small-sample-1213893279526_0.arc",
    "web/warc/copycat/small-sample-1262850551027_8.arc",
)
DOLMA = "web/text/dolma_*.jsonl.gz"
BLANK_LINE = re.compile(r"\S[^\S\n]*\n[^\S\n]*\n\s*\S")
PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)(?=<p\b|</p>|<div\b|</div>)", re.IGNORECASE | re.DOTALL)
TAG = re.compile(r"<[^>]+>")
MIN_PARAGRAPH_CHARS = 40


def html_has_paragraphs(html: str) -> bool:
    """At least two ``<p>`` blocks of real text: the page itself is written in paragraphs."""
    blocks = [" ".join(TAG.sub(" ", m).split()) for m in PARAGRAPH.findall(html)]
    return sum(len(b) >= MIN_PARAGRAPH_CHARS for b in blocks) >= 2


def web_config(data: Path, out: Path) -> dict[str, Any]:
    """configs/web.yaml's stages on the real files, without its budget (it would drop records)."""
    stages = yaml.safe_load((REPO / "configs" / "web.yaml").read_text())["stages"]
    return {
        "sources": [
            {"name": "warc", "type": "warc", "paths": [str(data / rel) for rel in WARCS]},
            {
                "name": "dolma",
                "type": "jsonl",
                "paths": [str(data / DOLMA)],
                "id_field": "id",
                "url_field": "metadata.url",
            },
        ],
        "stages": stages,
        "output": {"dir": str(out), "rejects": "ids"},
        "executor": {"type": "local", "tasks": 2, "workers": 2},
    }


def dolma_inputs(data: Path) -> dict[str, bool]:
    """Dolma id -> whether its input text has a paragraph break."""
    has: dict[str, bool] = {}
    for path in sorted(data.glob(DOLMA)):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                has[str(record["id"])] = BLANK_LINE.search(record["text"]) is not None
    return has


def warc_inputs(data: Path) -> dict[str, bool]:
    """WARC record id (ARC records, which have none: ``<file name>:<number>``) -> whether its HTML
    is written in paragraphs."""
    return {
        str(parsed["id"]) or f"{Path(rel).name}:{number}": html_has_paragraphs(parsed["text"])
        for rel in WARCS
        for number, parsed in parse_warc(str(data / rel))
        if isinstance(parsed, dict) and parsed.get(HTML)
    }


def record_key(row: dict[str, Any]) -> str:
    """The output id without its source; a reader-made id ``<source>:<file>:<number>`` as
    ``<file name>:<number>``."""
    key = row["id"].removeprefix(row["source"] + ":")
    file, _, number = key.rpartition(":")
    return f"{Path(file).name}:{number}" if file and number.isdigit() else key


def report(name: str, inputs: dict[str, bool], kept: dict[str, str], show: int) -> None:
    with_breaks = {key: text for key, text in kept.items() if inputs.get(key)}
    lost = [key for key, text in with_breaks.items() if BLANK_LINE.search(text) is None]
    total = len(with_breaks)
    share = (total - len(lost)) / total if total else float("nan")
    print(f"{name}: {total - len(lost)} of {total} kept documents with paragraphs keep them ({share:.1%})")
    for key in lost[:show]:
        print(f"    lost: {key}: {with_breaks[key][:160]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder (default: ../shared/data)")
    parser.add_argument("--out", type=Path, default=None, help="run folder (default: a temporary one)")
    parser.add_argument("--show", type=int, default=3, help="documents that lost their paragraphs to print")
    args = parser.parse_args()
    out = (args.out or Path(tempfile.mkdtemp(prefix="paragraphs-")) / "run").resolve()
    try:
        config = out.parent / f"{out.name}.yaml"
        config.write_text(yaml.safe_dump(web_config(args.data, out), allow_unicode=True, sort_keys=False))
        run = subprocess.run([CORPUSMILL, "run", str(config), "--fresh"], capture_output=True, text=True)
        if run.returncode:
            sys.exit(f"corpusmill run failed:\n{run.stdout[-3000:]}{run.stderr[-3000:]}")
        table = pq.read_table(out / "data", columns=["id", "source", "text"]).to_pylist()
        kept = {source: {} for source in ("dolma", "warc")}
        for row in table:
            kept[row["source"]][record_key(row)] = row["text"]
        report("Dolma", dolma_inputs(args.data), kept["dolma"], args.show)
        report("WARC pages", warc_inputs(args.data), kept["warc"], args.show)
    finally:
        if args.out is None:
            shutil.rmtree(out.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
