"""``corpusmill sft clean`` as a user runs it (the real command in a subprocess), on inputs that
issue 28 found it losing: two inputs with one file name (item 5), input in which no record can be
decoded (item 19), OpenAI records with text parts, tool calls and names (item 20). Each checks the
exit status, the lines on stderr, and that input = output + rejects."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from tests.helpers import corpusmill, rows


def stderr_problems(stderr: str) -> list[str]:
    """The lines a user is told about: errors and warnings (progress lines are not)."""
    return [line for line in stderr.splitlines() if line.startswith(("corpusmill:", "warning:", "Traceback"))]


def balanced(out: Path) -> dict:
    stats = json.loads((out / "stats.json").read_text())
    rejected = rows(out / "rejects").height if list((out / "rejects").rglob("*.parquet")) else 0
    kept = rows(out / "data").height if list((out / "data").rglob("*.parquet")) else 0
    assert stats["input_records"] == kept + rejected == stats["output_records"] + stats["rejected_records"]
    return stats


def test_two_inputs_with_one_name_are_exported_apart(test_data: Path, tmp_path: Path):
    with gzip.open(test_data / "sft/alpaca/alpaca_data.json.gz", "rt", encoding="utf-8") as handle:
        alpaca = json.load(handle)
    first, second = tmp_path / "d1" / "train.json", tmp_path / "d2" / "train.json"
    for path, records in ((first, alpaca[:40]), (second, alpaca[40:70])):
        path.parent.mkdir()
        path.write_text(json.dumps(records, indent=4))
    out = tmp_path / "run"
    result = corpusmill("sft", "clean", first, second, "--out", out, "--format", "alpaca")
    assert result.returncode == 0, result.stderr
    assert stderr_problems(result.stderr) == []
    stats = balanced(out)
    exported = {p.relative_to(out / "export").as_posix() for p in (out / "export").rglob("*.json")}
    assert exported == {"d1/train.json", "d2/train.json"}
    for source, name in zip(stats["sources"], ("d1", "d2"), strict=True):
        records = json.loads((out / "export" / name / "train.json").read_text())
        assert len(records) == source["kept"] > 0  # every kept record of each input, none overwritten
    assert {r["instruction"] for r in json.loads((out / "export/d1/train.json").read_text())} <= {
        r["instruction"] for r in alpaca[:40]
    }


def test_input_no_record_of_which_decodes_exits_2_with_one_line(test_data: Path, tmp_path: Path):
    # the first bytes of real Chinese records, each line cut into a byte sequence no encoding reads
    # as text (a GBK export is detected and read as GB18030 now; this is what is left unreadable)
    records = json.loads((test_data / "sft/zh/llamafactory_alpaca_zh_demo.json").read_text(encoding="utf-8"))[:5]
    lines = [json.dumps(r, ensure_ascii=False).encode("utf-8")[:20] + bytes(range(0x80, 0xA0)) for r in records]
    broken = tmp_path / "broken.jsonl"
    broken.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "run"
    result = corpusmill("sft", "clean", broken, "--out", out)
    assert result.returncode == 2
    problems = stderr_problems(result.stderr)
    assert len(problems) == 1 and problems[0].startswith("corpusmill: no input record could be read")
    balanced(out)
    reasons = set(rows(out / "rejects")["reason"])
    assert reasons and all(r.startswith("read:") for r in reasons)  # every record is a reject, none lost


def openai_tool_records(test_data: Path) -> list[dict]:
    """LLaMA-Factory's glaive tool-call conversations (ShareGPT) written the way OpenAI's chat
    fine-tuning format holds them: text parts, a user ``name``, ``tool_calls`` with ids and
    ``tool`` replies naming them. Only the layout changes; every text is the upstream one."""
    conversations = json.loads((test_data / "sft/chat/llamafactory_glaive_toolcall_en_demo.json").read_text())
    records = []
    for n, conversation in enumerate(conversations[:20]):
        messages: list[dict] = []
        for turn in conversation["conversations"]:
            if turn["from"] == "human":
                messages.append(
                    {"role": "user", "name": "customer", "content": [{"type": "text", "text": turn["value"]}]}
                )
            elif turn["from"] == "gpt":
                messages.append({"role": "assistant", "content": turn["value"]})
            elif turn["from"] == "function_call":
                call = json.loads(turn["value"])
                arguments = json.dumps(call["arguments"])
                function = {"name": call["name"], "arguments": arguments}
                calls = [{"id": f"call_{n}", "type": "function", "function": function}]
                messages.append({"role": "assistant", "content": None, "tool_calls": calls})
            else:
                messages.append({"role": "tool", "tool_call_id": f"call_{n}", "content": turn["value"]})
        records.append({"id": f"glaive-{n}", "messages": messages, "tools": json.loads(conversation["tools"])})
    return records


def test_openai_tool_calls_text_parts_and_names_are_kept_and_written_back(test_data: Path, tmp_path: Path):
    records = openai_tool_records(test_data)
    assert any("tool_calls" in m for r in records for m in r["messages"])
    source = tmp_path / "tools.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records))
    out = tmp_path / "run"
    config = tmp_path / "sft.yaml"
    config.write_text("checks:\n  disable: [refusal]\n")  # glaive teaches refusals on purpose
    result = corpusmill("sft", "clean", source, "--out", out, "--format", "openai", "--config", config)
    assert result.returncode == 0, result.stderr
    balanced(out)
    rejects = rows(out / "rejects") if list((out / "rejects").rglob("*.parquet")) else None
    if rejects is not None:
        assert not set(rejects["reason"]) & {"sft:schema", "sft:unknown_role", "sft:role_order"}
    rejected = set(rejects["id"]) if rejects is not None else set()
    written = [json.loads(line) for line in (out / "export" / "tools.jsonl").read_text().splitlines()]
    assert written == [r for r in records if r["id"] not in rejected]  # as they were, field for field
    assert len(written) >= 15  # the rest are content rejects (boilerplate, an article not given)
    kept = rows(out / "data")
    calling = next(r["id"] for r in written if any("tool_calls" in m for m in r["messages"]))
    roles = [m["role"] for m in kept.filter(kept["id"] == calling)["messages"][0]]
    assert "function_call" in roles and "observation" in roles  # what the checks and templates see
