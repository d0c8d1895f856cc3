"""The stage parameter reference, generated from the stages' own ``Params`` models.

Every field's description is the docstring written under it (read from the source here, see
``description``), so the reference cannot drift from the code: ``make docs`` writes
``docs/reference/stage-parameters.md`` with this module and a test compares the committed page
with a fresh rendering. Run ``python -m corpusmill.pipeline.params_doc`` to print it.
"""

from __future__ import annotations

import ast
import functools
import inspect
import json
import sys
import textwrap
import types
import typing
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from corpusmill.pipeline.registry import BUILTIN, stage_class

HEADER = """# Stage parameters

Generated from each stage's parameter model by `python -m corpusmill.pipeline.params_doc` (run by
`make docs`); a test fails when this page and the code disagree. Every key is optional. Stages are
configured as `- stage_name: {key: value, ...}` under `stages:` (see [Configuration](../configuration.md)).
"""


def type_name(annotation: Any) -> str:
    """A short, readable spelling of a field's type (``int | None``, ``list[str]``, ``dict[str, float]``)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return type_name(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return " | ".join(type_name(arg) for arg in typing.get_args(annotation))
    if origin is typing.Literal:
        return " | ".join(json.dumps(arg) for arg in typing.get_args(annotation))
    if origin is not None:
        args = ", ".join(type_name(arg) for arg in typing.get_args(annotation))
        return f"{getattr(origin, '__name__', str(origin))}[{args}]"
    if annotation is type(None):
        return "null"
    return getattr(annotation, "__name__", str(annotation))


def default_of(field: FieldInfo) -> Any:
    if field.default_factory is not None:
        return field.default_factory()  # type: ignore[call-arg]
    return None if field.default is PydanticUndefined else field.default


@functools.cache
def _field_docstrings(cls: type) -> dict[str, str | None]:
    """The fields annotated in ``cls``'s own body, each with the string literal right under it."""
    try:
        source = textwrap.dedent(inspect.getsource(cls))
    except (OSError, TypeError):  # a class made at run time has no source
        return {}
    body = ast.parse(source).body[0].body  # type: ignore[attr-defined]
    found: dict[str, str | None] = {}
    for node, after in zip(body, [*body[1:], None], strict=True):
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            literal = isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant)
            text = after.value.value if literal else None  # type: ignore[union-attr]
            found[node.target.id] = inspect.cleandoc(text) if isinstance(text, str) else None
    return found


def description(model: type[BaseModel], name: str) -> str:
    """What a field does: its ``Field(description=...)``, else the docstring under it in the class
    that last declares it. Read here rather than by pydantic (``use_attribute_docstrings``), which
    would look up the source of every stage's ``Params`` whenever the class is created: ~0.05 s of
    CPU in every run and every worker, for text only this reference shows."""
    field = model.model_fields[name]
    if field.description:
        return field.description
    for cls in model.__mro__:
        if cls is BaseModel or not issubclass(cls, BaseModel):
            break
        docstrings = _field_docstrings(cls)
        if name in docstrings:
            return docstrings[name] or ""
    return ""


def cell(value: Any) -> str:
    """A Markdown table cell: JSON for values, pipes escaped."""
    if isinstance(value, BaseModel):
        return "see below"
    return "`" + json.dumps(value, ensure_ascii=False, default=str).replace("|", "\\|") + "`"


def table(model: type[BaseModel], title: str) -> list[str]:
    """One parameter table, then one for each nested model field (``quality.space``, ...)."""
    lines = ["| key | type | default | what it does |", "|---|---|---|---|"]
    nested: list[tuple[type[BaseModel], str]] = []
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            nested.append((annotation, f"{title}.{name}"))
        about = " ".join(description(model, name).split()).replace("|", "\\|")
        kind = type_name(annotation).replace("|", "\\|")
        lines.append(f"| `{name}` | {kind} | {cell(default_of(field))} | {about} |")
    lines.append("")
    for sub, sub_title in nested:
        lines += [f"### `{sub_title}`", "", *table(sub, sub_title)]
    return lines


def undocumented() -> list[str]:
    """``stage.key`` of every parameter without a docstring (the docs test lists them)."""
    missing = []

    def walk(model: type[BaseModel], title: str) -> None:
        for name, field in model.model_fields.items():
            if isinstance(field.annotation, type) and issubclass(field.annotation, BaseModel):
                walk(field.annotation, f"{title}.{name}")
            elif not description(model, name):
                missing.append(f"{title}.{name}")

    for name in BUILTIN:
        walk(stage_class(name).Params, name)
    return missing


def params_markdown() -> str:
    lines = [HEADER]
    for name in BUILTIN:
        cls = stage_class(name)
        summary = " ".join((cls.__doc__ or "").strip().split("\n\n")[0].split())
        lines += [f"## `{name}`", "", summary, ""] if summary else [f"## `{name}`", ""]
        lines += table(cls.Params, name)
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    sys.stdout.write(params_markdown())
