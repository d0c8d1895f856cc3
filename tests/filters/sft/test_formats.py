"""Reading, normalising and writing back Alpaca, ShareGPT and OpenAI-chat files (filters/sft/formats.py)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from corpusmill.filters.sft.formats import (
    Layout,
    NotRepresentable,
    detect_format,
    read_documents,
    read_items,
    to_raw,
    write_documents,
)
from corpusmill.filters.sft.record import SCHEMA_ERROR

EXTRA = frozenset({"tools", "label"})


def read_all(path: Path, **kwargs):
    fmt, layout, docs = read_documents(path, source="s", file_index=0, extra_fields=EXTRA, **kwargs)
    return fmt, layout, list(docs)


def canonical(docs):
    return [(d.id, d.metadata["messages"], d.metadata["extra"], d.metadata["alpaca_input"]) for d in docs]


def round_trip(path: Path, tmp_path: Path):
    fmt, layout, docs = read_all(path)
    assert all(SCHEMA_ERROR not in d.metadata for d in docs)
    out = tmp_path / path.name
    assert write_documents(docs, out, fmt, layout) == len(docs)
    fmt2, layout2, again = read_all(out)
    return (fmt, layout, docs), (fmt2, layout2, again)


@pytest.mark.parametrize(
    ("name", "fmt", "container", "records"),
    [
        ("chat/fastchat_dummy_conversation.json", "sharegpt", "array", 500),
        ("chat/sharegpt_v3_unfiltered_cleaned_split_first2000.jsonl.gz", "sharegpt", "jsonl", 165),
        ("chat/openai_cookbook_toy_chat_fine_tuning.jsonl", "openai", "jsonl", 5),
        ("chat/llamafactory_kto_en_demo.json", "openai", "array", 60),
        ("chat/llamafactory_glaive_toolcall_en_demo.json", "sharegpt", "array", 60),
    ],
)
def test_chat_formats_round_trip(test_data: Path, tmp_path: Path, name, fmt, container, records):
    (fmt1, layout1, docs), (fmt2, layout2, again) = round_trip(test_data / "sft" / name, tmp_path)
    assert (fmt1, layout1.container, len(docs)) == (fmt, container, records)
    assert (fmt2, layout2) == (fmt1, layout1)
    assert canonical(again) == canonical(docs)


def test_sharegpt_keeps_own_ids_and_roles(test_data: Path):
    _, _, docs = read_all(test_data / "sft/chat/fastchat_dummy_conversation.json")
    first = docs[0]
    assert first.id == "identity_0" and first.metadata["own_id"]
    assert first.metadata["messages"][:2] == [
        {"role": "user", "content": "Who are you?"},
        {"role": "assistant", "content": (
            "I am Vicuna, a language model trained by researchers from Large Model Systems Organization (LMSYS)."
        )},
    ]  # fmt: skip
    assert to_raw(first, "sharegpt")["conversations"][0] == {"from": "human", "value": "Who are you?"}


def test_tool_calls_and_extra_fields_survive(test_data: Path):
    _, _, docs = read_all(test_data / "sft/chat/llamafactory_glaive_toolcall_en_demo.json")
    roles = [m["role"] for m in docs[0].metadata["messages"]]
    assert roles[:6] == ["user", "assistant", "user", "function_call", "observation", "assistant"]
    assert json.loads(docs[0].metadata["extra"])["tools"].startswith('[{"name": "search_recipes"')
    with pytest.raises(NotRepresentable):
        to_raw(docs[0], "openai")


def test_kto_label_is_carried_to_openai_output(test_data: Path):
    _, _, docs = read_all(test_data / "sft/chat/llamafactory_kto_en_demo.json")
    raw = to_raw(docs[0], "openai")
    assert raw["label"] is True and raw["messages"][0]["role"] == "user" and "id" not in raw


def test_alpaca_round_trip_keeps_instruction_and_input_apart(test_data: Path, tmp_path: Path):
    # llamafactory_alpaca_zh_demo.json: an instruction ending in a space, then an input
    (fmt, _, docs), (_, _, again) = round_trip(test_data / "sft/zh/llamafactory_alpaca_zh_demo.json", tmp_path)
    assert fmt == "alpaca" and canonical(again) == canonical(docs)
    raw = json.loads((tmp_path / "llamafactory_alpaca_zh_demo.json").read_text())
    original = json.loads((test_data / "sft/zh/llamafactory_alpaca_zh_demo.json").read_text())
    assert [(r["instruction"], r["input"], r["output"]) for r in raw] == [
        (r["instruction"], r["input"], r["output"]) for r in original
    ]


def test_alpaca_input_joins_the_prompt_like_llamafactory(test_data: Path):
    _, layout, docs = read_all(test_data / "sft/alpaca/alpaca_data.json.gz")
    assert layout == Layout("array", "gz") and len(docs) == 1017  # the excerpt: 1,000 + 17 quoted records
    odd_one_out = docs[5].metadata  # alpaca_data.json record 5
    assert odd_one_out["messages"] == [
        {"role": "user", "content": "Identify the odd one out.\nTwitter, Instagram, Telegram"},
        {"role": "assistant", "content": "Telegram"},
    ]
    assert odd_one_out["alpaca_input"] == "Twitter, Instagram, Telegram"
    assert len(docs[5].id) == 40 and not odd_one_out["own_id"]


def test_content_ids_are_stable_and_unique(tmp_path: Path):
    record = {"instruction": "Name a primary color.", "input": "", "output": "Red."}
    path = tmp_path / "dup.json"
    path.write_text(json.dumps([record, record, {**record, "output": "Blue."}]))
    first = [d.id for d in read_all(path)[2]]
    assert first == [d.id for d in read_all(path)[2]]
    assert first[1] == first[0] + "-2" and len(set(first)) == 3


def test_schema_errors_are_records_not_exceptions(tmp_path: Path):
    path = tmp_path / "broken.jsonl"
    lines = [
        '{"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}]}',
        '{"messages": [{"role": "user", "content": "Hi"}, {"role": "bot", "content": "Hello!"}]}',
        '{"messages": [{"role": "user", "content": ["Hi"]}]}',
        '{"messages": [], "weight": 1}',
        '{"messages": [{"role": "user", "content": "Hi", "weight": 0}]}',
        '{"messages": [{"role": "user", "content": "Hi"}',
        "[1, 2]",
    ]
    path.write_text("\n".join(lines) + "\n")
    fmt, _, docs = read_all(path)
    assert fmt == "openai"
    errors = [d.metadata.get(SCHEMA_ERROR) for d in docs]
    assert errors[0] is None
    assert errors[4] is None  # a message's `weight` is OpenAI fine-tuning's own field
    assert [e and e[0] for e in errors[1:]] == [
        "sft:unknown_role", "sft:schema", "sft:schema", None, "read:bad_json", "sft:schema"
    ]  # fmt: skip
    assert "role 'bot'" in errors[1][1]
    assert "content[0] in messages[0] is 'str', only text parts are read" in errors[2][1]
    assert "unexpected field 'weight'" in errors[3][1]  # at the top level it is not
    assert docs[5].text == lines[5]  # the raw line is kept for the rejects


def test_alpaca_missing_and_mistyped_fields(tmp_path: Path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps([
        {"instruction": "Say hi.", "output": "Hi!"},
        {"instruction": "Say hi.", "input": None, "output": "Hi!"},
        {"instruction": "Say hi.", "input": ""},
        {"instruction": "Say hi.", "input": 3, "output": "Hi!"},
        {"instruction": "Say hi.", "output": "Hi!", "history": [["a"]]},
    ]))  # fmt: skip
    _, _, docs = read_all(path)
    errors = [d.metadata.get(SCHEMA_ERROR) for d in docs]
    assert errors[:2] == [None, None]
    assert errors[2] == ("sft:schema", "record 2: missing field 'output'")
    assert "field 'input' is int" in errors[3][1]
    assert "history[0]" in errors[4][1]


def test_detection_and_explicit_format(test_data: Path):
    _, items = read_items(test_data / "sft/zh/belle_eval_set.jsonl")
    with pytest.raises(ValueError, match="no record has"):
        detect_format(items)
    # forcing a format makes every record that does not fit a schema error of that format
    _, _, docs = read_all(test_data / "sft/chat/openai_cookbook_toy_chat_fine_tuning.jsonl", fmt="sharegpt")
    assert {d.metadata[SCHEMA_ERROR][1] for d in docs} == {
        f"record {i}: missing field 'conversations'" for i in range(5)
    }


def test_zstd_and_gzip_layouts_are_mirrored(test_data: Path, tmp_path: Path):
    _, _, docs = read_all(test_data / "sft/chat/openai_cookbook_toy_chat_fine_tuning.jsonl")
    for name, layout in (("toy.jsonl.zst", Layout("jsonl", "zst")), ("toy.json.gz", Layout("array", "gz"))):
        write_documents(docs, tmp_path / name, "openai", layout)
        _, read_layout, again = read_all(tmp_path / name)
        assert read_layout == layout and canonical(again) == canonical(docs)
    with gzip.open(tmp_path / "toy.json.gz", "rt") as handle:
        assert isinstance(json.load(handle), list)


def test_format_roles_map_to_canonical_roles():
    from corpusmill.filters.sft.formats import OPENAI_NAMES, OPENAI_ROLES, SHAREGPT_NAMES, SHAREGPT_ROLES
    from corpusmill.filters.sft.record import ROLES

    assert set(SHAREGPT_ROLES.values()) == set(ROLES)
    assert set(OPENAI_ROLES.values()) == set(ROLES) - {"function_call"}
    assert all(SHAREGPT_ROLES[name] == role for role, name in SHAREGPT_NAMES.items())
    # an OpenAI assistant turn with tool_calls is read as a function_call turn and written back as one
    assert all(OPENAI_ROLES[name] == role for role, name in OPENAI_NAMES.items() if role != "function_call")
    assert OPENAI_NAMES["function_call"] == "assistant"
