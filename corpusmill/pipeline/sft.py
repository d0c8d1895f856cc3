"""``corpusmill sft clean``: clean instruction data (Alpaca, ShareGPT, OpenAI chat) in one pass.

SFT sets are thousands to a few hundred thousand records, so the run is a direct in-process pass
through the ``sft``, ``sft_dedup`` and ``sft_decontaminate`` stages (no executor, no task logs).
It writes the run-folder layout of the pipeline: ``data/<source>.parquet`` (canonical records),
``rejects/sft.parquet`` (every removed record with stage, reason and detail), ``stats.json``
(per-stage counts, verified to balance) and ``manifest.json``; with ``--format``, also
``export/<input file name>`` in that format, laid out like the input (JSON array or JSONL,
same compression) so it drops into training code.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

import pyarrow as pa
import typer
import yaml
from datatrove.data import Document
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from rich.console import Console
from rich.table import Table

from corpusmill.filters.base import Reject, Stage
from corpusmill.filters.parquet import ParquetFile
from corpusmill.filters.sft.formats import FORMATS, Format, Layout, NotRepresentable, read_documents, write_documents
from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.record import SCHEMA_ERROR
from corpusmill.filters.sft.stage import (
    MESSAGES,
    SftChecks,
    SftDecontaminate,
    SftDecontaminateParams,
    SftDedup,
    SftDedupParams,
)
from corpusmill.filters.tokenizer import CountFn
from corpusmill.filters.tokenizer import TokenCounter as Tokenizer
from corpusmill.pipeline.accounting import AccountingError, problems, stage_entry
from corpusmill.pipeline.report_cli import report as write_report

app = typer.Typer(
    help="Clean SFT / instruction data: Alpaca, ShareGPT and OpenAI chat files.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
if not console.is_terminal:  # CI logs and pipes: wide enough for the summary table
    console.width = 120
DATA_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("messages", MESSAGES),
        ("source", pa.string()),
        ("language", pa.string()),
        ("token_count", pa.int64()),
        ("fixes", pa.list_(pa.string())),
        ("extra", pa.string()),
    ]
)
REJECT_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("source", pa.string()),
        ("stage", pa.string()),
        ("reason", pa.string()),
        ("detail", pa.string()),
        ("duplicate_of", pa.string()),
        ("similarity", pa.float64()),
        ("messages", MESSAGES),
        ("raw", pa.string()),
    ]
)
INPUT_SUFFIXES = re.compile(r"(\.jsonl?)?(\.gz|\.zst)?$", re.I)


class SftConfig(BaseModel):
    """``configs/sft.yaml``; every key is optional."""

    model_config = ConfigDict(extra="forbid")
    format: Literal["auto", "alpaca", "sharegpt", "openai"] = "auto"
    extra_fields: list[str] = Field(default_factory=lambda: ["tools", "label"])
    fields: dict[str, str] = Field(default_factory=dict)  # canonical -> own name, e.g. {output: std_answer}
    checks: SftChecksParams = Field(default_factory=SftChecksParams)
    dedup: SftDedupParams = Field(default_factory=SftDedupParams)
    decontaminate: SftDecontaminateParams = Field(default_factory=SftDecontaminateParams)
    warn_below: int = Field(default=5000, ge=0)


class SftConfigError(ValueError):
    """A bad config or input, phrased as one line for the user (exit status 2)."""


def load_sft_config(path: Path | None) -> SftConfig:
    if path is None:
        return SftConfig()
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return SftConfig.model_validate(raw)
    except (OSError, yaml.YAMLError) as err:
        raise SftConfigError(f"{path}: {err}") from None
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise SftConfigError(f"{path}: {where}: {first['msg']}") from None


@dataclass
class InputFile:
    path: Path
    source: str
    format: Format
    layout: Layout
    records: int = 0
    kept: int = 0


class RejectCollector:
    """The ``RejectSink`` of an in-process run: rows in memory, one Parquet file at the end."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self.examples: dict[str, str] = {}

    def open(self, stage_id: str, rank: int) -> RejectCollector:
        return self

    def write(self, doc: Document, stage: str, reject: Reject) -> None:
        broken = SCHEMA_ERROR in doc.metadata
        self.rows.append(
            {
                "id": doc.id,
                "source": doc.metadata["source"],
                "stage": stage,
                "reason": reject.reason,
                "detail": reject.detail,
                "duplicate_of": reject.duplicate_of,
                "similarity": reject.similarity,
                "messages": doc.metadata["messages"],
                "raw": doc.text if broken else None,
            }
        )
        self.examples.setdefault(reject.reason, reject.detail)

    def close(self) -> None:
        return None


def source_names(paths: list[Path]) -> list[str]:
    """File names without ``.json[l][.gz|.zst]``, made unique with ``-2``, ``-3``..."""
    names: list[str] = []
    for path in paths:
        base = INPUT_SUFFIXES.sub("", path.name) or path.name
        name, n = base, 1
        while name in names:
            n += 1
            name = f"{base}-{n}"
        names.append(name)
    return names


