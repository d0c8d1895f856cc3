"""corpusmill: turn raw web text and instruction data into clean, token-budgeted LLM training data.

The Python API (imported on first use, so ``import corpusmill`` stays instant)::

    import corpusmill

    stats = corpusmill.run("configs/demo.yaml", out="out/demo")        # = corpusmill run
    stats = corpusmill.sft_clean(["alpaca.json"], out="out/sft")         # = corpusmill sft clean

    class NoDigits(corpusmill.Stage):                                    # a stage of your own
        name = "no_digits"
        class Params(corpusmill.StageParams):
            threshold: int = 3
        def process(self, doc):
            digits = sum(c.isdigit() for c in doc.text)
            if digits > self.params.threshold:
                return corpusmill.Reject("no_digits:too_many", f"{digits} digits")
            return None

A config names such a stage as ``- "mymodule:NoDigits": {threshold: 3}`` (``mymodule`` importable
from ``PYTHONPATH``). Errors are ``corpusmill.ConfigError`` (every problem, one line each).
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpusmill.io import lazy_hub

__version__ = "0.1.0"

lazy_hub.install()  # datatrove.io without the Hugging Face Hub client until a run uses the Hub

_LAZY = {
    "Stage": "corpusmill.filters.base",
    "GlobalStage": "corpusmill.filters.base",
    "StageParams": "corpusmill.filters.base",
    "Reject": "corpusmill.filters.base",
    "RejectsWriter": "corpusmill.pipeline.sinks",
    "ConfigError": "corpusmill.yamlconfig",
    "RunConfig": "corpusmill.pipeline.config",
}
__all__ = [
    "ConfigError",
    "GlobalStage",
    "Reject",
    "RejectsWriter",
    "RunConfig",
    "Stage",
    "StageParams",
    "__version__",
    "run",
    "sft_clean",
]

if TYPE_CHECKING:
    from corpusmill.filters.base import GlobalStage, Reject, Stage, StageParams
    from corpusmill.pipeline.config import RunConfig
    from corpusmill.pipeline.sinks import RejectsWriter
    from corpusmill.yamlconfig import ConfigError


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'corpusmill' has no attribute {name!r}")


def run(
    config_or_path: str | Path | dict[str, Any] | RunConfig,
    out: str | Path | None = None,
    *,
    limit: int | None = None,
    fresh: bool = False,
) -> dict[str, Any]:
    """Run (or resume) a pipeline and return ``stats.json``'s content.

    ``config_or_path`` is a YAML file, a mapping with the same keys (relative paths resolve against
    the working directory) or a ``RunConfig``; ``out`` overrides ``output.dir``. Local and Ray
    executors run here; for Slurm use the CLI. Raises ``ConfigError`` before any work on a bad
    config, ``RuntimeError`` when tasks fail."""
    from corpusmill.pipeline.config import ConfigError, RunConfig, check_chain, config_from_dict, load_config
    from corpusmill.pipeline.runner import execute

    if isinstance(config_or_path, RunConfig):
        config = config_or_path
        problems = check_chain(config)
        if problems:
            raise ConfigError(*(f"<config>: {key}: {text}" for key, text in problems))
    elif isinstance(config_or_path, dict):
        config = config_from_dict(config_or_path, "<config>", Path.cwd())
    else:
        config = load_config(config_or_path)
    target = str(out) if out is not None else config.output.dir
    if "://" not in target:
        target = str(Path(target).resolve())
    return execute(config, target, limit=limit, fresh=fresh)


def sft_clean(
    paths: list[str | Path],
    out: str | Path,
    *,
    config: str | Path | None = None,
    export_format: str | None = None,
    input_format: str | None = None,
) -> dict[str, Any]:
    """Clean SFT files (Alpaca, ShareGPT, OpenAI chat) into the run folder ``out``, as
    ``corpusmill sft clean`` does; return ``stats.json``'s content with ``sources`` and ``exported``."""
    from corpusmill.pipeline.sft import clean, load_sft_config

    settings = load_sft_config(Path(config) if config is not None else None)
    if input_format is not None:
        settings = settings.model_copy(update={"format": input_format})
    return clean(paths, out, settings, export_format)  # type: ignore[arg-type]
