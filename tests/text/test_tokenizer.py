"""Token counting with every supported tokenizer kind, offline."""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

import pytest

from corpusmill.text.tokenizer import TokenCounter, _mistral_data

TEXTS = ["Pretraining runs are planned in tokens.", "模型需要大约每个参数二十个词元。", ""]


def test_default_is_tekken_offline_and_matches_mistral_common() -> None:
    from mistral_common.tokens.tokenizers.tekken import Tekkenizer

    reference = Tekkenizer.from_file(str(_mistral_data("tekken_240911.json")))
    counter = TokenCounter()
    assert counter.count(TEXTS) == [len(reference.encode(t, bos=False, eos=False)) for t in TEXTS]
    assert counter.info.vocab_size == 131072
    assert counter.info.sha256 == hashlib.sha256(_mistral_data("tekken_240911.json").read_bytes()).hexdigest()


def test_sentencepiece_model() -> None:
    counter = TokenCounter(str(_mistral_data("tokenizer.model.v1")))
    assert counter.info.vocab_size == 32000
    assert counter.count(TEXTS)[0] > 5


def test_hf_tokenizer_json(tmp_path: Path, test_data: Path) -> None:
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers

    tokenizer = Tokenizer(models.BPE(unk_token="[UNK]"))
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    lines = (test_data / "langid/en.txt").read_text(encoding="utf-8").splitlines()
    tokenizer.train_from_iterator(lines, trainers.BpeTrainer(vocab_size=500, special_tokens=["[UNK]"]))
    tokenizer.save(str(tmp_path / "tokenizer.json"))
    counter = TokenCounter(str(tmp_path / "tokenizer.json"))
    assert counter.count(lines[:3]) == [len(tokenizer.encode(line).ids) for line in lines[:3]]
    assert counter.info.vocab_size == tokenizer.get_vocab_size()


def test_pickles_without_the_loaded_tokenizer() -> None:
    counter = TokenCounter()
    counter.count(TEXTS)
    clone = pickle.loads(pickle.dumps(counter))
    assert "_count" not in clone.__dict__ and clone.count(TEXTS) == counter.count(TEXTS)


def test_unknown_spec_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no such file"):
        TokenCounter("no-such-tokenizer").count(["x"])


def fresh_tokenizers() -> None:
    """Forget this process's loaded tokenizers (they are cached per process)."""
    from corpusmill.text import tokenizer

    tokenizer._encoder.cache_clear()
    tokenizer._loaded.cache_clear()


def test_tekken_loads_from_the_user_cache_with_the_same_counts(tmp_path: Path, monkeypatch) -> None:
    """The first load writes tekken's vocabulary to the cache; the next reads it without parsing
    the JSON, and counts, vocabulary size and hash are the JSON's."""
    from corpusmill.text import tokenizer

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    fresh_tokenizers()
    first = TokenCounter()
    expected = (first.count(TEXTS), first.info)
    assert [p.name for p in (tmp_path / "corpusmill").iterdir()] == [f"tekken-{first.info.sha256}.marshal"]

    def no_json(payload: bytes):
        raise AssertionError("tekken's JSON parsed although its vocabulary is cached")

    monkeypatch.setattr(tokenizer.orjson, "loads", no_json)
    fresh_tokenizers()
    cached = TokenCounter()
    assert (cached.count(TEXTS), cached.info) == expected


def test_a_damaged_cache_entry_is_read_from_the_json_again(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    fresh_tokenizers()
    expected = TokenCounter().count(TEXTS)
    (entry,) = (tmp_path / "corpusmill").iterdir()
    whole = entry.read_bytes()
    entry.write_bytes(whole[:1000])  # a truncated write (a full disk) or another layout
    fresh_tokenizers()
    assert TokenCounter().count(TEXTS) == expected
    assert entry.read_bytes() == whole  # and written whole again


def test_an_unwritable_cache_only_means_the_json_is_read(tmp_path: Path, monkeypatch) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))  # the cache folder cannot be made
    fresh_tokenizers()
    counter = TokenCounter()
    assert counter.count(TEXTS)[0] > 5 and counter.info.vocab_size == 131072
    assert blocked.read_text() == "not a folder"
    fresh_tokenizers()
