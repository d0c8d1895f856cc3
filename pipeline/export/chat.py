"""SFT exports for trainers: ChatML text, a tokenizer's own chat template, plain text for continued
pretraining, and the Alpaca, ShareGPT and OpenAI layouts (the writers of
``corpusmill.filters.sft.formats``), one JSONL line per kept conversation, from any run folder
whose shards carry ``messages``.

``text`` renders a conversation with no special tokens, so instruction data can go into
continued pretraining beside documents, under one token budget (its JSONL is a ``jsonl`` source
of the next run): the system prompt, then each turn as ``User: …`` / ``Assistant: …`` (``Tool:``
for a tool's answer; a tool call is the assistant's), turns separated by a blank line.

ChatML, text and templated lines hold ``{"id", "text", "token_count"}``: ``text`` is the whole
conversation as the model sees it, ``token_count`` its length in tokens (with the template's own
tokenizer, special tokens included, for ``chat-template``; with the run's tokenizer for ``chatml``).
Templates are Hugging Face ``tokenizer_config.json`` ``chat_template`` strings, rendered with
jinja2's sandbox as ``transformers`` does; nothing is downloaded.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson
from datatrove.data import Document

from corpusmill.filters.sft.formats import FORMATS as LAYOUTS
from corpusmill.filters.sft.formats import NotRepresentable, to_raw
from corpusmill.pipeline.export.tokens import ExportError
from corpusmill.text.tokenizer import TokenCounter

CHAT_FORMATS = ("chatml", "chat-template", "text", *LAYOUTS)
# corpusmill's roles (LLaMA-Factory's) as chat templates name them
TEMPLATE_ROLES = {"function_call": "assistant", "observation": "tool"}


def chat_roles(messages: list[dict[str, str]]) -> list[dict[str, str]]:
    return [{"role": TEMPLATE_ROLES.get(m["role"], m["role"]), "content": m["content"]} for m in messages]


TEXT_LABELS = {"user": "User: ", "assistant": "Assistant: ", "function_call": "Assistant: ", "observation": "Tool: "}


def chatml(messages: list[dict[str, str]]) -> str:
    return "".join(f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in chat_roles(messages))


def plain_text(messages: list[dict[str, str]]) -> str:
    """A conversation as plain text (``export --format text``; template in the module docstring)."""
    return "\n\n".join(TEXT_LABELS.get(m["role"], "") + m["content"].strip() for m in messages)


class ChatTemplate:
    """A local tokenizer folder's ``chat_template`` and the ``tokenizer.json`` that counts its output."""

    def __init__(self, folder: Path) -> None:
        from jinja2.exceptions import TemplateError
        from jinja2.sandbox import ImmutableSandboxedEnvironment

        config_path = folder / "tokenizer_config.json"
        try:
            config = json.loads(config_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as err:
            raise ExportError(f"--chat-template {folder}: cannot read tokenizer_config.json ({err})") from None
        template = config.get("chat_template")
        if isinstance(template, list):  # named templates: the default one
            template = next((t["template"] for t in template if t.get("name") == "default"), None)
        if not template:
            raise ExportError(f"{config_path}: no chat_template (use --format chatml)")
        if not (folder / "tokenizer.json").exists():
            raise ExportError(f"--chat-template {folder}: no tokenizer.json to count tokens with")
        self.specials = {k: _token(config.get(k)) for k in ("bos_token", "eos_token", "pad_token", "unk_token")}
        env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
        env.globals["raise_exception"] = _raise
        env.globals["strftime_now"] = lambda fmt: datetime.now().strftime(fmt)
        try:
            self.template = env.from_string(template)
        except TemplateError as err:
            raise ExportError(f"{config_path}: chat_template does not compile: {err}") from None
        self.counter = TokenCounter(str(folder / "tokenizer.json"))

    def render(self, messages: list[dict[str, str]]) -> str:
        from jinja2.exceptions import TemplateError

        try:
            return self.template.render(messages=chat_roles(messages), add_generation_prompt=False, **self.specials)
        except TemplateError as err:
            raise NotRepresentable(f"the chat template refused it: {err}") from None


def _token(value: Any) -> str:
    return value.get("content", "") if isinstance(value, dict) else (value or "")


def _raise(message: str) -> None:
    from jinja2.exceptions import TemplateError

    raise TemplateError(message)


def chat_lines(
    fmt: str, batch: dict[str, list], template: ChatTemplate | None, counter: TokenCounter
) -> tuple[list[bytes], int]:
    """One batch of a Parquet shard (``id``, ``messages``, ``extra``) as JSONL lines, and their tokens."""
    lines: list[bytes] = []
    tokens = 0
    rendered: list[tuple[str, str]] = []
    for record, messages, extra in zip(batch["id"], batch["messages"], batch["extra"], strict=True):
        try:
            if fmt in LAYOUTS:
                meta = {"messages": messages, "alpaca_input": None, "extra": extra, "own_id": True}
                lines.append(orjson.dumps(to_raw(Document(text="", id=record, metadata=meta), fmt)) + b"\n")
            else:
                render = template.render if template else plain_text if fmt == "text" else chatml
                rendered.append((record, render(messages)))
        except NotRepresentable as err:
            raise ExportError(f"record {record}: cannot write as {fmt}: {err}") from None
    counts = (template.counter if template else counter).count([text for _, text in rendered])
    for (record, text), count in zip(rendered, counts, strict=True):
        lines.append(orjson.dumps({"id": record, "text": text, "token_count": count}) + b"\n")
        tokens += count
    return lines, tokens
