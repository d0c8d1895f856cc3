"""Tag once, select many times, on real web text (tests/data): a tagged run and ``corpusmill select``
give the records a reject-mode run keeps, with the same or with changed thresholds.

Input: the C4 demo (English), the two Dolma English heads, and the Dolma CC-2019-30 documents
that form real exact and near-duplicate groups, Spanish and French pages, plus the first C4 records
again (exact copies: records repeated, never edited). The tagged run keeps English and Spanish; the
French pages, which language would reject, are settled: quality and safety leave them unmeasured
(building the French word splitter takes ~15 s, which a reject run never pays either).
"""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import polars as pl
import pyarrow as pa
import pytest
import yaml

from corpusmill.schema import tagged_column
from tests.helpers import corpusmill, rows

pytestmark = pytest.mark.slow

DOLMA = "web/text/dolma_CC-MAIN-20190717121559-20190717143559-00140.jsonl.gz"
DOLMA_IDS = (
    "oxtbm4ysv2unnok7emebjytiyjksf7",  # three exact copies
    "qixj4dtdloht7k5otzbyuuifjpy2hu",
    "dom4jctw6qfjgfkaxf4j2sghprrfnp",
    "3n7h4y22hxd27thlp2tmljh7apfxby",  # near duplicates, two of them too short
    "nrgko2k4lx4cmzdbkrw34e4gkwjm2t",
    "b5dsas7ia5tcwrzc7cnso3yoevf3jw",
    "s6z5enyw4xth5aduv2fl3h64lad3af",
    "hksijb2fhcbnrn3nrsxromjzmte3g4",
    "qq3rqf5uctto2ri6rle3qzyqkxtyp",  # Spanish pair
    "2zmlwccmm6jzgimkugqlv2hv2zv3cy",
    "lftqpfbkupkeh2kojovfzm7y7s4dxglk",  # French pages
    "ukgrbpnzamn6i3gejv7vt2evkftczus2",
)
STAGES = [
    {"length": {"min_chars": 200}},
    {"language": {"languages": ["en", "es"]}},
    {"quality": {}},
    {"safety": {}},
    {"boilerplate_lines": {"min_docs": 2, "min_share": 0.05, "min_chars": 300}},
    {"exact_dedup": {}},
    {"near_dedup": {}},
]
CHANGED = [
    {"length": {"min_chars": 400}},
    {"language": {"languages": ["en"], "threshold": 0.7}},
    {"quality": {"space": {"min_alpha_words_ratio": 0.75, "min_doc_words": 120}, "flag": []}},
    {"safety": {"threshold": 0.005, "thresholds": {}}},
    {"boilerplate_lines": {"min_docs": 2, "min_share": 0.05, "min_chars": 150}},
    {"exact_dedup": {"copies": 2}},
]  # near_dedup left out: select drops a stage's filter as a run without it would


def write_input(test_data: Path, folder: Path) -> Path:
    records = []
    with gzip.open(test_data / DOLMA, "rt", encoding="utf-8") as handle:
        dolma = [json.loads(line) for line in handle]
    records += [{"id": r["id"], "text": r["text"]} for r in dolma if r["id"].startswith(DOLMA_IDS)]
    for name in ("web/text/dolma_cc_en_head-0091.jsonl.gz", "web/text/dolma_cc_en_head-0174.jsonl.gz"):
        with gzip.open(test_data / name, "rt", encoding="utf-8") as handle:
            records += [{"id": r["id"], "text": r["text"]} for r in map(json.loads, handle)]
    c4 = (test_data / "web/text/llamafactory_c4_demo.jsonl").read_text(encoding="utf-8").splitlines()[:150]
    records += [{"id": f"c4-{i}", "text": json.loads(line)["text"]} for i, line in enumerate(c4)]
    records += [{"id": f"c4-{i}-again", "text": json.loads(line)["text"]} for i, line in enumerate(c4[:6])]
    path = folder / "web.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def write_config(folder: Path, name: str, stages: list[dict], **top: object) -> Path:
    config = {
        "sources": [{"name": "web", "type": "jsonl", "paths": [str(folder / "web.jsonl")], "id_field": "id"}],
        "stages": stages,
        "output": {"shard_tokens": 20_000},
        "executor": {"tasks": 2, "workers": 2},
        **top,
    }
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return path


def kept(out: Path) -> pl.DataFrame:
    return rows(out / "data").select("id", "text").sort("id")


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory, test_data: Path) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("select")
    write_input(test_data, folder)
    found = {"folder": folder}
    for name, stages, extra in (("reject", STAGES, ()), ("tag", STAGES, ("--tag",)), ("changed", CHANGED, ())):
        out = folder / f"out-{name}"
        result = corpusmill("run", write_config(folder, name, stages), "--out", out, *extra)
        assert result.returncode == 0, result.stderr
        found[name] = out
    return found


