"""boilerplate_lines finds the lines a site repeats on its pages by counting, with no phrase list."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from datatrove.data import Document

from corpusmill.filters.boilerplate_lines import (
    PAIR,
    SITE,
    BoilerplateLinesFilter,
    BoilerplateLinesParams,
    LineCounts,
    LineSignatures,
    boilerplate_keys,
    line_hashes,
    normal_line,
    site_of,
)
from tests.helpers import CollectedRejects

WORDS = str.split(
    "river town farmer spring flood market bridge harvest winter school library garden station road "
    "mountain forest lake village council festival museum teacher doctor bakery orchard valley harbour"
)
ZH = "山水河流城市乡村学校医院工厂市场公园图书馆火车站春天夏天秋天冬天老师学生医生农民工人商人记者作家"


def sentence(rng: random.Random, zh: bool) -> str:
    if zh:
        return "".join(rng.choice(ZH) for _ in range(rng.randint(12, 30))) + "。"
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16))).capitalize() + "."


def site_docs(site: str, n: int, furniture: list[str], rng: random.Random, zh: bool = False) -> list[Document]:
    """``n`` pages of one site: its furniture lines around three unique sentences each."""
    docs = []
    for i in range(n):
        body = [sentence(rng, zh) for _ in range(3)]
        text = "\n".join([furniture[0], *body, *furniture[1:]])
        docs.append(Document(text=text, id=f"{site}/{i}", metadata={"url": f"https://www.{site}/p/{i}", "source": "t"}))
    return docs


def corpus() -> tuple[list[Document], set[str]]:
    rng = random.Random(3)
    furniture = {
        "harbour-news.com": ["Harbour News Daily", "Get our morning briefing", "Harbour News Ltd, Pier Road 4"],
        "valley-blog.org": ["Valley Blog - notes from the hills", "Posted in Uncategorized", "Powered by Nothing"],
        "xinwen.cn": ["城市晚报 数字版", "本报记者 综合报道", "城市晚报社 主办 电话 010 1234"],
    }
    docs = [d for site, lines in furniture.items() for d in site_docs(site, 8, lines, rng, site.endswith(".cn"))]
    # a small site: two pages repeat a line, under min_docs
    docs += site_docs("tiny.net", 2, ["Tiny Net Homepage"], rng)
    rng.shuffle(docs)
    return docs, {line for lines in furniture.values() for line in lines}


def run_stage(
    docs: list[Document], params: BoilerplateLinesParams, tasks: int, workdir: Path
) -> tuple[list[Document], BoilerplateLinesFilter, CollectedRejects]:
    """The three steps as the runner chains them, with ``tasks`` ranks (contiguous slices)."""
    cut = np.array_split(np.arange(len(docs)), tasks)
    parts = [[docs[i] for i in idx] for idx in cut]
    for rank, part in enumerate(parts):
        assert list(LineSignatures(str(workdir), params).run(iter(part), rank, tasks)) == part
    reducers = min(tasks, params.shards)
    for rank in range(reducers):
        list(LineCounts(str(workdir), params).run(None, rank, reducers))
    stage = BoilerplateLinesFilter(str(workdir), params)
    rejects = CollectedRejects()
    stage.bind("01_boilerplate_lines", rejects)
    kept = [d for rank, part in enumerate(parts) for d in stage.run(iter(part), rank, tasks)]
    return kept, stage, rejects


def copies(docs: list[Document]) -> list[Document]:
    return [Document(text=d.text, id=d.id, metadata=dict(d.metadata)) for d in docs]


def test_site_furniture_goes_and_every_sentence_stays(tmp_path: Path) -> None:
    docs, furniture = corpus()
    sentences = {line for d in docs for line in d.text.split("\n") if line not in furniture}
    kept, stage, rejects = run_stage(copies(docs), BoilerplateLinesParams(), 2, tmp_path)
    assert len(kept) == len(docs) and not rejects.rows
    lines = [line for d in kept for line in d.text.split("\n")]
    assert not furniture & set(lines)
    assert set(lines) == sentences  # tiny.net's header (2 pages < min_docs) stays with them
    assert "Tiny Net Homepage" in lines
    assert stage.stats["fixed:boilerplate_lines:site"].total == 8 * 9


def test_same_lines_removed_whatever_the_task_and_shard_count(tmp_path: Path) -> None:
    docs, _ = corpus()
    results = []
    for tasks, shards in ((1, 16), (3, 16), (3, 2), (5, 1)):
        kept, _, _ = run_stage(
            copies(docs), BoilerplateLinesParams(shards=shards), tasks, tmp_path / f"{tasks}-{shards}"
        )
        results.append(sorted((d.id, d.text) for d in kept))
    assert all(r == results[0] for r in results)


def test_share_and_document_thresholds(tmp_path: Path) -> None:
    rng = random.Random(1)
    # 4 of 40 pages carry a line: 10% of the site
    docs = site_docs("big.org", 40, ["Big Org"], rng)
    for d in docs[:4]:
        d.text += "\nSpring sale: ten percent off"
    for min_share, removed in ((0.1, True), (0.2, False)):
        params = BoilerplateLinesParams(min_share=min_share)
        kept, _, _ = run_stage(copies(docs), params, 1, tmp_path / str(min_share))
        assert all("Big Org" not in d.text for d in kept)
        assert any("Spring sale" in d.text for d in kept) is not removed


def test_run_wide_rule_needs_many_sites_and_short_lines(tmp_path: Path) -> None:
    rng = random.Random(2)
    label, long_line = "Share this story", "Shared paragraph " + " ".join(WORDS)
    docs = []
    for s in range(6):
        for d in site_docs(f"site{s}.com", 2, [f"Site {'abcdef'[s]} header"], rng):
            d.text += f"\n{label}\n{long_line}"
            docs.append(d)
    for min_sites, gone in ((0, False), (6, True), (7, False)):
        kept, stage, _ = run_stage(
            copies(docs), BoilerplateLinesParams(min_sites=min_sites), 2, tmp_path / f"{min_sites}"
        )
        assert all((label in d.text) is not gone for d in kept)
        assert all(long_line in d.text for d in kept)  # longer than run_max_chars
        assert stage.stats["fixed:boilerplate_lines:run"].total == (12 if gone else 0)


def test_pages_made_only_of_furniture_are_rejected(tmp_path: Path) -> None:
    # three pages (not copies: their page numbers differ, which line counts ignore) and a fourth
    docs = [
        Document(text=f"Menu\nFooter page {i}", id=f"e{i}", metadata={"url": f"http://empty.com/x{i}", "source": "t"})
        for i in range(3)
    ]
    meta = {"url": "http://empty.com/y", "source": "t"}
    docs.append(Document(text="Menu\nFooter page 9\nShort.", id="s", metadata=meta))
    kept, stage, rejects = run_stage(copies(docs), BoilerplateLinesParams(min_chars=10), 1, tmp_path)
    assert kept == []
    reasons = sorted(r.reason for _, _, r in rejects.rows)
    assert reasons == ["boilerplate_lines:empty"] * 3 + ["boilerplate_lines:too_short"]
    assert "empty.com" in rejects.rows[0][2].detail
    assert stage.stats["in"].total == 4 and stage.stats["kept"].total == 0


def test_keys_from_counts() -> None:
    """One shard: a line on 3 of 4 pages of site 1 goes there; the same line once on site 2 stays."""
    pairs = np.array([(7, 1, doc, 5) for doc in (11, 12, 13)] + [(7, 2, 11, 5), (8, 1, 11, 5)], PAIR)
    sites = np.array([(1, 4), (2, 10)], SITE)
    keys, run_lines, counts = boilerplate_keys(pairs, sites, BoilerplateLinesParams())
    assert keys.size == 1 and run_lines.size == 0
    assert counts == {"distinct_lines": 2, "site_lines": 1, "run_lines": 0}
    _, run_lines, _ = boilerplate_keys(pairs, sites, BoilerplateLinesParams(min_sites=2))
    assert run_lines.tolist() == [7]
    # the same three rows from copies of one document (read by different tasks) count once
    copies = np.array([(7, 1, 11, 5)] * 3 + [(7, 2, 11, 5), (8, 1, 11, 5)], PAIR)
    keys, _, counts = boilerplate_keys(copies, sites, BoilerplateLinesParams())
    assert keys.size == 0 and counts["site_lines"] == 0


@pytest.mark.parametrize("tasks", [1, 2, 3])
def test_exact_copies_keep_their_lines(tmp_path: Path, tasks: int) -> None:
    """Copies of a page share every line but are one page: they keep their text (exact dedup keeps
    one of them later), while the site's real furniture still goes from every page."""
    docs, furniture = corpus()
    page = next(d for d in docs if "harbour-news" in d.id)
    extra = [Document(text=page.text, id=f"{page.id}/copy{i}", metadata=dict(page.metadata)) for i in range(3)]
    others = [d for d in docs if "valley-blog" not in d.id][:5]
    lone = [
        Document(text=t, id=f"lone/{i}", metadata={"url": "https://lone.org/a", "source": "t"})
        for i, t in enumerate([page.text.replace("Harbour", "Lone")] * 3)
    ]
    run = [*copies(others), *extra, *lone]
    kept, _, rejects = run_stage(run, BoilerplateLinesParams(), tasks, tmp_path)
    assert not rejects.rows and len(kept) == len(run)
    by_id = {d.id: d.text for d in kept}
    # three copies of one page on lone.org: one page, nothing is "on other pages"
    assert [by_id[f"lone/{i}"] for i in range(3)] == [page.text.replace("Harbour", "Lone")] * 3
    copies_kept = [by_id[d.id] for d in extra]
    assert len(set(copies_kept)) == 1 and not furniture & set(copies_kept[0].split("\n"))
    assert set(copies_kept[0].split("\n")) == set(page.text.split("\n")) - furniture


