"""``mode: tag``: each deciding stage's tagged values, decided again by its polars expressions
(``decisions``), give the verdicts the stage gives in reject mode, with its own and with other
thresholds. Texts are real: the C4 demo and the Leipzig sentences in tests/data."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pyarrow as pa
import pytest
from datatrove.data import Document

from corpusmill.filters.tagging import tag_column
from corpusmill.pipeline.config import ConfigError, config_from_dict, parse_stage
from corpusmill.pipeline.select.decide import REASON, fates, named_parts
from corpusmill.pipeline.select.plan import StagePlan


def texts(test_data: Path) -> list[tuple[str, str]]:
    """(text, language) pairs: C4 documents, and single sentences and paragraphs in five languages."""
    c4 = (test_data / "web/text/llamafactory_c4_demo.jsonl").read_text(encoding="utf-8").splitlines()[:120]
    found = [(json.loads(line)["text"], "en") for line in c4]
    for code in ("en", "de", "es", "zh", "ja"):
        lines = (test_data / f"langid/{code}.txt").read_text(encoding="utf-8").splitlines()
        found += [(line, code) for line in lines[:15]]
        found += [("\n".join(lines[i : i + 8]), code) for i in range(15, 63, 8)]
    return found


def documents(pairs: list[tuple[str, str]], with_language: bool) -> list[Document]:
    return [
        Document(text=text, id=f"d{i}", metadata={"language": code} if with_language else {})
        for i, (text, code) in enumerate(pairs)
    ]


def spec(name: str, params: dict) -> object:
    found, problems = parse_stage(0, {name: params})
    assert not problems, problems
    return found


def tagged_frame(stage_name: str, params: dict, docs: list[Document]) -> tuple[pl.DataFrame, list[str | None]]:
    """Tag ``docs`` with the stage; return the tag columns (typed as declared) and the reasons."""
    stage = spec(stage_name, params).build()
    tagged = stage.tag_batch(docs)
    columns = stage.tag_columns(stage.params)
    data: dict[str, list] = {name: [] for name in columns}
    for verdict, values in tagged:
        for key in columns:
            short = key.split(".", 1)[1]
            data[key].append(values.get(short) if short != "reason" else (verdict.reason if verdict else None))
    table = pa.table({k: pa.array(v, columns[k]) for k, v in data.items()})
    return pl.from_arrow(table), [v.reason if v else None for v, _ in tagged]


def decided(stage_name: str, params: dict, frame: pl.DataFrame) -> list[str | None]:
    """The reasons select gives from the tagged columns, as the stage's own reason codes."""
    stage_spec = spec(stage_name, params)
    plan = StagePlan(f"01_{stage_name}", stage_name, stage_spec.cls.decisions(stage_spec.params), {})
    decided = fates(frame.lazy(), [plan]).collect().with_row_index("at")
    named = {at: reason for _, part in named_parts(decided, [plan]) for at, reason in part.select("at", REASON).rows()}
    reasons = [named.get(at) for at in decided["at"]]
    prefix = f"select:{stage_name}:"
    return [None if r is None else r.removeprefix(prefix) for r in reasons]


def verdicts(stage_name: str, params: dict, docs: list[Document]) -> list[str | None]:
    stage = spec(stage_name, params).build()
    copies = [Document(text=d.text, id=d.id, metadata=dict(d.metadata)) for d in docs]
    return [v.reason.split(":", 1)[1] if v else None for v in stage.process_batch(copies)]


CASES = {
    "length": (
        {"min_chars": 200},
        [{"min_chars": 200}, {"min_chars": 600, "max_chars": 3000}, {"min_chars": 100, "min_cjk_chars": 120}],
    ),
    "quality": (
        {},
        [
            {},
            {"flag": []},
            {"space": {"min_alpha_words_ratio": 0.7, "top_n_grams": {2: 0.1}}, "cjk": {"min_chars": 40}},
        ],
    ),
    "safety": ({}, [{}, {"threshold": 0.002, "thresholds": {"en": 0.001}}]),
    "language": ({}, [{"languages": ["en", "zh"]}, {"languages": ["de"], "threshold": 0.8, "keep_unknown": True}]),
}


@pytest.mark.parametrize("stage_name", sorted(CASES))
def test_tagged_values_decide_as_the_stage(stage_name: str, test_data: Path) -> None:
    tag_params, variants = CASES[stage_name]
    docs = documents(texts(test_data), with_language=stage_name != "language")
    frame, tagged_reasons = tagged_frame(stage_name, tag_params, docs)
    assert frame.height == len(docs) and frame.width >= 2
    for params in variants:
        expected = verdicts(stage_name, params, docs)
        assert decided(stage_name, params, frame) == expected, params
    own = verdicts(stage_name, tag_params, docs)
    assert [r.split(":", 1)[1] if r else None for r in tagged_reasons] == own
    assert sum(r is not None for r in own) > 0 or stage_name == "safety"  # the texts exercise the rules


def test_quality_tags_every_rule_with_a_typed_column() -> None:
    stage = spec("quality", {"mode": "tag", "skip": ["gopher_stop_words"]})
    columns = stage.adds()
    assert columns[tag_column("quality", "gopher_alpha_words")] == pa.float64()
    assert columns[tag_column("quality", "cjk_share")] == pa.float64()
    assert columns["quality.reason"] == pa.string() and "quality_flags" in columns
    assert "quality.gopher_stop_words" not in columns  # skipped rules are not measured


