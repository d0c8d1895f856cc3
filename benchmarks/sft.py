"""SFT checks (``sft`` then ``sft_dedup``, as ``corpusmill sft clean`` runs them) on real Alpaca and
Chinese Alpaca records with one injected defect each.

Bases are real records the checks keep as they are (so a detection is the defect's doing); each
defect kind is injected into its own sample of them. The clean-record flag rate is measured on
another random sample of real records, unfiltered (real data holds some real defects, so it is
an upper bound on false positives). Defect kinds:

* ``near_duplicate``: a later copy of a record whose instruction has one word inserted (zh: one
  or two characters) and whose answer is identical;
* ``truncated``: the answer cut mid-sentence (after a comma, or between two words);
* ``language_mismatch``: a Chinese instruction answered in English, or the reverse (answers of
  other records, short ones included);
* ``refusal``: the answer replaced or opened by AI boilerplate or an apology that declines;
* ``control_chars``: terminal escape sequences, backspace, NUL or U+FFFD put into the answer:
  detected when the record is rejected or repaired back to the clean text.

``--split tune`` and ``--split heldout`` (the default) use different records, different seeds
and different phrasings (boilerplate, refusals, escape sequences, cut points).

    .venv/bin/python benchmarks/sft.py [--data ../shared/data] [--per-kind 500] [--split tune]
        [--check truncated_cjk_no_stop=true]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SPLITS = {"tune": (0, 11), "heldout": (1, 22)}  # half of the records, seed of the defects
KINDS = ("near_duplicate", "truncated", "language_mismatch", "refusal", "control_chars")

# phrasings: [tune, held-out]
REFUSALS = {
    "en": [
        [
            "As an AI language model, I cannot {task}.",
            "I'm sorry, but as an AI I am unable to {task}.",
            "As an AI, I don't have the ability to {task}.",
            "I apologize, but I cannot {task} as I am a language model.",
            "Sorry, I can't help with that request.",
            "As an AI developed by OpenAI, I don't have feelings, but {answer}",
            "Speaking as a large language model, I can't {task}.",
            "As a machine learning model, I am unable to {task}.",
            "I regret that I cannot {task}.",
        ],
        [
            "As a language model AI, I do not have personal opinions, but I can tell you this: {answer}",
            "Being an AI language model, I cannot {task}. However, here is some general information.",
            "My apologies, but I am not able to {task}.",
            "Unfortunately, as an artificial intelligence, I'm not capable of doing that.",
            "I am sorry, I cannot complete this task because I am just an AI model.",
            "As an AI assistant I must decline to {task}.",
        ],
    ],
    "zh": [
        [
            "作为一个AI语言模型，我无法{task}。",
            "抱歉，我不能{task}。",
            "我无法{task}，因为我是一个人工智能。",
            "对不起，作为人工智能，我不能完成这个任务。",
        ],
        [
            "作为人工智能，我没有个人观点，但是{answer}",
            "很抱歉，我无法完成这个请求。",
            "抱歉，我不能帮你{task}。",
            "作为一款AI助手，我不能{task}。",
            "我是一个AI语言模型，无法{task}。",
            "不好意思，这个我做不到。",
        ],
    ],
}
CONTROLS = [
    ["\x1b[31m{}\x1b[0m", "{}\x00", "{}\x08\x08", "\ufffd\ufffd{}"],
    ["\x1b[1;32m{}\x1b[m", "\x1b]0;title\x07{}", "{}\x1b[2K", "{}\ufffd", "\x00{}\x00", "{}\x07\x08"],
]
INSERTED = {
    "en": [["please", "now", "briefly"], ["kindly", "quickly", "simply", "also"]],
    "zh": [["请", "简要"], ["一下", "尽量", "简单"]],
}


def _load(path: Path) -> Any:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def records(data: Path, language: str) -> list[dict]:
    if language == "en":
        return _load(data / "sft" / "alpaca" / "alpaca_data.json.gz")
    zh = data / "sft" / "zh"
    found = _load(zh / "llamafactory_alpaca_zh_demo.json")
    for name in ("carbonz0_zh-data-part-00.json.gz", "carbonz0_zh-data-part-01.json.gz"):
        found += _load(zh / name)
    return found


def documents(rows: list[dict], prefix: str) -> list:
    from corpusmill.filters.sft.formats import from_alpaca
    from corpusmill.filters.sft.record import make_document

    docs = []
    for i, row in enumerate(rows):
        messages, given = from_alpaca(row)
        docs.append(
            make_document(doc_id=f"{prefix}{i}", source="bench", order=i, messages=messages, alpaca_input=given)
        )
    return docs


CHECKS: dict = {}
"""Options of the ``sft`` stage (``--check key=value``)."""


def run_stages(rows: list[dict], prefix: str) -> tuple[dict[str, str], list]:
    """Reason of every rejected record by id, and the kept documents (repaired)."""
    from corpusmill.filters.sft.params import SftChecksParams
    from corpusmill.filters.sft.stage import SftChecks, SftDedup

    docs = documents(rows, prefix)
    reasons: dict[str, str] = {}
    kept = []
    for stage in (SftChecks(SftChecksParams(**CHECKS)), SftDedup()):
        alive = [d for d in docs if d.id not in reasons]
        for start in range(0, len(alive), 512):
            batch = alive[start : start + 512]
            for doc, verdict in zip(batch, stage.process_batch(batch), strict=True):
                if verdict is not None:
                    reasons[doc.id] = verdict.reason
    kept = [d for d in docs if d.id not in reasons]
    return reasons, kept


def _task(row: dict, language: str) -> str:
    text = row["instruction"].rstrip("。.!?！？ ")
    return (text[0].lower() + text[1:]) if language == "en" and text else text


def _cut(answer: str, rng: random.Random, language: str, variant: int) -> str | None:
    """The answer cut inside one of its prose sentences (8+ words, zh 15+ characters, not a list
    item or code): after a comma in it (tune: the first, held-out: the last) or between two of its
    words (zh: characters) past its third."""
    pattern = r"[^\n.!?]+[.!?]" if language == "en" else r"[^\n。！？]+[。！？]"
    sentences = [
        m
        for m in re.finditer(pattern, answer)
        if not re.match(r"\s*(?:[-*#>|]|\d+[.)、])", m.group())
        and (len(m.group().split()) >= 8 if language == "en" else len(m.group()) >= 15)
    ]
    if not sentences:
        return None
    sentence = rng.choice(sentences)
    start, text = sentence.start(), sentence.group()[:-1]
    commas = [m.end() for m in re.finditer(r"[,，]", text) if m.end() > 0.3 * len(text)]
    if commas and rng.random() < 0.5:
        return answer[: start + (commas[0] if variant == 0 else commas[-1])]
    if language == "en":
        spaces = [m.start() for m in re.finditer(" ", text.strip())][3:]
        at = rng.choice(spaces[: len(spaces) // 2] if variant == 0 else spaces[len(spaces) // 2 :] or spaces)
        return answer[: start + len(text) - len(text.strip()) + at].rstrip(",;: ") if spaces else None
    at = rng.randint(5, len(text) - 1)
    cut = answer[: start + at].rstrip("，、；：")
    return cut if re.match(r"[\u4e00-\u9fff]", cut[-1:]) else None


def inject(kind: str, row: dict, others: list[dict], rng: random.Random, language: str, variant: int) -> dict | None:
    row = dict(row)
    if kind == "near_duplicate":
        words = INSERTED[language][variant]
        text = row["instruction"]
        if language == "en":
            parts = text.split(" ")
            parts.insert(rng.randrange(len(parts) + 1), rng.choice(words))
            row["instruction"] = " ".join(parts)
        else:
            at = rng.randrange(len(text) + 1)
            row["instruction"] = text[:at] + rng.choice(words) + text[at:]
        return row
    if kind == "truncated":
        cut = _cut(row["output"], rng, language, variant)
        if cut is None:
            return None
        row["output"] = cut
        return row
    if kind == "language_mismatch":
        other = rng.choice(others)
        row["output"] = other["output"]
        return row
    if kind == "refusal":
        template = rng.choice(REFUSALS[language][variant])
        row["output"] = template.format(task=_task(row, language), answer=row["output"])
        return row
    if kind == "control_chars":
        template = rng.choice(CONTROLS[variant])
        words = row["output"].split(" ") if language == "en" else list(row["output"])
        at = rng.randrange(len(words))
        words[at] = template.format(words[at])
        row["output"] = (" " if language == "en" else "").join(words)
        return row
    raise ValueError(kind)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--split", choices=SPLITS, default="heldout")
    parser.add_argument("--per-kind", type=int, default=500, help="records with each defect, per language")
    parser.add_argument("--clean", type=int, default=3000, help="real records for the flag rate, per language")
    parser.add_argument("--show", type=int, default=0, help="print this many misses per kind")
    parser.add_argument(
        "--check", action="append", default=[], help="sft stage option, e.g. truncated_cjk_no_stop=true"
    )
    args = parser.parse_args()
    CHECKS.update((k, v.lower() in ("1", "true", "yes") if v.lower() in ("true", "false", "1", "0", "yes", "no") else v)
                  for k, v in (c.split("=", 1) for c in args.check))  # fmt: skip
    sys.path.insert(0, str(REPO))
    half, seed = SPLITS[args.split]
    table = []
    for language in ("en", "zh"):
        start = time.perf_counter()
        rows = [r for r in records(args.data, language) if r.get("output")]
        random.Random(5).shuffle(rows)
        rows = rows[half::2]
        rng = random.Random(seed)
        clean = rows[: args.clean]
        reasons, _ = run_stages(clean, "clean")
        flagged = len(reasons) / len(clean)
        by_reason = collections.Counter(reasons.values()).most_common()
        print(f"{language} clean records flagged, by reason: {by_reason}", file=sys.stderr)
        pool = rows[args.clean : args.clean + 4 * args.per_kind * len(KINDS)]
        pool_reasons, _ = run_stages(pool, "pool")
        bases = [r for i, r in enumerate(pool) if f"pool{i}" not in pool_reasons]
        other_language = records(args.data, "zh" if language == "en" else "en")
        random.Random(seed).shuffle(other_language)
        others = [
            r for r in other_language[:5000] if _in_language(r.get("output", ""), "zh" if language == "en" else "en")
        ]
        recalls = {}
        for k, kind in enumerate(KINDS):
            sample = bases[k :: len(KINDS)]
            defective, originals = [], []
            for row in sample:
                made = inject(kind, row, others, rng, language, half)
                if made is not None:
                    defective.append(made)
                    originals.append(row)
                if len(defective) == args.per_kind:
                    break
            if kind == "near_duplicate":
                reasons, _ = run_stages(originals + defective, "d")
                hit = [f"d{len(originals) + i}" in reasons for i in range(len(defective))]
            else:
                reasons, kept = run_stages(defective, "d")
                _, repaired = run_stages(originals, "d")
                fixed = {d.id: d.metadata["messages"] for d in repaired}
                hit = [
                    f"d{i}" in reasons
                    or (kind == "control_chars" and fixed.get(f"d{i}") == _messages_of(kept, f"d{i}"))
                    for i in range(len(defective))
                ]
            recalls[kind] = sum(hit) / max(len(hit), 1)
            for i in [i for i, h in enumerate(hit) if not h][: args.show]:
                print(f"MISS {language} {kind}: {json.dumps(defective[i], ensure_ascii=False)[:300]}", file=sys.stderr)
        mean = sum(recalls.values()) / len(recalls)
        table.append(
            f"| {language} | " + " | ".join(f"{recalls[k]:.3f}" for k in KINDS) + f" | {mean:.3f} | {flagged:.3f} |"
        )
        print(table[-1], f"({time.perf_counter() - start:.0f} s)", file=sys.stderr)
    print("| part | " + " | ".join(KINDS) + " | mean recall | clean records flagged |")
    print("|---|" + "---:|" * (len(KINDS) + 2))
    print("\n".join(table))


def _in_language(text: str, language: str) -> bool:
    """Prose of one language: (almost) all letters Chinese, or no Chinese at all; no code."""
    han = len(re.findall(r"[\u4e00-\u9fff]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    if re.search(r"[{};=]|def |\bimport\b", text) or han + latin < 4:
        return False
    return han >= 4 * latin if language == "zh" else han == 0 and latin >= 10


def _messages_of(docs: list, doc_id: str) -> list | None:
    return next((d.metadata["messages"] for d in docs if d.id == doc_id), None)


if __name__ == "__main__":
    main()