def test_normalisation_and_sites() -> None:
    assert normal_line("  Page 3 of 10 — NEXT » ") == normal_line("page 4 of 12 - next")
    assert normal_line("广告：第1期") == normal_line("广告 第2期")
    assert normal_line("-----") == ""
    code = "Intro.\n```python\nimport numpy as np\n```\nimport numpy as np"
    assert [h is None for h in line_hashes(code)] == [False, True, True, True, False]
    doc = Document(text="", id="a", metadata={"url": "https://www.Example.com:8080/a", "source": "s"})
    assert site_of(doc) == "example.com"
    assert site_of(Document(text="", id="b", metadata={"url": None, "source": "books"})) == "source:books"
    # a page replayed from the Wayback Machine belongs to the site it was archived from
    wayback = "http://web.archive.org/web/20120308095015/http://en.wikipedia.org/wiki/Biloxi"
    assert site_of(Document(text="", id="c", metadata={"url": wayback, "source": "s"})) == "en.wikipedia.org"
    raw = "https://web.archive.org/web/20120101id_/www.example.org/a"
    assert site_of(Document(text="", id="d", metadata={"url": raw, "source": "s"})) == "example.org"
    about = "https://web.archive.org/about"
    assert site_of(Document(text="", id="e", metadata={"url": about, "source": "s"})) == "web.archive.org"


