"""The quality report on small run folders written here with pyarrow from real text excerpts.

Builders write ``data/``, ``rejects/``, ``stats.json`` and ``manifest.json`` the way the
run-folder contract describes; expected figures are recomputed from the rows the builders wrote,
never read back from the report code.
"""

from __future__ import annotations

import gzip
import json
import math
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from corpusmill.pipeline.report import aggregate
from corpusmill.pipeline.report.distributions import ladder, linear_edges
from corpusmill.pipeline.report.html import render_html
from corpusmill.pipeline.report.svg import nice_ticks
from corpusmill.pipeline.report.write import write_report

INJECTION = ' <script>alert("x")</script> & <b>bold</b>'
REPORT_KEYS = {
    "schema",
    "run",
    "totals",
    "accounting",
    "alerts",
    "warnings",
    "funnel",
    "source_stages",
    "input_files",
    "removals",
    "removal_groups",
    "line_edits",
    "line_edit_samples",
    "review",
    "fixes",
    "languages",
    "scripts",
    "distributions",
    "signals",
    "sources",
    "near_dedup",
    "shards",
    "mixture",
    "samples",
    "sft",
    "compare",
}


def lines(test_data: Path, lang: str, n: int) -> list[str]:
    with (test_data / "langid" / f"{lang}.txt").open(encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f][:n]


def write(path: Path, rows: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows), path)


def stats_for(
    order: list[str],
    rejects: list[dict[str, Any]],
    output: int,
    fixed: dict[str, dict[str, int]] | None = None,
) -> dict[str, Any]:
    """stats.json for a linear pipeline whose stages rejected exactly ``rejects``."""
    remaining = output + len(rejects)
    stages = []
    for name in order:
        reasons = Counter(r["reason"] for r in rejects if r["stage"] == name)
        kept = remaining - sum(reasons.values())
        stages.append(
            {
                "name": name,
                "in": remaining,
                "kept": kept,
                "rejected": dict(reasons),
                "fixed": (fixed or {}).get(name, {}),
            }
        )
        remaining = kept
    return {
        "input_records": output + len(rejects),
        "output_records": output,
        "rejected_records": len(rejects),
        "stages": stages,
    }


def reject(stage: str, reason: str, rid: str, source: str, text: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": rid,
        "source": source,
        "stage": stage,
        "reason": reason,
        "detail": extra.pop("detail", ""),
        "text": text,
        **extra,
    }


