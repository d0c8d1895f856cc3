"""``corpusmill export OUT --format megatron|jsonl --to DIR``: the kept records of a run, one file
(set) per group or per shard, streamed a Parquet batch at a time, recorded in ``manifest.json``.

Token counts agree with the manifest by construction: every batch is encoded with the run's
tokenizer and each record's ids are checked against its ``token_count`` before they are written.
With ``--eod`` one end-of-document id follows every document, so an export holds
``tokens = text_tokens + documents`` (``text_tokens`` = the manifest's count). Conversations
(``sft clean`` runs) export as ChatML, through a tokenizer's chat template, or as Alpaca, ShareGPT
or OpenAI records (see ``chat.py``); there ``tokens`` counts what the trainer sees.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from corpusmill.pipeline.export.chat import CHAT_FORMATS, ChatTemplate, chat_lines
from corpusmill.pipeline.export.megatron import DTYPES, IndexedDatasetWriter, dtype_code
from corpusmill.pipeline.export.tokens import ExportError, eod_id, run_tokenizer
from corpusmill.pipeline.finalize import TOKENS
from corpusmill.pipeline.progress import Ticker
from corpusmill.pipeline.run_files import DamagedRun, read_manifest
from corpusmill.text.tokenizer import DEFAULT, TokenCounter

FORMATS = ("megatron", "jsonl", *CHAT_FORMATS)
BATCH = 1_000
STAGING = ".export-"
"""Name prefix of the folder an export writes into before its files get their final names."""


@dataclass
class Part:
    """What one output file (set) holds: the shards of a group, or one shard."""

    name: str
    group: str
    shards: list[dict[str, Any]]
    records: int = field(init=False)

    def __post_init__(self) -> None:
        self.records = sum(s["records"] for s in self.shards)


def shard_name(path: str) -> str:
    """``data/en/shard-00000.parquet`` → ``en/shard-00000``: where a per-shard export puts it."""
    return path.removeprefix("data/").removesuffix(".parquet")


def parts(manifest: dict[str, Any], per_shard: bool) -> list[Part]:
    if per_shard:
        return [Part(shard_name(s["path"]), s["group"], [s]) for s in manifest["shards"]]
    groups: dict[str, list[dict[str, Any]]] = {}
    for shard in manifest["shards"]:
        groups.setdefault(shard["group"], []).append(shard)
    return [Part(group, group, shards) for group, shards in groups.items()]


def export(
    out: Path,
    fmt: str,
    to: Path,
    ticker: Ticker,
    eod: str | None = None,
    per_shard: bool = False,
    chat_template: Path | None = None,
) -> dict[str, Any]:
    """Write the export and record it in ``OUT/manifest.json``; return its manifest entry."""
    if fmt not in FORMATS:
        raise ExportError(f"--format {fmt}: one of {', '.join(FORMATS)}")
    if eod is not None and fmt != "megatron":
        raise ExportError("--eod is for --format megatron")
    if (chat_template is None) == (fmt == "chat-template"):
        raise ExportError("--chat-template FOLDER goes with --format chat-template, and only with it")
    out = out.resolve()
    to = check_target(out, to)
    manifest = read_manifest(out)
    for shard in manifest["shards"]:  # every shard there and readable before anything is written
        if not (out / shard["path"]).is_file():
            raise DamagedRun(f"{out / shard['path']}: listed in manifest.json but missing (see corpusmill verify)")
        _parquet(out / shard["path"])
    entry: dict[str, Any] = {"format": fmt, "parts": []}
    counter = None
    if fmt == "megatron":
        counter = run_tokenizer(manifest)
        code = dtype_code(counter.info.vocab_size)
        entry |= {"tokenizer": manifest["tokenizer"]["name"], "dtype": DTYPES[code].name, "eod": None}
        if eod is not None:
            entry["eod"] = eod_id(counter, eod)
    make_lines = _plain_lines
    if fmt in CHAT_FORMATS:
        make_lines = _chat(out, manifest, fmt, chat_template)
        if chat_template is not None:
            entry["chat_template"] = str(chat_template.resolve())
    total = sum(s["records"] for s in manifest["shards"])
    done = 0
    to.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=STAGING, dir=to) as staging:
        for part in parts(manifest, per_shard):
            target = Path(staging) / part.name
            target.parent.mkdir(parents=True, exist_ok=True)
            if fmt == "megatron":
                facts = _megatron(out, part, target, counter, entry["eod"], ticker, done, total)
            else:
                suffix = ".jsonl" if fmt == "jsonl" else f".{fmt}.jsonl"  # sft clean writes several into export/
                facts = _jsonl(out, part, target, suffix, make_lines, ticker, done, total)
            done += part.records
            entry["parts"].append({"name": part.name, "group": part.group} | facts)
            ticker.line(f"{part.name}: {facts['documents']:,} documents, {facts['tokens']:,} tokens")
        publish(Path(staging), to, [f["path"] for p in entry["parts"] for f in p["files"].values()])
    key = str(to.relative_to(out)) if to.is_relative_to(out) else str(to)
    manifest.setdefault("exports", {})[key] = entry
    staged = out / ".manifest.json.tmp"  # replaced in one step: a killed export never leaves half a manifest
    staged.write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
    staged.replace(out / "manifest.json")
    return entry


def check_target(out: Path, to: Path) -> Path:
    """Where an export may write: a new or empty folder, or a folder under ``OUT/export/`` (the
    run's own, where an earlier export of the same names is replaced). A user's folder that holds
    files is refused: an export never replaces files it did not write."""
    own = out / "export"
    resolved = to.resolve()
    if resolved.is_relative_to(own):
        return resolved
    if resolved.is_relative_to(out):
        raise ExportError(f"--to {to}: inside the run folder, only {own} and folders under it are for exports")
    if resolved.exists() and (not resolved.is_dir() or any(resolved.iterdir())):
        raise ExportError(f"--to {to}: exists and is not an empty folder; export into a new or empty folder")
    return resolved


def publish(staging: Path, to: Path, names: list[str]) -> None:
    """Move finished files from the staging folder to their names under ``to``, each in one step
    (a killed export leaves no half-written file under a final name). A link already at a final
    name is replaced, never followed, and no file lands outside ``to``."""
    for name in names:
        final = to / name
        final.parent.mkdir(parents=True, exist_ok=True)
        if not final.parent.resolve().is_relative_to(to):
            raise ExportError(f"--to {to}: {final.parent} leads out of the export folder (a symbolic link)")
        os.replace(staging / name, final)


def _parquet(path: Path) -> pq.ParquetFile:
    try:
        return pq.ParquetFile(path)
    except pa.ArrowInvalid as err:  # damaged after the run (verify names it too)
        raise DamagedRun(f"{path}: not the Parquet the run wrote ({str(err)[:120]})") from None


def _batches(out: Path, part: Part, columns: list[str]) -> Iterator[dict[str, list]]:
    for shard in part.shards:
        try:
            for batch in _parquet(out / shard["path"]).iter_batches(batch_size=BATCH, columns=columns):
                yield batch.to_pydict()
        except pa.ArrowInvalid as err:  # a page damaged behind an intact footer
            raise DamagedRun(f"{out / shard['path']}: not the Parquet the run wrote ({str(err)[:120]})") from None


def _megatron(
    out: Path, part: Part, target: Path, counter: TokenCounter, eod: int | None, ticker: Ticker, done: int, total: int
) -> dict[str, Any]:
    writer = IndexedDatasetWriter(target, counter.info.vocab_size, eod)
    text_tokens = 0
    for batch in _batches(out, part, ["id", "text", TOKENS]):
        ids = counter.encode(batch["text"])
        for record, tokens, expected in zip(batch["id"], ids, batch[TOKENS], strict=True):
            if len(tokens) != expected:
                raise ExportError(
                    f"record {record}: {len(tokens)} tokens now, {expected} in the run: the tokenizer changed"
                )
        writer.write(ids)
        text_tokens += sum(batch[TOKENS])
        ticker.update(f"{part.name}: {done + writer.documents:,}/{total:,} records, {writer.tokens:,} tokens")
    files = writer.close()
    return {
        "documents": writer.documents,
        "tokens": writer.tokens,
        "text_tokens": text_tokens,
        "files": {kind: {"path": f"{part.name}.{kind}"} | facts for kind, facts in files.items()},
    }


LineMaker = Callable[[dict[str, list]], tuple[list[bytes], int]]


def _plain_lines(batch: dict[str, list]) -> tuple[list[bytes], int]:
    lines = [
        json.dumps({"id": i, "text": t}, ensure_ascii=False).encode("utf-8") + b"\n"
        for i, t in zip(batch["id"], batch["text"], strict=True)
    ]
    return lines, sum(batch[TOKENS])


def _chat(out: Path, manifest: dict[str, Any], fmt: str, chat_template: Path | None) -> LineMaker:
    """Lines of an SFT format; refuses a run whose shards hold no ``messages``."""
    first = manifest["shards"][0]["path"] if manifest["shards"] else None
    if first is not None and "messages" not in _parquet(out / first).schema_arrow.names:
        raise ExportError(f"--format {fmt}: {out} holds text records, not conversations (use megatron or jsonl)")
    template = ChatTemplate(chat_template) if chat_template is not None else None
    counter = TokenCounter(manifest.get("tokenizer", {}).get("spec", DEFAULT))
    return lambda batch: chat_lines(fmt, batch, template, counter)


def _jsonl(
    out: Path, part: Part, target: Path, suffix: str, make_lines: LineMaker, ticker: Ticker, done: int, total: int
) -> dict[str, Any]:
    path = target.with_name(target.name + suffix)
    digest, size, documents, tokens, text_tokens = hashlib.sha256(), 0, 0, 0, 0
    columns = ["id", "text", TOKENS] if make_lines is _plain_lines else ["id", "messages", "extra", TOKENS]
    with path.open("wb") as handle:
        for batch in _batches(out, part, columns):
            lines, batch_tokens = make_lines(batch)
            payload = b"".join(lines)
            handle.write(payload)
            digest.update(payload)
            size += len(payload)
            documents += len(lines)
            tokens += batch_tokens
            text_tokens += sum(batch[TOKENS])
            ticker.update(f"{part.name}: {done + documents:,}/{total:,} records")
    facts = {"path": f"{part.name}{suffix}", "bytes": size, "sha256": digest.hexdigest()}
    return {"documents": documents, "tokens": tokens, "text_tokens": text_tokens, "files": {"jsonl": facts}}