def test_mode_and_profile_in_configs() -> None:
    sources = [{"name": "s", "type": "jsonl", "paths": ["x.jsonl"]}]
    with pytest.raises(ConfigError) as err:
        config_from_dict({"sources": sources, "stages": [{"normalize": {"mode": "tag"}}]})
    assert len(err.value.lines) == 1 and "stages[0].normalize.mode" in err.value.lines[0]
    assert "does not decide" in err.value.lines[0]
    with pytest.raises(ConfigError) as err:
        config_from_dict({"sources": sources, "stages": [{"length": {"mode": "later"}}]})
    assert "must be reject or tag" in err.value.lines[0]
    budget = {"total_tokens": 1000}
    config = config_from_dict(
        {"sources": sources, "profile": "tag", "budget": budget, "stages": ["normalize", "length", "quality"]}
    )
    assert [s.mode for s in config.stages] == ["reject", "tag", "tag"]
    assert config.budget is None  # a tagged run keeps every record; select applies the budget
    assert "length.chars" in config.stages[1].adds() and "length.chars" not in config.stages[1].cls.adds()
    plain = config_from_dict({"sources": sources, "stages": ["length"]})
    assert "mode" not in plain.model_dump(mode="json")["stages"][0]  # old runs' fingerprints stay valid
    assert config.model_dump(mode="json")["stages"][1]["mode"] == "tag"
    with pytest.raises(ConfigError) as err:
        config_from_dict({"sources": sources, "profile": "tag", "stages": ["length", "length"]})
    assert "tagged twice" in str(err.value)


def test_exact_sentence_counts_survive_edge_whitespace() -> None:
    """Tag mode counts sentences exactly (no early stop): a line that starts or ends with an odd
    space (em space, as pages have) split into an empty chunk that the tokenizer indexed."""
    from corpusmill.filters.quality.words import word_splitter

    assert word_splitter("en").count_sentences("\u2003It was late. We left.") >= 2


def test_explain_reads_the_tagged_values(test_data: Path) -> None:
    """``corpusmill explain`` and tag mode measure with the same code: the same values."""
    docs = documents(texts(test_data)[:60], with_language=True)
    stage = spec("quality", {"mode": "tag"}).build()
    explained = [{r.rule: r.value for r in stage.explain(d)} for d in docs]
    tagged = [values for _, values in stage.tag_batch([Document(d.text, d.id, dict(d.metadata)) for d in docs])]
    assert explained == tagged  # NaN (a rule that does not apply) is the same math.nan object in both


def test_settled_records_pass_unmeasured(test_data: Path) -> None:
    """A record an earlier settling stage (language) would reject reaches a tagged quality stage
    unmeasured: null columns and reason, text as it was, and no word splitter for its language."""
    german = (test_data / "langid/de.txt").read_text(encoding="utf-8").splitlines()[:8]
    english = json.loads((test_data / "web/text/llamafactory_c4_demo.jsonl").read_text().splitlines()[0])["text"]
    docs = [
        Document("\n".join(german), "de", metadata={"language": "de", "language.reason": "language:de"}),
        Document(english, "en", metadata={"language": "en", "language.reason": None}),
    ]
    stage = spec("quality", {"mode": "tag"}).build()
    stage.bind("02_quality", None)
    stage.settled_by = ("language.reason",)
    out = {doc.id: doc for doc in stage.run(iter(docs))}
    assert out.keys() == {"de", "en"}  # tag mode keeps every record
    assert out["de"].text == "\n".join(german) and out["de"].metadata["quality.reason"] is None
    assert not any(key.startswith("quality.") and key != "quality.reason" for key in out["de"].metadata)
    assert out["en"].metadata["quality.gopher_alpha_words"] is not None
    assert [language for _, language in stage._families._cache] == ["en"]  # no German splitter built


def test_language_refuses_to_keep_what_it_settled() -> None:
    """select cannot keep a language the tagged run rejected when later stages did not measure it."""
    from corpusmill.filters.language import LanguageParams, LanguageStage

    tagged = LanguageParams(languages=["en", "es"]).model_dump(mode="json")
    problem = LanguageStage.select_problem
    assert "keeps fr" in problem(LanguageParams(languages=["en", "fr"]), tagged, ["quality"])
    assert "every language" in problem(LanguageParams(), tagged, ["quality"])
    assert problem(LanguageParams(languages=["en"], threshold=0.7), tagged, ["quality"]) is None  # narrower
    assert problem(LanguageParams(languages=["en", "fr"]), tagged, []) is None  # nothing after it measured
    anything = LanguageParams().model_dump(mode="json")  # a run that kept every language
    assert problem(LanguageParams(languages=["fr"]), anything, ["quality"]) is None


def test_sentences_of_many_lines_count_as_each_line(test_data: Path) -> None:
    """Tag mode counts a page's sentences in one pass over all its lines: the same as line by line
    (no sentence crosses a line), odd whitespace included."""
    from corpusmill.filters.quality.words import word_splitter

    splitter = word_splitter("en")
    pages = [text for text, language in texts(test_data) if language == "en"]
    pages.append("Late.\u2003We left!\nshort\n\u00a0Then. a b\tc. D")
    for page in pages:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert splitter.count_sentences_in(lines) == sum(map(splitter.count_sentences, lines))
    assert splitter.count_sentences_in(["It ended.", "Then it began."]) == 2
    assert splitter.count_sentences_in([]) == 0
