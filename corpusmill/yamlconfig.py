"""One YAML loader and one error formatter for every file a user writes (run configs, SFT
configs, crawl plans).

Every problem is one line ``FILE: path.to.key: message`` and all of a file's problems are reported
at once (``ConfigError.lines``), so a user fixes a config in one round, not one typo per run.
Duplicate keys are errors (YAML would silently keep the last one), and only plain data is built:
tags such as ``!!python/object`` are refused by the safe loader.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

Model = TypeVar("Model", bound=BaseModel)


class ConfigError(Exception):
    """Configuration problems, already phrased as one line each for the user (exit status 2)."""

    def __init__(self, *lines: str) -> None:
        super().__init__("\n".join(lines))
        self.lines = list(lines)


class _UniqueKeyLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` that refuses a mapping with the same key twice."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                mark = key_node.start_mark
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _UniqueKeyLoader.construct_mapping)


def load_yaml(path: str | Path) -> Any:
    """Parse a YAML file (plain data only, no duplicate keys) or raise a one-line ``ConfigError``."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError(f"{path}: cannot read: {err.strerror or err}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)  # a SafeLoader subclass: plain data only
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        problem = getattr(err, "problem", None) or str(err)
        raise ConfigError(f"{path}{where}: invalid YAML: {problem}") from None


def location(parts: tuple[Any, ...] | list[Any]) -> str:
    """``("stages", 2, "length", "min_chars")`` → ``stages[2].length.min_chars``."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def message(error: dict[str, Any]) -> str:
    """pydantic's error, phrased for a config file's reader."""
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
    text = str(error["msg"]).removeprefix("Value error, ")
    return text[:1].lower() + text[1:]


def error_lines(path: str | Path, err: ValidationError, prefix: tuple[Any, ...] = ()) -> list[str]:
    """Every error of ``err`` as ``FILE: key: message``; ``prefix`` is where the model sits."""
    lines = []
    for error in err.errors():
        where = location((*prefix, *error["loc"]))
        lines.append(f"{path}: {where}: {message(error)}" if where else f"{path}: {message(error)}")
    return list(dict.fromkeys(lines))


def validate(model: type[Model], raw: Any, path: str | Path, prefix: tuple[Any, ...] = ()) -> Model:
    """``model`` from ``raw`` or a ``ConfigError`` listing every problem."""
    try:
        return model.model_validate(raw)
    except ValidationError as err:
        raise ConfigError(*error_lines(path, err, prefix)) from None
