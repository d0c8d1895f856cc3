"""``OUT/README.md``: the run folder as a Hugging Face dataset.

``datasets.load_dataset(OUT)`` reads the YAML header's ``configs`` (without it, it would try every
Parquet file under OUT, rejects and work files included, and fail on their different columns):
``default`` is all kept data, plus one config per group. The body is the run in figures, taken
from ``report.json``, ``stats.json``, ``manifest.json`` and the config in ``logs/run.json``.
``huggingface-cli upload ORG/NAME OUT . --repo-type dataset`` publishes it as is.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

ALL = "all"


def _load(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}


def data_files(manifest: dict[str, Any]) -> dict[str, list[str]]:
    """Group → the paths (or one glob) of its shards, relative to the run folder."""
    groups: dict[str, list[str]] = {}
    for shard in manifest.get("shards", []):
        groups.setdefault(shard.get("group", ALL), []).append(shard["path"])
    for group, paths in groups.items():
        folders = {path.rsplit("/", 1)[0] for path in paths}
        if len(folders) == 1 and (folders == {f"data/{group}"} or len(groups) == 1):
            groups[group] = [f"{folders.pop()}/*.parquet"]  # the folder holds exactly this group
    return groups


def header(manifest: dict[str, Any], sources: list[dict[str, Any]], languages: list[str]) -> dict[str, Any]:
    groups = data_files(manifest)
    every = [path for paths in groups.values() for path in paths]
    configs = [{"config_name": "default", "default": True, "data_files": [{"split": "train", "path": every}]}]
    if len(groups) > 1:
        configs += [{"config_name": g, "data_files": [{"split": "train", "path": p}]} for g, p in groups.items()]
    licences = {s.get("license") for s in sources}
    meta: dict[str, Any] = {"configs": configs}
    if licences and None not in licences:
        meta["license"] = licences.pop() if len(licences) == 1 else "other"
    if languages:
        meta["language"] = languages
    meta["tags"] = ["corpusmill"]
    return meta


def run_sources(out: Path, stats: dict[str, Any]) -> list[dict[str, Any]]:
    """The sources as configured (pipeline runs: ``logs/run.json``; ``sft clean``: ``stats.json``)."""
    config = _load(out / "logs" / "run.json").get("config", {})
    if config.get("sources"):
        return config["sources"]
    return [{"name": s["name"], "type": s.get("format", ""), "paths": [s["path"]]} for s in stats.get("sources", [])]


def body(out: Path, manifest: dict[str, Any], stats: dict[str, Any], report: dict[str, Any], sources) -> str:
    totals = report.get("totals", {})
    records_in = stats.get("input_records", totals.get("input_records", 0))
    kept = manifest.get("total_records", stats.get("output_records", 0))
    tokenizer = manifest.get("tokenizer", {}).get("name", "?")
    lines = [
        f"# {out.name}",
        "",
        f"Made by corpusmill from {len(sources)} source(s): {kept:,} of {records_in:,} records "
        f"kept, {manifest.get('total_tokens', 0):,} tokens ({tokenizer}). Every removed record is in `rejects/` "
        "with its stage and reason; `report.html` has the full report.",
        "",
        "```python",
        "from datasets import load_dataset",
        f'ds = load_dataset("{out.name}")  # or the local path of this folder; a group: load_dataset(path, "<group>")',
        "```",
        "",
        "## Sources",
        "",
        "| source | type | files | licence | kept records | tokens |",
        "|---|---|---:|---|---:|---:|",
    ]
    measured = {s.get("source"): s for s in report.get("sources") or []}
    for source in sources:
        found = measured.get(source["name"], {})
        lines.append(
            f"| {source['name']} | {source.get('type', '')} | {len(source.get('paths', []))} | "
            f"{source.get('license') or 'unknown'} | {found.get('records') or 0:,} | {found.get('tokens') or 0:,} |"
        )
    lines += ["", "## Groups", "", "| group | records | tokens | epochs |", "|---|---:|---:|---:|"]
    for group, entry in (manifest.get("groups") or _groups_of(manifest)).items():
        lines.append(f"| {group} | {entry['records']:,} | {entry['tokens']:,} | {entry.get('epochs', 1)} |")
    lines += ["", "## Stages", "", "| stage | in | kept | rejected | top reason |", "|---|---:|---:|---:|---|"]
    for stage in stats.get("stages", []):
        rejected = stage.get("rejected", {})
        top = next(iter(rejected), "") if isinstance(rejected, dict) else ""
        count = sum(rejected.values()) if isinstance(rejected, dict) else rejected
        lines.append(f"| {stage['name']} | {stage['in']:,} | {stage['kept']:,} | {count:,} | {top} |")
    return "\n".join(lines) + "\n"


def _groups_of(manifest: dict[str, Any]) -> dict[str, dict[str, int]]:
    groups: dict[str, dict[str, int]] = {}
    for shard in manifest.get("shards", []):
        entry = groups.setdefault(shard.get("group", ALL), {"records": 0, "tokens": 0})
        entry["records"] += shard["records"]
        entry["tokens"] += shard["tokens"]
    return groups


def write_card(out: Path) -> Path:
    """Write ``OUT/README.md`` from the run's manifest, stats and report; return its path."""
    out = Path(out)
    manifest, stats, report = (_load(out / name) for name in ("manifest.json", "stats.json", "report.json"))
    sources = run_sources(out, stats)
    languages = sorted(row["language"] for row in report.get("languages") or [] if row.get("language") != "unknown")
    meta = yaml.safe_dump(header(manifest, sources, languages), sort_keys=False, allow_unicode=True)
    path = out / "README.md"
    path.write_text(f"---\n{meta}---\n\n{body(out, manifest, stats, report, sources)}", encoding="utf-8")
    return path