def test_tag_keeps_everything_and_decides_as_reject(runs: dict[str, Path]) -> None:
    tagged, rejected = rows(runs["tag"] / "data"), rows(runs["reject"] / "rejects")
    stats = json.loads((runs["tag"] / "stats.json").read_text())
    assert stats["output_records"] == stats["input_records"] == tagged.height
    quality = next(stage for stage in stats["stages"] if stage["name"] == "quality")
    counted = tagged["quality.reason"].drop_nulls().value_counts()
    assert quality["tagged"] == dict(zip(counted["quality.reason"], counted["count"], strict=True))
    assert not (runs["tag"] / "rejects").exists() or rows(runs["tag"] / "rejects").is_empty()
    for column in ("quality.gopher_alpha_words", "language.score", "safety.gambling_density", "near_dedup.cluster"):
        assert column in tagged.columns
    assert tagged.schema["exact_dedup.cluster_size"] == pl.Int64 and tagged.schema["length.chars"] == pl.Int64
    for column in [c for c in tagged.columns if "." in c]:  # the schema registry knows every tag column
        known = tagged_column(column)
        assert known is not None and pl.from_arrow(pa.array([], known.type)).dtype == tagged.schema[column], column
    # the first stage that would have rejected a record names the reason the reject run gave it
    order = [next(iter(s)) for s in STAGES]
    first = pl.coalesce([pl.col(f"{stage}.reason") for stage in order])
    would = tagged.select("id", first.alias("would")).filter(pl.col("would").is_not_null())
    both = would.join(rejected.select("id", "reason"), on="id", how="full", coalesce=True)
    assert both.height == rejected.height > 30
    assert (both["would"] == both["reason"]).all()
    assert len(set(rejected["reason"])) >= 5
    assert set(tagged["id"]) - set(rejected["id"]) == set(kept(runs["reject"])["id"])
    signal = json.loads((runs["tag"] / "report.json").read_text())["signals"]["quality.gopher_alpha_words"]
    assert signal["threshold"] == 0.8 and signal["minimum"] and signal["count"] > 0
    assert signal["failing"] == (tagged["quality.gopher_alpha_words"] < 0.8).sum() > 0
    for candidate in signal["candidates"]:  # records and tokens failing this rule alone at other thresholds
        fails = tagged.filter(pl.col("quality.gopher_alpha_words") < candidate["threshold"])
        assert (candidate["records"], candidate["tokens"]) == (fails.height, fails["token_count"].sum())
    assert len(signal["candidates"]) > 3
    assert "Tagged signals" in (runs["tag"] / "report.html").read_text()


def test_tag_leaves_what_language_rejects_unmeasured(runs: dict[str, Path]) -> None:
    """Records language would reject (French, unknown) are settled: select can never keep them, so
    quality and safety do not measure them (no French word splitter built); everything else is."""
    tagged = rows(runs["tag"] / "data")
    later = [c for c in tagged.columns if c.startswith(("quality.", "safety."))]
    settled = tagged.filter(pl.col("language.reason").is_not_null())
    assert "language:fr" in set(settled["language.reason"])
    assert settled.select(pl.all_horizontal(pl.col(later).is_null())).to_series().all()
    assert settled["length.chars"].is_not_null().all()  # stages before language measure everything
    assert (settled["near_dedup.cluster"] == settled["id"]).all()  # signed by no one: alone, as in a reject run
    assert (settled["near_dedup.cluster_size"] == 1).all() and settled["exact_dedup.cluster"].is_not_null().all()
    measured = tagged.filter(pl.col("language.reason").is_null())
    assert measured["quality.gopher_alpha_words"].is_not_null().sum() > 100
    assert measured["safety.language"].is_not_null().all()
    assert measured.filter(pl.col("language") == "es")["quality.gopher_alpha_words"].is_not_null().all()


def test_select_same_config_gives_the_reject_run(runs: dict[str, Path]) -> None:
    out2 = runs["folder"] / "select-same"
    result = corpusmill("select", runs["tag"], "--config", runs["folder"] / "reject.yaml", "--out", out2)
    assert result.returncode == 0, result.stderr
    assert kept(out2).equals(kept(runs["reject"]))  # same ids and same text
    stats = json.loads((out2 / "stats.json").read_text())
    tagged = json.loads((runs["tag"] / "stats.json").read_text())
    assert stats["accounting"]["problems"] == []
    assert stats["input_records"] == tagged["output_records"]
    assert stats["input_records"] == stats["output_records"] + stats["rejected_records"]
    rejects = rows(out2 / "rejects")
    assert rejects["reason"].str.starts_with("select:").all()
    quality = rejects.filter(pl.col("stage") == "quality")
    assert quality.height and quality["detail"].str.contains("threshold=").all()
    duplicates = rejects.filter(pl.col("reason") == "select:exact_dedup:exact_duplicate")
    assert duplicates.height and duplicates["duplicate_of"].is_not_null().all()
    assert (out2 / "report.html").exists() and (out2 / "README.md").exists()
    export = corpusmill("export", out2, "--format", "jsonl")
    assert export.returncode == 0, export.stderr
    verify = corpusmill("verify", out2)
    assert verify.returncode == 0, verify.stdout + verify.stderr


