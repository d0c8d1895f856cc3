"""Build ``filters/assets/cjk_sentence_ends.tsv``: how often each Chinese character (and character
bigram) ends a sentence, against how often it occurs at all.

An answer cut at a random point ends on a character drawn from running text; a complete answer
that only lacks its 。 ends on a character that ends sentences. The ratio
``P(c ends a sentence) / P(c)`` separates the two: particles and sentence-final verbs and nouns
(了, 吗, 中, 的 after 是…) score near or above 1, the first halves of words (人 of 人们, 经 of 经济,
进 of 进行) and function characters inside clauses score near 0. The ``truncated`` check
(``filters/sft/truncation/chinese.py``) reads the table; its threshold is applied there, so the table only
holds evidence: for each key, the sentence ends it made and its occurrences.

Source text (real, complete Chinese written by people or translated by machine, never the records
the checks are scored on):

* the answers of the Chinese Alpaca sets in ``--data`` (``sft/zh``: carbonz0 parts 00 and 01,
  llamafactory_alpaca_zh_demo) in the **tune half** of ``benchmarks/sft.py`` (its held-out half is
  where truncation recall is measured and is never read here), and all of hikariming's translated
  records (not used by that benchmark);
* minus every record labelled in ``benchmarks/labels/sft.jsonl`` (the precision evaluation);
* the Leipzig news sentences of ``tests/data/langid/zh.txt``.

A sentence end is a Han character followed (after closing quotes or brackets) by 。！？ or
!? ; every Han character counts as an occurrence. Keys seen fewer than ``--min-count`` times are
left out (the check does not judge them).

    .venv/bin/python benchmarks/cjk_sentence_ends.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "filters" / "assets" / "cjk_sentence_ends.tsv"
HAN = r"\u4e00-\u9fff\u3400-\u4dbf"
SENTENCE_END = re.compile(rf"(?=([{HAN}]{{2}})[”’」』）)\"']*[。！？!?])")
HAN_PAIR = re.compile(rf"(?=([{HAN}]{{2}}))")
HAN_CHAR = re.compile(rf"[{HAN}]")
BENCHMARK_FILES = (
    "llamafactory_alpaca_zh_demo.json",
    "carbonz0_zh-data-part-00.json.gz",
    "carbonz0_zh-data-part-01.json.gz",
)
"""The files of ``benchmarks/sft.py``'s Chinese part, in its order (its split depends on it)."""
OTHER_FILES = ("hikariming_alpaca_data-18280-21320-zh-unfinished.json",)


def _load(path: Path) -> Any:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def _key(row: dict) -> str:
    from corpusmill.filters.sft.formats import from_alpaca
    from corpusmill.filters.sft.record import content_id

    return content_id(from_alpaca(row)[0], {})


def answers(data: Path) -> list[str]:
    """Answers of the tune half of the benchmark's Chinese records and of hikariming, without the
    labelled records."""
    labelled = {json.loads(line)["key"] for line in (REPO / "benchmarks/labels/sft.jsonl").open(encoding="utf-8")}
    rows = [r for name in BENCHMARK_FILES for r in _load(data / "sft/zh" / name) if r.get("output")]
    random.Random(5).shuffle(rows)  # exactly as benchmarks/sft.py, whose held-out half is rows[1::2]
    rows = rows[0::2] + [r for name in OTHER_FILES for r in _load(data / "sft/zh" / name) if r.get("output")]
    return [r["output"] for r in rows if _key(r) not in labelled]


def count(texts: list[str]) -> tuple[collections.Counter, collections.Counter]:
    """(sentence ends, occurrences) of every Han character and Han bigram."""
    ends: collections.Counter = collections.Counter()
    seen: collections.Counter = collections.Counter()
    for text in texts:
        for m in SENTENCE_END.finditer(text):
            ends[m.group(1)] += 1
            ends[m.group(1)[1]] += 1
        seen.update(HAN_CHAR.findall(text))
        seen.update(m.group(1) for m in HAN_PAIR.finditer(text))
    return ends, seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--min-count", type=int, default=30, help="occurrences a key needs to be listed")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    texts = answers(args.data) + (REPO / "tests/data/langid/zh.txt").read_text(encoding="utf-8").splitlines()
    ends, seen = count(texts)
    chars = sum(v for k, v in seen.items() if len(k) == 1)
    stops = sum(v for k, v in ends.items() if len(k) == 1)
    keys = sorted((k for k, v in seen.items() if v >= args.min_count), key=lambda k: (len(k), -seen[k], k))
    with args.out.open("w", encoding="utf-8") as out:
        out.write(f"# built by benchmarks/cjk_sentence_ends.py from {len(texts)} texts: {chars} Han characters, ")
        out.write(f"{stops} sentence ends; keys seen >= {args.min_count} times\n")
        out.write(f"*\t{stops}\t{chars}\n")
        out.writelines(f"{k}\t{ends[k]}\t{seen[k]}\n" for k in keys)
    print(f"{len(texts)} texts, {chars} characters, {stops} sentence ends, {len(keys)} keys -> {args.out}")


if __name__ == "__main__":
    main()
