"""The ``extract`` stage with each engine: main text, charsets decoded by the WARC source, the rejects
for pages without text or nested too deep, and imports that stay lazy."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from datatrove.data import Document
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from corpusmill.filters.extract import MAX_DEPTH, Extract, ExtractParams
from corpusmill.pipeline.config import SourceConfig
from corpusmill.pipeline.sources import SourceReader, expand_sources
from corpusmill.schema import HTML

ENGINES = ["resiliparse", "trafilatura"]
ARTICLE = (
    "Tidal mills used the rise and fall of the sea to turn their wheels. A pond filled through a gate "
    "at high tide and was let out through the wheel as the tide fell, so the mill worked twice a day. "
    "The oldest known examples in Ireland date from the seventh century, and several survived into "
    "the twentieth century on the Atlantic coast of Europe, grinding grain for nearby villages."
)
PAGE = f"""<html><head><title>Tidal mills</title></head><body>
<header id="site-header"><a href="/">Home</a> | <a href="/shop">Shop</a> | <a href="/login">Log in</a></header>
<nav><ul><li><a href="/a">Windmills</a></li><li><a href="/b">Watermills</a></li></ul></nav>
<main><article><h1>Tidal mills</h1><p>{ARTICLE}</p><p>{ARTICLE}</p></article></main>
<footer class="site-footer">Copyright 2024 Example Heritage Trust. All rights reserved.</footer>
</body></html>"""


def doc(text: str, **meta: object) -> Document:
    return Document(text=text, id="d", metadata={"url": "http://example.org/mills", **meta})


def run(stage: Extract, docs: list[Document]) -> list[Document]:
    kept = list(stage.run(iter(docs)))
    rejected = sum(v.total for k, v in stage.stats.stats.items() if k.startswith("rejected:"))
    assert stage.stats["in"].total == len(docs) == len(kept) + rejected
    return kept


@pytest.mark.parametrize("engine", ENGINES)
def test_main_text_without_page_furniture(engine: str) -> None:
    stage = Extract(ExtractParams(engine=engine))
    [page] = run(stage, [doc(PAGE, **{HTML: True})])
    assert "Tidal mills used the rise and fall of the sea" in page.text
    assert "twentieth century" in page.text
    assert "Copyright" not in page.text and "Log in" not in page.text and "Windmills" not in page.text
    assert HTML not in page.metadata


@pytest.mark.parametrize("engine", ENGINES)
def test_text_records_pass_through(engine: str) -> None:
    plain = doc("<p>a JSONL record that talks about HTML</p>")
    assert run(Extract(ExtractParams(engine=engine)), [plain]) == [plain]
    assert plain.text == "<p>a JSONL record that talks about HTML</p>"


@pytest.mark.parametrize("engine", ENGINES)
def test_pages_without_text_are_rejected(engine: str) -> None:
    stage = Extract(ExtractParams(engine=engine))
    pages = ["", "<html><body><script>var a = 1;</script></body></html>", "<html><body>   </body></html>"]
    assert run(stage, [doc(p, **{HTML: True}) for p in pages]) == []
    assert stage.stats["rejected:extract:no_text"].total == 3


def test_deeply_nested_page_is_rejected_not_stalled() -> None:
    stage = Extract(ExtractParams(engine="resiliparse"))
    deep = "<html><body>" + "<div>" * (MAX_DEPTH * 4) + f"<p>{ARTICLE}</p></body></html>"
    shallow = "<html><body>" + "<div>" * (MAX_DEPTH // 2) + f"<p>{ARTICLE}</p></body></html>"
    kept = run(stage, [doc(deep, **{HTML: True}), doc(shallow, **{HTML: True})])
    assert len(kept) == 1 and "Tidal mills" in kept[0].text
    assert stage.stats["rejected:extract:too_deep"].total == 1


def _warc(path: Path, pages: list[tuple[str, bytes, str]]) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, body, content_type in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )


@pytest.mark.parametrize("engine", ENGINES)
def test_charsets_from_the_warc_reach_the_extractor(tmp_path: Path, engine: str) -> None:
    zh = "潮汐磨坊利用海水的涨落来转动水轮。涨潮时水池经闸门灌满，退潮时水流经水轮放出，因此磨坊每天工作两次。" * 3
    fr = "Le moulin à marée utilisait la montée et la descente de la mer pour faire tourner sa roue. " * 3
    gbk_meta_only = f'<html><head><meta charset="gbk"></head><body><article><p>{zh}</p></article></body></html>'
    cp1252_wrong_header = f"<html><body><article><p>{fr}</p></article></body></html>"
    _warc(
        tmp_path / "pages.warc.gz",
        [
            ("http://example.cn/mill", gbk_meta_only.encode("gbk"), "text/html"),
            ("http://example.fr/moulin", cp1252_wrong_header.encode("cp1252"), "text/html; charset=utf-8"),
            ("http://example.org/empty", b"<html><body><script>x()</script></body></html>", "text/html"),
        ],
    )
    files = expand_sources([SourceConfig(name="w", type="warc", paths=[str(tmp_path / "pages.warc.gz")])])
    stage = Extract(ExtractParams(engine=engine))
    kept = run(stage, list(SourceReader(files).run(None)))
    assert [d.metadata["url"] for d in kept] == ["http://example.cn/mill", "http://example.fr/moulin"]
    assert "潮汐磨坊利用海水的涨落" in kept[0].text
    assert "Le moulin à marée" in kept[1].text
    assert stage.stats["rejected:extract:no_text"].total == 1


def test_unknown_engine_is_a_config_error() -> None:
    with pytest.raises(ValueError, match="engine"):
        ExtractParams(engine="readability")


@pytest.mark.parametrize(
    "module", ["corpusmill.pipeline.registry", "corpusmill.filters.quality", "corpusmill.filters.extract"]
)
def test_importing_stages_loads_no_heavy_library(module: str) -> None:
    """A near-dup-only run must not pay for spaCy, fastText or the extractors: they load on first use."""
    heavy = ("spacy", "fasttext", "trafilatura", "resiliparse", "tiktoken", "mistral_common", "ftfy")
    code = f"import sys, {module}; print(' '.join(m for m in {heavy!r} if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert loaded == []