def open_inputs(paths: list[Path], config: SftConfig) -> tuple[list[InputFile], Iterator[Document]]:
    """Parse every file up front (format errors surface before any work) and chain their records."""
    files: list[InputFile] = []
    streams: list[Iterator[Document]] = []
    seen_ids: dict[str, int] = {}
    for index, (path, source) in enumerate(zip(paths, source_names(paths), strict=True)):
        try:
            fmt, layout, docs = read_documents(
                path,
                source=source,
                file_index=index,
                fmt=config.format,
                extra_fields=frozenset(config.extra_fields),
                seen_ids=seen_ids,
                fields=config.fields,
            )
        except (OSError, ValueError) as err:
            raise SftConfigError(f"{path}: {err}") from None
        files.append(InputFile(path, source, fmt, layout))
        streams.append(docs)

    def chained() -> Iterator[Document]:
        for file, docs in zip(files, streams, strict=True):
            for doc in docs:
                file.records += 1
                yield doc

    return files, chained()


def build_stages(config: SftConfig, token_counter: CountFn) -> list[Stage]:
    return [
        SftChecks(config.checks, token_counter=token_counter),
        SftDedup(config.dedup),
        SftDecontaminate(config.decontaminate),
    ]


def stage_stats(stages: list[Stage]) -> list[dict[str, Any]]:
    return [
        stage_entry(f"{number:02d}_{stage.name}", Counter({k: int(m.total) for k, m in stage.stats.stats.items()}))
        for number, stage in enumerate(stages, 1)
    ]


def write_parquet(rows: list[dict[str, Any]], schema: pa.Schema, path: Path) -> Path:
    """Column-wise (Arrow converts a column of nested messages far faster than rows of dicts),
    published atomically like every corpusmill Parquet file."""
    table = pa.Table.from_pydict({name: [row[name] for row in rows] for name in schema.names}, schema=schema)
    out = ParquetFile(str(path.parent), path.name, schema, keep_empty=True)
    out.write_table(table)
    out.close()
    return path


def write_data(kept: list[Document], files: list[InputFile], out: Path) -> list[dict[str, Any]]:
    by_source: dict[str, list[Document]] = {file.source: [] for file in files}
    for doc in kept:
        by_source[doc.metadata["source"]].append(doc)
    shards = []
    for file in files:
        docs = by_source[file.source]
        file.kept = len(docs)
        if not docs:
            continue
        rows = [
            {
                "id": d.id,
                "messages": d.metadata["messages"],
                "source": d.metadata["source"],
                "language": d.metadata["language"],
                "token_count": d.metadata["token_count"],
                "fixes": d.metadata["fixes"],
                "extra": d.metadata["extra"],
            }
            for d in docs
        ]
        path = write_parquet(rows, DATA_SCHEMA, out / "data" / f"{file.source}.parquet")
        payload = path.read_bytes()
        shards.append(
            {
                "path": f"data/{path.name}",
                "group": file.source,
                "records": len(rows),
                "tokens": sum(r["token_count"] for r in rows),
                "bytes": len(payload),
                "sha256": hashlib.sha256(payload).hexdigest(),
            }
        )
    return shards


def export(kept: list[Document], files: list[InputFile], out: Path, fmt: Format) -> list[Path]:
    written = []
    for file in files:
        docs = [d for d in kept if d.metadata["source"] == file.source]
        target = out / "export" / file.path.name
        try:
            write_documents(docs, target, fmt, file.layout)
        except NotRepresentable as err:
            raise SftConfigError(f"{file.path}: cannot write as {fmt}: {err}; data/ has every record") from None
        written.append(target)
    return written


def _clear_outputs(out: Path) -> None:
    """A rerun into the same folder replaces the last run's outputs (only files this command writes)."""
    out.mkdir(parents=True, exist_ok=True)
    for pattern in ("data/*.parquet", "rejects/*.parquet", "export/*", "stats.json", "manifest.json"):
        for stale in out.glob(pattern):
            stale.unlink()


