"""url_filter: blocked domains (with subdomains), blocked URLs and banned URL words; look-alikes pass."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from datatrove.data import Document

from corpusmill.blocklists import load_ut1
from corpusmill.filters.url_filter import UrlFilter, UrlFilterParams, split_url


def doc(url: str | None, text: str = "Some page text.") -> Document:
    return Document(text=text, id="d", metadata={"url": url})


@pytest.fixture(scope="module")
def default_filter(tmp_path_factory: pytest.TempPathFactory) -> Iterator[UrlFilter]:
    """The default lists, hashed into a private cache folder (not the user's ~/.cache)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        load_ut1.cache_clear()
        stage = UrlFilter()
        stage.lists  # noqa: B018
        yield stage
        load_ut1.cache_clear()


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://www.pornhub.com/view_video.php?viewkey=1", "url:blocked_domain"),
        ("http://cdn.static.xvideos.com/a.jpg", "url:blocked_domain"),  # subdomain of a listed domain
        ("https://anything.xxx/", "url:blocked_domain"),  # the .xxx TLD is listed
        ("http://888casino.com/promo", "url:blocked_domain"),
        (
            "http://0149614511.strimbat.fr/porno-anal-escort-granville-faire-sa-salope-baise-une-vache-video-gratuite"
            "-x-escort-girl-auxerre",
            "url:blocked_url",  # a listed URL on a host that is not listed
        ),
        ("https://blog.example.org/2020/05/free-porn-tube", "url:banned_word"),
        ("https://example.org/hot-nude-sexy-pics", "url:banned_word"),  # two soft words
        ("https://example.org/two-girls-one-cup", "url:banned_word"),  # a banned phrase without its spaces
    ],
)
def test_default_lists_block(default_filter: UrlFilter, url: str, reason: str) -> None:
    verdict = default_filter.process(doc(url))
    assert verdict is not None and verdict.reason == reason, verdict


@pytest.mark.parametrize(
    "url",
    [
        "https://www.essex.ac.uk/courses",
        "http://scunthorpe.gov.uk/council",
        "https://www.sussex.ac.uk/",
        "https://www.middlesex.gov.uk/",
        "https://www.clitheroe.gov.uk/news",  # "clit" inside a Lancashire town
        "https://www.cumbria.gov.uk/",
        "https://www.sussexsexualhealth.nhs.uk/clinics",  # one soft word, inside a health service
        "https://www.therapist.com/",
        "https://analytics.example.com/report",
        "https://www.pornic.fr/tourisme",
        "https://www.bbc.co.uk/news/health-123",
        "https://zh.wikipedia.org/wiki/六合彩",
    ],
)
def test_look_alike_domains_pass(default_filter: UrlFilter, url: str) -> None:
    assert default_filter.process(doc(url)) is None


def test_records_without_url_pass(default_filter: UrlFilter) -> None:
    assert default_filter.process(doc(None)) is None
    assert default_filter.process(doc("")) is None


def test_user_lists_and_words(tmp_path: Path) -> None:
    domains = tmp_path / "domains.txt"
    domains.write_text("# my list\nbad-casino.example\nwww.spam-site.cn\n")
    urls = tmp_path / "urls.txt"
    urls.write_text("https://www.news.example.com/2021/lottery-scam/\n")
    stage = UrlFilter(
        UrlFilterParams(
            default_lists=False, domain_files=[str(domains)], url_files=[str(urls)], banned_words=["赌场", "jackpotz"]
        )
    )
    [kept] = stage.run(
        iter(
            [
                doc("https://m.bad-casino.example/x"),
                doc("http://spam-site.cn/"),
                doc("http://news.example.com/2021/lottery-scam"),
                doc("https://shop.example/jackpotz-deals"),
                doc("https://news.example.com/2021/other"),
            ]
        )
    )
    assert kept.metadata["url"] == "https://news.example.com/2021/other"
    assert stage.stats["rejected:url:blocked_domain"].total == 2
    assert stage.stats["rejected:url:blocked_url"].total == 1
    assert stage.stats["rejected:url:banned_word"].total == 1
    assert stage.process(doc("https://essexjackpotzone.example/")) is None  # a word inside a longer token


def test_missing_list_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not found"):
        UrlFilterParams(domain_files=[str(tmp_path / "missing.txt")])


def test_hash_cache_gives_the_same_lists(default_filter: UrlFilter) -> None:
    fresh = default_filter.lists
    load_ut1.cache_clear()  # the next load reads the cache files written by the first
    cached = load_ut1()
    assert len(fresh.domains) > 4_000_000 and np.array_equal(cached.domains, fresh.domains)
    assert cached.urls == fresh.urls and len(cached.urls) > 19_000


def test_explain_lists_each_rule(default_filter: UrlFilter) -> None:
    rows = default_filter.explain(doc("https://www.pornhub.com/"))
    assert [r.passed for r in rows] == [False, True, False]
    assert "pornhub.com" in rows[0].rule
    assert all(r.passed for r in default_filter.explain(doc("https://www.essex.ac.uk/")))


def test_split_url_without_scheme() -> None:
    assert split_url("WWW.Example.COM/Path/") == ("example.com", "example.com/path")
    assert split_url("https://a.example.com:8080/x?q=1") == ("a.example.com", "a.example.com/x?q=1")
