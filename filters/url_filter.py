"""``url_filter``: remove records whose URL is on a domain or URL blocklist or names adult content.

Rules, in order (reason codes ``url:blocked_domain``, ``url:blocked_url``, ``url:banned_word``):

1. the host or any parent domain is listed (``cdn.example-casino.com`` is blocked by
   ``example-casino.com``; ``.xxx`` and ``.porn`` hosts by their listed TLDs);
2. ``host/path`` is listed;
3. a banned word is a whole token of the URL (tokens are runs of ASCII letters and digits), two
   "soft" words are, or a banned phrase occurs in the URL with its punctuation removed.

Whole-token matching is what keeps the Scunthorpe problem away: ``essex.ac.uk``,
``scunthorpe.gov.uk`` or ``sussex-sexual-health.nhs.uk`` hold a listed word inside a longer token
and pass. Default lists (``default_lists: true``): the UT1 adult/gambling domain and URL lists and
the URL word lists of datatrove's wheel (read offline, see ``blocklists``), plus any user files.
Records without a URL pass.
"""

from __future__ import annotations

import re
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from datatrove.data import Document
from pydantic import Field, model_validator

from corpusmill.blocklists import EMPTY, Blocklist, datatrove_assets, load_ut1, read_list_files, url_key
from corpusmill.filters.base import Reject, Stage, StageParams, Verdict

if TYPE_CHECKING:  # the quality package imports spaCy: only `explain` needs its RuleResult
    from corpusmill.filters.quality.rules import RuleResult

TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")


class UrlFilterParams(StageParams):
    default_lists: bool = True
    """UT1 adult/gambling domains and URLs plus datatrove's URL word lists (CC BY-SA, offline)."""
    domain_files: list[str] = Field(default_factory=list)
    """More blocked domains, one a line (subdomains are blocked with them)."""
    url_files: list[str] = Field(default_factory=list)
    """More blocked URLs, one a line (``https://`` and ``www.`` are ignored)."""
    banned_words: list[str] = Field(default_factory=list)
    """More words that remove a URL when one is a whole token of it."""
    soft_word_threshold: int = Field(default=2, ge=1)
    """How many "soft" words (sexy, nude, ...) a URL may hold before it is removed, minus one."""

    @model_validator(mode="after")
    def _files_exist(self) -> UrlFilterParams:
        missing = [path for path in self.domain_files + self.url_files if not Path(path).is_file()]
        if missing:
            raise ValueError(f"blocklist files not found: {missing}")
        return self


@cache
def datatrove_words() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """datatrove's URL word lists, normalised as its filter does: hard words, soft words, phrases."""

    def read(name: str) -> set[str]:
        lines = (datatrove_assets() / name).read_text(encoding="utf-8").splitlines()
        return {TOKEN_SPLIT.sub("", line.lower()) for line in lines if line.strip() and not line.startswith("#")}

    return (
        frozenset(read("banned_words.txt")),
        frozenset(read("soft_banned_words.txt")),
        tuple(sorted(read("banned_subwords.txt"))),
    )


def parent_domains(host: str) -> list[str]:
    """``a.b.example.com`` → itself, ``b.example.com``, ``example.com``, ``com``."""
    labels = host.split(".")
    return [".".join(labels[i:]) for i in range(len(labels))]


def split_url(url: str) -> tuple[str, str]:
    """(host, ``host/path?query`` key) of a URL, with or without a scheme."""
    parts = urlsplit(url if "://" in url else "//" + url)
    host = (parts.hostname or "").rstrip(".")
    host = host.removeprefix("www.")
    key = host + parts.path + (f"?{parts.query}" if parts.query else "")
    return host, url_key(key)


class UrlFilter(Stage):
    name = "url_filter"
    Params = UrlFilterParams
    batch_size = 256

    @cached_property
    def lists(self) -> Blocklist:
        """Built on first use in each worker process (the UT1 lists are cached per process)."""
        p = self.params
        user = read_list_files(p.domain_files, p.url_files)
        return load_ut1().merged(user) if p.default_lists else user if (p.domain_files or p.url_files) else EMPTY

    @cached_property
    def words(self) -> tuple[frozenset[str], frozenset[str], re.Pattern[str] | None]:
        hard, soft, phrases = datatrove_words() if self.params.default_lists else (frozenset(), frozenset(), ())
        extra = {TOKEN_SPLIT.sub("", w.lower()) for w in self.params.banned_words} - {""}
        phrase = re.compile("|".join(map(re.escape, phrases))) if phrases else None
        return hard | extra, soft, phrase

    def blocked_domains(self, urls: list[str]) -> list[str | None]:
        """Per URL, the first of its host and parent domains that is listed (one look-up per batch)."""
        candidates = [parent_domains(split_url(url)[0]) if url else [] for url in urls]
        listed = self.lists.listed([domain for domains in candidates for domain in domains]).tolist()
        found, at = [], 0
        for domains in candidates:
            flags = listed[at : at + len(domains)]
            found.append(next((d for d, hit in zip(domains, flags, strict=True) if hit), None))
            at += len(domains)
        return found

    def url_rules(self, url: str) -> list[tuple[str, str | None]]:
        """The blocked-URL and banned-word findings for ``url`` (None: the rule passes)."""
        hard, soft, phrase = self.words
        lowered = url.lower()
        tokens = set(TOKEN_SPLIT.split(lowered))
        banned = sorted(tokens & hard)
        soft_hits = sorted(tokens & soft)
        word = banned[0] if banned else None
        if word is None and len(soft_hits) >= self.params.soft_word_threshold:
            word = "+".join(soft_hits)
        if word is None and phrase is not None and (found := phrase.search(TOKEN_SPLIT.sub("", lowered))):
            word = found.group()
        key = split_url(url)[1]
        return [("blocked_url", key if key in self.lists.urls else None), ("banned_word", word)]

    def findings(self, url: str) -> list[tuple[str, str | None]]:
        """Each rule's finding for ``url`` (None: the rule passes), in the order they apply."""
        return [("blocked_domain", self.blocked_domains([url])[0]), *self.url_rules(url)]

    def process(self, doc: Document) -> Verdict:
        return self.process_batch([doc])[0]

    def process_batch(self, docs: list[Document]) -> list[Verdict]:
        urls = [str(doc.metadata.get("url") or "") for doc in docs]
        verdicts: list[Verdict] = []
        for url, domain in zip(urls, self.blocked_domains(urls), strict=True):
            findings = [("blocked_domain", domain)] if domain else self.url_rules(url) if url else []
            verdicts.append(next((Reject(f"url:{r}", f) for r, f in findings if f is not None), None))
        return verdicts

    def explain(self, doc: Document) -> list[RuleResult]:
        """One row per rule: 1 when the URL is listed or holds a banned word (threshold 0)."""
        from corpusmill.filters.quality.rules import RuleResult

        url = doc.metadata.get("url")
        if not url:
            return []
        return [
            RuleResult(f"{rule} ({finding})" if finding else rule, finding is None, float(finding is not None), 0.0)
            for rule, finding in self.findings(str(url))
        ]
