"""What ``clean_lines:repeated`` removes on real data, for reading: every removed line, by document.

The rule is judged by reading its removals (a link or button is right; a label, heading, table
cell, refrain or code line is wrong), so this prints them rather than a score. It runs the stages
of ``configs/web.yaml`` that come before ``clean_lines`` on the real web data in ../shared/data
(every WARC/ARC/WET file, the Dolma and C4 JSONL, Wikipedia one article a record, the Chinese
sentences ten a record) and on the demo samples in ``pipeline/samples/``, then applies
``clean_lines`` with its default parameters to each kept text and lists the lines it removed as
repeated, with their counts.

    .venv/bin/python benchmarks/repeated_lines.py [--data ../shared/data] [--out /tmp/repeated]
"""

from __future__ import annotations

import argparse
import collections
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import yaml

from corpusmill.filters import clean_lines

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
CORPUSMILL = str(Path(sys.executable).parent / "corpusmill")
SAMPLES = REPO / "pipeline" / "samples"


def plain_text_inputs(data: Path, folder: Path) -> dict[str, Path]:
    """Wikipedia (one article a line) and Chinese sentences (ten a record) as JSONL."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, rel, step in (("wiki", "web/text/llamafactory_wiki_demo.txt", 1), ("zh_web", "langid/zh.txt", 10)):
        lines = (data / rel).read_text(encoding="utf-8").splitlines()
        out[name] = folder / f"{name}.jsonl"
        with out[name].open("w", encoding="utf-8") as handle:
            for start in range(0, len(lines), step):
                record = {"text": "\n".join(lines[start : start + step])}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


def config(data: Path, inputs: dict[str, Path], out: Path) -> dict[str, Any]:
    """configs/web.yaml's stages before clean_lines, on the real sources and the demo samples."""
    stages = yaml.safe_load((REPO / "configs" / "web.yaml").read_text())["stages"]
    before = stages[: [next(iter(stage)) for stage in stages].index("clean_lines")]
    warc = [f"web/warc/**/*.{ext}" for ext in ("warc", "warc.gz", "arc", "arc.gz", "wet", "wet.gz")]
    dolma = {"id_field": "id", "url_field": "metadata.url"}
    sources = [
        {"name": "warc", "type": "warc", "paths": [str(data / p) for p in warc]},
        {"name": "dolma", "type": "jsonl", "paths": [str(data / "web/text/dolma_*.jsonl.gz")], **dolma},
        {"name": "c4", "type": "jsonl", "paths": [str(data / "web/text/llamafactory_c4_demo.jsonl")]},
        *({"name": name, "type": "jsonl", "paths": [str(path)]} for name, path in inputs.items()),
        {"name": "demo_zh", "type": "jsonl", "paths": [str(SAMPLES / "alpaca-zh-demo-outputs.jsonl.gz")]},
        {"name": "demo_dolma", "type": "jsonl", "paths": [str(SAMPLES / "dolma-cc-2019-30-head300.jsonl.gz")], **dolma},
    ]
    return {
        "sources": sources,
        "stages": before,
        "output": {"dir": str(out), "rejects": "ids"},
        "executor": {"type": "local", "tasks": 2, "workers": 2},
    }


def repeated_lines(text: str, params: clean_lines.CleanLinesParams) -> list[str]:
    """The lines ``clean_text`` removes as repeated (the stage's own decision, watched)."""
    removed: list[str] = []
    judge = clean_lines.line_kind

    def watch(line: str, params: clean_lines.CleanLinesParams, repeated: set[str]) -> str | None:
        kind = judge(line, params, repeated)
        if kind == "repeated":
            removed.append(line)
        return kind

    clean_lines.line_kind = watch
    try:
        clean_lines.clean_text(text, params)
    finally:
        clean_lines.line_kind = judge
    return removed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder (default: ../shared/data)")
    parser.add_argument("--out", type=Path, default=None, help="work folder (default: a temporary one)")
    args = parser.parse_args()
    work = (args.out or Path(tempfile.mkdtemp(prefix="repeated-"))).resolve()
    try:
        run = work / "run"
        path = work / "run.yaml"
        path.write_text(yaml.safe_dump(config(args.data, plain_text_inputs(args.data, work / "inputs"), run)))
        done = subprocess.run([CORPUSMILL, "run", str(path), "--fresh"], capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"corpusmill run failed:\n{done.stdout[-3000:]}{done.stderr[-3000:]}")
        params = clean_lines.CleanLinesParams()
        documents = lines = 0
        for row in pq.read_table(run / "data", columns=["id", "source", "url", "text"]).to_pylist():
            removed = repeated_lines(row["text"], params)
            if not removed:
                continue
            documents += 1
            lines += len(removed)
            print(f"== {row['source']} {row['id']} {row['url'] or ''}")
            for line, count in collections.Counter(removed).most_common():
                print(f"   {count:4d} x {line[:100]!r}")
        print(f"clean_lines:repeated removed {lines:,} lines in {documents:,} documents")
    finally:
        if args.out is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
