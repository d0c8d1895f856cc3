"""``corpusmill verify OUT``: prove the shards and exports on disk are the ones the manifest describes.

A manifest that is not the one a run writes (broken JSON, a missing or mistyped field) raises
``DamagedRun`` (one line, exit 1); every file that differs from it is one line of the result.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from corpusmill.pipeline.export.check import file_digest, verify_exports
from corpusmill.pipeline.run_files import DamagedRun, read_manifest
from corpusmill.schema import TEXT, TOKENS
from corpusmill.text.tokenizer import TokenCounter


def verify(out: Path, recount: bool = False) -> list[str]:
    """One line per mismatch; an empty list means every shard checks out."""
    manifest = read_manifest(out)
    counter = _run_tokenizer(manifest) if recount else None
    problems: list[str] = []
    listed = set()
    tokens_total = records_total = 0
    for shard in manifest["shards"]:
        path = out / shard["path"]
        listed.add(path)
        if not path.exists():
            problems.append(f"{shard['path']}: missing")
            continue
        try:
            digest, size = file_digest(path)
        except OSError as err:
            problems.append(f"{shard['path']}: cannot read: {err.strerror or err}")
            continue
        if digest != shard["sha256"]:
            problems.append(f"{shard['path']}: sha256 differs from the manifest")
        if size != shard["bytes"]:
            problems.append(f"{shard['path']}: {size} bytes, manifest says {shard['bytes']}")
        try:
            table = pq.read_table(path, columns=[TEXT, TOKENS] if recount else [TOKENS])
        except Exception as err:  # a damaged file: report, go on with the others
            problems.append(f"{shard['path']}: unreadable Parquet ({type(err).__name__})")
            continue
        tokens = int(table[TOKENS].to_numpy().sum()) if table.num_rows else 0
        if table.num_rows != shard["records"]:
            problems.append(f"{shard['path']}: {table.num_rows} records, manifest says {shard['records']}")
        if tokens != shard["tokens"]:
            problems.append(f"{shard['path']}: {tokens} tokens, manifest says {shard['tokens']}")
        if counter is not None:
            counted = counter.count(table[TEXT].to_pylist())
            wrong = sum(a != b for a, b in zip(counted, table[TOKENS].to_pylist(), strict=True))
            if wrong:
                problems.append(f"{shard['path']}: {wrong} records whose token_count differs from a recount")
        tokens_total += shard["tokens"]
        records_total += shard["records"]
    for path in sorted((out / "data").rglob("*.parquet")):
        if path not in listed:
            problems.append(f"{path.relative_to(out)}: not listed in the manifest")
    if tokens_total != manifest["total_tokens"] or records_total != manifest["total_records"]:
        problems.append("manifest totals do not match the sum of its shards")
    return problems + verify_exports(out, manifest)


def _run_tokenizer(manifest: dict) -> TokenCounter:
    """The tokenizer the run counted with, loaded now: a missing one is one line, not a traceback."""
    counter = TokenCounter(manifest["tokenizer"]["spec"])
    try:
        counter.count([""])
    except (OSError, ValueError) as err:
        raise DamagedRun(f"--recount: the run's tokenizer cannot be loaded: {err}") from None
    return counter
