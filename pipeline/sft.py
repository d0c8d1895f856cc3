"""Clean instruction data (Alpaca, ShareGPT, OpenAI chat): ``corpusmill sft clean`` and ``corpusmill.sft_clean``.

It turns the input files and ``configs/sft.yaml`` into a run config (one source
per file, the ``sft``, ``sft_dedup`` and ``sft_decontaminate`` stages, output grouped by source)
and runs it with the same runner as ``corpusmill run``. The run folder therefore has the one
layout of every corpusmill run (``data/<source>/shard-*.parquet``, ``rejects/<stage>/``,
``stats.json``, ``manifest.json``, the report) and ``verify [--recount]`` works on it. What is
SFT-specific happens after the run: ``export/<input file name>`` in the requested format, laid
out like the input, and the per-reason summary.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from corpusmill.filters.sft.params import SftChecksParams
from corpusmill.filters.sft.stage import SftDecontaminateParams, SftDedupParams
from corpusmill.pipeline.config import (
    SAFE_NAME,
    ConfigError,
    ExecutorConfig,
    OutputConfig,
    RunConfig,
    SourceConfig,
    StageSpec,
    check_chain,
)
from corpusmill.schema import ID, SFT_SOURCE_TYPES, SOURCE
from corpusmill.yamlconfig import load_yaml, validate

if TYPE_CHECKING:
    from rich.console import Console

INPUT_SUFFIXES = re.compile(r"(\.jsonl?)?(\.gz|\.zst)?$", re.I)
SCHEMA_REASONS = frozenset({"sft:schema", "sft:unknown_role"})
"""Reasons meaning "this is not a record of the format", as opposed to a bad record; so does every
``read:`` reason (bad JSON, bad encoding such as GBK bytes, a cut file)."""
Format = Literal["alpaca", "sharegpt", "openai"]


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


def load_sft_config(path: Path | None) -> SftConfig:
    """``configs/sft.yaml``-style file (benchmark paths relative to it), or the defaults."""
    if path is None:
        return SftConfig()
    config = validate(SftConfig, load_yaml(path) or {}, path)
    base = path.resolve().parent
    benchmarks = [p if Path(p).is_absolute() else str(base / p) for p in config.decontaminate.benchmarks]
    decontaminate = config.decontaminate.model_copy(update={"benchmarks": benchmarks})
    return config.model_copy(update={"decontaminate": decontaminate})


@dataclass
class InputFile:
    path: Path
    source: str
    format: Format
    layout: Any  # filters.sft.formats.Layout: array or JSONL, compression


def source_names(paths: list[Path]) -> list[str]:
    """File names without ``.json[l][.gz|.zst]``, as safe folder names, made unique with ``-2``..."""
    names: list[str] = []
    for path in paths:
        base = INPUT_SUFFIXES.sub("", path.name) or path.name
        base = re.sub(r"[^A-Za-z0-9_.\-]", "_", base).lstrip(".-") or "input"
        if not SAFE_NAME.match(base):
            base = f"input_{base}"
        name, n = base, 1
        while name in names:
            n += 1
            name = f"{base}-{n}"
        names.append(name)
    return names


def inspect_inputs(paths: list[Path], fmt: str, fields: dict[str, str]) -> list[InputFile]:
    """Each file's format (detected from its first records unless given) and layout, before any work."""
    from corpusmill.filters.sft.formats import read_documents

    files = []
    for path, source in zip(paths, source_names(paths), strict=True):
        if not path.is_file():
            raise ConfigError(f"no such file: {path}")
        try:
            detected, layout, _ = read_documents(
                path,
                source=source,
                file_index=0,
                fmt=fmt,  # type: ignore[arg-type]
                fields=fields,
            )
        except (OSError, ValueError, EOFError) as err:
            raise ConfigError(f"{path}: {err}") from None
        files.append(InputFile(path, source, detected, layout))
    return files


def run_config(files: list[InputFile], config: SftConfig, out: Path) -> RunConfig:
    """The ``corpusmill run`` config this command stands for."""
    sources = [
        SourceConfig(
            name=f.source,
            type=f.format,
            paths=[str(f.path.resolve())],
            extra_fields=config.extra_fields,
            fields=config.fields,
            split_mb=0,
        )
        for f in files
    ]
    benchmarks = [str(Path(p).resolve()) for p in config.decontaminate.benchmarks]
    stages = [
        StageSpec(name="sft", params=config.checks),
        StageSpec(name="sft_dedup", params=config.dedup),
        StageSpec(name="sft_decontaminate", params=config.decontaminate.model_copy(update={"benchmarks": benchmarks})),
    ]
    run = RunConfig(
        sources=sources,
        stages=stages,
        output=OutputConfig(dir=str(out.resolve()), group_by="source"),
        executor=ExecutorConfig(tasks=1, workers=1),
    )
    problems = check_chain(run)
    if problems:
        raise ConfigError(*(f"{key}: {message}" for key, message in problems))
    return run


