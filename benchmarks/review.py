"""How fast the review page is on big runs: opening the page (the queue counts), opening a queue
(its seeded sample), and one judgement's round trip (POST the label, follow the redirect to the
next record), server side through Starlette's test client.

The run folder is ``configs/demo.yaml``'s run (real rejects and kept records) with its rejects
repeated under new ids to ``--rejects`` rows. Goals (issue 23): the page opens in <= 2 s at 1M
rejects; a judgement's round trip <= 150 ms at 100K.

    .venv/bin/python benchmarks/review.py [--rejects 1000000] [--judgements 20]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parents[1]


def grow(out: Path, rejects: int) -> None:
    """Repeat the run's rejects under new ids until the run holds ``rejects`` of them."""
    files = sorted((out / "rejects").glob("*/*.parquet"))
    frame = pl.read_parquet(files)
    copies = rejects // frame.height
    target = files[0].parent / "99999.parquet"
    pl.concat([frame.with_columns(pl.col("id") + f"#{n}") for n in range(copies)]).write_parquet(target)


def measure(out: Path, judgements: int) -> dict[str, float]:
    from starlette.testclient import TestClient

    from corpusmill.pipeline.review.app import create_app

    started = time.perf_counter()
    client = TestClient(create_app(out, "t"), follow_redirects=False)
    page = client.get("/?token=t")
    opened = time.perf_counter() - started
    assert page.status_code == 200
    from corpusmill.pipeline.review.queues import RunData

    queue = max((q for q in RunData(out).queues if q.kind == "reject"), key=lambda q: q.count)
    started = time.perf_counter()
    assert client.get(f"/queue/{queue.qid}?token=t").status_code == 200
    queue_open = time.perf_counter() - started
    trips = []
    for i in range(judgements):
        started = time.perf_counter()
        response = client.post("/label?token=t", data={"qid": queue.qid, "i": str(i), "label": "right"})
        assert client.get(response.headers["location"]).status_code == 200
        trips.append(time.perf_counter() - started)
    return {"page_open_s": opened, "queue_open_s": queue_open, "judgement_median_s": statistics.median(trips)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rejects", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--judgements", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "demo"
        command = [str(Path(sys.executable).parent / "corpusmill"), "run", str(REPO / "configs/demo.yaml"), "--out"]
        subprocess.run([*command, str(base)], check=True, capture_output=True)
        print("| rejects in the run | page opens | queue opens | judgement round trip (median) |")
        print("|---:|---:|---:|---:|")
        for size in args.rejects:
            out = Path(tmp) / f"run{size}"
            shutil.copytree(base, out)
            grow(out, size)
            figures = measure(out, args.judgements)
            print(
                f"| {size:,} | {figures['page_open_s'] * 1000:.0f} ms | {figures['queue_open_s'] * 1000:.0f} ms "
                f"| {figures['judgement_median_s'] * 1000:.0f} ms |"
            )


if __name__ == "__main__":
    main()
