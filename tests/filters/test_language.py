"""Language stage on real sentences from shared/data/langid (Leipzig Wortschatz via lingua-rs)."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import fasttext
import pytest
from datatrove.data import Document
from pydantic import ValidationError

from corpusmill.filters import language as language_module
from corpusmill.filters.language import (
    LanguageDetector,
    LanguageParams,
    LanguageStage,
    detect_languages,
    shouting,
)
from corpusmill.text.language_labels import normalize_label
from corpusmill.text.script import chinese_script, cjk_language

# Written for this test (Traditional script, Taiwan usage); the langid data has Simplified zh only.
TRADITIONAL = [
    "臺灣的鐵路系統非常發達，從北到南搭乘高鐵只需要兩個小時左右。",
    "這家書店開業已經三十年了，老闆每天都會親自為顧客推薦新書。",
    "颱風過後，許多農民的果園損失慘重，政府決定提供緊急補助。",
    "我們應該學習如何與不同背景的人溝通，才能解決問題。",
]


def lines(test_data: Path, code: str, n: int = 20, start: int = 0) -> list[str]:
    text = (test_data / "langid" / f"{code}.txt").read_text(encoding="utf-8")
    return [line for line in text.split("\n") if line.strip()][start : start + n]


def docs_of(texts: list[str], tag: str = "d") -> list[Document]:
    return [Document(text=text, id=f"{tag}{i}", metadata={"_order": i}) for i, text in enumerate(texts)]


def run(stage: LanguageStage, docs: list[Document]) -> list[Document]:
    kept = list(stage.run(iter(docs)))
    rejected = sum(v.total for k, v in stage.stats.stats.items() if k.startswith("rejected:"))
    assert stage.stats["in"].total == len(docs) == len(kept) + rejected
    assert stage.stats["kept"].total == len(kept)
    return kept


def rejected(stage: LanguageStage) -> dict[str, int]:
    counters = stage.stats.stats.items()
    return {k.removeprefix("rejected:"): v.total for k, v in counters if k.startswith("rejected:")}


@pytest.mark.parametrize("code", ["en", "zh", "fr", "ja", "ko", "de", "ru", "es", "ar"])
def test_detect_languages_on_real_sentences(test_data: Path, code: str) -> None:
    found = detect_languages(lines(test_data, code, 40))
    assert sum(language == code for language, _ in found) >= 36
    assert all(0.0 <= score <= 1.0 for _, score in found)


def test_stage_keeps_wanted_languages_and_names_the_others(test_data: Path) -> None:
    by_code = {code: lines(test_data, code, 15) for code in ("en", "zh", "fr", "ja", "de")}
    docs = docs_of([t for texts in by_code.values() for t in texts])
    stage = LanguageStage(LanguageParams(languages=["en", "zh"]))
    kept = run(stage, docs)
    assert {d.metadata["language"] for d in kept} == {"en", "zh"}
    assert len(kept) >= 27
    reasons = rejected(stage)
    assert reasons.get("language:fr", 0) >= 13 and reasons.get("language:ja", 0) >= 14
    assert reasons.get("language:de", 0) >= 13
    assert set(reasons) <= {"language:fr", "language:ja", "language:de", "language:unknown"}
    # batch boundaries change nothing
    three = by_code["en"] + by_code["zh"] + by_code["fr"]
    small = run(LanguageStage(LanguageParams(languages=["en", "zh"], batch_size=4)), docs_of(three))
    large = run(LanguageStage(LanguageParams(languages=["en", "zh"])), docs_of(three))
    assert [d.id for d in small] == [d.id for d in large] and len(small) >= 27


def test_kept_records_carry_the_declared_columns(test_data: Path) -> None:
    docs = docs_of(lines(test_data, "en", 5) + lines(test_data, "zh", 5) + TRADITIONAL)
    stage = LanguageStage()
    kept = run(stage, docs)
    assert len(kept) == len(docs)
    for doc in kept:
        assert set(stage.columns) <= set(doc.metadata)
        score = doc.metadata["language_score"]
        assert isinstance(score, float) and 0.5 <= score <= 1
        assert doc.metadata["language_mix"] is None
    assert [d.metadata["script"] for d in kept] == [None] * 5 + ["Hans"] * 5 + ["Hant"] * 4
    assert [d.metadata["language"] for d in kept] == ["en"] * 5 + ["zh"] * 9


def test_chinese_script_from_characters(test_data: Path) -> None:
    simplified = lines(test_data, "zh", 40)
    assert [chinese_script(t) for t in simplified].count("Hans") >= 38
    assert [chinese_script(t) for t in TRADITIONAL] == ["Hant"] * len(TRADITIONAL)
    assert chinese_script("中文") == "Hani"  # no script-specific character: undecided


def test_cjk_script_rules_fix_all_han_chinese(test_data: Path) -> None:
    # Real zh lines that the raw compressed model labels as Japanese: all Han, no kana.
    for text in ("听说，清华大学这次牺牲最惨重。", "贴身衣物要以吸汗透气的棉质为主。"):
        assert LanguageDetector(script_rules=False).detect([text])[0][0] != "zh"
        assert detect_languages([text])[0][0] == "zh"
    assert cjk_language("届出者数は26％増の51万5168人。")[0] == "ja"
    assert cjk_language("너무 두려워요.")[0] == "ko"
    assert cjk_language("The word 世界 means world") is None
    ko = lines(test_data, "ko", 30)
    assert sum(cjk_language(t) is not None and cjk_language(t)[0] == "ko" for t in ko) >= 28


def test_short_lines_are_also_read_lowercased() -> None:
    # Real short lines from the langid data that the model misreads with their capitals.
    lines_and_codes = [
        ("Quoi de neuf, toi?", "fr"),
        ("Vid dess möten behandlas aktuella ämnen.", "sv"),
        ("Företaget startade 1 December 1979 i Umeå.", "sv"),
        ("Ao contrario de alguns.", "pt"),
    ]
    texts, codes = zip(*lines_and_codes, strict=True)
    assert [code for code, _ in LanguageDetector(short_lowercase=0).detect(texts)] != list(codes)
    assert [code for code, _ in detect_languages(texts)] == list(codes)


def test_threshold_keep_unknown_and_per_language_thresholds(test_data: Path) -> None:
    texts = lines(test_data, "en", 20) + lines(test_data, "fr", 20)
    strict = LanguageStage(LanguageParams(threshold=0.5, thresholds={"fr": 0.99}))
    kept = run(strict, docs_of(texts))
    french = [d for d in kept if d.metadata["language"] == "fr"]
    assert french and all(d.metadata["language_score"] >= 0.99 for d in french)
    assert len(french) < 20 and rejected(strict)["language:unknown"] == 40 - len(kept)
    assert sum(d.metadata["language"] == "en" for d in kept) >= 19  # the global threshold still applies to en

    lenient = LanguageStage(LanguageParams(threshold=0.5, thresholds={"fr": 0.99}, keep_unknown=True))
    everything = run(lenient, docs_of(texts))
    assert len(everything) == 40 and not rejected(lenient)
    unknown = [d for d in everything if d.metadata["language"] == "unknown"]
    assert len(unknown) == 40 - len(kept)
    assert all(d.metadata["language_score"] < 0.99 and d.metadata["script"] is None for d in unknown)


def test_empty_or_noise_only_text_is_unknown() -> None:
    stage = LanguageStage()
    run(stage, docs_of(["", "https://example.com/a/b?id=3 info@example.org 2024-01-02 12:00", "<br />"]))
    assert rejected(stage) == {"language:unknown": 3}


def test_noise_is_stripped_before_prediction(test_data: Path) -> None:
    detector = LanguageDetector()
    web = "Visit https://shop24.de/p/12?id=9 or write to info@shop24.de<br />&nbsp;on 2021-03-14 08:15\nnow"
    prepared = detector.prepare([web])
    assert prepared[0].split() == ["Visit", "or", "write", "to", "on", "now"]
    french = lines(test_data, "fr", 30, start=100)
    noise = 'https://www.example.com/news/7?id=77 +49 30 1234567 <div class="x">'
    noisy = [f"{noise} {text} {noise}" for text in french]
    assert [lang for lang, _ in detector.detect(noisy)].count("fr") >= 28


def test_max_chars_reads_only_the_start(test_data: Path) -> None:
    english, french = " ".join(lines(test_data, "en", 5)), " ".join(lines(test_data, "fr", 20))
    detector = LanguageDetector(max_chars=len(english))
    assert detector.detect([english + " " + french])[0][0] == "en"
    assert LanguageDetector().detect([english + " " + french])[0][0] == "fr"


def test_paragraph_mix_records_shares_and_rejects_mixed(test_data: Path) -> None:
    mixed = "\n".join(lines(test_data, "en", 3) + lines(test_data, "de", 3) + lines(test_data, "fr", 3))
    pure = "\n\n".join(lines(test_data, "en", 6, start=50))
    # threshold 0: the mixed text's whole-document score is low, and this test is about the mix rule
    stage = LanguageStage(LanguageParams(paragraph_mix=True, min_main_share=0.6, threshold=0.0))
    kept = run(stage, docs_of([mixed, pure]))
    assert [d.id for d in kept] == ["d1"]
    assert json.loads(kept[0].metadata["language_mix"]) == {"en": 1.0}
    assert rejected(stage) == {"language:mixed": 1}

    lenient = LanguageStage(LanguageParams(paragraph_mix=True, min_main_share=0.2, threshold=0.0))
    [doc, _] = run(lenient, docs_of([mixed, pure]))
    mix = json.loads(doc.metadata["language_mix"])
    assert set(mix) == {"en", "de", "fr"} and abs(sum(mix.values()) - 1) < 1e-3
    assert all(0.2 < share < 0.5 for share in mix.values())


@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("__label__en", "en"),
        ("__label__eng_Latn", "en"),
        ("__label__cmn_Hani", "zh"),
        ("__label__zho_Hans", "zh"),
        ("__label__zho_Hant", "zh"),
        ("__label__yue_Hani", "yue"),
        ("__label__nob_Latn", "nb"),
        ("__label__no", "nb"),  # lid.176 learnt `no` from the Bokmål Wikipedia
        ("__label__arb_Arab", "ar"),
        ("__label__als_Latn", "sq"),  # GlotLID: Tosk Albanian
        ("__label__als", "als"),  # lid.176: Alemannic, no ISO 639-1 code
        ("deu", "de"),
        ("__label__ceb", "ceb"),
        ("__label__zxx_Zxxx", "unknown"),
        ("zh-TW", "zh"),
    ],
)
def test_labels_are_normalised_to_one_scheme(label: str, code: str) -> None:
    assert normalize_label(label) == code


def test_params_normalise_codes_and_reject_bad_values() -> None:
    params = LanguageParams(languages=["eng_Latn", "cmn_Hani", "fra"], thresholds={"zho_Hans": 0.3})
    assert params.languages == ["en", "zh", "fr"] and params.thresholds == {"zh": 0.3}
    for bad in ({"threshold": 1.5}, {"thresholds": {"en": -0.1}}, {"batch_size": 0}, {"langs": ["en"]}):
        with pytest.raises(ValidationError):
            LanguageParams(**bad)


def test_any_fasttext_model_with_glotlid_labels(test_data: Path, tmp_path: Path) -> None:
    """A real (tiny) fastText model trained here with GlotLID-style labels, loaded through model_path."""
    train = tmp_path / "train.txt"
    names = {"en": "eng_Latn", "de": "deu_Latn", "fr": "fra_Latn"}
    examples = [f"__label__{names[code]} {t}\n" for code in names for t in lines(test_data, code, 200)]
    train.write_text("".join(examples), encoding="utf-8")
    model = fasttext.train_supervised(str(train), epoch=25, lr=0.5, minn=2, maxn=4, dim=16, verbose=0)
    model_path = tmp_path / "glot.bin"
    model.save_model(str(model_path))
    docs = docs_of([t for code in names for t in lines(test_data, code, 10, start=500)])
    stage = LanguageStage(LanguageParams(model_path=str(model_path), languages=["deu_Latn"], threshold=0.3))
    kept = run(stage, docs)
    assert {d.metadata["language"] for d in kept} == {"de"} and len(kept) >= 8
    assert set(rejected(stage)) <= {"language:en", "language:fr", "language:unknown"}
    assert rejected(stage).get("language:en", 0) >= 8 and rejected(stage).get("language:fr", 0) >= 8


def test_stage_pickles_without_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    stage = LanguageStage(LanguageParams(languages=["en"]))
    stage.detector.detect(["warm the per-process model cache"])
    blob = pickle.dumps(stage)
    assert len(blob) < 20_000  # the 900 KB model is loaded per process, not shipped with the step
    clone = pickle.loads(blob)
    calls = []
    real = language_module.load_model.__wrapped__
    monkeypatch.setattr(language_module, "load_model", lambda path: calls.append(path) or real(path))
    assert clone.detector.detect(["This sentence is plainly written in English."])[0][0] == "en"
    assert calls and calls[0].endswith("lid.176.ftz")


def test_all_caps_english_is_also_read_lowercased(test_data: Path) -> None:
    """Issue 22: two real C4 documents written in capitals (a company description, a property
    listing) read as English at 0.18-0.21 and were rejected as language:unknown."""
    with open(test_data / "web/text/llamafactory_c4_demo.jsonl", encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    caps = [t for t in texts if t.startswith(("JORDAN NEUROSCIENCE", "BEAUTIFUL IMMACULATE CAPE COD"))]
    assert len(caps) == 2 and all(shouting(t) for t in caps)
    assert all(score < 0.5 for _, score in LanguageDetector(short_lowercase=0).detect(caps))
    stage = LanguageStage(LanguageParams(languages=["en"]))
    assert [d.metadata["language"] for d in run(stage, docs_of(caps))] == ["en", "en"]
    assert not shouting("Mostly lower case with NASA and an ACRONYM or two.")
