"""Run configuration: YAML validated up front, so a typo fails in a second, not after hours.

Every error is reported as one line ``FILE: path.to.key: message`` (see ``ConfigError``); the CLI
turns it into exit status 2. Relative source paths are resolved against the config file's folder,
so a config works from any working directory.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, SerializeAsAny, ValidationError, field_validator

from corpusmill.filters.base import GlobalStage, Stage, StageParams
from corpusmill.pipeline.registry import STAGES


class ConfigError(Exception):
    """A configuration problem, already phrased as one line for the user."""


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


SourceType = Literal["jsonl", "parquet", "csv", "warc", "hf", "alpaca", "sharegpt", "openai"]


class SourceConfig(Strict):
    name: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_.\-]+$")
    type: SourceType
    paths: list[str] = Field(min_length=1)
    text_field: str = "text"
    id_field: str | None = None
    url_field: str = "url"
    split_mb: int = Field(default=256, ge=0)  # parts of larger JSONL/Parquet files go to different tasks
    max_record_mb: float = Field(default=64, gt=0)  # a larger record is rejected (read:too_large) while read
    fields: dict[str, str] = Field(default_factory=dict)  # canonical name -> the data set's name, e.g. output: answer

    @field_validator("paths", mode="before")
    @classmethod
    def _one_path_is_a_list(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


class OutputConfig(Strict):
    dir: str = "out/run"
    rejects: Literal["full", "ids"] = "full"
    tokenizer: str = "tekken"
    shard_tokens: int = Field(default=50_000_000, ge=1_000)
    max_shard_bytes: int | None = Field(default=None, ge=1_000_000)
    group_by: Literal["language", "source"] | None = None
    row_group_records: int = Field(default=5_000, ge=100, le=1_000_000)


class BudgetConfig(Strict):
    """How many tokens to keep and in which mixture (Chinchilla: ~20 tokens per parameter)."""

    total_tokens: int | None = Field(default=None, ge=1)
    model_params: float | None = Field(default=None, gt=0)
    tokens_per_param: float = Field(default=20.0, gt=0)
    mix: dict[str, float] = Field(default_factory=dict)
    mix_by: Literal["language", "source"] = "language"
    seed: int = 0

    @field_validator("model_params", mode="before")
    @classmethod
    def _parse_params(cls, value: Any) -> Any:
        return parse_count(value) if isinstance(value, str) else value

    @field_validator("mix")
    @classmethod
    def _shares(cls, mix: dict[str, float]) -> dict[str, float]:
        if mix and (any(v <= 0 for v in mix.values()) or abs(sum(mix.values()) - 1.0) > 1e-6):
            raise ValueError(f"shares must be > 0 and sum to 1 (they sum to {sum(mix.values()):g})")
        return mix

    @property
    def tokens(self) -> int | None:
        if self.total_tokens is not None:
            return self.total_tokens
        if self.model_params is not None:
            return int(self.model_params * self.tokens_per_param)
        return None


def parse_count(value: str) -> float:
    """``1.3B``, ``350M``, ``7e9`` → a number."""
    units = {"K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}
    text = value.strip().upper().replace("_", "")
    try:
        return float(text[:-1]) * units[text[-1]] if text and text[-1] in units else float(text)
    except ValueError:
        raise ValueError(f"not a number: {value!r} (e.g. 1.3B, 350M)") from None


class ExecutorConfig(Strict):
    """Where tasks run. Changing ``type`` moves the same run to a cluster; the run folder (and the
    completed tasks in it) stay valid."""

    type: Literal["local", "ray", "slurm"] = "local"
    tasks: int = Field(default=1, ge=1, le=100_000)
    workers: int = Field(default=1, ge=1, le=100_000)
    cpus_per_task: int = Field(default=1, ge=1)
    mem_per_cpu_gb: float = Field(default=2.0, gt=0)
    address: str | None = None  # ray: "auto", "ray://host:10001"; none starts a local Ray instance
    partition: str | None = None  # slurm (required there)
    time: str = "24:00:00"  # slurm time limit per job
    qos: str | None = None
    job_name: str = "corpusmill"
    venv_path: str | None = None  # slurm: activate script; default: this interpreter's venv
    max_array_size: int = Field(default=1001, ge=1)
    sbatch_args: dict[str, str] = Field(default_factory=dict)


class StageSpec(BaseModel):
    """One validated entry of ``stages``: its registered class and parsed parameters."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    name: str
    params: SerializeAsAny[StageParams]  # dump the stage's own fields (fingerprint, run.json)

    def build(self) -> Stage | GlobalStage:
        return STAGES[self.name](self.params)