def test_select_applies_a_budget(runs: dict[str, Path]) -> None:
    folder = runs["folder"]
    config = write_config(folder, "budget", STAGES, budget={"total_tokens": 15_000, "seed": 3})
    out2 = folder / "select-budget"
    result = corpusmill("select", runs["tag"], "--config", config, "--out", out2)
    assert result.returncode == 0, result.stderr
    stats = json.loads((out2 / "stats.json").read_text())
    assert stats["accounting"]["problems"] == []
    budget = stats["stages"][-1]
    assert budget["name"] == "budget" and sum(budget["rejected"].values()) > 0
    manifest = json.loads((out2 / "manifest.json").read_text())
    assert 0 < manifest["total_tokens"] <= 15_000 * 1.05
    assert set(kept(out2)["id"]) < set(kept(runs["reject"])["id"])  # a budgeted part of the same selection
    assert corpusmill("verify", out2).returncode == 0


def test_select_changed_thresholds_give_the_rerun(runs: dict[str, Path]) -> None:
    out2 = runs["folder"] / "select-changed"
    result = corpusmill("select", runs["tag"], "--config", runs["folder"] / "changed.yaml", "--out", out2)
    assert result.returncode == 0, result.stderr
    assert kept(out2).equals(kept(runs["changed"]))
    assert kept(out2).height != kept(runs["reject"]).height  # the change changed something
    ids = set(kept(out2)["id"])
    pairs = [(f"c4-{i}" in ids, f"c4-{i}-again" in ids) for i in range(6)]
    assert all(a == b for a, b in pairs) and any(a for a, _ in pairs)  # copies: 2 keeps a record and its repeat
    assert not any(f"c4-{i}-again" in set(kept(runs["reject"])["id"]) for i in range(6))


def test_select_rejects_show_their_tagged_values_and_text(runs: dict[str, Path]) -> None:
    """A bound's detail is its own tagged value (carried out of the decide pass, not read again),
    and with ``rejects: full`` each reject holds its record's text (read from its row group)."""
    folder = runs["folder"]
    config = write_config(folder, "full", CHANGED, output={"shard_tokens": 20_000, "rejects": "full"})
    out2 = folder / "select-full"
    result = corpusmill("select", runs["tag"], "--config", config, "--out", out2)
    assert result.returncode == 0, result.stderr
    tagged = rows(runs["tag"] / "data")
    rejects = rows(out2 / "rejects")
    both = rejects.join(tagged.rename({"text": "tagged_text"}), on="id", how="left")
    assert both.height == rejects.height == json.loads((out2 / "stats.json").read_text())["rejected_records"]
    assert both["text"].is_not_null().all() and (both["text"] == both["tagged_text"]).all()
    quality = both.filter(pl.col("stage") == "quality")
    assert quality["reason"].n_unique() >= 3  # several bounds, each shown with its own column
    for row in quality.iter_rows(named=True):
        rule = row["reason"].removeprefix("select:quality:")
        shown = float(row["detail"].split(" ")[0].split("=")[1])
        assert shown == pytest.approx(row[f"quality.{rule}"], rel=1e-3), row["detail"]


def test_select_trusts_manifest_counts_only_where_they_hold(runs: dict[str, Path], tmp_path: Path) -> None:
    """Shards without a kept record are not opened: the manifest's record counts place the rows.
    Counts that do not add up are not used (the files are read); a shard read for its kept records
    that disagrees with its entry is one line, exit 2, not misplaced rows."""
    copy = tmp_path / "tagged"
    shutil.copytree(runs["tag"], copy)
    manifest = json.loads((copy / "manifest.json").read_text())
    assert len(manifest["shards"]) >= 2
    manifest["shards"][0]["records"] += 1
    (copy / "manifest.json").write_text(json.dumps(manifest))
    config = runs["folder"] / "reject.yaml"
    result = corpusmill("select", copy, "--config", config, "--out", tmp_path / "summed")
    assert result.returncode == 0, result.stderr
    assert kept(tmp_path / "summed").equals(kept(runs["reject"]))
    manifest["shards"][1]["records"] -= 1  # the counts add up again, the first shard's is wrong
    (copy / "manifest.json").write_text(json.dumps(manifest))
    result = corpusmill("select", copy, "--config", config, "--out", tmp_path / "wrong")
    assert result.returncode == 2 and "its manifest entry" in result.stderr
    assert "Traceback" not in result.stderr


