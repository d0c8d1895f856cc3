"""``corpusmill sft clean`` end to end (cli/sft.py), through typer's CliRunner on excerpts of the
shared data. It is a front end of the runner, so its folder is a run folder like any other."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from corpusmill.cli.sft import app
from corpusmill.filters.sft.formats import read_documents
from corpusmill.pipeline.sft import SftConfig, load_sft_config
from corpusmill.pipeline.verify import verify
from corpusmill.schema import MESSAGES_TYPE
from tests.helpers import quoted, rows

runner = CliRunner()


@pytest.fixture(scope="module")
def inputs(test_data: Path, tmp_path_factory) -> dict[str, Path]:
    """Alpaca records 0-299 plus six known defects and a duplicate (JSON array), the first 150 ShareGPT lines
    (gzipped JSONL) and the OpenAI cookbook toy file as is."""
    folder = tmp_path_factory.mktemp("inputs")
    with gzip.open(test_data / "sft/alpaca/alpaca_data.json.gz", "rt", encoding="utf-8") as handle:
        alpaca = json.load(handle)
    defects = [  # upstream records 165, 2319, 2831, 5555, 10486 and 50884
        quoted(
            alpaca, "Summarize the following article", "https://www.nytimes.com/2010/07/05/business/global/05phone.html"
        ),
        quoted(alpaca, "Describe the painting below.", "[Image provided]"),
        quoted(alpaca, "If you were to receive one extra hour of free time in the day, what would you do?"),
        quoted(alpaca, "Design a company logo"),
        quoted(alpaca, "Play the song Despacito on the keyboard."),
        quoted(alpaca, 'Look up the definitions of the words "calcium" and "oxygen".'),
    ]
    excerpt = [*alpaca[:300], *defects, alpaca[0]]
    (folder / "alpaca.json").write_text(json.dumps(excerpt, indent=4))
    with gzip.open(test_data / "sft/chat/sharegpt_v3_unfiltered_cleaned_split_first2000.jsonl.gz", "rt") as handle:
        lines = [next(handle) for _ in range(150)]
    with gzip.open(folder / "sharegpt.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.writelines(lines)
    toy = folder / "openai_cookbook_toy_chat_fine_tuning.jsonl"
    toy.write_text((test_data / "sft/chat/openai_cookbook_toy_chat_fine_tuning.jsonl").read_text())
    return {"alpaca": folder / "alpaca.json", "sharegpt": folder / "sharegpt.jsonl.gz", "openai": toy}


def clean(*args: str):
    result = runner.invoke(app, ["clean", *args])
    return result, result.output


def test_clean_writes_the_run_folder(inputs, tmp_path: Path):
    out = tmp_path / "run"
    result, output = clean(str(inputs["alpaca"]), str(inputs["sharegpt"]), str(inputs["openai"]), "--out", str(out))
    assert result.exit_code == 0, output
    stats = json.loads((out / "stats.json").read_text())
    assert stats["input_records"] == 307 + 150 + 5
    assert stats["input_records"] == stats["output_records"] + stats["rejected_records"]
    assert stats["accounting"] == {"problems": []}
    assert [s["name"] for s in stats["stages"]] == ["read", "sft", "sft_dedup", "sft_decontaminate"]
    for stage in stats["stages"]:
        assert stage["in"] == stage["kept"] + sum(stage["rejected"].values())
    _, sft, dedup, _ = stats["stages"]
    for reason in ("sft:unseen_reference", "sft:placeholder_output", "sft:refusal", "sft:truncated", "sft:too_long"):
        assert sft["rejected"][reason] >= 1, reason
    # ShareGPT chunks that continue a conversation lose the answer they start with (context_turns)
    assert sft["fixed"]["sft:context_turns"] >= 20 and sft["fixed"]["sft:placeholder_input"] >= 1
    assert dedup["rejected"]["sft:exact_duplicate"] >= 1  # alpaca record 0 appears twice in the excerpt

    shards = sorted(p.relative_to(out).as_posix() for p in (out / "data").rglob("*.parquet"))
    assert shards == [
        "data/alpaca/shard-00000.parquet",
        "data/openai_cookbook_toy_chat_fine_tuning/shard-00000.parquet",
        "data/sharegpt/shard-00000.parquet",
    ]
    alpaca = pq.read_table(out / shards[0])
    assert alpaca.schema.field("messages").type == MESSAGES_TYPE
    assert {"id", "text", "source", "language", "token_count", "fixes", "extra"} <= set(alpaca.schema.names)
    assert not {"_order", "schema_error"} & set(alpaca.schema.names)
    first = alpaca.slice(0, 1).to_pylist()[0]
    assert first["messages"][0] == {"role": "user", "content": "Give three tips for staying healthy."}
    assert first["language"] == "en" and first["token_count"] > 20 and first["source"] == "alpaca"

    rejects = rows(out / "rejects")
    assert rejects.height == stats["rejected_records"]
    by_reason = {r["reason"]: r for r in rejects.to_dicts()}
    assert by_reason["sft:exact_duplicate"]["duplicate_of"] == first["id"]
    assert "Eat a banana!" in by_reason["sft:too_long"]["text"]

    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["tokenizer"]["vocab_size"] == 131072 and "tekken_240911" in manifest["tokenizer"]["name"]
    assert manifest["total_records"] == stats["output_records"]
    assert verify(out, recount=True) == []  # the runner's manifest: verify --recount works
    assert "sft:unseen_reference" in output and "records/s" in output
    assert "warning:" in output and "small instruction set" in output


def test_export_in_the_inputs_layout(inputs, tmp_path: Path):
    out = tmp_path / "run"
    result, output = clean(str(inputs["sharegpt"]), "--out", str(out), "--format", "sharegpt")
    assert result.exit_code == 0, output
    exported = out / "export" / "sharegpt.jsonl.gz"
    fmt, layout, docs = read_documents(exported, source="x", file_index=0)
    assert (fmt, layout.container, layout.compression) == ("sharegpt", "jsonl", "gz")
    table = pq.read_table(out / "data" / "sharegpt" / "shard-00000.parquet").to_pylist()
    assert [(d.id, d.metadata["messages"]) for d in docs] == [(r["id"], r["messages"]) for r in table]


def test_alpaca_input_back_in_alpaca(inputs, tmp_path: Path):
    out = tmp_path / "run"
    result, _ = clean(str(inputs["alpaca"]), "--out", str(out), "--format", "alpaca")
    assert result.exit_code == 0
    exported = json.loads((out / "export" / "alpaca.json").read_text())
    assert exported[5] == {"instruction": "Identify the odd one out.", "input": "Twitter, Instagram, Telegram",
                           "output": "Telegram"}  # fmt: skip
    assert "id" not in exported[0]  # Alpaca records have no id: none is invented in the export


def test_config_and_benchmark(inputs, test_data: Path, tmp_path: Path):
    config = tmp_path / "sft.yaml"
    config.write_text("checks:\n  disable: [too_long]\ndedup:\n  near: false\nwarn_below: 3\n")
    out = tmp_path / "run"
    bench = test_data / "sft/alpaca/seed_tasks.jsonl"
    args = [str(inputs["openai"]), "--out", str(out), "--config", str(config), "--benchmark", str(bench)]
    result, output = clean(*args)
    assert result.exit_code == 0, output
    stats = json.loads((out / "stats.json").read_text())
    assert "sft:too_long" not in stats["stages"][1]["rejected"] and "warning:" not in output
    assert stats["stages"][3]["name"] == "sft_decontaminate"


def test_a_file_where_no_record_fits_is_loud_and_exits_2(inputs, tmp_path: Path):
    out = tmp_path / "run"
    result, output = clean(str(inputs["openai"]), "--out", str(out), "--input-format", "alpaca")
    assert result.exit_code == 2
    assert "no input record could be read as a record (5 read: sft:schema" in output
    assert "wrong --input-format or other field names?" in output
    assert set(rows(out / "rejects")["reason"]) == {"sft:schema"}  # nothing lost: every record is a reject


def test_sft_clean_refuses_a_user_folder(inputs, tmp_path: Path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me")
    result, output = clean(str(inputs["openai"]), "--out", str(mine))
    assert result.exit_code == 2 and "not a corpusmill run folder" in output
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]


def test_unwritable_output_is_one_line(inputs, tmp_path: Path):
    (tmp_path / "file").write_text("")
    result, output = clean(str(inputs["openai"]), "--out", str(tmp_path / "file" / "run"))
    assert result.exit_code == 1 and "Traceback" not in output
    assert [line for line in output.splitlines() if line.strip()] == [
        f"corpusmill: run failed writing under {tmp_path / 'file' / 'run'}: Not a directory"
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "csv"], "--format must be alpaca, sharegpt or openai"),
        (["--input-format", "chatml"], "--input-format must be auto, alpaca, sharegpt or openai"),
        (["--config", "MISSING.yaml"], "MISSING.yaml"),
    ],
)
def test_usage_errors_exit_2(inputs, tmp_path: Path, args, message):
    result, output = clean(str(inputs["openai"]), "--out", str(tmp_path / "run"), *args)
    assert result.exit_code == 2 and message in output


def test_undetectable_file_exits_2(test_data: Path, tmp_path: Path):
    result, output = clean(str(test_data / "sft/zh/belle_eval_set.jsonl"), "--out", str(tmp_path / "run"))
    assert result.exit_code == 2 and "no record has `instruction`" in output


def test_shipped_config_is_the_defaults(repo: Path):
    assert load_sft_config(repo / "configs" / "sft.yaml") == SftConfig()


def test_source_names_are_safe_folder_names():
    from corpusmill.pipeline.sft import source_names

    paths = [Path("a/..json"), Path("b/my data (v2).jsonl.gz"), Path("c/train.json"), Path("d/train.jsonl")]
    assert source_names(paths) == ["input", "my_data__v2_", "train", "train-2"]


def test_map_loads_a_set_with_other_field_names(test_data: Path, tmp_path: Path):
    """BELLE's eval set names its fields question/std_answer: without --map nothing is a record."""
    belle = test_data / "sft/zh/belle_eval_set.jsonl"
    lines = belle.read_text(encoding="utf-8").splitlines()
    answered = [json.loads(line) for line in lines if json.loads(line)["std_answer"].strip()]
    unmapped = runner.invoke(app, ["clean", str(belle), "--out", str(tmp_path / "raw")])
    assert unmapped.exit_code == 2
    config = tmp_path / "belle.yaml"
    config.write_text("extra_fields: [class]\n")  # BELLE's own category field travels in `extra`
    mapping = "instruction=question,output=std_answer"
    mapped, _ = clean(str(belle), "--out", str(tmp_path / "out"), "--config", str(config), "--map", mapping)
    assert mapped.exit_code == 0, mapped.output
    stats = json.loads((tmp_path / "out/stats.json").read_text())
    assert stats["input_records"] == len(lines)
    kept = rows(tmp_path / "out/data")
    prompts = {m[0]["content"] for m in kept["messages"].to_list()}
    assert prompts and prompts <= {r["question"] for r in answered}
    assert "alpaca" in mapped.output and len(kept) == len(answered)
    bad = runner.invoke(app, ["clean", str(belle), "--out", str(tmp_path / "bad"), "--map", "instruction"])
    assert bad.exit_code == 2 and "--map" in bad.output
