"""Precision on real data (issue 22): rerun the default cleaning on the real data in ``--data``
and score what it removes and keeps against labels a person wrote by reading records.

Web: ``benchmarks/precision/web.yaml`` names the real inputs; the run config takes the
``stages:`` of ``configs/web.yaml`` unchanged (so the figures follow the defaults) and runs
``corpusmill run``. SFT: ``benchmarks/precision/sft.yaml`` lists the real files, cleaned with
``corpusmill sft clean --config configs/sft.yaml``. Labels: ``benchmarks/labels/{web,sft}.jsonl``
(format in ``benchmarks/labels/README.md``), joined to the run by ``(source, key)``.

Printed: per reject reason T/F/P/B and precision T/(T+F); overall precision (web: also the quality
rules alone); kept-junk rate per language (web) or format (SFT); labels whose record is gone; and
the unlabelled rejects (first N per reason) and a seeded sample of unlabelled kept records, to be
read and labelled next.

    .venv/bin/python benchmarks/precision.py --part web --unlabelled 15 --json out/precision.json
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl
import yaml

REPO = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent / "precision"
LABELS = Path(__file__).resolve().parent / "labels"
CORPUSMILL = Path(sys.executable).with_name("corpusmill")

LABEL_VALUES = ("good", "junk", "floor", "borderline")
OUTCOME = {"junk": "T", "good": "F", "floor": "P", "borderline": "B"}
"""What a label means for a reject: junk removed is right (T), good text removed is wrong (F),
a complete record under an intended size floor is P, a borderline record B."""

LANGUAGE_REASON = "language:"
QUALITY_REASON = "quality:"
DUPLICATE_REASON = "_duplicate"
"""Reasons ending so (``exact_duplicate``, ``sft:near_duplicate``) remove a copy of a kept record:
whether that is right depends on the pair, not on the removed record's own quality."""


# ---- keys and labels: the one place that defines them -------------------------------------


def record_key(record_id: str, source: str) -> str:
    """The id without its ``<source>:`` prefix: stable across runs and source renames (WARC
    records keep their WARC-Record-ID, Dolma its own id, JSONL without ids ``<file>:<line>``)."""
    return record_id.removeprefix(f"{source}:")


def load_labels(path: Path) -> pl.DataFrame:
    """Labels of one file, one row per JSON line. A line with ``reason`` judges that reject
    itself (dedup), the others judge the record. Bad lines stop the script: labels are data."""
    rows: list[dict[str, Any]] = []
    if path.exists():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            missing = {"key", "source", "label"} - row.keys()
            if missing or row["label"] not in LABEL_VALUES:
                raise SystemExit(f"{path}:{number}: needs key, source and a label in {LABEL_VALUES}")
            rows.append(
                {name: row.get(name) for name in ("key", "source", "label", "why", "seen", "lang", "format", "reason")}
            )
    schema = dict.fromkeys(("key", "source", "label", "why", "seen", "lang", "format", "reason"), pl.String)
    return pl.DataFrame(rows, schema=schema)


# ---- pure scoring -----------------------------------------------------------------------


def reject_outcome(label: str, lang: str | None, reason: str, kept_languages: frozenset[str]) -> str:
    """T/F/P/B for one labelled reject. A ``language:`` reject of a record whose language (as
    read) is not one the config keeps is right whatever its quality; otherwise the label decides."""
    if reason.startswith(LANGUAGE_REASON) and kept_languages and lang and lang not in kept_languages:
        return "T"
    return OUTCOME[label]


@dataclass
class Tally:
    """Labelled outcomes of one group of rejects, and how many rejects the group has."""

    rejects: int = 0
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def precision(self) -> float | None:
        judged = self.counts["T"] + self.counts["F"]
        return self.counts["T"] / judged if judged else None

    def as_dict(self) -> dict[str, Any]:
        return {"rejects": self.rejects, **{k: self.counts[k] for k in "TFPB"}, "precision": self.precision}


def tally_rejects(rejects: pl.DataFrame, kept_languages: frozenset[str]) -> dict[str, Tally]:
    """Per reason, from rejects joined with labels (columns reason, label, lang; label null when
    unlabelled)."""
    tallies: dict[str, Tally] = {}
    for row in rejects.select("reason", "label", "lang").iter_rows(named=True):
        tally = tallies.setdefault(row["reason"], Tally())
        tally.rejects += 1
        if row["label"] is not None:
            tally.counts[reject_outcome(row["label"], row["lang"], row["reason"], kept_languages)] += 1
    return tallies


