"""The run's own tokenizer, for exports: the one ``manifest.json`` counted with, and its end-of-document id."""

from __future__ import annotations

import json
from pathlib import Path

from corpusmill.text.tokenizer import TokenCounter

EOS_NAMES = ("</s>", "<|endoftext|>", "<|end_of_text|>", "<eos>", "<|im_end|>")


class ExportError(Exception):
    """An export cannot be made as asked; phrased as one line for the user."""


def run_tokenizer(manifest: dict) -> TokenCounter:
    """The tokenizer the run counted with; refuses a file that changed since (the ids would not
    match the manifest's counts)."""
    facts = manifest["tokenizer"]
    counter = TokenCounter(facts["spec"])
    try:
        info = counter.info
    except (OSError, ValueError) as err:
        raise ExportError(f"tokenizer {facts['spec']!r}: {err}") from None
    if facts.get("sha256") and info.sha256 != facts["sha256"]:
        raise ExportError(f"tokenizer {facts['spec']!r} changed since the run (sha256 differs from manifest.json)")
    return counter


def eod_id(counter: TokenCounter, value: str) -> int:
    """``--eod``: an id (``2``), a token (``</s>``) or ``eos`` (the tokenizer's end-of-sequence token)."""
    token_id = int(value) if value.isdigit() else _lookup(counter, value)
    if not 0 <= token_id < counter.info.vocab_size:
        raise ExportError(f"--eod {value}: id {token_id} is outside the vocabulary ({counter.info.vocab_size})")
    return token_id


def _lookup(counter: TokenCounter, token: str) -> int:
    path = counter.path
    if path is None:
        raise ExportError(f"--eod {token}: give an id; the tokenizer {counter.spec!r} is not a local file")
    if path.suffix == ".model" or ".model." in path.name:
        import sentencepiece

        processor = sentencepiece.SentencePieceProcessor(model_file=str(path))
        found = processor.eos_id() if token == "eos" else processor.piece_to_id(token)
        if found < 0 or (token != "eos" and processor.id_to_piece(found) != token):
            raise ExportError(f"--eod {token}: not in {path.name}")
        return found
    data = json.loads(path.read_text(encoding="utf-8"))
    if "config" in data and "pattern" in data["config"]:  # tekken: mistral-common knows its special tokens
        from mistral_common.tokens.tokenizers.tekken import Tekkenizer

        tekken = Tekkenizer.from_file(str(path))
        try:
            return tekken.eos_id if token == "eos" else tekken.get_special_token(token)
        except ValueError:
            raise ExportError(f"--eod {token}: not a special token of {path.name} (give the id instead)") from None
    vocab = data.get("model", {}).get("vocab")
    specials = {t["content"]: t["id"] for t in data.get("added_tokens", [])}
    if isinstance(vocab, dict):  # BPE/WordPiece: any token of the vocabulary
        specials = vocab | specials
    names = [_configured_eos(path)] if token == "eos" else [token]
    if token == "eos":
        names += list(EOS_NAMES)
    for name in names:
        if name in specials:
            return int(specials[name])
    raise ExportError(f"--eod {token}: no such token in {path.name} (give the id instead)")


def _configured_eos(path: Path) -> str | None:
    """``eos_token`` of a ``tokenizer_config.json`` beside a Hugging Face ``tokenizer.json``."""
    config = path.with_name("tokenizer_config.json")
    if not config.exists():
        return None
    eos = json.loads(config.read_text(encoding="utf-8")).get("eos_token")
    return eos.get("content") if isinstance(eos, dict) else eos