class RunConfig(Strict):
    sources: list[SourceConfig] = Field(min_length=1)
    stages: list[StageSpec] = Field(default_factory=list)
    output: OutputConfig = Field(default_factory=OutputConfig)
    budget: BudgetConfig | None = None
    executor: ExecutorConfig = Field(default_factory=ExecutorConfig)

    @property
    def group_by(self) -> str | None:
        """Output groups: the mixture's key when mixing, else ``output.group_by``."""
        if self.budget is not None and self.budget.mix:
            return self.budget.mix_by
        return self.output.group_by

    @field_validator("stages", mode="before")
    @classmethod
    def _parse_stages(cls, value: Any) -> list[StageSpec]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise ValueError("must be a list of {stage_name: {params}} entries")
        return [_parse_stage(i, entry) for i, entry in enumerate(value)]


class _StageError(ValueError):
    def __init__(self, index: int, key: str, message: str) -> None:
        super().__init__(message)
        self.loc = f"stages[{index}]" + (f".{key}" if key else "")
        self.message = message


def _parse_stage(index: int, entry: Any) -> StageSpec:
    if isinstance(entry, StageSpec):
        return entry
    if isinstance(entry, str):
        entry = {entry: {}}
    if not isinstance(entry, dict) or len(entry) != 1:
        raise _StageError(index, "", "each stage is one `name: {params}` mapping")
    name, params = next(iter(entry.items()))
    if name not in STAGES:
        known = ", ".join(sorted(STAGES))
        raise _StageError(index, str(name), f"unknown stage (known: {known})")
    try:
        parsed = STAGES[name].Params.model_validate(params or {})
    except ValidationError as err:
        first = err.errors()[0]
        key = ".".join(str(p) for p in first["loc"])
        raise _StageError(index, f"{name}.{key}" if key else name, _message(first)) from None
    return StageSpec(name=name, params=parsed)


def _message(error: dict[str, Any]) -> str:
    kind, ctx = error["type"], error.get("ctx", {})
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "missing":
        return "required key is missing"
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        op = {"greater_than_equal": ">=", "greater_than": ">", "less_than_equal": "<=", "less_than": "<"}
        bound = next(iter(ctx.values()))
        return f"must be {op[kind]} {bound}"
    if kind == "literal_error":
        return f"must be one of {ctx.get('expected', '')}"
    return error["msg"][0].lower() + error["msg"][1:]


def _loc(parts: tuple[Any, ...]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def load_config(path: str | Path, overrides: dict[str, Any] | None = None) -> RunConfig:
    """Read and validate a run config; raise ``ConfigError`` with one line on any problem."""
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ConfigError(f"{path}: cannot read config: {err.strerror}") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        problem = getattr(err, "problem", None) or str(err)
        raise ConfigError(f"{path}{where}: invalid YAML: {problem}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: the config must be a mapping with `sources` and `stages`")
    for dotted, value in (overrides or {}).items():
        section, key = dotted.split(".")
        raw.setdefault(section, {})[key] = value
    try:
        config = RunConfig.model_validate(raw)
    except ValidationError as err:
        first = err.errors()[0]
        cause = first.get("ctx", {}).get("error")
        if isinstance(cause, _StageError):
            raise ConfigError(f"{path}: {cause.loc}: {cause.message}") from None
        raise ConfigError(f"{path}: {_loc(first['loc'])}: {_message(first)}") from None
    base = path.resolve().parent
    for source in config.sources:
        source.paths = [_resolve(base, p) for p in source.paths]
    _check_coherence(path, config)
    return config


def _resolve(base: Path, pattern: str) -> str:
    if "://" in pattern or Path(pattern).is_absolute():
        return pattern
    return str(base / pattern)


def _check_coherence(path: Path, config: RunConfig) -> None:
    names = [s.name for s in config.sources]
    for i, name in enumerate(names):
        if name in names[:i]:
            raise ConfigError(f"{path}: sources[{i}].name: duplicate source name {name!r}")
    if config.executor.type == "slurm" and not config.executor.partition:
        raise ConfigError(f"{path}: executor.partition: required for slurm")
    if config.budget is not None and config.budget.tokens is None and config.budget.mix:
        raise ConfigError(f"{path}: budget: a mix needs total_tokens or model_params")
    group = config.group_by
    if group == "language" and not any("language" in STAGES[s.name].columns for s in config.stages):
        key = "budget.mix_by" if config.budget is not None and config.budget.mix else "output.group_by"
        raise ConfigError(f"{path}: {key}: grouping by language needs a `language` stage")
    names = {spec.name for spec in config.stages}
    for i, source in enumerate(config.sources):
        if source.type == "warc" and "extract" not in names:
            raise ConfigError(f"{path}: sources[{i}].type: a warc source needs an `extract` stage")
        if source.type in ("alpaca", "sharegpt", "openai") and "sft" not in names:
            raise ConfigError(f"{path}: sources[{i}].type: an {source.type} source needs an `sft` stage")
    if "sft_dedup" in names and config.executor.tasks > 1:
        raise ConfigError(f"{path}: executor.tasks: sft_dedup compares all records in one task; set tasks: 1")