def combine(tallies: dict[str, Tally], prefix: str = "") -> Tally:
    total = Tally()
    for reason, tally in tallies.items():
        if reason.startswith(prefix):
            total.rejects += tally.rejects
            total.counts.update(tally.counts)
    return total


def kept_junk(kept: pl.DataFrame, group: str) -> dict[str, dict[str, Any]]:
    """Per group value: labelled kept records, how many are junk, and junk / labelled; the same
    over the records that were labelled as a kept sample (``seen`` = kept), since records read as
    rejects of earlier rules and kept now are not a random sample of the kept set."""
    found: dict[str, dict[str, Any]] = {}

    def entry(value: Any) -> dict[str, Any]:
        return found.setdefault(str(value), {"kept": 0, "labelled": 0, "junk": 0, "sampled": 0, "sampled_junk": 0})

    for value, label, seen in kept.filter(pl.col("label").is_not_null()).select(group, "label", "seen").iter_rows():
        counts = entry(value)
        counts["labelled"] += 1
        counts["junk"] += label == "junk"
        counts["sampled"] += seen == "kept"
        counts["sampled_junk"] += seen == "kept" and label == "junk"
    for value, count in kept.group_by(group).len().iter_rows():
        entry(value)["kept"] = count
    for counts in found.values():
        counts["rate"] = counts["junk"] / counts["labelled"] if counts["labelled"] else None
        counts["sampled_rate"] = counts["sampled_junk"] / counts["sampled"] if counts["sampled"] else None
    return dict(sorted(found.items()))


def join_labels(records: pl.DataFrame, labels: pl.DataFrame, rejected: bool) -> pl.DataFrame:
    """Records with their label (null when none). For rejects a label naming that reject's
    reason wins over the record's own label. A duplicate reject is judged by such a label only
    (the pair read side by side), or by the record's own ``junk`` (removing junk is right whatever
    the reason): a record read as good under another rule says nothing about whether it is a copy,
    so it stays unlabelled and is listed to be read beside its twin."""
    own = labels.filter(pl.col("reason").is_null()).unique(["source", "key"], keep="last").drop("reason")
    joined = records.join(own, on=["source", "key"], how="left")
    if not rejected:
        return joined
    by_reason = labels.filter(pl.col("reason").is_not_null()).unique(["source", "key", "reason"], keep="last")
    by_reason = by_reason.select("source", "key", "reason", pl.col("label").alias("reason_label"))
    joined = joined.join(by_reason, on=["source", "key", "reason"], how="left")
    unjudged_copy = pl.col("reason").str.ends_with(DUPLICATE_REASON) & (pl.col("label") != "junk")
    own_label = pl.when(unjudged_copy).then(None).otherwise(pl.col("label"))
    return joined.with_columns(pl.coalesce("reason_label", own_label).alias("label")).drop("reason_label")


# ---- runs ---------------------------------------------------------------------------------


def prepare(spec: dict[str, dict[str, Any]], data: Path, inputs: Path) -> None:
    """Plain-text inputs as JSONL ``{"text": ...}``, ``lines_per_record`` lines a record."""
    inputs.mkdir(parents=True, exist_ok=True)
    for name, how in spec.items():
        lines = (data / how["from"]).read_text(encoding="utf-8").splitlines()
        step = int(how["lines_per_record"])
        with (inputs / name).open("w", encoding="utf-8") as out:
            for start in range(0, len(lines), step):
                out.write(json.dumps({"text": "\n".join(lines[start : start + step])}, ensure_ascii=False) + "\n")


def run_web(data: Path, work: Path) -> Path:
    """``corpusmill run`` over the real web inputs with the stages of configs/web.yaml."""
    bench = yaml.safe_load((HERE / "web.yaml").read_text(encoding="utf-8"))
    default = yaml.safe_load((REPO / "configs/web.yaml").read_text(encoding="utf-8"))
    inputs = work / "inputs"
    prepare(bench.get("prepared", {}), data, inputs)
    for source in bench["sources"]:
        source["paths"] = [
            str(inputs / p.removeprefix("prepared/")) if p.startswith("prepared/") else str(data / p)
            for p in source["paths"]
        ]
    config = {key: value for key, value in default.items() if key not in ("sources", "budget")}
    config["sources"] = bench["sources"]
    run = work / "web"
    config["output"] = {**default.get("output", {}), "dir": str(run)}
    path = work / "web.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    run_command([str(CORPUSMILL), "run", str(path), "--fresh"])
    return run