def clean(
    paths: list[Path],
    out: Path,
    config: SftConfig,
    export_format: Format | None = None,
    tokenizer: Tokenizer | None = None,
) -> dict[str, Any]:
    """Run the SFT stages over ``paths`` into the run folder ``out``; return ``stats.json``'s content."""
    started = time.perf_counter()
    tokenizer = tokenizer or Tokenizer()
    files, docs = open_inputs(paths, config)
    stages = build_stages(config, tokenizer.count)
    rejects = RejectCollector()
    stream: Any = docs
    for stage in stages:
        stage.rejects = rejects
        stream = stage.run(stream)
    kept = list(stream)
    _clear_outputs(out)
    shards = write_data(kept, files, out)
    write_parquet(rejects.rows, REJECT_SCHEMA, out / "rejects" / "sft.parquet")
    exported = export(kept, files, out, export_format) if export_format else []
    elapsed = time.perf_counter() - started
    total = sum(f.records for f in files)
    stats: dict[str, Any] = {
        "input_records": total,
        "output_records": len(kept),
        "rejected_records": len(rejects.rows),
        "elapsed_seconds": round(elapsed, 3),
        "records_per_second": round(total / elapsed, 1) if elapsed else None,
        "stages": stage_stats(stages),
        "sources": [
            {
                "name": f.source,
                "path": str(f.path),
                "format": f.format,
                "container": f.layout.container,
                "records": f.records,
                "kept": f.kept,
            }
            for f in files
        ],
        "reject_examples": rejects.examples,
        "exported": [str(p.relative_to(out)) for p in exported],
    }
    stats["accounting"] = {"problems": problems(stats)}
    manifest = {
        "tokenizer": {k: v for k, v in vars(tokenizer.info).items() if k != "spec"},
        "total_tokens": sum(s["tokens"] for s in shards),
        "total_records": len(kept),
        "shards": shards,
    }
    (out / "stats.json").write_text(json.dumps(stats, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    if stats["accounting"]["problems"]:
        raise AccountingError("; ".join(stats["accounting"]["problems"]))
    return stats


def print_summary(stats: dict[str, Any], out: Path, warn_below: int) -> None:
    total = stats["input_records"] or 1
    table = Table(title=f"corpusmill sft clean → {out}", title_justify="left")
    table.add_column("stage")
    table.add_column("reason")
    table.add_column("records", justify="right")
    table.add_column("% of input", justify="right")
    table.add_column("example", overflow="fold", max_width=60)
    for stage in stats["stages"]:
        for reason, n in stage["rejected"].items():
            example = stats["reject_examples"].get(reason, "")
            table.add_row(stage["name"], reason, f"{n:,}", f"{100 * n / total:.2f}", example[:120])
        for reason, n in stage["fixed"].items():
            table.add_row(stage["name"], f"fixed:{reason}", f"{n:,}", f"{100 * n / total:.2f}", "kept, repaired")
    console.print(table)
    console.print(
        f"input {stats['input_records']:,} = kept {stats['output_records']:,} + rejected "
        f"{stats['rejected_records']:,} · {stats['elapsed_seconds']:.1f} s · "
        f"{stats['records_per_second']:,.0f} records/s",
        highlight=False,
    )
    for source in stats["sources"]:
        console.print(
            f"  {source['name']}: {source['format']} {source['container']}, "
            f"{source['records']:,} read, {source['kept']:,} kept",
            highlight=False,
        )
    if stats["output_records"] < warn_below:
        console.print(
            f"[yellow]warning:[/] only {stats['output_records']:,} records kept; under {warn_below:,} is a "
            "small instruction set: expect it to set a style more than to teach skills.",
            highlight=False,
        )


def _fail(message: str, code: int) -> typer.Exit:
    Console(stderr=True).print(f"[bold red]corpusmill sft:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


@app.callback()
def sft() -> None:
    """Instruction data (SFT): clean Alpaca, ShareGPT and OpenAI chat files."""


@app.command("clean")
def clean_command(
    inputs: Annotated[list[Path], typer.Argument(help="Alpaca / ShareGPT / OpenAI files (.json, .jsonl, .gz, .zst).")],
    out: Annotated[Path, typer.Option(help="Run folder: data/, rejects/, stats.json, manifest.json.")],
    format: Annotated[
        str | None, typer.Option("--format", help="Also write export/<input name> as alpaca, sharegpt or openai.")
    ] = None,
    input_format: Annotated[
        str | None, typer.Option(help="auto (default), alpaca, sharegpt or openai; overrides the config.")
    ] = None,
    config: Annotated[Path | None, typer.Option(help="SFT config (see configs/sft.yaml).")] = None,
    benchmark: Annotated[
        list[Path] | None, typer.Option(help="Benchmark file to decontaminate against (repeatable).")
    ] = None,
) -> None:
    """Clean instruction data: schema, placeholders, unseen references, media requests, merged
    instructions, refusals, truncation, length, language, duplicates and benchmark overlap.
    Exit status: 0 done; 2 bad input, config or option; 3 the counts did not balance."""
    try:
        cfg = load_sft_config(config)
        if format is not None and format not in FORMATS:
            raise SftConfigError(f"--format must be alpaca, sharegpt or openai, not {format!r}")
        if input_format is not None and input_format not in ("auto", *FORMATS):
            raise SftConfigError(f"--input-format must be auto, alpaca, sharegpt or openai, not {input_format!r}")
        cfg = cfg.model_copy(
            update={
                "format": input_format or cfg.format,
                "decontaminate": cfg.decontaminate.model_copy(
                    update={"benchmarks": [*cfg.decontaminate.benchmarks, *map(str, benchmark or [])]}
                ),
            }
        )
        missing = [str(p) for p in [*inputs, *map(Path, cfg.decontaminate.benchmarks)] if not p.is_file()]
        if missing:
            raise SftConfigError(f"no such file: {missing[0]}")
        stats = clean(inputs, out, cfg, export_format=format)  # type: ignore[arg-type]
    except SftConfigError as err:
        raise _fail(str(err), 2) from None
    except AccountingError as err:
        raise _fail(f"accounting does not balance: {err}", 3) from None
    print_summary(stats, out, cfg.warn_below)
    paths = write_report(out)
    console.print(f"report: {paths['html']}  {paths['json']}  {paths['md']}", highlight=False)
