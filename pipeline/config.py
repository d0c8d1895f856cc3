"""Run configuration: YAML validated up front, so a typo fails in a second, not after hours.

Every problem is reported, all at once, as one line ``FILE: path.to.key: message`` each (see
``yamlconfig.ConfigError``); the CLI turns them into exit status 2. Validation covers the chain
too: every stage must find the columns it needs (``Stage.needs``) and passes its own checks
(``Stage.check``). Relative paths, ``output.dir`` included, resolve against the config file's
folder, so a config works from any working directory.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializationInfo,
    SerializeAsAny,
    SerializerFunctionWrapHandler,
    ValidationError,
    field_validator,
    model_serializer,
)

from corpusmill.filters.base import Chain, GlobalStage, Stage, StageParams
from corpusmill.filters.tagging import REJECT, TAG, Mode
from corpusmill.pipeline.registry import StageClass, UnknownStage, stage_class
from corpusmill.schema import BASE_COLUMNS, ID, LANGUAGE, SFT_SOURCE_TYPES, TEXT, source_columns
from corpusmill.yamlconfig import ConfigError as ConfigError  # re-exported for the CLI and runner
from corpusmill.yamlconfig import error_lines, load_yaml, location, message, shown

SAFE_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$")
"""A source name becomes a folder (``group_by: source``) and part of ids: a safe path segment."""


class Strict(BaseModel):
    """Unknown keys and values of the wrong type are errors: ``tasks: true`` or ``tasks: "4"`` is
    not silently read as 1 or 4 (pydantic's lax mode would convert them)."""

    model_config = ConfigDict(extra="forbid", strict=True)


SourceType = Literal["jsonl", "parquet", "csv", "warc", "hf", "alpaca", "sharegpt", "openai", "documents"]


class SourceConfig(Strict):
    name: str = Field(min_length=1, max_length=100)
    type: SourceType
    paths: list[str] = Field(min_length=1)
    text_field: str = "text"
    id_field: str | None = None
    url_field: str = "url"
    license: str | None = None  # e.g. ODC-BY-1.0, CC-BY-4.0: shown in the dataset card (OUT/README.md)
    split_mb: int = Field(default=256, ge=0)  # parts of larger JSONL/Parquet files go to different tasks
    extra_fields: list[str] = Field(default_factory=lambda: ["tools", "label"])  # SFT: fields carried to `extra`
    max_record_mb: float = Field(default=64, gt=0)  # a larger record is rejected (read:too_large) while read
    fields: dict[str, str] = Field(default_factory=dict)  # canonical name -> the data set's name, e.g. output: answer
    # jsonl, csv, documents' text files: auto (detected per file, recorded in stats.json) or a codec
    # name (utf-8, gb18030, big5, utf-16, ...); GBK and GB2312 are read as GB18030
    encoding: str = "auto"
    unit: Literal["document", "page", "section"] = "document"  # documents: one record per document, page or section

    @field_validator("encoding")
    @classmethod
    def _known_encoding(cls, value: str) -> str:
        from corpusmill.io.text_encoding import codec_of

        try:
            return codec_of(value.strip().lower())
        except LookupError:
            raise ValueError(f"unknown encoding {value!r} (auto, utf-8, gb18030, big5, utf-16, ...)") from None

    @field_validator("name")
    @classmethod
    def _safe_name(cls, value: str) -> str:
        if not SAFE_NAME.match(value):
            raise ValueError(
                f"{value!r} is not a safe folder name: use letters, digits, _ . - and do not start with . or -"
            )
        return value

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
    keep_work: bool = False  # keep work/ (intermediate Parquet, ~7x the output) after a successful run


class BudgetConfig(Strict):
    """How many tokens to keep and in which mixture (Chinchilla: ~20 tokens per parameter)."""

    total_tokens: int | None = Field(default=None, ge=1)
    model_params: float | None = Field(default=None, gt=0)
    tokens_per_param: float = Field(default=20.0, gt=0)
    mix: dict[str, float] = Field(default_factory=dict)
    mix_by: Literal["language", "source"] = "language"
    seed: int = 0
    max_epochs: int = Field(default=4, ge=1, le=64)  # repeats of a short group (Muennighoff et al. 2023: ~4 is safe)

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
        raise ValueError(f"not a number: {shown(value)} (e.g. 1.3B, 350M)") from None


class ExecutorConfig(Strict):
    """Where tasks run. Changing ``type`` moves the same run to a cluster; the run folder (and the
    completed tasks in it) stay valid."""

    type: Literal["local", "ray", "slurm"] = "local"
    # a local run uses at most one task per input unit (a file or a split_mb part of one) and at
    # most one worker per CPU core: more would only add empty tasks and idle processes
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
    """One validated entry of ``stages``: its name, class and parsed parameters."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    name: str
    params: SerializeAsAny[StageParams]  # dump the stage's own fields (fingerprint, run.json)
    mode: Mode = REJECT
    """``tag``: keep every record and write what the stage measured (``filters.tagging``)."""

    @model_serializer(mode="wrap")
    def _mode_only_when_tagging(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo) -> Any:
        """Reject mode is not written: fingerprints of runs made before tag mode existed stay valid."""
        dumped = handler(self)
        if isinstance(dumped, dict) and self.mode == REJECT:
            dumped.pop("mode", None)
        return dumped

    @property
    def cls(self) -> StageClass:
        return stage_class(self.name)

    def build(self) -> Stage | GlobalStage:
        stage = self.cls(self.params)
        stage.tagging = self.mode == TAG
        return stage

    def adds(self) -> dict[str, Any]:
        """Columns the stage adds to kept records, its tag columns included in tag mode."""
        columns = self.cls.adds()
        if self.mode == TAG:
            columns.update(self.cls.tag_columns(self.params))
        return columns


class OverridesConfig(Strict):
    """Judgements a run honours over its stages' decisions (see ``pipeline/review/overrides.py``)."""

    labels: list[str] = Field(default_factory=list)  # OUT/review/labels.parquet files of `corpusmill review`


class RunConfig(Strict):
    sources: list[SourceConfig] = Field(min_length=1)
    stages: list[StageSpec] = Field(default_factory=list)
    output: OutputConfig = Field(default_factory=OutputConfig)
    budget: BudgetConfig | None = None
    executor: ExecutorConfig = Field(default_factory=ExecutorConfig)
    overrides: OverridesConfig = Field(default_factory=OverridesConfig)
    profile: Mode = REJECT  # tag: every deciding stage runs in `mode: tag` (`corpusmill select` decides later)

    @property
    def group_by(self) -> str | None:
        """Output groups: the mixture's key when mixing, else ``output.group_by``."""
        if self.budget is not None and self.budget.mix:
            return self.budget.mix_by
        return self.output.group_by


def parse_stage(index: int, entry: Any, base: Path | None = None) -> tuple[StageSpec | None, list[tuple[str, str]]]:
    """One ``stages`` entry (``name``, or ``{name: {params}}``) → its spec, or its problems.

    File parameters (``Params.path_fields``) resolve against ``base`` and must exist."""
    if isinstance(entry, StageSpec):
        return entry, []
    if isinstance(entry, str):
        entry = {entry: {}}
    if not isinstance(entry, dict) or len(entry) != 1:
        return None, [(f"stages[{index}]", "each stage is one `name: {params}` mapping")]
    name, params = next(iter(entry.items()))
    name = str(name)
    try:
        cls = stage_class(name)
    except UnknownStage as err:
        return None, [(f"stages[{index}].{name}", str(err))]
    if params is not None and not isinstance(params, dict):
        return None, [(f"stages[{index}].{name}", "parameters must be a mapping (or nothing)")]
    params = dict(params or {})
    mode = params.pop("mode", REJECT)
    if mode not in (REJECT, TAG):
        return None, [(f"stages[{index}].{name}.mode", f"{shown(mode)}: must be reject or tag")]
    if mode == TAG and not cls.decides:
        return None, [(f"stages[{index}].{name}.mode", f"{name} does not decide (it only edits text): no tag mode")]
    fields = cls.Params.path_fields
    if base is not None:
        for key in fields:
            if key in params:
                params[key] = _resolve_files(base, params[key])
    try:
        parsed = cls.Params.model_validate(params)
    except ValidationError as err:
        return None, [(location(("stages", index, name, *e["loc"])), message(e)) for e in err.errors()]
    missing = [
        (location(("stages", index, name, key, *where)), f"no such file: {path}")
        for key in fields
        for where, path in _files(getattr(parsed, key))
        if "://" not in path and not Path(path).is_file()
    ]
    return (None if missing else StageSpec(name=name, params=parsed, mode=mode)), missing


def _resolve_files(base: Path, value: Any) -> Any:
    if isinstance(value, str):
        return _resolve(base, value)
    if isinstance(value, list):
        return [_resolve(base, v) if isinstance(v, str) else v for v in value]
    if isinstance(value, dict):
        return {k: _resolve(base, v) if isinstance(v, str) else v for k, v in value.items()}
    return value


def _files(value: Any) -> list[tuple[tuple[Any, ...], str]]:
    """(key path, file) pairs of a path field's value: a path, a list or a mapping of paths."""
    if isinstance(value, str):
        return [((), value)]
    if isinstance(value, list):
        return [((i,), v) for i, v in enumerate(value) if isinstance(v, str)]
    if isinstance(value, dict):
        return [((k,), v) for k, v in value.items() if isinstance(v, str)]
    return []


def config_from_dict(raw: Any, where: str | Path = "<config>", base: Path | None = None) -> RunConfig:
    """Validate a config mapping; raise ``ConfigError`` listing every problem, one line each.

    ``base`` is the folder relative paths resolve against (the config file's folder)."""
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: the config must be a mapping with `sources` and `stages`")
    raw = dict(raw)
    entries = raw.pop("stages", None) or []
    problems: list[tuple[str, str]] = []
    if not isinstance(entries, list):
        problems.append(("stages", "must be a list of {stage_name: {params}} entries"))
        entries = []
    parsed: list[tuple[int, StageSpec]] = []
    for index, entry in enumerate(entries):
        spec, found = parse_stage(index, entry, base)
        problems += found
        if spec is not None:
            parsed.append((index, spec))
    # each stage's own checks run even when other parts are broken, so one round shows every problem
    names = [shown_key(next(iter(e))) if isinstance(e, dict) and e else shown_key(e) for e in entries]
    sources = raw.get("sources") if isinstance(raw.get("sources"), list) else []
    types = [shown_key(s.get("type")) for s in sources if isinstance(s, dict)]
    executor = raw.get("executor") if isinstance(raw.get("executor"), dict) else {}
    tasks = executor.get("tasks", 1) if isinstance(executor.get("tasks", 1), int) else 1
    for index, spec in parsed:
        problems += spec.cls.check(spec.params, Chain(index, names, types, tasks))
    lines = [f"{where}: {key}: {text}" for key, text in problems]
    try:
        config = RunConfig.model_validate(raw)
    except ValidationError as err:
        raise ConfigError(*error_lines(where, err), *lines) from None
    if lines:
        raise ConfigError(*lines)
    config.stages = [spec for _, spec in parsed]
    if config.profile == TAG:
        tag_every_stage(config)
    if base is not None:
        for source in config.sources:
            source.paths = [_resolve(base, p) for p in source.paths]
        config.output.dir = _resolve(base, config.output.dir)
        config.overrides.labels = [_resolve(base, p) for p in config.overrides.labels]
        if (base / config.output.tokenizer).is_file():  # a tokenizer file next to the config
            config.output.tokenizer = str(base / config.output.tokenizer)
    found = check_chain(config, own_checks=False)
    found += [
        (f"overrides.labels[{i}]", f"no such file: {path}")
        for i, path in enumerate(config.overrides.labels)
        if "://" not in path and not Path(path).is_file()
    ]
    if found:
        raise ConfigError(*(f"{where}: {key}: {text}" for key, text in found))
    return config


def tag_every_stage(config: RunConfig) -> None:
    """``profile: tag`` (``run --tag``): every stage that decides runs in tag mode, and the run keeps
    every record: its ``budget`` is left to ``corpusmill select``."""
    config.profile = TAG
    config.budget = None
    for spec in config.stages:
        if spec.cls.decides:
            spec.mode = TAG


def load_config(path: str | Path, overrides: dict[str, Any] | None = None) -> RunConfig:
    """Read and validate a run config; raise ``ConfigError`` listing every problem."""
    path = Path(path)
    raw = load_yaml(path)
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: the config must be a mapping with `sources` and `stages`")
    for dotted, value in (overrides or {}).items():
        section, key = dotted.split(".")
        if not isinstance(raw.get(section, {}), dict):
            raise ConfigError(f"{path}: {section}: must be a mapping")
        raw.setdefault(section, {})[key] = value
    return config_from_dict(raw, path, path.resolve().parent)


def shown_key(value: Any) -> str:
    """A stage name or source type as the chain checks compare it: a string as is, anything else by
    a bounded description (never ``str()`` of a user's arbitrarily large list or mapping)."""
    return value if isinstance(value, str) else shown(value)


def _resolve(base: Path, pattern: str) -> str:
    if "://" in pattern or Path(pattern).is_absolute():
        return pattern
    return os.path.normpath(base / pattern)


SOURCE_NEEDS_STAGE = {"warc": "extract", **dict.fromkeys(SFT_SOURCE_TYPES, "sft")}
"""Source types whose records are not documents until a stage has made them so (HTML, raw SFT)."""


def check_chain(config: RunConfig, own_checks: bool = True) -> list[tuple[str, str]]:
    """The config's coherence: sources, stages in order (columns needed and added, and with
    ``own_checks`` each stage's ``check``), grouping and the executor. Every problem, as (key, message)."""
    found: list[tuple[str, str]] = []
    names = [s.name for s in config.sources]
    for i, name in enumerate(names):
        if name in names[:i]:
            found.append((f"sources[{i}].name", f"duplicate source name {name!r}"))
    if config.executor.type == "slurm" and not config.executor.partition:
        found.append(("executor.partition", "required for slurm"))
    if config.budget is not None and config.budget.tokens is None and config.budget.mix:
        found.append(("budget", "a mix needs total_tokens or model_params"))
    stage_names = [spec.name for spec in config.stages]
    for i, source in enumerate(config.sources):
        needed = SOURCE_NEEDS_STAGE.get(source.type)
        if needed is not None and needed not in stage_names:
            article = "an" if source.type[0] in "aeiou" else "a"
            found.append((f"sources[{i}].type", f"{article} {source.type} source needs an `{needed}` stage"))
    # a column is usable only if every source's records have it
    available = {ID, TEXT, *BASE_COLUMNS}
    available |= set.intersection(*(set(source_columns(s.type)) for s in config.sources))
    types = [s.type for s in config.sources]
    for index, spec in enumerate(config.stages):
        cls = spec.cls
        missing = sorted(set(cls.needs) - available)
        if missing:
            found.append(
                (
                    f"stages[{index}].{spec.name}",
                    f"needs column {', '.join(map(repr, missing))}, which neither the sources "
                    f"({', '.join(sorted(set(types)))}) nor an earlier stage provide",
                )
            )
        if own_checks:
            found += cls.check(spec.params, Chain(index, stage_names, types, config.executor.tasks))
        if spec.mode == TAG and any(s.name == spec.name and s.mode == TAG for s in config.stages[:index]):
            found.append((f"stages[{index}].{spec.name}.mode", "tagged twice: its tag columns are named by the stage"))
        available |= set(spec.adds())
    if config.group_by == "language" and LANGUAGE not in available:
        key = "budget.mix_by" if config.budget is not None and config.budget.mix else "output.group_by"
        found.append((key, "grouping by language needs a `language` stage"))
    return found