class RunFailed(Exception):
    """A cleaning run exited with an error: its part is skipped, the other part still runs."""


def run_command(command: list[str]) -> None:
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise RunFailed(f"`{' '.join(command[:3])} ...` exited with {done.returncode}: {last}")


def kept_languages() -> frozenset[str]:
    """The languages the default web config keeps (its ``language`` stage); empty = all."""
    default = yaml.safe_load((REPO / "configs/web.yaml").read_text(encoding="utf-8"))
    for stage in default["stages"]:
        if "language" in stage:
            return frozenset((stage["language"] or {}).get("languages", []))
    return frozenset()


def run_sft(data: Path, work: Path) -> Path:
    """``corpusmill sft clean`` over the real SFT files with configs/sft.yaml."""
    bench = yaml.safe_load((HERE / "sft.yaml").read_text(encoding="utf-8"))
    run = work / "sft"
    files = [str(data / f["path"]) for f in bench["files"]]
    command = [str(CORPUSMILL), "sft", "clean", *files, "--out", str(run), "--config", str(REPO / "configs/sft.yaml")]
    run_command(command)
    return run


def sft_formats() -> dict[str, str]:
    """Format of each SFT source (the input file name without folders and compression)."""
    bench = yaml.safe_load((HERE / "sft.yaml").read_text(encoding="utf-8"))
    return {sft_source_name(f["path"]): f["format"] for f in bench["files"]}


def sft_source_name(path: str) -> str:
    """The ``source`` value ``corpusmill sft clean`` gives a file: its name without folders,
    compression and the .json/.jsonl extension."""
    name = Path(path).name
    for suffix in (".gz", ".zst", ".jsonl", ".json"):
        name = name.removesuffix(suffix)
    return name