def kept_documents(out: Path, source: str) -> Any:
    """The kept records of one source, in input order, as documents (for the export)."""
    import pyarrow.parquet as pq
    from datatrove.data import Document

    for shard in sorted((out / "data" / source).glob("*.parquet")):
        for row in pq.read_table(shard).to_pylist():
            doc_id, text = row.pop(ID), row.pop("text")
            yield Document(text=text, id=doc_id, metadata=row)


def export_names(paths: list[Path]) -> list[Path]:
    """Each input's path under ``export/``: its file name when the names differ, else its path
    below the folder all inputs share (``d1/train.json``, ``d2/train.json``), so that no export
    overwrites another; the same file given twice gets ``-2``, ``-3``... before its suffixes."""
    names = [Path(p.name) for p in paths]
    if len(set(names)) < len(names):
        absolute = [p.resolve() for p in paths]
        common = Path(os.path.commonpath([p.parent for p in absolute]))
        names = [p.relative_to(common) for p in absolute]
    unique: list[Path] = []
    for name in names:
        candidate, n = name, 1
        while candidate in unique:
            n += 1
            stem = INPUT_SUFFIXES.sub("", name.name) or name.name
            candidate = name.with_name(f"{stem}-{n}{name.name[len(stem) :]}")
        unique.append(candidate)
    return unique


def export(files: list[InputFile], out: Path, fmt: Format) -> list[Path]:
    """``export/<input file name>`` per input (see ``export_names``), in ``fmt``, laid out like the input."""
    from corpusmill.filters.sft.formats import NotRepresentable, write_documents

    written = []
    for file, name in zip(files, export_names([f.path for f in files]), strict=True):
        target = out / "export" / name
        try:
            write_documents(kept_documents(out, file.source), target, fmt, file.layout)
        except NotRepresentable as err:
            raise ConfigError(f"{file.path}: cannot write as {fmt}: {err}; data/ has every record") from None
        written.append(target)
    return written


def per_source(out: Path, files: list[InputFile]) -> list[dict[str, Any]]:
    """Records read, kept and failing the schema per input file, from the run folder itself."""
    import polars as pl

    def counts(sub: str, columns: list[str]) -> pl.DataFrame:
        if not list((out / sub).rglob("*.parquet")):
            return pl.DataFrame(schema=dict.fromkeys(columns, pl.String))
        return pl.read_parquet(out / sub / "**/*.parquet", columns=columns)

    data = counts("data", [SOURCE])
    rejects = counts("rejects", [SOURCE, "reason"])
    rows = []
    for file in files:
        kept = data.filter(pl.col(SOURCE) == file.source).height
        mine = rejects.filter(pl.col(SOURCE) == file.source)
        unreadable = pl.col("reason").is_in(list(SCHEMA_REASONS)) | pl.col("reason").str.starts_with("read:")
        schema = mine.filter(unreadable).height
        rows.append(
            {
                "name": file.source,
                "path": str(file.path),
                "format": file.format,
                "container": file.layout.container,
                "records": kept + mine.height,
                "kept": kept,
                "not_records": schema,
            }
        )
    return rows


def reject_examples(out: Path) -> dict[str, str]:
    import polars as pl

    if not list((out / "rejects").rglob("*.parquet")):
        return {}
    frame = pl.read_parquet(out / "rejects" / "**/*.parquet", columns=["reason", "detail"])
    return dict(frame.group_by("reason", maintain_order=True).agg(pl.col("detail").first()).iter_rows())


def clean(
    paths: list[Path | str],
    out: Path | str,
    config: SftConfig | None = None,
    export_format: Format | None = None,
) -> dict[str, Any]:
    """Clean SFT files into the run folder ``out`` (replacing an earlier run there); return
    ``stats.json``'s content plus ``sources`` (per file) and ``exported`` (paths). Raises
    ``ConfigError`` for bad input or options. This is ``corpusmill.sft_clean``."""
    from corpusmill.pipeline.runner import execute

    config = config or SftConfig()
    out = Path(out)
    files = inspect_inputs([Path(p) for p in paths], config.format, config.fields)
    stats = execute(run_config(files, config, out), str(out.resolve()), fresh=True)
    return finish(stats, files, out, export_format)