def test_filter_refuses_missing_counts(tmp_path: Path) -> None:
    docs, _ = corpus()
    params = BoilerplateLinesParams()
    list(LineSignatures(str(tmp_path), params).run(iter(docs), 0, 1))
    with pytest.raises(RuntimeError, match="rerun the same command"):
        list(BoilerplateLinesFilter(str(tmp_path), params).run(iter(docs), 0, 1))


def test_captures_of_one_page_are_one_page(tmp_path: Path) -> None:
    """Four Wayback captures of one article (slightly different: a dated line) among other pages of
    the site: the article's lines are on one page, not four, so they stay in every capture."""
    rng = random.Random(5)
    docs, _ = corpus()
    article = [sentence(rng, False) for _ in range(6)]
    for n, stamp in enumerate(("20110301000000", "20110412000000", "20111105000000", "20120101000000")):
        text = "\n".join([f"Retrieved {stamp}", *article])
        url = f"http://web.archive.org/web/{stamp}/http://en.wikipedia.org/wiki/Flood{'/' if n % 2 else ''}"
        docs.append(Document(text=text, id=f"capture-{n}", metadata={"url": url, "source": "t"}))
    docs += [
        Document(text=sentence(rng, False), id=f"other-{i}", metadata={"url": f"https://en.wikipedia.org/wiki/P{i}"})
        for i in range(4)
    ]
    kept, _, rejects = run_stage(copies(docs), BoilerplateLinesParams(), 2, tmp_path)
    assert not rejects.rows
    for doc in (d for d in kept if d.id.startswith("capture-")):
        assert doc.text.split("\n")[1:] == article