def test_select_refuses_what_was_not_tagged(runs: dict[str, Path]) -> None:
    folder = runs["folder"]
    cases = {
        "quality.gopher_top_5_gram": [{"quality": {"space": {"top_n_grams": {2: 0.2, 5: 0.1}}}}],
        "language.model_path": [{"language": {"model_path": str(folder / "web.jsonl")}}],
        "the run has no quality_classifier stage": [{"quality_classifier": {"model_path": str(folder / "web.jsonl")}}],
        # a lower threshold keeps `unknown` records that quality measured as unknown, not as their language
        "another threshold keeps records under another label": [
            {"language": {"languages": ["en"], "threshold": 0.3}},
            {"quality": {}},
        ],
        # quality did not measure what language rejected: select cannot keep it
        "languages: keeps fr, which the tagged run rejected": [
            {"language": {"languages": ["en", "fr"]}},
            {"quality": {}},
        ],
        "languages: keeps every language": [{"language": {}}, {"quality": {}}],
        "language cannot be left out: quality": [{"length": {"min_chars": 200}}, {"quality": {}}],
    }
    for needle, stages in cases.items():
        config = write_config(folder, "bad", stages)
        result = corpusmill("select", runs["tag"], "--config", config, "--out", folder / "never")
        lines = result.stderr.strip().splitlines()
        assert result.returncode == 2 and len(lines) == 1 and needle in lines[0], result.stderr
        assert not (folder / "never").exists()


def test_what_if_counts_without_writing(runs: dict[str, Path]) -> None:
    before = sorted(p.name for p in runs["tag"].rglob("*"))
    result = corpusmill("select", runs["tag"], "--what-if", "quality.gopher_alpha_words=0.9")
    assert result.returncode == 0, result.stderr
    assert "at 0.9 (asked)" in result.stdout
    assert sorted(p.name for p in runs["tag"].rglob("*")) == before
    tagged = rows(runs["tag"] / "data")
    reasons = pl.any_horizontal([pl.col(c).is_not_null() for c in tagged.columns if c.endswith(".reason")])
    # 0.9 is stricter than the configured 0.8: what goes is what went, plus every record under 0.9
    gone = tagged.filter(reasons | (pl.col("quality.gopher_alpha_words") < 0.9))
    assert gone.height > tagged.filter(reasons).height
    all_row = next(line for line in result.stdout.splitlines() if line.strip("│ ").startswith("all"))
    header = next(line for line in result.stdout.splitlines() if "(asked)" in line).split("┃")
    asked = next(i for i, cell in enumerate(header) if "(asked)" in cell)
    assert all_row.split("│")[asked].strip().startswith(f"{gone.height:,} ·"), all_row
    wrong = corpusmill("select", runs["tag"], "--what-if", "quality.not_a_rule=1")
    assert wrong.returncode == 2 and "quality.not_a_rule" in wrong.stderr


def test_select_never_replaces_a_users_folder(runs: dict[str, Path], tmp_path: Path) -> None:
    """OUT2 is a run folder only by corpusmill's own marker: another tool's logs/run.json does not
    make a user's folder one, so select refuses it, with or without --fresh, and deletes nothing."""
    mine = tmp_path / "project"
    (mine / "logs").mkdir(parents=True)
    (mine / "logs/run.json").write_text('{"fingerprint": "x", "config": {}}')
    (mine / "data").mkdir()
    (mine / "data/thesis.txt").write_text("years of work")
    before = {p: p.read_bytes() for p in mine.rglob("*") if p.is_file()}
    for fresh in (["--fresh"], []):
        args = ["select", runs["tag"], "--config", runs["folder"] / "reject.yaml", "--out", mine, *fresh]
        result = corpusmill(*args)
        assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "not a corpusmill run folder" in result.stderr and "--fresh" not in result.stderr
        assert {p: p.read_bytes() for p in mine.rglob("*") if p.is_file()} == before


def test_select_replaces_its_own_run_folder_only_with_fresh(runs: dict[str, Path], tmp_path: Path) -> None:
    out2 = tmp_path / "out2"
    args = ["select", runs["tag"], "--config", runs["folder"] / "reject.yaml", "--out", out2]
    assert corpusmill(*args).returncode == 0
    (out2 / "notes.txt").write_text("beside the run")
    again = corpusmill(*args)
    assert again.returncode == 2 and "holds a run" in again.stderr
    assert corpusmill(*args, "--fresh").returncode == 0
    assert (out2 / "notes.txt").read_text() == "beside the run" and (out2 / "stats.json").exists()