def corpus_rows(test_data: Path, variant: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Kept and rejected rows: variant ``b`` keeps 4 of the 6 French lines and has no quality stage."""
    en, zh, fr = lines(test_data, "en", 60), lines(test_data, "zh", 40), lines(test_data, "fr", 6)
    kept = []
    for i, text in enumerate(en[:40]):
        kept.append(
            {
                "id": f"en-{i}",
                "text": text + (INJECTION if i == 1 else ""),
                "source": "wiki" if i % 2 else "web",
                "url": f"https://example.org/en/{i}",
                "language": "en",
                "language_score": 0.80 + (i % 20) / 100,
                "script": "Latn",
                "token_count": math.ceil(len(text) / 4),
                "quality_score": (i % 10) / 10 + 0.05,
            }
        )
    for i, text in enumerate(zh[:30]):
        kept.append(
            {
                "id": f"zh-{i}",
                "text": text,
                "source": "web",
                "url": f"https://example.cn/{i}",
                "language": "zh",
                "language_score": 0.95,
                "script": "Hant" if i < 3 else "Hans",
                "token_count": len(text),
                "quality_score": 0.5,
            }
        )
    rejects = [
        reject("length", "length:too_short", f"short-{i}", "web", " ".join(t.split()[:3]), detail="chars < 50")
        for i, t in enumerate(en[40:45])
    ]
    french = [(i, t) for i, t in enumerate(fr)]
    if variant == "b":
        kept += [
            {
                "id": f"fr-{i}",
                "text": t,
                "source": "web",
                "url": None,
                "language": "fr",
                "language_score": 0.9,
                "script": "Latn",
                "token_count": math.ceil(len(t) / 4),
                "quality_score": 0.6,
            }
            for i, t in french[:4]
        ]
        french = french[4:]
    rejects += [reject("language", "language:fr", f"fr-{i}", "web", t, detail="fr 0.98") for i, t in french]
    rejects += [
        reject("exact_dedup", "exact_duplicate", f"dup-{i}", "wiki", kept[i]["text"], duplicate_of=f"en-{i}")
        for i in range(4)
    ]
    clusters = {"en-5": 1, "en-6": 1, "zh-0": 2, "en-7": 4}  # sizes 2, 2, 3, 5
    by_id = {r["id"]: r for r in kept}
    for head, n in clusters.items():
        rejects += [
            reject(
                "near_dedup",
                "near_duplicate",
                f"{head}-near-{j}",
                by_id[head]["source"],
                by_id[head]["text"] + f" ({j})",
                duplicate_of=head,
                similarity=0.9 - j / 100,
            )
            for j in range(n)
        ]
    if variant == "a":
        rejects += [
            reject("quality", "quality:symbol_ratio", f"sym-{i}", "web", t + " #### $$$ ####")
            for i, t in enumerate(en[45:48])
        ]
    return kept, rejects


def write_corpus_run(out: Path, test_data: Path, variant: str = "a") -> dict[str, Any]:
    kept, rejects = corpus_rows(test_data, variant)
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in kept:
        groups.setdefault(row["language"], []).append(row)
    files = {
        f"data/{g}/shard-{start // 20:05d}.parquet": rows[start : start + 20]
        for g, rows in groups.items()
        for start in range(0, len(rows), 20)
    }
    for name, rows in files.items():
        write(out / name, rows)
    for stage in dict.fromkeys(r["stage"] for r in rejects):
        write(out / "rejects" / stage / "00000.parquet", [r for r in rejects if r["stage"] == stage])
    order = [
        "read",
        "normalize",
        "length",
        "language",
        "exact_dedup",
        *(["quality"] if variant == "a" else []),
        "near_dedup",
    ]
    stats = stats_for(order, rejects, len(kept), {"normalize": {"normalize:unicode": 7}})
    (out / "stats.json").write_text(json.dumps(stats))
    tokens = {g: sum(r["token_count"] for r in rows) for g, rows in groups.items()}
    manifest = {
        "tokenizer": {"name": "test", "spec": "test"},
        "shard_tokens": 1000,
        "total_tokens": sum(tokens.values()),
        "total_records": len(kept),
        "groups": {
            g: {"tokens": t, "records": len(groups[g]), "planned_tokens": 1200 if g == "en" else 800}
            for g, t in tokens.items()
        },
        "shards": [
            {
                "path": name,
                "group": name.split("/")[1],
                "records": len(rows),
                "tokens": sum(r["token_count"] for r in rows),
                "bytes": (out / name).stat().st_size,
                "sha256": "0" * 64,
            }
            for name, rows in files.items()
        ],
    }
    (out / "manifest.json").write_text(json.dumps(manifest))
    return {"kept": kept, "rejects": rejects, "stats": stats, "manifest": manifest}


def conversation(user: str, assistant: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]


def write_sft_run(out: Path, test_data: Path) -> dict[str, Any]:
    with gzip.open(test_data / "sft/alpaca/alpaca_data.json.gz", "rt", encoding="utf-8") as f:
        alpaca = json.load(f)[:45]
    zh = json.loads((test_data / "sft/zh/llamafactory_alpaca_zh_demo.json").read_text(encoding="utf-8"))[:30]
    chats = json.loads((test_data / "sft/chat/fastchat_dummy_conversation.json").read_text(encoding="utf-8"))
    multi = [c for c in chats if len(c["conversations"]) >= 4][:5]
    kept = []
    for i, r in enumerate(alpaca[:40]):
        messages = conversation(r["instruction"] + ("\n\n" + r["input"] if r["input"] else ""), r["output"])
        kept.append({"id": f"alpaca-{i}", "messages": messages, "source": "alpaca", "language": "en"})
    for i, r in enumerate(zh):
        messages = conversation(r["instruction"] + r["input"], r["output"])
        kept.append({"id": f"zh-{i}", "messages": messages, "source": "alpaca_zh", "language": "zh"})
    for c in multi:
        messages = [
            {"role": "user" if t["from"] == "human" else "assistant", "content": t["value"]} for t in c["conversations"]
        ]
        kept.append({"id": c["id"], "messages": messages, "source": "fastchat", "language": "en"})
    for row in kept:
        chars = sum(len(m["content"]) for m in row["messages"])
        row["token_count"] = chars if row["language"] == "zh" else math.ceil(chars / 4)
    rejects = [
        reject(
            "sft",
            "sft:empty_response",
            "alpaca-40",
            "alpaca",
            None,
            messages=conversation(alpaca[40]["instruction"], ""),
        ),
        reject(
            "sft",
            "sft:empty_response",
            "alpaca-41",
            "alpaca",
            None,
            messages=conversation(alpaca[41]["instruction"], "  "),
        ),
        reject(
            "sft",
            "sft:no_user_turn",
            "alpaca-42",
            "alpaca",
            None,
            messages=[{"role": "assistant", "content": alpaca[42]["output"]}],
        ),
        reject(
            "exact_dedup",
            "exact_duplicate",
            "alpaca-43",
            "alpaca",
            None,
            messages=kept[0]["messages"],
            duplicate_of="alpaca-0",
        ),
    ]
    for r in rejects:
        del r["text"]
    write(out / "data/en/shard-00000.parquet", [r for r in kept if r["language"] == "en"])
    write(out / "data/zh/shard-00000.parquet", [r for r in kept if r["language"] == "zh"])
    write(out / "rejects/all/00000.parquet", rejects)
    stats = stats_for(
        ["read", "exact_dedup", "sft"],
        rejects,
        len(kept),
        {"sft": {"sft:strip_whitespace": 5, "sft:role_names": 3}},
    )
    (out / "stats.json").write_text(json.dumps(stats))
    return {"kept": kept, "rejects": rejects, "stats": stats}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, test_data: Path) -> tuple[Path, dict[str, Any]]:
    out = tmp_path_factory.mktemp("corpus")
    rows = write_corpus_run(out, test_data)
    write_report(out)
    return out, rows


@pytest.fixture(scope="module")
def compared(tmp_path_factory: pytest.TempPathFactory, test_data: Path) -> tuple[Path, dict, dict]:
    a, b = tmp_path_factory.mktemp("run_a"), tmp_path_factory.mktemp("run_b")
    rows_a, rows_b = write_corpus_run(a, test_data, "a"), write_corpus_run(b, test_data, "b")
    write_report(a, compare=b)
    return a, rows_a, rows_b


@pytest.fixture(scope="module")
def sft(tmp_path_factory: pytest.TempPathFactory, test_data: Path) -> tuple[Path, dict[str, Any]]:
    out = tmp_path_factory.mktemp("sft")
    rows = write_sft_run(out, test_data)
    write_report(out)
    return out, rows


def load(out: Path) -> dict[str, Any]:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def test_report_json_has_the_documented_keys(corpus: tuple[Path, dict]) -> None:
    out, _ = corpus
    figures = load(out)
    assert set(figures) == REPORT_KEYS
    assert figures["schema"] == "corpusmill.report/1"
    assert figures["run"]["kind"] == "corpus"
    assert (out / "report.html").stat().st_size > 0 and (out / "report.md").stat().st_size > 0


def test_funnel_follows_stats_and_ends_at_output_tokens(corpus: tuple[Path, dict]) -> None:
    out, rows = corpus
    figures = load(out)
    stages = rows["stats"]["stages"]
    assert [(s["stage"], s["in"], s["kept"], s["rejected"]) for s in figures["funnel"]] == [
        (s["name"], s["in"], s["kept"], sum(s["rejected"].values())) for s in stages
    ]
    output_tokens = sum(r["token_count"] for r in rows["kept"])
    assert figures["totals"]["output_tokens"] == output_tokens
    last = figures["funnel"][-1]
    assert last["tokens_kept"] == output_tokens
    # rejects carry no token_count: removed tokens are estimated from characters at the output's ratio
    ratio = output_tokens / sum(len(r["text"]) for r in rows["kept"])
    near = sum(len(r["text"]) for r in rows["rejects"] if r["stage"] == "near_dedup")
    assert last["tokens_estimated"] is True
    assert last["tokens_rejected"] == round(near * ratio)
    assert last["tokens_in"] == output_tokens + last["tokens_rejected"]
    read = figures["funnel"][0]
    assert read["tokens_rejected"] == 0 and read["tokens_in"] == read["tokens_kept"]
    assert figures["funnel"][1]["fixed"] == 7
    assert all(c["ok"] for c in figures["accounting"]), figures["accounting"]
    assert figures["warnings"] == []


def test_removals_languages_scripts_and_sources(corpus: tuple[Path, dict]) -> None:
    out, rows = corpus
    figures = load(out)
    reasons = Counter(r["reason"] for r in rows["rejects"])
    assert {x["reason"]: x["records"] for x in figures["removals"]} == reasons
    assert [x["records"] for x in figures["removals"]] == sorted(reasons.values(), reverse=True)
    assert all(x["rows_in_rejects"] == x["records"] for x in figures["removals"])
    kept = rows["kept"]
    langs = Counter(r["language"] for r in kept)
    assert {x["language"]: x["records"] for x in figures["languages"]} == langs
    zh_tokens = sum(r["token_count"] for r in kept if r["language"] == "zh")
    zh = next(x for x in figures["languages"] if x["language"] == "zh")
    assert zh["token_share"] == pytest.approx(zh_tokens / sum(r["token_count"] for r in kept))
    assert {(x["script"], x["records"]) for x in figures["scripts"]} == {("Hans", 27), ("Hant", 3)}
    assert sum(x["record_share"] for x in figures["scripts"]) == pytest.approx(1)
    web = next(x for x in figures["sources"] if x["source"] == "web")
    assert web["records"] == sum(r["source"] == "web" for r in kept)
    assert web["rejected"] == sum(r["source"] == "web" for r in rows["rejects"])


def test_distributions_count_every_record_once(corpus: tuple[Path, dict]) -> None:
    out, rows = corpus
    dists = load(out)["distributions"]
    assert set(dists) == {"chars", "token_count", "quality_score", "language_score"}
    lengths = sorted(len(r["text"]) for r in rows["kept"])
    chars = dists["chars"]
    assert chars["count"] == len(lengths) == sum(b["count"] for b in chars["bins"])
    assert (chars["min"], chars["max"]) == (lengths[0], lengths[-1])
    assert chars["mean"] == pytest.approx(sum(lengths) / len(lengths))
    for key, q in (("p10", 10), ("p50", 50), ("p90", 90)):
        assert chars[key] == np.percentile(lengths, q, method="nearest")
    assert chars["bins"][0]["lo"] <= lengths[0] and chars["bins"][-1]["hi"] > lengths[-1]
    in_first = sum(chars["bins"][0]["lo"] <= n < chars["bins"][0]["hi"] for n in lengths)
    assert chars["bins"][0]["count"] == in_first
    quality = dists["quality_score"]
    assert (quality["bins"][0]["lo"], quality["bins"][-1]["hi"], len(quality["bins"])) == (0, 1, 20)
    assert sum(b["count"] for b in quality["bins"]) == len(rows["kept"])


def test_near_duplicate_clusters_come_from_duplicate_of(corpus: tuple[Path, dict]) -> None:
    nd = load(corpus[0])["near_dedup"]
    assert (nd["clusters"], nd["duplicates_removed"], nd["largest"]) == (4, 8, 5)
    sizes = {b["lo"]: b["count"] for b in nd["cluster_size"]["bins"]}
    assert (sizes[2], sizes[3], sizes[4], sizes[5]) == (2, 1, 0, 1)


def test_shards_and_mixture_come_from_the_manifest(corpus: tuple[Path, dict]) -> None:
    out, rows = corpus
    figures = load(out)
    manifest = rows["manifest"]
    assert figures["shards"]["origin"] == "manifest"
    assert figures["shards"]["target_tokens"] == 1000
    assert [s["tokens"] for s in figures["shards"]["shards"]] == [s["tokens"] for s in manifest["shards"]]
    assert figures["shards"]["shards"][0]["fill"] == pytest.approx(manifest["shards"][0]["tokens"] / 1000)
    en = next(m for m in figures["mixture"] if m["group"] == "en")
    assert en["achieved_vs_plan"] == pytest.approx(manifest["groups"]["en"]["tokens"] / 1200)
    assert en["planned_share"] == pytest.approx(1200 / 2000)


def test_many_shards_are_summarised(corpus: tuple[Path, dict]) -> None:
    """Beyond 30 shards the page shows their size distribution instead of one bar each."""
    out, _ = corpus
    figures = load(out)
    many = [
        {"path": f"data/en/shard-{i:05d}.parquet", "group": "en", "records": 10, "tokens": 900 + i} for i in range(40)
    ]
    figures["shards"] = aggregate.shards({"shard_tokens": 1000, "shards": many}, [])
    sizes = figures["shards"]["tokens_per_shard"]
    tokens = [s["tokens"] for s in many]
    assert (sizes["count"], sizes["min"], sizes["max"]) == (40, 900, 939)
    assert sizes["p50"] == np.percentile(tokens, 50, method="nearest")
    assert sum(b["count"] for b in sizes["bins"]) == 40
    page = render_html(figures)
    section = page[page.index('<section id="shards">') : page.index("</section>", page.index('<section id="shards">'))]
    assert "Tokens per shard" in section and section.count("<rect") == 20  # one per bin, no bar per shard
    assert "first 50 of" not in section and "data/en/shard-00039.parquet" in section


def test_samples_are_few_truncated_and_escaped(corpus: tuple[Path, dict]) -> None:
    out, rows = corpus
    samples = load(out)["samples"]
    assert set(samples["rejected"]) == {r["reason"] for r in rows["rejects"]}
    near = samples["rejected"]["near_duplicate"]
    assert len(near) == 3 and all(s["duplicate_of"] and s["similarity"] for s in near)
    limit = samples["text_limit"]
    assert all(len(s["text"]) <= limit + 1 for xs in samples["rejected"].values() for s in xs)
    assert {"web", "wiki"} <= set(samples["kept"])
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "<script" not in page  # the injected tag is shown as text, not run
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page


def test_html_and_markdown_show_each_section(corpus: tuple[Path, dict]) -> None:
    out, _ = corpus
    page = (out / "report.html").read_text(encoding="utf-8")
    for section in (
        "overview",
        "funnel",
        "removals",
        "languages",
        "distributions",
        "sources",
        "near-dedup",
        "shards",
        "mixture",
        "samples",
        "accounting",
    ):
        assert f'<section id="{section}">' in page
    assert page.count('<svg class="chart"') >= 12
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page.replace("https://example.", "")  # only sample URLs, shown as text
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "| quality:symbol_ratio | quality | 3 |" in md
    assert "## Mixture" in md and "## Accounting checks" in md


def test_sft_run(sft: tuple[Path, dict]) -> None:
    out, rows = sft
    figures = load(out)
    assert figures["run"]["kind"] == "sft"
    s = figures["sft"]
    assert {c["check"]: (c["rejected"], c["fixed"]) for c in s["checks"]} == {
        "empty_response": (2, 0),
        "no_user_turn": (1, 0),
        "strip_whitespace": (0, 5),
        "role_names": (0, 3),
    }
    firsts = [r["messages"][0]["content"].strip() for r in rows["kept"]]
    han = Counter(f[:2] for f in firsts if "\u4e00" <= f[0] <= "\u9fff")
    assert [(v["verb"], v["records"]) for v in s["verbs"]["han"]] == sorted(
        han.items(), key=lambda kv: (-kv[1], kv[0])
    )[:15]
    other = Counter(f.split()[0].lower().strip("?.,!") for f in firsts if not "\u4e00" <= f[0] <= "\u9fff")
    assert [(v["verb"], v["records"]) for v in s["verbs"]["other"]] == sorted(
        other.items(), key=lambda kv: (-kv[1], kv[0])
    )[:15]
    turns = figures["distributions"]["turns"]
    assert turns["count"] == len(rows["kept"]) and turns["max"] == max(len(r["messages"]) for r in rows["kept"])
    assert {b["lo"]: b["count"] for b in turns["bins"]}[2] == sum(len(r["messages"]) == 2 for r in rows["kept"])
    response = figures["distributions"]["response_chars"]
    assert response["max"] == max(len(r["messages"][1]["content"]) for r in rows["kept"])
    assert any("below 5,000" in w for w in figures["warnings"])
    sample = figures["samples"]["rejected"]["sft:no_user_turn"][0]["text"]
    assert sample.startswith("assistant: ")
    page = (out / "report.html").read_text(encoding="utf-8")
    assert '<section id="sft">' in page and "below 5,000" in page


def test_compare_two_runs(compared: tuple[Path, dict, dict]) -> None:
    out, a, b = compared
    c = load(out)["compare"]
    totals = {x["key"]: x for x in c["totals"]}
    assert totals["output_records"]["delta"] == len(a["kept"]) - len(b["kept"]) == -4
    removals = {x["key"]: x for x in c["removals"]}
    assert (
        removals["language:fr"]["this"],
        removals["language:fr"]["other"],
        removals["language:fr"]["delta"],
    ) == (6, 2, 4)
    assert removals["quality:symbol_ratio"]["other"] == 0
    funnel = {x["key"]: x for x in c["funnel"]}
    assert funnel["quality"]["other"] is None and funnel["quality"]["delta"] is None
    fr = {x["key"]: x for x in c["languages"]}["fr"]
    assert fr["this"] == 0 and fr["other"] == pytest.approx(4 / len(b["kept"]))
    page = (out / "report.html").read_text(encoding="utf-8")
    assert '<section id="compare">' in page and "Removals: this vs other run" in page
    assert "## Comparison" in (out / "report.md").read_text(encoding="utf-8")


def test_bare_run_shows_what_exists(tmp_path: Path, test_data: Path) -> None:
    """No stats, manifest, token_count or language; rejects in ids mode (no text)."""
    en = lines(test_data, "en", 12)
    write(
        tmp_path / "data/part-0.parquet",
        [{"id": str(i), "text": t, "source": "web", "url": None} for i, t in enumerate(en[:10])],
    )
    write(
        tmp_path / "rejects/part-0.parquet",
        [
            {"id": "10", "source": "web", "stage": "length", "reason": "length:too_short", "detail": ""},
            {"id": "11", "source": "web", "stage": "exact_dedup", "reason": "exact_duplicate", "detail": ""},
        ],
    )
    write_report(tmp_path)
    figures = load(tmp_path)
    assert figures["totals"]["input_records"] == 12 and figures["totals"]["output_tokens"] is None
    assert [f["stage"] for f in figures["funnel"]] == ["exact_dedup", "length"]
    assert all(f["tokens_in"] is None for f in figures["funnel"])
    assert figures["languages"] == [] and figures["mixture"] == [] and figures["near_dedup"] is None
    assert figures["shards"]["origin"] == "data" and figures["shards"]["shards"][0]["records"] == 10
    assert figures["samples"]["rejected"]["length:too_short"][0].get("text") is None
    assert len(figures["warnings"]) == 3
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert '<section id="languages">' not in page and "rejects mode is ids" in page


def test_token_funnel_is_exact_or_unknown_never_guessed(tmp_path: Path, test_data: Path) -> None:
    """Budget rejects carry token_count (exact); length rejects in ids mode cannot be measured."""
    en = lines(test_data, "en", 10)
    kept = [{"id": str(i), "text": t, "source": "web", "token_count": 10} for i, t in enumerate(en[:6])]
    budget = [
        {
            "id": str(i),
            "source": "web",
            "stage": "budget",
            "reason": "budget:over_budget",
            "detail": "",
            "text": t,
            "token_count": 7,
        }
        for i, t in enumerate(en[6:9], start=6)
    ]
    short = [{"id": "9", "source": "web", "stage": "length", "reason": "length:too_short", "detail": ""}]
    write(tmp_path / "data/part-0.parquet", kept)
    write(tmp_path / "rejects/budget/0.parquet", budget)
    write(tmp_path / "rejects/length/0.parquet", short)
    stats = stats_for(["length", "budget"], short + budget, len(kept))
    (tmp_path / "stats.json").write_text(json.dumps(stats))
    write_report(tmp_path)
    length, budget_stage = load(tmp_path)["funnel"]
    assert (budget_stage["tokens_kept"], budget_stage["tokens_rejected"], budget_stage["tokens_in"]) == (60, 21, 81)
    assert budget_stage["tokens_estimated"] is False
    assert length["tokens_kept"] == 81 and length["tokens_in"] is None and length["tokens_rejected"] is None


def test_accounting_mismatch_is_reported(tmp_path: Path, test_data: Path) -> None:
    rows = write_corpus_run(tmp_path, test_data)
    stats = rows["stats"] | {"output_records": rows["stats"]["output_records"] + 5}
    (tmp_path / "stats.json").write_text(json.dumps(stats))
    write_report(tmp_path)
    figures = load(tmp_path)
    failed = {c["check"] for c in figures["accounting"] if not c["ok"]}
    last = rows["stats"]["stages"][-1]["name"]  # this hand-made stats.json has stage names only
    assert failed == {
        "input = output rows + rejected rows",
        f"output rows = {last}: kept",
        "rows in data/ = output_records",
    }
    assert sum("Accounting check failed" in w for w in figures["warnings"]) == 3


def test_not_a_run_folder(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_report(tmp_path)


@pytest.mark.parametrize(
    ("top", "ticks"),
    [
        (0, [0, 1]),
        (7, [0, 2, 4, 6, 8]),
        (1000, [0, 200, 400, 600, 800, 1000]),
        (0.37, [0, 0.1, 0.2, 0.3, 0.4]),
    ],
)
def test_nice_ticks(top: float, ticks: list[float]) -> None:
    assert nice_ticks(top) == pytest.approx(ticks)


def test_bins() -> None:
    assert ladder("log")[:8] == [0, 1, 2, 5, 10, 20, 50, 100]
    assert ladder("count")[:13] == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 50]
    assert linear_edges(0.2, 0.9)[:3] == [0, 0.05, 0.1] and linear_edges(0.2, 0.9)[-1] == 1
    assert linear_edges(-5, 15)[:3] == [-5, -4, -3] and len(linear_edges(-5, 15)) == 21
    assert linear_edges(3, 3) == [3, 4]