def read_run(run: Path) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(rejects, kept) of a run folder, each with a ``key`` column."""
    key = pl.struct("id", "source").map_elements(lambda r: record_key(r["id"], r["source"]), return_dtype=pl.String)
    rejects = pl.read_parquet(run / "rejects/**/*.parquet").with_columns(key.alias("key"))
    kept = pl.read_parquet(run / "data/**/*.parquet").with_columns(key.alias("key"))
    return rejects, kept


# ---- report -------------------------------------------------------------------------------


def excerpt(text: str | None, width: int = 300) -> str:
    return " ".join((text or "").split())[:width]


def evaluate(
    part: str, run: Path, labels: pl.DataFrame, group: str, kept_languages: frozenset[str], unlabelled: int, seed: int
) -> dict[str, Any]:
    rejects, kept = read_run(run)
    if part == "sft":
        formats = sft_formats()
        kept = kept.with_columns(pl.col("source").replace_strict(formats, default="unknown").alias("format"))
    rejects = join_labels(rejects, labels, rejected=True)
    kept = join_labels(kept.drop([c for c in ("lang",) if c in kept.columns]), labels, rejected=False)
    tallies = tally_rejects(rejects, kept_languages)
    present = pl.concat([rejects.select("source", "key"), kept.select("source", "key")]).unique()
    gone = labels.join(present, on=["source", "key"], how="anti")
    figures: dict[str, Any] = {
        "run": str(run),
        "labels": labels.height,
        "labels_by_value": dict(Counter(labels["label"].to_list())),
        "labels_without_record": gone.height,
        "reasons": {reason: tally.as_dict() for reason, tally in sorted(tallies.items())},
        "overall": combine(tallies).as_dict(),
        "kept": {"records": kept.height, "by_" + group: kept_junk(kept, group if group in kept.columns else "source")},
    }
    families = sorted({reason.split(":")[0] + ":" for reason in tallies if ":" in reason})
    figures["by_family"] = {family + "*": combine(tallies, family).as_dict() for family in families}
    if part == "web":
        figures["quality_rules"] = combine(tallies, QUALITY_REASON).as_dict()
    print_figures(part, figures, group)
    if gone.height:
        print(f"\n{gone.height} labels name a record this run no longer has, e.g. {gone['key'].head(3).to_list()}")
    if unlabelled:
        show_unlabelled(rejects, kept, group, unlabelled, seed)
    return figures


def fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def print_figures(part: str, figures: dict[str, Any], group: str) -> None:
    print(f"\n== {part}: {figures['run']}  ({figures['labels']} labels: {figures['labels_by_value']})")
    print(f"{'reason':<40} {'rejects':>7} {'T':>4} {'F':>4} {'P':>4} {'B':>4} {'prec':>5}")
    rows = [*figures["reasons"].items(), ("", None), *figures["by_family"].items(), ("ALL rejects", figures["overall"])]
    for name, t in rows:
        if t is None:
            print("-" * 71)
            continue
        print(f"{name:<40} {t['rejects']:>7} {t['T']:>4} {t['F']:>4} {t['P']:>4} {t['B']:>4} {fmt(t['precision']):>5}")
    print(f"\nkept records: {figures['kept']['records']}")
    for value, entry in next(iter(v for k, v in figures["kept"].items() if k.startswith("by_"))).items():
        print(
            f"  {group}={value:<12} kept {entry['kept']:>6}  labelled {entry['labelled']:>4}  junk {entry['junk']:>3}"
            f"  kept-junk rate {fmt(entry['rate'])}   (kept sample: {entry['sampled_junk']}/{entry['sampled']}"
            f" = {fmt(entry['sampled_rate'])})"
        )


def show_unlabelled(rejects: pl.DataFrame, kept: pl.DataFrame, group: str, n: int, seed: int) -> None:
    """The first ``n`` unlabelled rejects of each reason (rejects without text are counted, not
    listed: they cannot be read from the run), then ``n`` seeded unlabelled kept records per group."""
    todo = rejects.filter(pl.col("label").is_null())
    empty = todo.filter(pl.col("text").fill_null("").str.strip_chars() == "")
    if empty.height:
        print(f"\n{empty.height} unlabelled rejects hold no text: {dict(Counter(empty['reason'].to_list()))}")
    todo = todo.filter(pl.col("text").fill_null("").str.strip_chars() != "")
    print(f"\n== unlabelled rejects ({todo.height}), first {n} per reason")
    for (reason,), rows in sorted(todo.group_by("reason"), key=lambda item: str(item[0][0])):
        print(f"-- {reason}: {rows.height} unlabelled")
        for row in rows.head(n).iter_rows(named=True):
            print(f"   [{row['source']}] {row['key']}  {excerpt(row['text'])}")
    column = group if group in kept.columns else "source"
    left = kept.filter(pl.col("label").is_null())
    print(f"\n== unlabelled kept ({left.height}), {n} seeded per {column}")
    for (value,), rows in sorted(left.group_by(column), key=lambda item: str(item[0][0])):
        picked = random.Random(seed).sample(range(rows.height), min(n, rows.height))
        print(f"-- {column}={value}: {rows.height} unlabelled")
        for row in rows[picked].iter_rows(named=True):
            print(f"   [{row['source']}] {row['key']}  {excerpt(row['text'])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared/data", help="real data folder")
    parser.add_argument("--part", choices=("web", "sft", "all"), default="all")
    parser.add_argument("--out", type=Path, default=REPO / "out/precision", help="work folder (runs are replaced)")
    parser.add_argument("--reuse", action="store_true", help="score the runs already in --out instead of rerunning")
    parser.add_argument("--unlabelled", type=int, default=0, metavar="N", help="list N unlabelled records per reason")
    parser.add_argument("--seed", type=int, default=0, help="seed of the kept sample listed")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    work = args.out.resolve()
    work.mkdir(parents=True, exist_ok=True)
    figures: dict[str, Any] = {}
    failed = False
    for part, runner, group, languages in (
        ("web", run_web, "language", kept_languages()),
        ("sft", run_sft, "format", frozenset()),
    ):
        if args.part not in (part, "all"):
            continue
        try:
            run = work / part if args.reuse else runner(args.data.resolve(), work)
        except RunFailed as err:
            print(f"{part}: {err}", file=sys.stderr)
            failed = True
            continue
        labels = load_labels(LABELS / f"{part}.jsonl")
        figures[part] = evaluate(part, run, labels, group, languages, args.unlabelled, args.seed)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
