"""Benchmark decontamination (filters/sft/decontaminate.py, the sft_decontaminate stage)."""

from __future__ import annotations

from pathlib import Path

from corpusmill.filters.sft.decontaminate import BenchmarkIndex, benchmark_strings
from corpusmill.filters.sft.formats import normalise
from corpusmill.filters.sft.record import make_document
from corpusmill.filters.sft.stage import SftDecontaminate, SftDecontaminateParams


def alpaca(instruction: str, input: str, output: str):
    messages, given, _ = normalise(
        {"instruction": instruction, "input": input, "output": output}, "alpaca", frozenset()
    )
    return make_document(doc_id="t", source="test", order=0, messages=messages, alpaca_input=given)


def test_benchmark_strings_reads_every_string_field(test_data: Path):
    texts = list(benchmark_strings(test_data / "sft/chat/fastchat_mt_bench_question.jsonl"))
    assert any(t.startswith("Compose an engaging travel blog post about a recent trip to Hawaii") for t in texts)
    assert "writing" in texts  # the category field is a string too (harmless: it only matches equal prompts)


def test_alpaca_inputs_copied_from_the_seed_tasks(test_data: Path):
    # alpaca_data.json record 21851 reuses the category list of seed_tasks.jsonl seed_task_159 ("Predict the
    # intent of the user given the utterance. Intent can be one of the following categories: 1) making or ...")
    index = BenchmarkIndex([test_data / "sft/alpaca/seed_tasks.jsonl"], ngram=13)
    doc = alpaca(
        "Classify the dialogue into one of the following categories: 1) making or cancelling orders; 2) shipping & "
        "delivery; 3) change and return; 4) technical issue with website or app.",
        "- Agent: I am sorry we will cancel that order for you, and you will get refund within 7 business days. \n"
        "- Customer: oh that takes too long. I want you to take quicker action on this.",
        "3 (change and return)",
    )
    found = index.match(doc.text, doc.text)
    assert found is not None and "shared 13-grams, e.g. with seed_tasks.jsonl" in found
    clean = alpaca("Give three tips for staying healthy.", "", "Eat well, exercise, sleep.")
    assert index.match(clean.text, clean.text) is None


def test_chinese_uses_character_ngrams(test_data: Path):
    # belle_eval_set.jsonl question 2: "回答以下问题的答案。\n中国有多少个省？"; its answer starts
    # "中国目前有34个省级行政区。具体分为23个省、5个自治区、4个直辖市和2个特别行政区。"
    index = BenchmarkIndex([test_data / "sft/zh/belle_eval_set.jsonl"], ngram=13)
    leaked = alpaca(
        "中国有几个省级行政区？", "", "中国目前有34个省级行政区。具体分为23个省、5个自治区、4个直辖市和2个特别行政区。"
    )
    assert "belle_eval_set.jsonl" in index.match("中国有几个省级行政区？", leaked.text)
    fresh = alpaca("给出三个保持健康的秘诀。", "", "1.均衡饮食，多吃水果和蔬菜。\n2. 定期锻炼，保持身体活跃和强壮。")
    assert index.match("给出三个保持健康的秘诀。", fresh.text) is None


def test_short_benchmark_questions_match_equal_prompts(test_data: Path):
    # fastchat_vicuna_bench_question.jsonl: "How can I improve my time management skills?" (8 words < 13)
    stage = SftDecontaminate(
        SftDecontaminateParams(benchmarks=[str(test_data / "sft/chat/fastchat_vicuna_bench_question.jsonl")])
    )
    hit = stage.process(alpaca("How can I improve my time management skills?", "", "Plan your day."))
    assert hit is not None and hit.reason == "sft:contaminated" and hit.detail.startswith("prompt equals")
    assert stage.process(alpaca("How can I improve my cooking skills?", "", "Cook more.")) is None


def test_without_benchmarks_everything_passes():
    assert SftDecontaminate().process(alpaca("How can I improve my time management skills?", "", "Plan.")) is None
