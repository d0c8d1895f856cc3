"""SFT exports: ChatML from ``sft clean --format chatml`` and a tokenizer's own chat template via
``corpusmill export --format chat-template``, each line with its conversation's token count."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from corpusmill.text.tokenizer import TokenCounter
from tests.helpers import corpusmill

pytestmark = pytest.mark.slow

CONVERSATIONS = [
    (
        "Explain why the sky looks blue during the day.",
        "Air molecules scatter the short blue wavelengths of sunlight much more than the long red ones, "
        "so blue light reaches us from every direction.",
    ),
    (
        "Give me three tips for writing clear technical documentation.",
        "Know your reader and what they need to do. Start with a short working example. "
        "Keep each section focused on one task and test every command you show.",
    ),
    (
        "What is the difference between a list and a tuple in Python?",
        "A list is mutable: you can add, remove or change its items. "
        "A tuple is immutable, which makes it hashable and usable as a dictionary key.",
    ),
    (
        "请用两句话解释什么是机器学习。",
        "机器学习是让计算机从数据中自动学习规律的方法。它不需要为每个任务手写规则，而是通过训练模型来做出预测或决策。",
    ),
]
# a Llama-2 style template: BOS from the config, [INST] around user turns, the system prompt folded in
TEMPLATE = (
    "{% for message in messages %}"
    "{% if message['role'] == 'user' %}{{ bos_token + '[INST] ' + message['content'] + ' [/INST]' }}"
    "{% elif message['role'] == 'assistant' %}{{ ' ' + message['content'] + eos_token }}"
    "{% else %}{{ raise_exception('no ' + message['role'] + ' role in this template') }}{% endif %}"
    "{% endfor %}"
)


def sft_run(tmp: Path, system: bool) -> Path:
    with (tmp / "chat.jsonl").open("w", encoding="utf-8") as handle:
        for i, (question, answer) in enumerate(CONVERSATIONS):
            head = [{"role": "system", "content": "You are a helpful assistant."}] if system and i % 2 == 0 else []
            messages = [*head, {"role": "user", "content": question}, {"role": "assistant", "content": answer}]
            handle.write(json.dumps({"id": f"c{i}", "messages": messages}, ensure_ascii=False) + "\n")
    out = tmp / "out"
    result = corpusmill("sft", "clean", tmp / "chat.jsonl", "--out", out, "--format", "chatml")
    assert result.returncode == 0, result.stderr
    return out


def test_sft_clean_writes_chatml_with_token_counts(tmp_path: Path) -> None:
    out = sft_run(tmp_path, system=True)
    kept = pl.read_parquet(out / "data/**/*.parquet").sort("id")
    lines = [json.loads(line) for line in (out / "export/chat.chatml.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == kept["id"].to_list() and len(lines) == len(CONVERSATIONS)
    for line, messages in zip(lines, kept["messages"].to_list(), strict=True):
        expected = "".join(f"<|im_start|>{m['role']}\n{m['content']}<|im_end|>\n" for m in messages)
        assert line["text"] == expected
        assert line["token_count"] == TokenCounter().count([expected])[0]
    assert corpusmill("verify", out).returncode == 0


def test_an_sft_run_folder_loads_with_datasets(tmp_path: Path) -> None:
    import datasets

    out = sft_run(tmp_path, system=True)
    loaded = datasets.load_dataset(str(out), split="train", cache_dir=str(tmp_path / "cache"))
    kept = pl.read_parquet(out / "data/**/*.parquet")
    assert sorted(loaded["id"]) == sorted(kept["id"].to_list()) and "messages" in loaded.column_names


def tokenizer_folder(tmp: Path) -> Path:
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers

    folder = tmp / "tok"
    folder.mkdir()
    tokenizer = Tokenizer(models.BPE(unk_token="<unk>"))
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    trainer = trainers.BpeTrainer(vocab_size=400, special_tokens=["<unk>", "<s>", "</s>", "[INST]", "[/INST]"])
    tokenizer.train_from_iterator([q + " " + a for q, a in CONVERSATIONS] * 5, trainer)
    tokenizer.save(str(folder / "tokenizer.json"))
    config = {"bos_token": "<s>", "eos_token": {"content": "</s>"}, "chat_template": TEMPLATE}
    (folder / "tokenizer_config.json").write_text(json.dumps(config))
    return folder


def test_the_tokenizers_own_chat_template(tmp_path: Path) -> None:
    from tokenizers import Tokenizer

    out = sft_run(tmp_path, system=False)
    folder = tokenizer_folder(tmp_path)
    result = corpusmill("export", out, "--format", "chat-template", "--chat-template", folder)
    assert result.returncode == 0, result.stderr
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    path = out / "export/chat-template/chat.chat-template.jsonl"
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    by_id = {f"c{i}": pair for i, pair in enumerate(CONVERSATIONS)}
    for line in lines:
        question, answer = by_id[line["id"]]
        assert line["text"] == f"<s>[INST] {question} [/INST] {answer}</s>"
        ids = tokenizer.encode(line["text"], add_special_tokens=False).ids
        assert line["token_count"] == len(ids) and ids[0] == tokenizer.token_to_id("<s>")
    manifest = json.loads((out / "manifest.json").read_text())
    part = manifest["exports"]["export/chat-template"]["parts"][0]
    assert part["tokens"] == sum(line["token_count"] for line in lines)
    assert corpusmill("verify", out).returncode == 0


def test_a_template_that_refuses_a_record_is_one_line(tmp_path: Path) -> None:
    out = sft_run(tmp_path, system=True)
    result = corpusmill("export", out, "--format", "chat-template", "--chat-template", tokenizer_folder(tmp_path))
    assert result.returncode == 2 and "no system role in this template" in result.stderr
    assert "Traceback" not in result.stderr
