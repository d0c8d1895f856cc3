"""boilerplate_lines through ``corpusmill run``: several generated sites, 1 and 3 tasks, same output."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import yaml

from tests.filters.test_boilerplate_lines import sentence
from tests.helpers import corpusmill, rows

pytestmark = pytest.mark.slow

SITES = {
    "harbour-news.com": (["Harbour News Daily", "Get our morning briefing"], ["Harbour News Ltd, Pier Road 4"]),
    "valley-blog.org": (["Valley Blog - notes from the hills"], ["Posted in Uncategorized", "Powered by Nothing"]),
    "xinwen.cn": (["城市晚报 数字版", "本报记者 综合报道"], ["城市晚报社 主办"]),
}


def write_input(path: Path) -> tuple[set[str], set[str]]:
    """Pages of three sites plus two pages that are all furniture; returns (furniture, sentences)."""
    rng = random.Random(7)
    records, sentences = [], set()
    for site, (head, foot) in SITES.items():
        for i in range(10):
            body = [sentence(rng, site.endswith(".cn")) for _ in range(4)]
            sentences.update(body)
            text = "\n".join([*head, *body, *foot])
            records.append({"id": f"{site}-{i}", "text": text, "url": f"https://{site}/a/{i}"})
    for i in range(2):
        text = "\n".join(SITES["valley-blog.org"][0] + SITES["valley-blog.org"][1])
        records.append({"id": f"stub-{i}", "text": text, "url": f"https://valley-blog.org/tag/{i}"})
    rng.shuffle(records)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    furniture = {line for head, foot in SITES.values() for line in head + foot}
    return furniture, sentences


def test_run_removes_site_lines_with_balanced_stats_for_any_task_count(tmp_path: Path) -> None:
    furniture, sentences = write_input(tmp_path / "pages.jsonl")
    outs = []
    for tasks in (1, 3):
        config: dict = {
            "sources": [{"name": "web", "type": "jsonl", "paths": ["pages.jsonl"], "url_field": "url"}],
            "stages": [{"boilerplate_lines": {"min_docs": 3, "min_share": 0.2, "shards": 4}}],
            "executor": {"type": "local", "tasks": tasks, "workers": 2},
        }
        (tmp_path / f"c{tasks}.yaml").write_text(yaml.safe_dump(config))
        out = tmp_path / f"out{tasks}"
        result = corpusmill("run", tmp_path / f"c{tasks}.yaml", "--out", out)
        assert result.returncode == 0, result.stderr
        outs.append(out)
        stats = json.loads((out / "stats.json").read_text())
        assert stats["accounting"]["problems"] == []
        stage = next(s for s in stats["stages"] if s["name"] == "boilerplate_lines")
        assert stage["in"] == 32 and stage["kept"] == 30
        assert stage["rejected"] == {"boilerplate_lines:empty": 2}
        assert stage["fixed"] == {"boilerplate_lines:site": 30 * 3}
    data = [rows(out / "data") for out in outs]
    assert data[0].equals(data[1])
    assert rows(outs[0] / "rejects").equals(rows(outs[1] / "rejects"))
    lines = {line for text in data[0]["text"] for line in text.split("\n")}
    assert lines == sentences and not lines & furniture
