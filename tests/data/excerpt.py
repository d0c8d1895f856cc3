"""Rebuild ``tests/data`` from the full public data set: ``python tests/data/excerpt.py SHARED_DATA``.

Every file keeps its upstream path, format and compression; only records are dropped. Each excerpt
is a prefix of the upstream file (what the tests read first) plus, where a test quotes a record
found further down, that record appended in upstream order. README.md lists what each file keeps.
"""

from __future__ import annotations

import gzip
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

ALPACA_QUOTED = (1982, 2319, 2831, 3520, 5555, 9668, 10486, 21018, 21362, 27400, 27866, 29819, 33677, 38682, 38895,
                 50884, 51388)  # fmt: skip
SHAREGPT_IDS = {"Fy9JAep_153"}
DOLMA_QUOTED = {"amhpsu3mjid3ojmcm3emvamt3r6y42tc"}  # a Q&A that quotes its question (quality tests)

LINES = {"en": 520, "de": 520, "fr": 520, "zh": None, "ja": 50, "ko": 50, "ru": 50, "es": 50, "ar": 50}
"""langid/<code>.txt: how many lines the tests read (None: all)."""

WHOLE = [
    "sft/alpaca/seed_tasks.jsonl",
    "sft/alpaca/DATA_LICENSE.stanford_alpaca.txt",
    "sft/chat/fastchat_dummy_conversation.json",
    "sft/chat/fastchat_mt_bench_question.jsonl",
    "sft/chat/fastchat_vicuna_bench_question.jsonl",
    "sft/chat/openai_cookbook_toy_chat_fine_tuning.jsonl",
    "web/text/dolma_cc_en_head-0091.jsonl.gz",
    "web/text/dolma_cc_en_head-0174.jsonl.gz",
    "web/text/llamafactory_c4_demo.jsonl",
    "web/warc/dolma/sample-0000.warc.gz",
    "web/warc/resiliparse/warcfile.warc.gz",
    "web/warc/warcio/example-trunc.warc",
    "web/warc/warcio/example-wrong-chunks.warc.gz",
    "web/warc/warcio/example-bad-non-chunked.warc.gz",
    "neardup/clough_stevenson_plagiarism",
]


def read_text(path: Path) -> str:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        return handle.read()


def write_text(path: Path, text: str) -> None:
    """Like upstream: gzip -9 -n (no name, no time stamp) where the name ends in .gz."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    if path.suffix == ".gz":
        with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0, filename="") as gz:
            gz.write(data)
    else:
        path.write_bytes(data)


def json_array(src: Path, dst: Path, head: int, extra: tuple[int, ...] = (), margin: bool = False, **dump) -> None:
    """``margin``: objects start at column 0, their keys indented (the carbonz0 files' layout)."""
    records = json.loads(read_text(src))
    chosen = [*records[:head], *(records[i] for i in extra if i >= head)]
    if margin:
        text = "[\n" + ",\n".join(json.dumps(r, **dump) for r in chosen) + "\n]\n"
    else:
        text = json.dumps(chosen, **dump) + "\n"
    write_text(dst, text)


def jsonl(src: Path, dst: Path, head: int, keep=lambda record: False) -> None:
    lines = [line for line in read_text(src).split("\n") if line]
    chosen = [line for i, line in enumerate(lines) if i < head or keep(json.loads(line))]
    write_text(dst, "\n".join(chosen) + "\n")


def arc_head(src: Path, dst: Path, records: int, extra: tuple[int, ...] = ()) -> None:
    """The ARC version block, the first records and the records numbered in ``extra`` (1 = the
    first after the version block): each is a header line, then Archive-length bytes."""
    data, pos, spans = src.read_bytes(), 0, []
    while pos < len(data):
        start = pos
        header_end = data.index(b"\n", pos) + 1
        pos = header_end + int(data[pos:header_end].split()[-1])
        while data[pos : pos + 1] == b"\n":
            pos += 1
        spans.append(data[start:pos])
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(b"".join(span for i, span in enumerate(spans) if i <= records or i in extra))


def warc_head(src: Path, dst: Path, records: int) -> None:
    """The first records of a WARC, byte for byte (each record is its own gzip member)."""
    from warcio.archiveiterator import ArchiveIterator

    with src.open("rb") as handle:
        iterator = ArchiveIterator(handle)
        for i, _ in enumerate(iterator):
            if i == records:
                end = iterator.get_record_offset()
                break
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(src.read_bytes()[:end])


def main(shared: Path) -> None:
    for code, n in LINES.items():
        lines = (shared / f"langid/{code}.txt").read_text(encoding="utf-8").split("\n")
        kept = [line for line in lines if line][:n]
        write_text(HERE / f"langid/{code}.txt", "\n".join(kept) + "\n")
    for name in WHOLE:
        src, dst = shared / name, HERE / name
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, dst, dirs_exist_ok=True)
        else:
            shutil.copyfile(src, dst)

    web = "web/text/dolma_CC-MAIN-20190717121559-20190717143559-00140.jsonl.gz"
    jsonl(shared / web, HERE / web, 300, keep=lambda record: record["id"] in DOLMA_QUOTED)
    wiki = "web/text/llamafactory_wiki_demo.txt"
    write_text(HERE / wiki, "".join(read_text(shared / wiki).splitlines(keepends=True)[:8]))
    arc = "web/warc/copycat/small-sample-1262850551027_8.arc"
    arc_head(shared / arc, HERE / arc, 1)
    arc = "web/warc/copycat/small-sample-1213893279526_0.arc"
    arc_head(shared / arc, HERE / arc, 1, (7, 9, 10, 14))
    wayback = "web/warc/copycat/snapshot-wayback-topic-02.warc.gz"
    warc_head(shared / wayback, HERE / wayback, 4)

    alpaca = "sft/alpaca/alpaca_data.json.gz"  # upstream layout: indent=4, ASCII escapes
    json_array(shared / alpaca, HERE / alpaca, 1000, ALPACA_QUOTED, indent=4, ensure_ascii=True)
    zh00, zh01 = "sft/zh/carbonz0_zh-data-part-00.json.gz", "sft/zh/carbonz0_zh-data-part-01.json.gz"
    json_array(shared / zh00, HERE / zh00, 1600, (6924, 7216, 7667), True, ensure_ascii=False, indent=4)
    json_array(shared / zh01, HERE / zh01, 0, (110, 4595), True, ensure_ascii=False, indent=4)
    zh_demo = "sft/zh/llamafactory_alpaca_zh_demo.json"
    json_array(shared / zh_demo, HERE / zh_demo, 600, (893,), ensure_ascii=False, indent=2)
    belle = "sft/zh/belle_eval_set.jsonl"
    jsonl(shared / belle, HERE / belle, 20)
    sharegpt = "sft/chat/sharegpt_v3_unfiltered_cleaned_split_first2000.jsonl.gz"
    jsonl(shared / sharegpt, HERE / sharegpt, 150, lambda r: not r["conversations"] or r["id"] in SHAREGPT_IDS)
    for name in ("sft/chat/llamafactory_kto_en_demo.json", "sft/chat/llamafactory_glaive_toolcall_en_demo.json"):
        json_array(shared / name, HERE / name, 60, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
