"""Quality filtering beside datatrove's FineWeb chain, on the real documents in shared data.

    .venv/bin/python benchmarks/quality.py [--data ../shared/data] [--passes 2]

English: corpusmill's ``quality`` rules with ``DATATROVE_COMPATIBLE`` settings and datatrove's
GopherRepetition + GopherQuality + C4Quality(filter_no_terminal_punct=False) + FineWebQuality run
on the same records in this one process; speed is records per CPU-second (one core), pass 1 from
cold caches (corpusmill's word memo and spaCy's lexeme cache both empty), later passes warm.
Agreement compares the kept sets, the reasons and the text C4's line filter leaves. Then the
default settings (issue 22: rules that rejected good text measure differently or only flag):
removals and flags by rule, and how the decisions differ from datatrove's. Chinese: the character rules on real Chinese
samples, with removals rule by rule (first failing rule, as the stage reports it). Also the
throughput of ``clean_lines`` and ``pii`` on the English records. Output is Markdown.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from datatrove.data import Document
from datatrove.pipeline.filters import (
    C4QualityFilter,
    FineWebQualityFilter,
    GopherQualityFilter,
    GopherRepetitionFilter,
)

from corpusmill.filters.clean_lines import CleanLinesParams, clean_text
from corpusmill.filters.pii import redact
from corpusmill.filters.quality import QualityParams
from corpusmill.filters.quality.rules import first_failure
from corpusmill.filters.quality.stage import DATATROVE_COMPATIBLE, Families
from corpusmill.filters.quality.words import word_splitter

REPO = Path(__file__).resolve().parents[1]


def english_docs(data: Path) -> dict[str, list[str]]:
    text = data / "web/text"
    sets = {}
    for name in sorted(text.glob("*.jsonl.gz")):
        with gzip.open(name, "rt") as f:
            sets[name.name] = [json.loads(line)["text"] for line in f]
    with open(text / "llamafactory_c4_demo.jsonl", encoding="utf-8") as f:
        sets["llamafactory_c4_demo.jsonl"] = [json.loads(line)["text"] for line in f]
    return sets


def chinese_docs(data: Path) -> dict[str, list[str]]:
    lines = (data / "langid/zh.txt").read_text(encoding="utf-8").splitlines()
    sets = {"langid/zh.txt (10 lines per doc)": ["\n".join(lines[i : i + 10]) for i in range(0, len(lines), 10)]}
    alpaca = json.loads((data / "sft/zh/llamafactory_alpaca_zh_demo.json").read_text(encoding="utf-8"))
    sets["sft/zh/llamafactory_alpaca_zh_demo (outputs)"] = [r["output"] for r in alpaca]
    with open(data / "sft/zh/belle_eval_set.jsonl", encoding="utf-8") as f:
        sets["sft/zh/belle_eval_set (std_answer)"] = [json.loads(line)["std_answer"] for line in f]
    with gzip.open(data / "sft/zh/carbonz0_zh-data-part-00.json.gz", "rt") as f:
        sets["sft/zh/carbonz0 part-00 (outputs)"] = [r["output"] for r in json.load(f)]
    sets["web/warc/resiliparse .cn/.com pages (trafilatura)"] = resiliparse_pages(data)
    return sets


def resiliparse_pages(data: Path) -> list[str]:
    import trafilatura
    from warcio.archiveiterator import ArchiveIterator

    pages = []
    with open(data / "web/warc/resiliparse/warcfile.warc.gz", "rb") as f:
        for record in ArchiveIterator(f):
            if record.rec_type != "response":
                continue
            body = record.content_stream().read()
            for encoding in ("utf-8", "gb18030"):
                try:
                    html = body.decode(encoding)
                    break
                except UnicodeDecodeError:
                    continue
            else:
                continue
            text = trafilatura.extract(html) or ""
            if sum("\u4e00" <= ch <= "\u9fff" for ch in text) > 50:
                pages.append(text)
    return pages


def datatrove_chain() -> Callable[[str], tuple[str | None, str]]:
    steps = (
        GopherRepetitionFilter(),
        GopherQualityFilter(),
        C4QualityFilter(filter_no_terminal_punct=False),
        FineWebQualityFilter(),
    )

    def judge(text: str) -> tuple[str | None, str]:
        doc = Document(text=text, id="x")
        for step in steps:
            verdict = step.filter(doc)
            if verdict is not True:
                return verdict[1], text
        return None, doc.text

    return judge


def corpusmill_chain(params: QualityParams, language: str) -> Callable[[str], tuple[str | None, str]]:
    """(first failing rejecting rule or None, text kept); flags are not decisions."""
    families = Families(params)

    def judge(text: str) -> tuple[str | None, str]:
        family = families.for_text(text, language)
        context = family.context(text, False)
        failure = first_failure(family.rules, context)
        if failure is not None:
            return failure.rule, text
        return None, context.c4.text if hasattr(context, "c4") else text

    return judge


def flags(params: QualityParams, language: str, texts: list[str]) -> Counter[str]:
    """Flagging rules that fail, over ``texts`` (the records the rejecting rules keep)."""
    families = Families(params)
    counts: Counter[str] = Counter()
    for text in texts:
        family = families.for_text(text, language)
        context = family.context(text, False)
        counts.update(rule.name for rule in family.flags if not rule.check(context).passed)
    return counts


def timed(judge: Callable[[str], object], docs: list[str]) -> tuple[list, float]:
    start = time.process_time()
    results = [judge(t) for t in docs]
    return results, time.process_time() - start


def table(header: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def english(data: Path, passes: int) -> None:
    sets = english_docs(data)
    docs = [t for texts in sets.values() for t in texts]
    chars = sum(map(len, docs))
    print(f"## English: {len(docs)} records, {chars / 1e6:.1f} M characters ({', '.join(sets)})\n")
    word_splitter.cache_clear()
    mine_judge = corpusmill_chain(QualityParams.model_validate(DATATROVE_COMPATIBLE), "en")
    theirs_judge = datatrove_chain()
    rows = []
    mine = theirs = None
    for run in range(1, passes + 1):
        mine, t_mine = timed(mine_judge, docs)
        theirs, t_theirs = timed(theirs_judge, docs)
        label = "cold" if run == 1 else "warm"
        rows.append([f"pass {run} ({label})", f"{len(docs) / t_theirs:,.0f}", f"{len(docs) / t_mine:,.0f}",
                     f"{t_theirs / t_mine:.1f}x"])  # fmt: skip
    print(table(["records/s per core", "datatrove FineWeb chain", "corpusmill quality", "speed-up"], rows))
    assert mine is not None and theirs is not None
    kept_theirs = {i for i, (r, _) in enumerate(theirs) if r is None}
    kept_mine = {i for i, (r, _) in enumerate(mine) if r is None}
    same_text = sum(mine[i][1] == theirs[i][1] for i in kept_theirs & kept_mine)
    print()
    print(table(
        ["agreement", "value"],
        [["records", len(docs)], ["kept by datatrove", len(kept_theirs)], ["kept by corpusmill", len(kept_mine)],
         ["kept by both", len(kept_theirs & kept_mine)], ["decisions that differ", len(kept_theirs ^ kept_mine)],
         ["kept records with identical C4-filtered text", f"{same_text} / {len(kept_theirs & kept_mine)}"]],
    ))  # fmt: skip
    reasons = Counter(r for r, _ in mine if r is not None)
    print("\nRemovals by rule, DATATROVE_COMPATIBLE (datatrove gives the same first reason):\n")
    print(table(["rule", "removed"], [[rule, n] for rule, n in reasons.most_common()]))
    defaults(docs, theirs)
    other_stages(docs)


def defaults(docs: list[str], theirs: list[tuple[str | None, str]]) -> None:
    params = QualityParams()
    mine = [corpusmill_chain(params, "en")(t) for t in docs]
    kept = [t for t, (r, _) in zip(docs, mine, strict=True) if r is None]
    removed = Counter(r for r, _ in mine if r is not None)
    flagged = flags(params, "en", kept)
    changed = Counter(
        (theirs_reason or "kept", mine_reason or "kept")
        for (theirs_reason, _), (mine_reason, _) in zip(theirs, mine, strict=True)
        if (theirs_reason is None) != (mine_reason is None)
    )
    print(f"\n### Default settings: kept {len(kept)} of {len(docs)}; flagged rules do not reject\n")
    rows = [[rule, removed[rule], flagged[rule]] for rule in sorted(set(removed) | set(flagged))]
    print(table(["rule", "removed", "flagged (kept)"], rows))
    print("\nDecisions that differ from datatrove's (datatrove reason -> default outcome):\n")
    print(table(["datatrove", "default", "records"], [[a, b, n] for (a, b), n in changed.most_common()]))


def other_stages(docs: list[str]) -> None:
    params = CleanLinesParams()
    _, t_clean = timed(lambda t: clean_text(t, params), docs)
    redacted, t_pii = timed(redact, docs)
    found: Counter[str] = Counter()
    for _, counts in redacted:
        found.update(counts)
    print("\n### Other stages on the same English records\n")
    print(table(
        ["stage", "records/s per core", "effect"],
        [["clean_lines", f"{len(docs) / t_clean:,.0f}", ""],
         ["pii", f"{len(docs) / t_pii:,.0f}", ", ".join(f"{k}: {v}" for k, v in found.most_common())]],
    ))  # fmt: skip


def chinese(data: Path) -> None:
    sets = chinese_docs(data)
    judge = corpusmill_chain(QualityParams(), "zh")
    print("\n## Chinese: character rules (first failing rule per record)\n")
    results = {}
    rules: Counter[str] = Counter()
    speed = []
    for name, docs in sets.items():
        outcome, seconds = timed(judge, docs)
        counts = Counter(r for r, _ in outcome)
        results[name] = counts
        rules.update({k: v for k, v in counts.items() if k is not None})
        speed.append([name, len(docs), counts[None], f"{len(docs) / seconds:,.0f}"])
    print(table(["sample", "records", "kept", "records/s per core"], speed))
    print()
    names = list(sets)
    header = ["rule", *[f"({i + 1})" for i in range(len(names))]]
    rows = [[rule, *[results[n][rule] for n in names]] for rule, _ in rules.most_common()]
    print(table(header, rows))
    print("\n" + "; ".join(f"({i + 1}) {n}" for i, n in enumerate(names)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--passes", type=int, default=2, help="passes over the English records (1st is cold)")
    args = parser.parse_args()
    print("# corpusmill quality filters vs datatrove\n")
    english(args.data, args.passes)
    chinese(args.data)


if __name__ == "__main__":
    main()
