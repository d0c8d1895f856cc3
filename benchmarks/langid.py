"""Language ID: corpusmill's detector beside raw fastText batched ``predict`` on the same model.

Data: ``shared/data/langid/<code>.txt`` (75 languages, one real sentence per line, Leipzig
Wortschatz via lingua-rs). Both sides are scored with the same label scheme
(``filters.langid_labels.normalize_label``, e.g. lid.176's ``no`` counts as ``nb``), so the
difference is what the detector adds: noise stripping, CJK script rules, lowercased re-reading of
short lines. Subsets: short lines (< 50 characters) and a noisy copy of every line with three
pieces of web noise (URL, e-mail, long number, phone number, date or markup) inserted at seeded
positions. Speed is CPU time of this process (both sides are single-threaded; the machine may be
shared). A last table shows what each `threshold` keeps, on lines and on 5-line documents. Prints
Markdown.

    .venv/bin/python benchmarks/langid.py [--data DIR] [--limit N] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from datatrove.data import Document

from corpusmill.filters.base import batched
from corpusmill.filters.language import LanguageDetector, LanguageParams, LanguageStage, default_model_path
from corpusmill.text.language_labels import normalize_label

REPO = Path(__file__).resolve().parents[1]

SHORT = 50
DOC_LINES = 5
THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.65, 0.8)
_DOMAINS = ("example", "shop24", "news-portal", "forum", "myblog", "cdn-static")
_TLDS = ("com", "net", "org", "de", "ru", "cn", "io")
_USERS = ("info", "admin", "contact", "support", "j.smith", "noreply")
_MARKUP = ('<div class="content">', "</p>", "<br />", "&nbsp;", "&amp;", '<a href="/page/2">', "</span>",
           '<img src="a.jpg" alt="">')  # fmt: skip


def noise_piece(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        path = rng.choice(("news", "p", "index.php", "img"))
        return f"https://www.{rng.choice(_DOMAINS)}.{rng.choice(_TLDS)}/{path}/{rng.randrange(10**6)}?id={rng.randrange(10**4)}"
    if kind == 1:
        return f"{rng.choice(_USERS)}{rng.randrange(100)}@{rng.choice(_DOMAINS)}.{rng.choice(_TLDS)}"
    if kind == 2:
        return str(rng.randrange(10**5, 10**12))
    if kind == 3:
        return f"+{rng.randrange(1, 99)} {rng.randrange(100, 999)} {rng.randrange(10**6, 10**7)}"
    if kind == 4:
        return rng.choice(_MARKUP)
    year, month, day = rng.randrange(1990, 2030), rng.randrange(1, 13), rng.randrange(1, 29)
    return f"{year}-{month:02d}-{day:02d} {rng.randrange(24):02d}:00"


def noisy(text: str, seed: int) -> str:
    """``text`` with three noise pieces between its words; the same seed gives the same line."""
    rng = random.Random(seed)
    words = text.split(" ")
    for _ in range(3):
        words.insert(rng.randrange(len(words) + 1), noise_piece(rng))
    return " ".join(words)


@dataclass
class Corpus:
    texts: list[str]
    gold: list[str]
    noisy: list[str]
    short: list[int]


def load(data: Path, limit: int | None) -> Corpus:
    texts, gold = [], []
    for path in sorted(data.glob("*.txt")):
        lines = [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()][:limit]
        texts += lines
        gold += [path.stem] * len(lines)
    short = [i for i, text in enumerate(texts) if len(text) < SHORT]
    return Corpus(texts, gold, [noisy(text, i) for i, text in enumerate(texts)], short)


Predictor = Callable[[Sequence[str]], list[tuple[str, float]]]


def raw_fasttext(model) -> Predictor:
    def predict(texts: Sequence[str]) -> list[tuple[str, float]]:
        labels, probs = model.predict([t.replace("\n", " ") for t in texts], k=1)
        return [(normalize_label(label[0]), float(p[0])) for label, p in zip(labels, probs, strict=True)]

    return predict


def accuracy(found: list[tuple[str, float]], gold: list[str], rows: Sequence[int]) -> float:
    return sum(found[i][0] == gold[i] for i in rows) / max(len(rows), 1)


RAW, OURS = "raw fastText", "corpusmill"


def cpu_seconds(runs: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Best CPU time of each run, interleaved so that load from other processes hits all alike."""
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):
        for name, run in runs.items():
            start = time.process_time()
            run()
            best[name] = min(best[name], time.process_time() - start)
    return best


def print_summary(corpus: Corpus, clean: dict, dirty: dict, in_model: list[int], seconds: dict) -> None:
    everything = range(len(corpus.texts))
    print("| | overall | languages in model | short (<50 chars) | noisy | noisy short | samples/s |")
    print("|---|---|---|---|---|---|---|")
    for name in clean:
        speed = f"{len(corpus.texts) / seconds[name]:,.0f}" if name in seconds else ""
        cells = [accuracy(clean[name], corpus.gold, rows) for rows in (everything, in_model, corpus.short)]
        cells += [accuracy(dirty[name], corpus.gold, rows) for rows in (everything, corpus.short)]
        print(f"| {name} | " + " | ".join(f"{100 * c:.2f}" for c in cells) + f" | {speed} |")
    print(
        f"\nshort lines: {len(corpus.short)}. CPU time: corpusmill takes {seconds[OURS] / seconds[RAW]:.3f}x "
        f"raw fastText's; the whole LanguageStage (Documents in batches of 512, metadata written) "
        f"{seconds['LanguageStage'] / seconds[RAW]:.3f}x ({len(corpus.texts) / seconds['LanguageStage']:,.0f} "
        "records/s).\n"
    )


