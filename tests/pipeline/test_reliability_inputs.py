"""Input reading as a hostile user tries it (issue 28, items 3, 4, 6, 7, 14, 16), through the real
command: exit status, at most one line on the terminal, no traceback, input records = output rows
+ reject rows, and nothing outside the run folder changed."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml
import zstandard

from tests.helpers import corpusmill, messages, rows

pytestmark = pytest.mark.slow

TEXTS = [f"record {i}: {'some words of running text ' * 4}中文 {i}" for i in range(10)]


def records(prefix: str = "r", start: int = 0) -> list[dict]:
    return [{"id": f"{prefix}{i}", "text": f"{prefix} {TEXTS[i]}"} for i in range(start, 10)]


def jsonl(items: list) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in items)


def snapshot(folder: Path, skip: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and skip not in p.parents and p != skip
    }


def run(tmp: Path, sources: list[dict], out: str = "out", **config: object):
    """Run the real command on ``sources`` and check what every run must hold; returns the run's
    stats, kept rows and reject rows."""
    path = tmp / f"{out.replace('/', '_')}.yaml"
    path.write_text(yaml.safe_dump({"sources": sources, **config}))
    before = snapshot(tmp, tmp / out)
    result = corpusmill("run", path, "--out", tmp / out, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr and len(messages(result.stderr)) <= 1, result.stderr
    stats = json.loads((tmp / out / "stats.json").read_text())
    assert stats["input_records"] == stats["output_records"] + stats["rejected_records"]
    assert snapshot(tmp, tmp / out) == before
    rejects = rows(tmp / out / "rejects") if stats["rejected_records"] else None
    return stats, rows(tmp / out / "data"), rejects


def jsonl_source(*paths: str, **options: object) -> list[dict]:
    return [{"name": "s", "type": "jsonl", "paths": list(paths), **options}]


def reasons(rejects) -> list[str]:
    return [] if rejects is None else sorted(rejects["reason"])


# item 3: JSON Lines or arrays is decided per line; a stream of arrays is read element by element


@pytest.mark.parametrize("header", [b'["id","text"]\n', b"[]\n", b"[ ]\r\n"])
def test_a_header_row_above_json_lines_costs_one_record(tmp_path: Path, header: bytes) -> None:
    (tmp_path / "a.jsonl").write_bytes(header + jsonl(records()))
    _stats, data, rejects = run(tmp_path, jsonl_source("a.jsonl"))
    assert sorted(data["id"]) == sorted(r["id"] for r in records())
    assert reasons(rejects) == ["read:not_an_object"] and rejects["detail"][0].startswith(f"{tmp_path}/a.jsonl:1:")


def test_a_large_file_under_a_header_row_is_still_split_over_tasks(tmp_path: Path) -> None:
    many = [{"id": f"n{i}", "text": f"line {i} {TEXTS[i % 10]}"} for i in range(12_000)]  # 1.6 MB
    (tmp_path / "big.jsonl").write_bytes(b'["id","text"]\n' + jsonl(many))
    _stats, data, rejects = run(tmp_path, jsonl_source("big.jsonl", split_mb=1), executor={"tasks": 2})
    assert data.height == 12_000 and data["id"].n_unique() == 12_000 and reasons(rejects) == ["read:not_an_object"]
    for task in ("00000", "00001"):  # each task read a part
        steps = json.loads((tmp_path / f"out/logs/segment0/stats/{task}.json").read_text())
        count = next(s for s in steps if s["name"] == "00_read")["stats"]["in"]
        assert (count["total"] if isinstance(count, dict) else count) > 5000


def test_concatenated_arrays_are_read_element_by_element(tmp_path: Path) -> None:
    first = json.dumps(records("a"), indent=2).encode()
    second = b"\xef\xbb\xbf" + json.dumps(records("b"), ensure_ascii=False).encode()  # one line, with a BOM
    (tmp_path / "both.json").write_bytes(first + b"\n" + second + b"\n" + json.dumps(records("c")[:3]).encode())
    stats, data, rejects = run(tmp_path, jsonl_source("both.json"))
    assert stats["input_records"] == 23 and rejects is None
    assert sorted(data["id"]) == sorted(r["id"] for r in records("a") + records("b") + records("c")[:3])


def test_json_lines_after_an_array_are_read_per_line(tmp_path: Path) -> None:
    (tmp_path / "mixed.json").write_bytes(json.dumps(records("a"), indent=1).encode() + b"\n" + jsonl(records("b")))
    stats, _data, rejects = run(tmp_path, jsonl_source("mixed.json"))
    assert stats["output_records"] == 20 and rejects is None


# item 14: encodings and compression decided by content, per file; a BOM costs nothing anywhere


def test_a_byte_order_mark_inside_concatenated_files_costs_nothing(tmp_path: Path) -> None:
    bom = b"\xef\xbb\xbf"
    (tmp_path / "cat.jsonl").write_bytes(bom + jsonl(records("a")) + bom + jsonl(records("b")))
    stats, _data, rejects = run(tmp_path, jsonl_source("cat.jsonl"))
    assert stats["output_records"] == 20 and rejects is None


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16", "utf-32", "utf-32-be"])
def test_utf16_and_utf32_json_lines_are_read_with_or_without_a_bom(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "u.jsonl").write_bytes(jsonl(records()).decode().encode(encoding))
    _stats, data, rejects = run(tmp_path, jsonl_source("u.jsonl"))
    assert rejects is None and sorted(data["text"]) == sorted(r["text"] for r in records())


def test_compression_is_recognised_by_content_not_name(tmp_path: Path) -> None:
    (tmp_path / "gz.jsonl").write_bytes(gzip.compress(jsonl(records("g"))))
    (tmp_path / "zst.json").write_bytes(zstandard.ZstdCompressor().compress(jsonl(records("z"))))
    (tmp_path / "plain.jsonl.gz").write_bytes(jsonl(records("p")))  # already decompressed, name kept
    stats, data, rejects = run(tmp_path, jsonl_source("gz.jsonl", "zst.json", "plain.jsonl.gz"))
    assert rejects is None and stats["output_records"] == 30
    assert sorted(data["text"]) == sorted(r["text"] for r in records("g") + records("z") + records("p"))


# item 7: one NUL byte is a character of one row, not evidence of UTF-16


def test_a_nul_byte_early_in_a_utf8_csv_costs_nothing(tmp_path: Path) -> None:
    body = "".join(f'"{t}",http://x/{i}\n' for i, t in enumerate(TEXTS))
    (tmp_path / "nul.csv").write_bytes(b"text,url\n" + body.encode().replace(b"record 1:", b"record\x00 1:", 1))
    every = "".join(f'"{t[:9]}\x00{t[9:]}",http://x/{i}\n' for i, t in enumerate(TEXTS))  # a NUL in each row
    (tmp_path / "nul-every-row.csv").write_bytes(b"text,url\n" + every.encode())
    (tmp_path / "u16.csv").write_bytes(("text,url\n" + body).encode("utf-16-le"))
    (tmp_path / "u32.csv").write_bytes(("text,url\n" + body).encode("utf-32-be"))
    sources = [{"name": "c", "type": "csv", "paths": ["*.csv"]}]
    stats, data, rejects = run(tmp_path, sources, stages=[{"normalize": {}}])
    assert rejects is None and stats["output_records"] == 40
    assert sorted(data["text"]).count("record 1: " + "some words of running text " * 4 + "中文 1") == 4


# item 16: what `paths:` matches


def test_a_file_name_with_brackets_is_read_by_its_name(tmp_path: Path) -> None:
    (tmp_path / "part[1].jsonl").write_bytes(jsonl(records()))
    stats, _data, _ = run(tmp_path, jsonl_source("part[1].jsonl"))
    assert stats["output_records"] == 10


def test_dotfiles_match_only_when_the_pattern_spells_the_dot(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in/a.jsonl").write_bytes(jsonl(records("a")))
    (tmp_path / "in/.a.jsonl.swp.jsonl").write_bytes(jsonl(records("h")))
    (tmp_path / "in/.cache").mkdir()
    (tmp_path / "in/.cache/c.jsonl").write_bytes(jsonl(records("c")))
    _, data, _ = run(tmp_path, jsonl_source("in/*.jsonl", "in/**/*.jsonl"))
    assert {i[0] for i in data["id"]} == {"a"}
    _, data, _ = run(tmp_path, jsonl_source("in/.*.jsonl", "in/.cache/*.jsonl"), out="dots")
    assert {i[0] for i in data["id"]} == {"h", "c"}


def test_a_dangling_symlink_and_a_fifo_are_one_reject_each(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in/a.jsonl").write_bytes(jsonl(records()))
    (tmp_path / "in/gone.jsonl").symlink_to(tmp_path / "nowhere.jsonl")
    os.mkfifo(tmp_path / "in/pipe.jsonl")
    stats, _data, rejects = run(tmp_path, jsonl_source("in/*.jsonl"))
    assert stats["output_records"] == 10 and reasons(rejects) == ["read:not_a_file"] * 2
    details = sorted(rejects["detail"])
    assert "gone.jsonl: a symbolic link to" in details[0] and "does not exist" in details[0]
    assert "pipe.jsonl: a FIFO, not a regular file" in details[1]


@pytest.mark.parametrize(
    ("pattern", "hint"),
    [
        ("in", "in' is a folder; name its files, e.g. '"),
        ("in/b[1].jsonl", "'[...]' matches one of the characters inside"),
        ("in/*.jsonl", "only hidden files"),
        ("gone.jsonl", "gone.jsonl' is a symbolic link to"),
    ],
)
def test_a_pattern_matching_nothing_says_why(tmp_path: Path, pattern: str, hint: str) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in/.h.jsonl").write_bytes(jsonl(records()))
    (tmp_path / "gone.jsonl").symlink_to(tmp_path / "nowhere.jsonl")
    (tmp_path / "c.yaml").write_text(yaml.safe_dump({"sources": jsonl_source(pattern)}))
    result = corpusmill("run", tmp_path / "c.yaml", "--out", tmp_path / "out")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "sources[0].paths[0]" in result.stderr and hint in result.stderr
    assert not (tmp_path / "out").exists()


# item 4: ids unique over the whole run, the same whatever the number of tasks


def test_ids_are_unique_and_the_output_does_not_depend_on_tasks(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(jsonl(records()))
    (tmp_path / "b.jsonl").write_bytes(jsonl(records("r", 0)[:5] + records("s", 5)))
    (tmp_path / "c.jsonl").write_bytes(jsonl([{"text": f"no id {t}"} for t in TEXTS[:4]] + records("r", 8)))
    sources = jsonl_source("*.jsonl")
    shards = {}
    for tasks in (1, 2, 3):
        stats, data, _ = run(tmp_path, sources, out=f"out{tasks}", executor={"tasks": tasks})
        assert data["id"].n_unique() == data.height == 10 + 10 + 6
        assert stats["stages"][0]["fixed"] == {"read:duplicate_id": 7}
        shards[tasks] = snapshot(tmp_path / f"out{tasks}/data", tmp_path / "none")
    assert shards[1] == shards[2] == shards[3]
    assert "r3" in data["id"] and "r3@b.jsonl:4" in data["id"] and "r8@c.jsonl:5" in data["id"]
    assert "s:c.jsonl:1" in data["id"]  # the default id of a record without one: unchanged format


# item 6: a run folder the input patterns reach is refused, before anything is written or removed


def parquet(path: Path, prefix: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table({"text": [f"{prefix} {t}" for t in TEXTS]}), path)


@pytest.mark.parametrize("fresh", [[], ["--fresh"]])
def test_a_run_folder_inside_the_input_glob_is_refused(tmp_path: Path, fresh: list[str]) -> None:
    parquet(tmp_path / "d/2024/a.parquet", "a")
    config = {"sources": [{"name": "p", "type": "parquet", "paths": ["d/**/*.parquet"]}], "output": {"dir": "d/out"}}
    (tmp_path / "c.yaml").write_text(yaml.safe_dump(config))
    before = snapshot(tmp_path, tmp_path / "none")
    result = corpusmill("run", tmp_path / "c.yaml", *fresh)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "sources[0].paths[0]" in result.stderr and "d/out" in result.stderr
    assert snapshot(tmp_path, tmp_path / "none") == before and not (tmp_path / "d/out").exists()


def test_a_run_folder_the_inputs_reach_later_is_never_read_or_removed(tmp_path: Path) -> None:
    """A run made while the pattern did not reach it, then the pattern widened (or a symlink among
    the inputs points into it): the rerun refuses instead of reading its own output or deleting it."""
    parquet(tmp_path / "d/in/a.parquet", "a")
    run(tmp_path, [{"name": "p", "type": "parquet", "paths": ["d/in/*.parquet"]}], out="d/out")
    done = snapshot(tmp_path / "d/out", tmp_path / "none")
    for paths in (["d/**/*.parquet"], ["d/*/*/*.parquet"], ["d/in/*.parquet", "d/out/data/*.parquet"]):
        config = {"sources": [{"name": "p", "type": "parquet", "paths": paths}]}
        (tmp_path / "c.yaml").write_text(yaml.safe_dump(config))
        for fresh in ([], ["--fresh"]):
            result = corpusmill("run", tmp_path / "c.yaml", "--out", tmp_path / "d/out", *fresh)
            assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, result.stderr
            assert "sources[0].paths" in result.stderr and "d/out" in result.stderr
            assert snapshot(tmp_path / "d/out", tmp_path / "none") == done
    (tmp_path / "d/in/link.parquet").symlink_to(next((tmp_path / "d/out/data").glob("*.parquet")))
    config = {"sources": [{"name": "p", "type": "parquet", "paths": ["d/in/*"]}]}
    (tmp_path / "c.yaml").write_text(yaml.safe_dump(config))
    result = corpusmill("run", tmp_path / "c.yaml", "--out", tmp_path / "d/out", "--fresh")
    assert result.returncode == 2 and "link.parquet" in result.stderr, result.stderr
    assert snapshot(tmp_path / "d/out", tmp_path / "none") == done


# item 15: a copy with invisible format characters interleaved is a duplicate


def test_copies_with_format_characters_interleaved_are_duplicates(tmp_path: Path) -> None:
    english = " ".join(f"The river town number {i} kept its old market hall and its stone bridge." for i in range(12))
    chinese = "".join(f"第{i}个小镇保留了古老的市场大厅和石桥，居民每周在那里交换货物。" for i in range(12))
    near = english.replace("number 3 ", "number three ")
    kept = ["من می\u200cخواهم فردا به کتابخانه بروم و کتاب\u200cها را برگردانم.", "Lab day 👩🏽\u200d🔬 went well"]
    texts = [
        english,
        chinese,
        "\u2060".join(english),  # a word joiner between every character
        "\u202e" + "\u00ad".join(chinese) + "\u202c",  # a bidi override around soft hyphens
        near.replace(" ", " \u200d"),  # a near copy, a ZWJ before every Latin word
        *kept,
    ]
    (tmp_path / "a.jsonl").write_bytes(jsonl([{"id": f"t{i}", "text": t} for i, t in enumerate(texts)]))
    stages = [{"normalize": {}}, {"exact_dedup": {}}, {"near_dedup": {}}]
    stats, data, rejects = run(tmp_path, jsonl_source("a.jsonl"), stages=stages)
    assert sorted(data["id"]) == ["t0", "t1", "t5", "t6"]
    assert reasons(rejects) == ["exact_duplicate", "exact_duplicate", "near_duplicate"]
    assert set(kept) <= set(data["text"])  # Persian ZWNJ and the emoji ZWJ sequence stay
    assert stats["stages"][1]["fixed"]["normalize:format_chars"] == 3
