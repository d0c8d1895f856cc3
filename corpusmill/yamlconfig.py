"""One YAML loader and one error formatter for every file a user writes (run configs, SFT
configs, crawl plans).

Every problem is one line ``FILE: path.to.key: message`` and all of a file's problems are reported
at once (``ConfigError.lines``), so a user fixes a config in one round, not one typo per run.
Duplicate keys are errors (YAML would silently keep the last one), and only plain data is built:
tags such as ``!!python/object`` are refused by the safe loader. Aliases are bounded: a file whose
aliases expand to more than ``MAX_VALUES`` values (an "alias bomb", a few lines that stand for
billions of values) or refer to themselves is refused before anything walks the data.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

Model = TypeVar("Model", bound=BaseModel)

MAX_VALUES = 1_000_000
"""Values a YAML file may stand for once its aliases are expanded (a large crawl plan has ~10^5)."""
SHOWN_CHARS = 60
"""A user's value quoted in a message is cut to this many characters."""


MAX_LINES = 50
"""Problems listed at once; a list of thousands of bad entries ends with how many more there are."""


class ConfigError(Exception):
    """Configuration problems, already phrased as one line each for the user (exit status 2)."""

    def __init__(self, *lines: str) -> None:
        kept = list(lines[:MAX_LINES])
        if len(lines) > MAX_LINES:
            kept.append(f"... and {len(lines) - MAX_LINES:,} more problems")
        super().__init__("\n".join(kept))
        self.lines = kept


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
    loader = _UniqueKeyLoader(text)  # a SafeLoader subclass: plain data only
    try:
        node = loader.get_single_node()
        if node is not None and expanded_size(node) > MAX_VALUES:
            raise ConfigError(
                f"{path}: its aliases expand to more than {MAX_VALUES:,} values (or refer to themselves); "
                "write the values out or use fewer aliases"
            )
        return loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        problem = getattr(err, "problem", None) or str(err)
        raise ConfigError(f"{path}{where}: invalid YAML: {problem}") from None
    finally:
        loader.dispose()


def expanded_size(root: yaml.Node) -> int:
    """How many values ``root`` stands for with every alias expanded, counted without expanding:
    an alias is the same node object, so each node's size is computed once. Stops counting past
    ``MAX_VALUES``; a node that contains itself counts as too many."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            open_nodes.discard(key)
            children = _children(node)
            sizes[key] = min(1 + sum(sizes[id(child)] for child in children), MAX_VALUES + 1)
            continue
        if key in sizes:
            continue
        if key in open_nodes:  # an alias to an enclosing node: infinitely many values
            return MAX_VALUES + 1
        open_nodes.add(key)
        stack.append((node, True))
        stack += [(child, False) for child in _children(node) if id(child) not in sizes]
    return sizes[id(root)]


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def shown(value: Any) -> str:
    """A user's value for a message, never longer than ``SHOWN_CHARS`` characters: a string (cut),
    a number or a boolean as written; a list or mapping by its type alone, so a message never walks
    (or copies) an arbitrarily large structure."""
    if isinstance(value, str):
        return repr(value) if len(value) <= SHOWN_CHARS else repr(value[:SHOWN_CHARS]) + "…"
    if value is None or isinstance(value, bool | int | float):
        return repr(value)[:SHOWN_CHARS]
    return f"a {type(value).__name__}"


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
