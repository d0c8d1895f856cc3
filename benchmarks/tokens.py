"""Token counting and the whole sharding step, beside a bare tiktoken loop on the same text.

    .venv/bin/python benchmarks/tokens.py [--data ../shared/data] [--repeat 4]

Text: real English and Chinese documents from the shared data folder (C4, Wikipedia, Dolma's
Common Crawl extract, Chinese Alpaca outputs), repeated ``--repeat`` times. Everything runs in
one process on one thread, so the figures compare work, not start-up.
"""

from __future__ import annotations

import argparse
import gzip
import json
import tempfile
import time
from pathlib import Path

import pyarrow as pa
from datatrove.data import Document

from corpusmill.pipeline.finalize import CountTokens, Finalize
from corpusmill.pipeline.sinks import RecordWriter
from corpusmill.text.tokenizer import TokenCounter

REPO = Path(__file__).resolve().parents[1]


def load_texts(data: Path) -> list[str]:
    c4 = (data / "web/text/llamafactory_c4_demo.jsonl").read_text(encoding="utf-8")
    texts = [json.loads(line)["text"] for line in c4.splitlines()]
    texts += (data / "web/text/llamafactory_wiki_demo.txt").read_text(encoding="utf-8").splitlines()
    dolma = data / "web/text/dolma_CC-MAIN-20190717121559-20190717143559-00140.jsonl.gz"
    texts += [json.loads(line)["text"] for line in gzip.decompress(dolma.read_bytes()).decode().split("\n") if line]
    with gzip.open(data / "sft/zh/carbonz0_zh-data-part-00.json.gz", "rt", encoding="utf-8") as handle:
        texts += [r["output"] for r in json.load(handle)]
    return [t for t in texts if t.strip()]


def bare_tekken():
    """The same tekken vocabulary, built with nothing but tiktoken."""
    import base64

    import tiktoken

    from corpusmill.text.tokenizer import _mistral_data

    data = json.loads(_mistral_data("tekken_240911.json").read_text())
    inner = data["config"]["default_vocab_size"] - data["config"]["default_num_special_tokens"]
    ranks = {base64.b64decode(t["token_bytes"]): t["rank"] for t in data["vocab"][:inner]}
    return tiktoken.Encoding("bare", pat_str=data["config"]["pattern"], mergeable_ranks=ranks, special_tokens={})


def documents(texts: list[str]) -> list[Document]:
    return [
        Document(text=t, id=str(i), metadata={"source": "b", "url": None, "_order": i}) for i, t in enumerate(texts)
    ]


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--repeat", type=int, default=4)
    args = parser.parse_args()
    texts = load_texts(args.data) * args.repeat
    counter = TokenCounter()
    counter.count(["warm up"])
    encoding = bare_tekken()
    bare_s, counts = timed(lambda: [len(encoding.encode_ordinary(t)) for t in texts])
    batch_s, _ = timed(lambda: encoding.encode_ordinary_batch(texts, num_threads=1))
    tokens = sum(counts)

    docs = documents(texts)
    step = CountTokens(counter)
    count_s, _ = timed(lambda: sum(1 for _ in step.run(iter(docs))))

    with tempfile.TemporaryDirectory() as tmp:
        columns = {"token_count": pa.int64()}

        def shard(fresh: list[Document], name: str) -> None:
            writer = RecordWriter(f"{tmp}/{name}/partial", columns)
            for _ in writer.run(step.run(iter(fresh))):
                pass
            finalize = Finalize(
                partials=f"{tmp}/{name}/partial",
                out=f"{tmp}/{name}/out",
                columns=columns,
                tasks=1,
                tokenizer={"name": "tekken"},
                shard_tokens=1_000_000,
                max_shard_bytes=None,
                row_group_records=5_000,
                group_by=None,
                budget=None,
            )
            for _ in finalize.run(None):
                pass

        shard(documents(texts[:200]), "warm-up")  # lazy imports and first calls are start-up, not per-token work
        fresh = documents(texts)  # made outside the timing, as for the CountTokens row
        shard_s, _ = timed(lambda: shard(fresh, "timed"))
    print(f"{len(texts):,} documents, {tokens:,} tokens (tekken, 1 thread)\n")
    print("| step | seconds | tokens/s | vs bare tiktoken |")
    print("|---|---:|---:|---:|")
    for name, seconds in (
        ("bare tiktoken loop (`encode_ordinary` per text)", bare_s),
        ("bare tiktoken `encode_ordinary_batch(num_threads=1)`", batch_s),
        ("corpusmill `CountTokens` step", count_s),
        ("corpusmill whole sharding step (count + partial Parquet + finalize shards + manifest)", shard_s),
    ):
        print(f"| {name} | {seconds:.2f} | {tokens / seconds:,.0f} | {seconds / bare_s:.2f}x |")


if __name__ == "__main__":
    main()
