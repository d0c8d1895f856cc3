"""The pure parts of benchmarks/precision.py: keys, label loading, T/F/P/B counts, kept-junk rates."""

import json

import polars as pl
import pytest

from benchmarks.precision import (
    Tally,
    combine,
    join_labels,
    kept_junk,
    load_labels,
    record_key,
    reject_outcome,
    sft_source_name,
    tally_rejects,
)

KEEP = frozenset({"en", "zh"})


def test_record_key_strips_only_the_own_source_prefix():
    assert record_key("c4:llamafactory_c4_demo.jsonl:78", "c4") == "llamafactory_c4_demo.jsonl:78"
    assert record_key("993CB2D7-BC21-4635", "warc") == "993CB2D7-BC21-4635"
    assert record_key("dolma:abc", "c4") == "dolma:abc"  # another source's prefix is part of the id


def test_sft_source_name_matches_the_run_source_column():
    assert sft_source_name("sft/alpaca/alpaca_data.json.gz") == "alpaca_data"
    assert sft_source_name("sft/chat/x_first2000.jsonl.gz") == "x_first2000"


def write(tmp_path, rows):
    path = tmp_path / "labels.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_load_labels_reads_fields_and_refuses_bad_values(tmp_path):
    rows = [{"key": "a", "source": "s", "label": "junk", "why": "nav", "lang": "en", "reason": "exact_duplicate"}]
    labels = load_labels(write(tmp_path, rows))
    assert labels.row(0, named=True)["reason"] == "exact_duplicate"
    assert labels.row(0, named=True)["seen"] is None
    with pytest.raises(SystemExit, match=r"labels\.jsonl:1"):
        load_labels(write(tmp_path, [{"key": "a", "source": "s", "label": "ok"}]))
    assert load_labels(tmp_path / "missing.jsonl").height == 0


def test_outcomes_follow_labels_and_foreign_language_rejects_are_right():
    assert [reject_outcome(v, "en", "quality:x", KEEP) for v in ("junk", "good", "floor", "borderline")] == list("TFPB")
    assert reject_outcome("good", "es", "language:es", KEEP) == "T"  # Spanish text, English+Chinese kept
    assert reject_outcome("good", "en", "language:he", KEEP) == "F"  # English text taken for Hebrew
    assert reject_outcome("good", "es", "quality:x", KEEP) == "F"  # only language rejects look at lang


def test_tally_counts_per_reason_and_precision(tmp_path):
    rejects = pl.DataFrame(
        {
            "source": ["s"] * 6,
            "key": ["1", "2", "3", "4", "5", "6"],
            "reason": ["quality:a", "quality:a", "quality:a", "quality:b", "language:fr", "length:too_short"],
        }
    )
    rows = [
        {"key": "1", "source": "s", "label": "junk"},
        {"key": "2", "source": "s", "label": "good"},
        {"key": "3", "source": "s", "label": "junk"},
        {"key": "5", "source": "s", "label": "good", "lang": "fr"},
        {"key": "6", "source": "s", "label": "floor"},
    ]
    labels = load_labels(write(tmp_path, rows))
    tallies = tally_rejects(join_labels(rejects, labels, rejected=True), KEEP)
    a = tallies["quality:a"]
    assert (a.rejects, a.counts["T"], a.counts["F"]) == (3, 2, 1)
    assert a.precision == pytest.approx(2 / 3)
    assert tallies["quality:b"].precision is None and tallies["quality:b"].rejects == 1
    assert tallies["language:fr"].counts["T"] == 1
    assert tallies["length:too_short"].counts["P"] == 1 and tallies["length:too_short"].precision is None
    quality = combine(tallies, "quality:")
    assert (quality.rejects, quality.counts["T"], quality.counts["F"]) == (4, 2, 1)
    assert combine(tallies).as_dict() == {"rejects": 6, "T": 3, "F": 1, "P": 1, "B": 0, "precision": 0.75}


def test_a_label_on_the_reject_itself_wins_only_for_that_reason(tmp_path):
    rows = [
        {"key": "1", "source": "s", "label": "good"},
        {"key": "1", "source": "s", "label": "junk", "reason": "exact_duplicate"},
    ]
    labels = load_labels(write(tmp_path, rows))
    dup = pl.DataFrame({"source": ["s"], "key": ["1"], "reason": ["exact_duplicate"]})
    other = pl.DataFrame({"source": ["s"], "key": ["1"], "reason": ["quality:a"]})
    assert join_labels(dup, labels, rejected=True)["label"].to_list() == ["junk"]
    assert join_labels(other, labels, rejected=True)["label"].to_list() == ["good"]


def test_a_duplicate_reject_is_judged_by_its_pair_label_or_by_junk_only(tmp_path):
    rows = [
        {"key": "good", "source": "s", "label": "good"},
        {"key": "junk", "source": "s", "label": "junk"},
        {"key": "pair", "source": "s", "label": "good"},
        {"key": "pair", "source": "s", "label": "good", "reason": "sft:near_duplicate"},
    ]
    labels = load_labels(write(tmp_path, rows))
    keys = ["good", "junk", "pair"]
    copies = pl.DataFrame(
        {"source": ["s"] * 3, "key": keys, "reason": ["sft:exact_duplicate", *["sft:near_duplicate"] * 2]}
    )
    assert join_labels(copies, labels, rejected=True)["label"].to_list() == [None, "junk", "good"]
    quality = copies.with_columns(pl.lit("quality:a").alias("reason"))
    assert join_labels(quality, labels, rejected=True)["label"].to_list() == ["good", "junk", "good"]


def test_kept_junk_rate_per_group_counts_labelled_records_only(tmp_path):
    kept = pl.DataFrame({"source": ["s"] * 5, "key": list("abcde"), "language": ["en", "en", "en", "zh", "zh"]})
    rows = [
        {"key": "a", "source": "s", "label": "junk", "seen": "quality:x"},
        {"key": "b", "source": "s", "label": "good", "seen": "kept"},
        {"key": "c", "source": "s", "label": "borderline", "seen": "kept"},
        {"key": "d", "source": "s", "label": "good", "seen": "kept"},
    ]
    labels = load_labels(write(tmp_path, rows))
    rates = kept_junk(join_labels(kept, labels, rejected=False), "language")
    assert rates["en"] == {
        "kept": 3,
        "labelled": 3,
        "junk": 1,
        "rate": pytest.approx(1 / 3),
        "sampled": 2,  # "a" was read as a reject of an earlier rule
        "sampled_junk": 0,
        "sampled_rate": 0.0,
    }
    assert rates["zh"]["labelled"] == 1 and rates["zh"]["kept"] == 2 and rates["zh"]["rate"] == 0.0


def test_empty_tally_has_no_precision():
    assert Tally().precision is None
