"""``corpusmill verify`` for exports: every file the manifest records is there, unchanged, and
holds the documents and tokens the run's shards hold."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from corpusmill.pipeline.export.megatron import read_index
from corpusmill.pipeline.export.writer import STAGING, shard_name

READ = 1 << 22


def verify_exports(out: Path, manifest: dict[str, Any]) -> list[str]:
    """One line per mismatch over ``manifest["exports"]``, and one per unfinished export."""
    problems = unfinished_exports(out, manifest)
    for key, entry in manifest.get("exports", {}).items():
        folder = Path(key) if Path(key).is_absolute() else out / key
        expected = _expected(manifest, entry)
        for name in sorted(set(expected) - {part["name"] for part in entry["parts"]}):
            problems.append(f"export {key}: nothing exported for {name}")
        for part in entry["parts"]:
            where = f"export {key}/{part['name']}"
            for facts in part["files"].values():
                problems += _check_file(folder / facts["path"], facts, f"export {key}/{facts['path']}")
            want = expected.get(part["name"])
            if want is not None and (part["documents"], part["text_tokens"]) != want:
                problems.append(
                    f"{where}: {part['documents']} documents / {part['text_tokens']} tokens, "
                    f"the shards hold {want[0]} / {want[1]}"
                )
            eods = part["documents"] if entry.get("eod") is not None else 0
            if entry["format"] in ("megatron", "jsonl") and part["tokens"] != part["text_tokens"] + eods:
                problems.append(f"{where}: tokens do not add up to text tokens (+ one end-of-document per document)")
            idx = part["files"].get("idx")
            if idx is not None and (folder / idx["path"]).exists():
                try:
                    _, documents, tokens = read_index(folder / idx["path"])
                except (OSError, ValueError) as err:
                    problems.append(f"{where}.idx: {err}")
                    continue
                if (documents, tokens) != (part["documents"], part["tokens"]):
                    problems.append(
                        f"{where}.idx: {documents} documents / {tokens} tokens, manifest says "
                        f"{part['documents']} / {part['tokens']}"
                    )
    return problems


def _expected(manifest: dict[str, Any], entry: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """(records, tokens) per part name, from the shards: by group, or by shard."""
    by_group: dict[str, tuple[int, int]] = {}
    by_shard: dict[str, tuple[int, int]] = {}
    for shard in manifest["shards"]:
        records, tokens = by_group.get(shard["group"], (0, 0))
        by_group[shard["group"]] = (records + shard["records"], tokens + shard["tokens"])
        by_shard[shard_name(shard["path"])] = (shard["records"], shard["tokens"])
    names = {part["name"] for part in entry["parts"]}
    return by_group if names <= set(by_group) else by_shard


def _check_file(path: Path, facts: dict[str, Any], label: str) -> list[str]:
    if not path.exists():
        return [f"{label}: missing"]
    try:
        digest, size = file_digest(path)
    except OSError as err:
        return [f"{label}: cannot read: {err.strerror or err}"]
    found = []
    if size != facts["bytes"]:
        found.append(f"{label}: {size} bytes, manifest says {facts['bytes']}")
    if digest != facts["sha256"]:
        found.append(f"{label}: sha256 differs from the manifest")
    return found


def file_digest(path: Path) -> tuple[str, int]:
    """sha256 and size of a file, read in chunks (a shard or an export can be gigabytes)."""
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        while chunk := handle.read(READ):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def unfinished_exports(out: Path, manifest: dict[str, Any]) -> list[str]:
    """Staging folders (``.export-*``) left by an export that was killed: what it wrote never
    reached a final name, and the folder says the last export asked for did not happen."""
    folders = {out / "export"} | {Path(k) if Path(k).is_absolute() else out / k for k in manifest.get("exports", {})}
    found = set()
    for folder in folders:
        if folder.is_dir():
            found |= {p for p in folder.rglob(f"{STAGING}*") if p.is_dir()}
    return [f"{path}: left by an export that did not finish; remove it and export again" for path in sorted(found)]