def print_per_language(corpus: Corpus, clean: dict, dirty: dict, known: set[str]) -> None:
    print("## Per language (accuracy %)\n")
    print("| lang | lines | raw | corpusmill | Δ | raw short | ours short | raw noisy | ours noisy |")
    print("|---|---|---|---|---|---|---|---|---|")
    worse = []
    is_short = set(corpus.short)
    for language in sorted(set(corpus.gold)):
        rows = [i for i, code in enumerate(corpus.gold) if code == language]
        short = [i for i in rows if i in is_short]
        raw, ours = accuracy(clean[RAW], corpus.gold, rows), accuracy(clean[OURS], corpus.gold, rows)
        if ours < raw - 0.01:
            worse.append(language)
        subsets = [
            accuracy(found[name], corpus.gold, subset)
            for found, subset in ((clean, short), (dirty, rows))
            for name in (RAW, OURS)
        ]
        mark = "" if language in known else " (not in model)"
        cells = [f"{100 * raw:.1f}", f"{100 * ours:.1f}", f"{100 * (ours - raw):+.1f}"]
        cells += [f"{100 * c:.1f}" for c in subsets]
        print(f"| {language}{mark} | {len(rows)} | " + " | ".join(cells) + " |")
    print(f"\nlanguages more than 1 point below raw fastText: {', '.join(worse) or 'none'}\n")


def print_thresholds(corpus: Corpus, found_lines: list, detector: LanguageDetector, known: set[str]) -> None:
    """Share kept and accuracy of what is kept, and how much of the languages the model lacks slips in."""
    print(f"## What a `threshold` keeps (corpusmill; lines, and documents of {DOC_LINES} consecutive lines)\n")
    print("| threshold | lines kept, languages in model | accuracy of kept | lines kept, languages not in model "
          "| docs kept, in model | accuracy of kept | docs kept, not in model |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    starts = range(0, len(corpus.texts) - DOC_LINES + 1, DOC_LINES)
    starts = [i for i in starts if corpus.gold[i] == corpus.gold[i + DOC_LINES - 1]]
    documents = ["\n".join(corpus.texts[i : i + DOC_LINES]) for i in starts]
    samples = [(found_lines, corpus.gold), (detector.detect(documents), [corpus.gold[i] for i in starts])]
    for threshold in THRESHOLDS:
        cells = []
        for found, gold in samples:
            inside = [i for i, code in enumerate(gold) if code in known]
            outside = [i for i, code in enumerate(gold) if code not in known]
            kept = [i for i in inside if found[i][1] >= threshold]
            stray = sum(found[i][1] >= threshold for i in outside) / max(len(outside), 1)
            precision = accuracy(found, gold, kept)
            cells += [f"{100 * len(kept) / len(inside):.1f}%", f"{100 * precision:.2f}%", f"{100 * stray:.1f}%"]
        print(f"| {threshold} | " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "langid")
    parser.add_argument("--limit", type=int, default=None, help="lines per language (default: all)")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs; the best is kept")
    args = parser.parse_args()

    corpus = load(args.data, args.limit)
    detector = LanguageDetector()
    model = detector.model
    known = set(map(normalize_label, model.get_labels()))
    in_model = [i for i, code in enumerate(corpus.gold) if code in known]

    contenders: dict[str, Predictor] = {
        RAW: raw_fasttext(model),
        OURS: detector.detect,
        "  without noise stripping": replace(detector, clean_noise=False).detect,
        "  without CJK script rules": replace(detector, script_rules=False).detect,
        "  without lowercased re-read": replace(detector, short_lowercase=0).detect,
    }
    clean = {name: run(corpus.texts) for name, run in contenders.items()}
    dirty = {name: run(corpus.noisy) for name, run in contenders.items()}

    stage = LanguageStage(LanguageParams(batch_size=512))
    docs = [Document(text=text, id=str(i)) for i, text in enumerate(corpus.texts)]
    seconds = cpu_seconds(
        {
            RAW: lambda: model.predict(corpus.texts, k=1),
            OURS: lambda: detector.detect(corpus.texts),
            "LanguageStage": lambda: [stage.process_batch(batch) for batch in batched(docs, 512)],
        },
        args.repeat,
    )

    languages = set(corpus.gold)
    print(
        f"# Language ID: {len(corpus.texts)} lines, {len(languages)} languages ({len(known & languages)} in "
        f"the model's label set), model {default_model_path().name}, best of {args.repeat} timing runs\n"
    )
    print_summary(corpus, clean, dirty, in_model, seconds)
    print_per_language(corpus, clean, dirty, known)
    print_thresholds(corpus, clean[OURS], detector, known)


if __name__ == "__main__":
    main()
