"""The JSON files of a finished run folder (``manifest.json``, ``stats.json``), read for the
commands that trust their fields: ``verify``, ``export`` and ``report``.

A run writes them whole (staged and renamed), so a missing field, a wrong type or broken JSON
means the folder was edited or damaged after the run. That is one line naming the file and the
field (exit status 1), never a ``KeyError`` from deep inside a loop. Shard and export paths must
stay inside the run folder: a manifest never makes a command read or hash files elsewhere.
"""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from corpusmill.yamlconfig import error_lines


class DamagedRun(Exception):
    """A run folder whose files contradict what a run writes; one line for the user (exit 1)."""


class _Facts(BaseModel):
    """Fields a command relies on, strictly typed; other fields are kept as they are."""

    model_config = ConfigDict(extra="allow", strict=True)


def _inside(path: str) -> str:
    parts = PurePosixPath(path).parts
    if not parts or PurePosixPath(path).is_absolute() or ".." in parts:
        raise ValueError(f"must be a path inside the run folder, not {path[:80]!r}")
    return path


class _Tokenizer(_Facts):
    name: str
    spec: str


class _Shard(_Facts):
    path: str
    group: str
    records: int = Field(ge=0)
    tokens: int = Field(ge=0)
    bytes: int = Field(ge=0)
    sha256: str

    _path = field_validator("path")(_inside)


class _File(_Facts):
    path: str
    bytes: int = Field(ge=0)
    sha256: str

    _path = field_validator("path")(_inside)


class _Part(_Facts):
    name: str
    group: str
    documents: int = Field(ge=0)
    tokens: int = Field(ge=0)
    text_tokens: int = Field(ge=0)
    files: dict[str, _File]


class _Export(_Facts):
    format: str
    parts: list[_Part]


class _Manifest(_Facts):
    tokenizer: _Tokenizer
    total_records: int = Field(ge=0)
    total_tokens: int = Field(ge=0)
    shards: list[_Shard]
    exports: dict[str, _Export] = Field(default_factory=dict)


class _Stage(_Facts):
    name: str
    kept: int = Field(ge=0)
    rejected: dict[str, int]
    fixed: dict[str, int] = Field(default_factory=dict)
    in_: int = Field(ge=0, alias="in")


class _Stats(_Facts):
    input_records: int = Field(ge=0)
    output_records: int = Field(ge=0)
    rejected_records: int = Field(ge=0)
    stages: list[_Stage]


def read_manifest(out: Path) -> dict[str, Any]:
    """``OUT/manifest.json`` as written by the run, or ``DamagedRun``."""
    return _read(out, "manifest.json", _Manifest, "not a finished run folder")


def read_stats(out: Path) -> dict[str, Any] | None:
    """``OUT/stats.json`` (None where the run has none yet), or ``DamagedRun``."""
    if not (Path(out) / "stats.json").exists():
        return None
    return _read(out, "stats.json", _Stats, "")


def _read(out: Path, name: str, model: type[_Facts], absent: str) -> dict[str, Any]:
    path = Path(out) / name
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DamagedRun(f"{out}: no {name} ({absent})") from None
    except OSError as err:
        raise DamagedRun(f"{path}: cannot read: {err.strerror or err}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise DamagedRun(f"{path}: not the JSON a run writes ({type(err).__name__} at {_where(err)})") from None
    if not isinstance(raw, dict):
        raise DamagedRun(f"{path}: not the JSON object a run writes")
    try:
        model.model_validate(raw)
    except ValidationError as err:
        problems = error_lines(path, err)
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise DamagedRun(f"{problems[0]}{more}; the file was changed after the run") from None
    return raw


def _where(err: UnicodeDecodeError | json.JSONDecodeError) -> str:
    if isinstance(err, json.JSONDecodeError):
        return f"line {err.lineno} column {err.colno}"
    return f"byte {err.start}"
