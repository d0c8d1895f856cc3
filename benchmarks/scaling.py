"""Records/s of the same run with 1 and 2 workers on this machine (the whole command, timed).

    .venv/bin/python benchmarks/scaling.py [--data ../shared/data] [--config configs/demo.yaml]

Input: ~22K real documents (Dolma's Common Crawl extract, C4, Wikipedia, Chinese Alpaca outputs
and instructions) written as 8 JSONL files, run through the stages of ``--config`` with 8 tasks.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
CLI = str(Path(sys.executable).parent / "corpusmill")


def documents(data: Path) -> list[str]:
    texts = [json.loads(line)["text"] for line in (data / "web/text/llamafactory_c4_demo.jsonl").open()]
    texts += (data / "web/text/llamafactory_wiki_demo.txt").read_text(encoding="utf-8").splitlines()
    dolma = data / "web/text/dolma_CC-MAIN-20190717121559-20190717143559-00140.jsonl.gz"
    texts += [json.loads(line)["text"] for line in gzip.decompress(dolma.read_bytes()).decode().split("\n") if line]
    for part in ("00", "01"):
        with gzip.open(data / f"sft/zh/carbonz0_zh-data-part-{part}.json.gz", "rt", encoding="utf-8") as handle:
            texts += [r["output"] + "\n" + r["instruction"] for r in json.load(handle)]
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--config", type=Path, default=REPO / "configs" / "demo.yaml")
    parser.add_argument("--tasks", type=int, default=8)
    args = parser.parse_args()
    texts = documents(args.data)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for part in range(8):
            with (folder / f"part-{part}.jsonl").open("w", encoding="utf-8") as handle:
                for text in texts[part::8]:
                    handle.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
        config = yaml.safe_load(args.config.read_text())
        config["sources"] = [{"name": "bench", "type": "jsonl", "paths": [str(folder / "part-*.jsonl")]}]
        config["stages"] = [s for s in config["stages"] if "extract" not in s]
        (folder / "bench.yaml").write_text(yaml.safe_dump(config))
        rows = []
        for workers in (1, 2):
            out = folder / f"out-{workers}"
            command = [CLI, "run", str(folder / "bench.yaml"), "--out", str(out), "--tasks", str(args.tasks)]
            start = time.perf_counter()
            subprocess.run([*command, "--workers", str(workers)], check=True, capture_output=True)
            seconds = time.perf_counter() - start
            rows.append((workers, seconds, len(texts) / seconds))
    print(f"{len(texts):,} documents, {args.tasks} tasks, stages: {[next(iter(s)) for s in config['stages']]}\n")
    print("| workers | seconds | records/s | speedup |")
    print("|---:|---:|---:|---:|")
    for workers, seconds, rate in rows:
        print(f"| {workers} | {seconds:.1f} | {rate:,.0f} | {rows[0][1] / seconds:.2f}x |")


if __name__ == "__main__":
    main()