def finish(
    stats: dict[str, Any], files: list[InputFile], out: Path, export_format: str | None, console: Console | None = None
) -> dict[str, Any]:
    """The run's stats with per-file figures (``sources``) and the exports (``exported``): an input
    format writes ``export/<input name>``, ``chatml`` writes ``export/<source>.chatml.jsonl`` with
    token counts (progress on ``console``). ``ConfigError`` when the records cannot be written so."""
    stats = dict(stats)
    stats["sources"] = per_source(out, files)
    native = export_format if export_format in SFT_SOURCE_TYPES else None
    stats["exported"] = [str(p.relative_to(out)) for p in export(files, out, native)] if native else []  # type: ignore[arg-type]
    (out / "stats.json").write_text(json.dumps(stats, indent=2))  # per-file figures join the run's counts
    if export_format == "chatml":
        from corpusmill.pipeline.export.tokens import ExportError
        from corpusmill.pipeline.export.writer import export as export_run
        from corpusmill.pipeline.progress import Ticker

        try:
            export_run(out, "chatml", out / "export", Ticker(console, "export chatml"))
        except ExportError as err:
            raise ConfigError(str(err)) from None
    return stats


def schema_warnings(stats: dict[str, Any]) -> list[str]:
    """A file none of whose records fits its format is almost surely the wrong format or has other
    field names: say so loudly instead of reporting a clean run with everything rejected."""
    lines = []
    for source in stats["sources"]:
        if source["records"] and source["not_records"] == source["records"]:
            lines.append(
                f"{source['path']}: all {source['records']:,} records failed the {source['format']} schema "
                "(see rejects/ for the reason; wrong --input-format or other field names?)"
            )
    return lines


def nothing_readable(stats: dict[str, Any]) -> str | None:
    """The one-line failure when not one input record could be read as a record of its format."""
    if stats["input_records"] != sum(s["not_records"] for s in stats["sources"]):
        return None
    reasons = ", ".join(sorted({r for st in stats["stages"] for r in st["rejected"]}))
    hint = "wrong --input-format or other field names?" if "sft:schema" in reasons else "is every file UTF-8 JSON?"
    return (
        f"no input record could be read as a record ({stats['input_records']:,} read: {reasons}; {hint}); "
        "nothing kept, every record is in rejects/"
    )


def prepare(
    inputs: list[Path],
    out: Path,
    *,
    export_format: str | None = None,
    input_format: str | None = None,
    config: Path | None = None,
    benchmarks: list[Path] | None = None,
    field_map: str | None = None,
) -> tuple[SftConfig, list[InputFile], RunConfig]:
    """``sft clean``'s options checked and merged into its SFT config (``--input-format``,
    ``--benchmark`` and ``--map`` add to the file's settings), the inputs inspected, and the run
    config to execute. ``ConfigError`` (one line) before any work on a bad option or input."""
    if export_format is not None and export_format not in (*SFT_SOURCE_TYPES, "chatml"):
        raise ConfigError(f"--format must be alpaca, sharegpt or openai (or chatml), not {export_format!r}")
    if input_format is not None and input_format not in ("auto", *SFT_SOURCE_TYPES):
        raise ConfigError(f"--input-format must be auto, alpaca, sharegpt or openai, not {input_format!r}")
    cfg = load_sft_config(config)
    decontaminate = cfg.decontaminate.model_copy(
        update={"benchmarks": [*cfg.decontaminate.benchmarks, *map(str, benchmarks or [])]}
    )
    fields = cfg.fields
    if field_map is not None:
        from corpusmill.filters.sft.formats import parse_field_map

        try:
            fields = {**fields, **parse_field_map(field_map)}
        except ValueError as err:
            raise ConfigError(f"--map: {err}") from None
    cfg = cfg.model_copy(
        update={"format": input_format or cfg.format, "decontaminate": decontaminate, "fields": fields}
    )
    missing = [p for p in decontaminate.benchmarks if not Path(p).is_file()]
    if missing:
        raise ConfigError(f"no such file: {missing[0]}")
    files = inspect_inputs(inputs, cfg.format, cfg.fields)
    return cfg, files, run_config(files, cfg, out)
