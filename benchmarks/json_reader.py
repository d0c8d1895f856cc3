"""corpusmill's streaming JSON reader (``filters.json_stream``) beside the simplest fast readers:
``orjson.loads`` of the whole file for JSON arrays, an orjson loop over lines for JSONL.

The streaming reader must not cost speed for what it buys (bounded memory, one reject per broken
record, truncation reported). Files: the Alpaca array and the ShareGPT JSONL from
../shared/data/sft, decompressed once to a temporary folder (the JSONL repeated ``--repeat``
times) so that only parsing is timed; best of ``--runs``.

    .venv/bin/python benchmarks/json_reader.py [--data ../shared/data] [--repeat 5] [--runs 3]
"""

from __future__ import annotations

import argparse
import gzip
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import orjson

from corpusmill.io.json_stream import JsonRecords


def whole(path: Path) -> int:
    return len(orjson.loads(path.read_bytes()))


def lines(path: Path) -> int:
    with open(path, "rb") as handle:
        return sum(1 for line in handle if line.strip() and orjson.loads(line) is not None)


def streamed(path: Path) -> int:
    return sum(1 for _ in JsonRecords(str(path)))


def best(reader: Callable[[Path], int], path: Path, runs: int) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        count = reader(path)
        times.append(time.perf_counter() - start)
    return min(times), count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).parents[1].parent / "shared/data")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        array = Path(tmp, "alpaca.json")
        array.write_bytes(gzip.decompress((args.data / "sft/alpaca/alpaca_data.json.gz").read_bytes()))
        jsonl = Path(tmp, "sharegpt.jsonl")
        sharegpt = args.data / "sft/chat/sharegpt_v3_unfiltered_cleaned_split_first2000.jsonl.gz"
        jsonl.write_bytes(gzip.decompress(sharegpt.read_bytes()) * args.repeat)
        for path, baseline in ((array, whole), (jsonl, lines)):
            size = path.stat().st_size / 1e6
            for name, reader in ((baseline.__name__, baseline), ("json_stream", streamed)):
                seconds, count = best(reader, path, args.runs)
                print(f"{path.name:15s} {size:6.1f} MB  {name:11s} {count:7,} records  {seconds:6.3f} s")


if __name__ == "__main__":
    main()
