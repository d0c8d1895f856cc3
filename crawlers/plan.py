"""The crawl plan: which sites to crawl, how politely, how much, and where results go.

A plan is YAML validated by pydantic with unknown keys forbidden, so a typo (``max_page``) is an
error naming the key instead of a silently ignored option. Sizes accept ``50MB``/``1GiB`` and
intervals ``7d``/``12h``/``1d12h`` because that is how people write them in cron-driven configs.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from corpusmill.crawlers.scope import Scope, origin
from corpusmill.yamlconfig import ConfigError, load_yaml, shown, validate

HTML_TYPES = ("text/html", "application/xhtml+xml")

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)?\s*$", re.IGNORECASE)
_SIZE_UNITS = {
    "": 1,
    "b": 1,
    "k": 10**3,
    "m": 10**6,
    "g": 10**9,
    "t": 10**12,
    "ki": 2**10,
    "mi": 2**20,
    "gi": 2**30,
    "ti": 2**40,
}
_INTERVAL_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])", re.IGNORECASE)
_INTERVAL_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


class PlanError(ConfigError, ValueError):
    """A plan that cannot be used: one line per problem, ``FILE: key: message`` like a run config."""


def parse_size(value: object) -> object:
    """``50MB`` → 50_000_000, ``1MiB`` → 1_048_576; integers are bytes."""
    if not isinstance(value, str):
        return value
    match = _SIZE.match(value)
    if not match:
        raise ValueError(f"not a size: {shown(value)} (write e.g. 50MB, 512KiB or a number of bytes)")
    unit = (match.group(2) or "").lower().removesuffix("b")
    return int(float(match.group(1)) * _SIZE_UNITS[unit])


def parse_interval(value: object) -> object:
    """``7d`` → 604800.0 seconds; parts add up (``1d12h``); plain numbers are seconds."""
    if not isinstance(value, str):
        return value
    text = value.replace(" ", "")
    parts = _INTERVAL_PART.findall(text)
    if not parts or "".join(n + u for n, u in parts) != text:
        raise ValueError(f"not an interval: {shown(value)} (write e.g. 7d, 12h, 1d12h, 30m)")
    return float(sum(float(n) * _INTERVAL_UNITS[u.lower()] for n, u in parts))


ByteSize = Annotated[int, BeforeValidator(parse_size), Field(gt=0)]
Interval = Annotated[float, BeforeValidator(parse_interval), Field(gt=0)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourcePlan(_Strict):
    """One site (or group of hosts) crawled as one Scrapy job with its own budget and schedule."""

    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$", max_length=64)
    start_urls: list[str] = []
    sitemaps: list[str] = []
    origins: list[str] = []
    """Other origins (``scheme://host[:port]``) the crawl may enter besides those of its URLs."""
    allowed_domains: list[str] = []
    """Hosts (and their subdomains) the crawl may enter on the standard ports 80/443."""
    allow: list[str] = []
    deny: list[str] = []
    max_depth: int = Field(3, ge=0, le=100)
    max_pages: int = Field(500, ge=1)
    max_bytes: ByteSize = 50 * 10**6
    max_response_size: ByteSize = 10 * 10**6
    every: Interval = 7 * 86400.0
    concurrency_per_domain: int = Field(4, ge=1, le=64)
    delay: float = Field(0.0, ge=0.0, le=3600.0)
    autothrottle: bool = True
    obey_robots: bool = True
    retries: int = Field(3, ge=0, le=10)
    backoff: float = Field(1.0, ge=0.0, le=60.0)
    timeout: float = Field(30.0, gt=0.0, le=600.0)
    content_types: list[str] = list(HTML_TYPES)

    @model_validator(mode="after")
    def _check(self) -> SourcePlan:
        urls = self.start_urls + self.sitemaps
        if not urls:
            raise ValueError("give start_urls or sitemaps")
        for url in urls + self.origins:
            if origin(url) is None:
                raise ValueError(f"not an http(s) URL: {shown(url)}")
        for entry in self.origins:
            if urlsplit(entry).path not in ("", "/") or urlsplit(entry).query:
                raise ValueError(f"an origin is scheme://host[:port], without a path: {shown(entry)}")
        for pattern in self.allow + self.deny:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad regex {shown(pattern)}: {exc}") from exc
        self.content_types = [t.strip().lower() for t in self.content_types]
        return self

    @property
    def scope(self) -> Scope:
        return Scope(self.start_urls + self.sitemaps, self.origins, self.allowed_domains)

    @property
    def spider(self) -> str:
        """Sources with sitemaps fetch what the sitemaps list; the others follow links."""
        return "sitemap" if self.sitemaps else "domain"


class CrawlPlan(_Strict):
    state: Path = Path("out/crawl/state.sqlite")
    output: Path = Path("out/crawl")
    user_agent: str = Field("corpusmill-crawler/0.1", min_length=1)
    warc_file_size: ByteSize = 100 * 10**6
    sources: list[SourcePlan] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_names(self) -> CrawlPlan:
        names = [s.name for s in self.sources]
        if dupes := sorted({n for n in names if names.count(n) > 1}):
            raise ValueError(f"duplicate source names: {', '.join(dupes)}")
        return self

    def source(self, name: str) -> SourcePlan:
        for source in self.sources:
            if source.name == name:
                return source
        raise PlanError(f"no source named {name!r} (plan has: {', '.join(s.name for s in self.sources)})")

    def source_dir(self, name: str) -> Path:
        return self.output / name


def load_plan(path: str | Path) -> CrawlPlan:
    """Read and validate a plan; relative ``state``/``output`` paths are taken from the cwd."""
    path = Path(path)
    try:
        data = load_yaml(path)
        if not isinstance(data, dict):
            raise PlanError(f"{path}: a crawl plan is a mapping with 'sources'")
        plan = validate(CrawlPlan, data, path)
    except ConfigError as err:
        raise PlanError(*err.lines) from None
    return plan.model_copy(update={"state": plan.state.resolve(), "output": plan.output.resolve()})
