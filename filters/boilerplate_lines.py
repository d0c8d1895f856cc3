"""Lines that a site repeats on many of its pages are boilerplate (stage ``boilerplate_lines``).

Headers, menus, footers, ad slots and newsletter boxes are written once per site template and show
up on every page, in wordings no phrase list knows. As in CCNet and Dolma, the stage counts lines
across documents instead of reading them: each document's lines are normalised (case folded,
digits made ``0``, punctuation and spacing dropped) and hashed, each distinct line counted once per
distinct document, and the counts reduced per (site, line) and per line over the run. A line is
removed where it is

- in at least ``min_docs`` documents of its site, and in at least ``min_share`` of them (the site is
  the host of ``url`` without ``www.``; records without a URL share one site per source, so a
  URL-less source is judged as a whole), or
- (``min_sites`` > 0) on at least ``min_sites`` different sites and at most ``run_max_chars``
  characters long: a short label repeated all over the run ("Advertisement", "Share this story").

Pages are told apart by their body (``page_hash``: the longest line when it is long enough to be
body text, else the archived URL, else the text as ``exact_dedup`` tells them): copies of a page
(exact copies, captures of one article at different times or under a redirect's URL) count once,
so they share no line "with other pages", and the stage keeps their text whole whether it runs
before or after ``exact_dedup`` (which then keeps one copy). A site's page count (the share's denominator)
counts copies once within a task; copies read by different tasks count again there, which can only
make the share rule more conservative.

Removed lines are counted as fixes ``boilerplate_lines:site`` / ``boilerplate_lines:run``; a
record left empty (or under ``min_chars``) is rejected as ``boilerplate_lines:empty`` /
``boilerplate_lines:too_short``. Paragraphs are judged line by line, so a repeated footer block
goes whole.

It is a ``GlobalStage`` in three steps:

1. ``LineSignatures`` (end of the segment before, every rank): per distinct page, (line
   hash, site hash, document hash, line length) for each distinct line, spread into ``shards``
   files by line hash, plus the rank's distinct documents per site;
2. ``LineCounts`` (``min(tasks, shards)`` tasks, shard ``s`` on task ``s % tasks``): counts one
   shard at a time and writes its boilerplate keys;
3. ``BoilerplateLinesFilter`` (start of the next segment): removes those lines.

Memory is bounded by the shard count, not the run: a reduce task holds one shard's rows
(about 60 bytes per distinct line per document divided by ``shards``: 28 stored, the rest for
sorting) and the site table (16 bytes per site); a signature task holds 8 bytes per distinct
document it reads; the filter holds only the boilerplate keys (8 bytes each). The
shard count is a parameter independent of the task count, and counts are sums, so the lines
removed are the same whatever the number of tasks. Files are written under a temporary name and
renamed, so a re-run task replaces its output and never leaves a half-written file.
"""

from __future__ import annotations

import heapq
import json
import re
from contextlib import ExitStack
from typing import Any
from urllib.parse import urlsplit

import numpy as np
import xxhash
from datatrove.data import Document, DocumentsPipeline
from datatrove.io import DataFolder, get_datafolder
from datatrove.pipeline.base import PipelineStep
from pydantic import Field

from corpusmill.filters.base import GlobalStage, Reject, Stage, StageParams, Verdict
from corpusmill.filters.clean_lines import FENCE, join_lines
from corpusmill.filters.dedup.exact import text_hash
from corpusmill.io.workfiles import read_array, read_json, write_array, write_json

NAME = "boilerplate_lines"
PAIR = np.dtype([("line", "<u8"), ("site", "<u8"), ("doc", "<u8"), ("chars", "<u4")])
SITE = np.dtype([("site", "<u8"), ("docs", "<i8")])
NOT_WORD = re.compile(r"[\W_]+")
DIGIT = re.compile(r"\d")
MIX = np.uint64(0x9E3779B97F4A7C15)
REPLAY = re.compile(r"^https?://[^/]+/web/\d{4,14}(?:[a-z]{2}_)?/(?P<url>.+)$", re.IGNORECASE)
"""A Wayback Machine (or pywb) replay URL: ``/web/<timestamp>[<modifier>]/<archived URL>``."""
BATCH_DOCS = 1024  # records whose rows are spread to the shard files at once


class BoilerplateLinesParams(StageParams):
    min_docs: int = Field(default=3, ge=2)
    """Documents of one site a line must be in."""
    min_share: float = Field(default=0.1, ge=0.0, le=1.0)
    """Share of its site's documents."""
    min_sites: int = Field(default=0, ge=0)
    """Sites a short line must be on to go run-wide (0: off)."""
    run_max_chars: int = Field(default=80, ge=1)
    """Longest (normalised) line the run-wide rule removes."""
    min_chars: int = Field(default=0, ge=0)
    """Reject records left shorter than this."""
    shards: int = Field(default=16, ge=1, le=4096)
    """Line-hash shards; memory of a reduce task / shards."""

    def settings(self) -> dict[str, Any]:
        return self.model_dump()


def normal_line(line: str) -> str:
    """What two copies of a template line share: no case, digits, punctuation or spacing."""
    return " ".join(NOT_WORD.sub(" ", DIGIT.sub("0", line.casefold())).split())


def archived_url(doc: Document) -> str:
    """The record's URL; for a page replayed from a web archive (``web.archive.org/web/<time>/<url>``)
    the archived page's URL."""
    url = str(doc.metadata.get("url") or "")
    replayed = REPLAY.match(url)
    if replayed:
        url = replayed["url"] if "//" in replayed["url"] else f"http://{replayed['url']}"
    return url


PAGE_LINE_CHARS = 120
"""A normalised line this long is body text, not template: the page's longest such line names it."""


def page_hash(doc: Document, site: str) -> int:
    """Which page a record is, for counting a line once per page.

    Copies of one article (exact copies, captures at different times, the same article under a
    redirect's URL) must count once, or every line of the article looks like something its site
    repeats on many pages. They share their body text, while pages built on one template differ
    in it: so a page is named by its site and its two longest normalised lines when the longest
    is long enough to be body text (two, so that one long footer shared by every page of a site
    does not make them one page), else by its (archived) URL without scheme, ``www.``, port,
    fragment and trailing slash, else by its text as ``exact_dedup`` compares it."""
    longest = heapq.nlargest(2, (normal_line(line) for line in doc.text.split("\n")), key=len)
    if longest and len(longest[0]) >= PAGE_LINE_CHARS:
        return xxhash.xxh3_64_intdigest("\n".join([site, *longest]))
    url = archived_url(doc)
    if url:
        try:
            parts = urlsplit(url)
        except ValueError:
            parts = None
        if parts is not None and parts.hostname:
            host = parts.hostname.removeprefix("www.")
            query = f"?{parts.query}" if parts.query else ""
            return xxhash.xxh3_64_intdigest(f"{host}{parts.path.rstrip('/')}{query}")
    return text_hash(doc.text)


def site_of(doc: Document) -> str:
    """The URL's host without ``www.``; for a page replayed from a web archive the archived URL's
    host, since the archive is not the site whose template the page shows; ``source:<name>``
    without a URL."""
    url = archived_url(doc)
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        host = ""
    if host:
        return host.removeprefix("www.")
    return f"source:{doc.metadata.get('source', '')}"


def site_hash(doc: Document) -> int:
    return xxhash.xxh3_64_intdigest(site_of(doc))


def line_hashes(text: str) -> list[tuple[int, int] | None]:
    """(hash, normalised length) of every line of ``text``; None for lines never judged: those with
    no letters or digits, and code blocks (``import numpy as np`` on every page of a tutorial site
    is code, not furniture)."""
    out: list[tuple[int, int] | None] = []
    in_code = False
    for line in text.split("\n"):
        fence = FENCE.match(line.strip()) is not None
        in_code ^= fence
        normal = "" if fence or in_code else normal_line(line)
        out.append((xxhash.xxh3_64_intdigest(normal), len(normal)) if normal else None)
    return out


def site_keys(sites: np.ndarray, lines: np.ndarray) -> np.ndarray:
    """One 64-bit key per (site, line) pair: line hashes are uniform, so two pairs share a key about as
    rarely as two lines share a hash."""
    with np.errstate(over="ignore"):
        return lines ^ (sites * MIX)


def _signatures_path(shard: int, rank: int) -> str:
    return f"lines/{shard:04d}/{rank:05d}.bin"


def _sites_path(rank: int) -> str:
    return f"sites/{rank:05d}.bin"


def _manifest_path(rank: int) -> str:
    return f"manifests/{rank:05d}.json"


def _keys_path(shard: int, kind: str) -> str:
    return f"boilerplate/{shard:04d}.{kind}.u64"


def _marker_path(shard: int) -> str:
    return f"boilerplate/{shard:04d}.json"


def load_manifests(folder: DataFolder, params: BoilerplateLinesParams) -> tuple[list[dict[str, Any]], str]:
    """The signature step's manifests, checked complete and made with these settings, and their digest."""
    if not folder.exists(_manifest_path(0)):
        raise RuntimeError(
            f"{NAME}: no line signatures in {folder.path}: the segment before the stage did not complete; "
            "rerun the same command"
        )
    world_size = read_json(folder, _manifest_path(0))["world_size"]
    missing = [r for r in range(world_size) if not folder.exists(_manifest_path(r))]
    if missing:
        raise RuntimeError(
            f"{NAME}: line signatures of {len(missing)} of {world_size} tasks missing in {folder.path} "
            f"(ranks {missing[:5]}): rerun the same command"
        )
    manifests = [read_json(folder, _manifest_path(r)) for r in range(world_size)]
    for rank, manifest in enumerate(manifests):
        if manifest["world_size"] != world_size or manifest["settings"] != params.settings():
            raise RuntimeError(
                f"{NAME}: {folder.path}/{_manifest_path(rank)} comes from another run or other settings: "
                "rerun the segment before the stage"
            )
    return manifests, xxhash.xxh64_hexdigest(json.dumps(manifests, sort_keys=True).encode())


def _spread(buffer: list[tuple[int, int, dict[int, int]]], handles: list[Any]) -> None:
    """Appends a batch of records' (line, site, doc, chars) rows to their shard files."""
    rows = np.empty(sum(len(distinct) for _, _, distinct in buffer), PAIR)
    rows["line"] = [line for _, _, distinct in buffer for line in distinct]
    rows["chars"] = [chars for _, _, distinct in buffer for chars in distinct.values()]
    repeats = [len(distinct) for _, _, distinct in buffer]
    rows["site"] = np.repeat(np.array([site for site, _, _ in buffer], np.uint64), repeats)
    rows["doc"] = np.repeat(np.array([doc for _, doc, _ in buffer], np.uint64), repeats)
    shard_of = rows["line"] % np.uint64(len(handles))
    order = np.argsort(shard_of, kind="stable")
    bounds = np.searchsorted(shard_of[order], np.arange(len(handles) + 1))
    for shard, (lo, hi) in enumerate(zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True)):
        if hi > lo:
            handles[shard].write(rows[order[lo:hi]].tobytes())


class LineSignatures(PipelineStep):
    """Writes each distinct record text's distinct line hashes into their shards; yields every
    record unchanged."""

    name = f"{NAME}:signatures"
    type = "corpusmill"

    def __init__(self, workdir: str, params: BoilerplateLinesParams, tagging: bool = False) -> None:
        super().__init__()
        self.workdir = workdir
        self.params = params
        self.tagging = tagging
        """Tag mode: count only records no earlier stage would have rejected (``<stage>.reason`` null),
        the pages a reject-mode run counts, so the tagged edits are the ones it makes."""

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        folder = get_datafolder(self.workdir)
        if folder.exists(_manifest_path(rank)):
            folder.rm(_manifest_path(rank))
        shards = self.params.shards
        paths = [_signatures_path(s, rank) for s in range(shards)]
        site_docs: dict[int, int] = {}
        seen: set[int] = set()
        records = pairs = 0
        digest = xxhash.xxh64()
        with ExitStack() as stack:
            handles = [stack.enter_context(folder.open(f"{path}.tmp", "wb")) for path in paths]
            buffer: list[tuple[int, int, dict[int, int]]] = []
            for doc in data or ():
                name = site_of(doc)
                site, text = xxhash.xxh3_64_intdigest(name), page_hash(doc, name)
                rejected = self.tagging and any(v is not None for k, v in doc.metadata.items() if k.endswith(".reason"))
                if text not in seen and not rejected:  # a copy of a page adds no line count and no page to its site
                    seen.add(text)
                    site_docs[site] = site_docs.get(site, 0) + 1
                    distinct = dict(h for h in line_hashes(doc.text) if h is not None)
                    buffer.append((site, text, distinct))
                    pairs += len(distinct)
                digest.update(f"{doc.id}\n".encode())
                records += 1
                if len(buffer) >= BATCH_DOCS:
                    _spread(buffer, handles)
                    buffer = []
                yield doc
            _spread(buffer, handles)
        for path in paths:
            folder.mv(f"{path}.tmp", path)
        table = np.array(sorted(site_docs.items()), SITE) if site_docs else np.empty(0, SITE)
        write_array(folder, _sites_path(rank), table)
        self.stat_update("lines", value=pairs)
        manifest = {
            "rank": rank,
            "world_size": world_size,
            "records": records,
            "settings": self.params.settings(),
            "ids_xxh64": digest.hexdigest(),
        }
        write_json(folder, _manifest_path(rank), manifest)


def merged_sites(folder: DataFolder, world_size: int) -> np.ndarray:
    """Documents per site over all ranks, sorted by site hash."""
    tables = np.concatenate(
        [np.empty(0, SITE)] + [read_array(folder, _sites_path(r), SITE, NAME) for r in range(world_size)]
    )
    sites, inverse = np.unique(tables["site"], return_inverse=True)
    merged = np.empty(sites.size, SITE)
    merged["site"] = sites
    merged["docs"] = np.bincount(inverse, weights=tables["docs"], minlength=sites.size).astype(np.int64)
    return merged


def boilerplate_keys(
    pairs: np.ndarray, sites: np.ndarray, params: BoilerplateLinesParams
) -> tuple[np.ndarray, np.ndarray, dict[str, int]]:
    """Site keys and run-wide line hashes to remove, from one shard's (line, site, doc, chars) rows:
    a (line, site) pair counts the distinct documents it is in (copies read by different tasks
    count once)."""
    order = np.lexsort((pairs["doc"], pairs["site"], pairs["line"]))
    line, site, doc, chars = pairs["line"][order], pairs["site"][order], pairs["doc"][order], pairs["chars"][order]
    new = np.ones(line.size, dtype=bool)
    new[1:] = (line[1:] != line[:-1]) | (site[1:] != site[:-1]) | (doc[1:] != doc[:-1])
    line, site, chars = line[new], site[new], chars[new]
    first = np.ones(line.size, dtype=bool)
    first[1:] = (line[1:] != line[:-1]) | (site[1:] != site[:-1])
    starts = np.flatnonzero(first)
    docs = np.diff(np.append(starts, line.size))
    g_line, g_site, g_chars = line[starts], site[starts], chars[starts]
    site_docs = sites["docs"][np.searchsorted(sites["site"], g_site)]
    by_site = (docs >= params.min_docs) & (docs >= params.min_share * site_docs)
    keys = np.sort(site_keys(g_site[by_site], g_line[by_site]))
    line_first = np.ones(g_line.size, dtype=bool)
    line_first[1:] = g_line[1:] != g_line[:-1]
    line_starts = np.flatnonzero(line_first)
    on_sites = np.diff(np.append(line_starts, g_line.size))
    run_wide = np.zeros(line_starts.size, dtype=bool)
    if params.min_sites:
        run_wide = (on_sites >= params.min_sites) & (g_chars[line_starts] <= params.run_max_chars)
    run_lines = g_line[line_starts][run_wide]
    counts = {
        "distinct_lines": int(line_starts.size),
        "site_lines": int(by_site.sum()),
        "run_lines": int(run_lines.size),
    }
    return keys, run_lines, counts


class LineCounts(PipelineStep):
    """Counts the shards of this task one at a time and writes their boilerplate keys."""

    name = f"{NAME}:counts"
    type = "corpusmill"

    def __init__(self, workdir: str, params: BoilerplateLinesParams) -> None:
        super().__init__()
        self.workdir = workdir
        self.params = params

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        folder = get_datafolder(self.workdir)
        manifests, digest = load_manifests(folder, self.params)
        ranks = len(manifests)
        sites = merged_sites(folder, ranks)
        for shard in range(rank, self.params.shards, world_size):
            if folder.exists(_marker_path(shard)):
                folder.rm(_marker_path(shard))
            pairs = np.concatenate(
                [np.empty(0, PAIR)] + [read_array(folder, _signatures_path(shard, r), PAIR, NAME) for r in range(ranks)]
            )
            with self.track_time():
                keys, run_lines, counts = boilerplate_keys(pairs, sites, self.params)
            write_array(folder, _keys_path(shard, "site"), keys.astype("<u8"))
            write_array(folder, _keys_path(shard, "run"), run_lines.astype("<u8"))
            for key, value in counts.items():
                self.stat_update(key, value=value)
            write_json(folder, _marker_path(shard), {"signatures": digest, "sites": int(sites.size), **counts})
        return
        yield


class BoilerplateLinesFilter(Stage):
    """Removes the lines the counts step marked; rejects records left empty or too short."""

    name = NAME
    Params = BoilerplateLinesParams
    batch_size = 256
    line_editor = True

    def __init__(self, workdir: str, params: BoilerplateLinesParams | None = None) -> None:
        super().__init__(params)
        self.workdir = workdir
        self._site_keys = np.zeros(0, np.uint64)
        self._run_lines = np.zeros(0, np.uint64)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        if data is None:
            return
        folder = get_datafolder(self.workdir)
        _, digest = load_manifests(folder, self.params)
        site, run = [np.zeros(0, np.uint64)], [np.zeros(0, np.uint64)]
        for shard in range(self.params.shards):
            if not folder.exists(_marker_path(shard)) or read_json(folder, _marker_path(shard))["signatures"] != digest:
                raise RuntimeError(
                    f"{NAME}: line counts of shard {shard} missing in {folder.path} or made from other "
                    "signatures: rerun the same command"
                )
            site.append(read_array(folder, _keys_path(shard, "site"), "<u8", NAME))
            run.append(read_array(folder, _keys_path(shard, "run"), "<u8", NAME))
        self._site_keys = np.sort(np.concatenate(site)).astype(np.uint64)
        self._run_lines = np.sort(np.concatenate(run)).astype(np.uint64)
        yield from super().run(data, rank, world_size)

    def process_batch(self, docs: list[Document]) -> list[Verdict]:
        return [self._apply(doc, kinds) for doc, kinds in zip(docs, self._kinds(docs), strict=True)]

    @classmethod
    def measures(cls, params: BoilerplateLinesParams) -> dict[str, Any]:
        """Lines the counts mark as boilerplate and the characters left without them."""
        import pyarrow as pa

        return {"lines_removed": pa.int64(), "chars_left": pa.int64()}

    def tag_batch(self, docs: list[Document]) -> list[tuple[Verdict, dict[str, Any]]]:
        """As ``process_batch``, and a record left short keeps its edited text (a select with a
        lower ``min_chars`` keeps it as a run would)."""
        tagged: list[tuple[Verdict, dict[str, Any]]] = []
        for doc, kinds in zip(docs, self._kinds(docs), strict=True):
            removed = sum(kind is not None for kind in kinds)
            left = len(join_lines([line for line, k in zip(doc.text.split("\n"), kinds, strict=True) if k is None]))
            verdict = self._apply(doc, kinds, edit_short=True)
            tagged.append((verdict, {"lines_removed": removed, "chars_left": left if removed else len(doc.text)}))
        return tagged

    @classmethod
    def decisions(cls, params: BoilerplateLinesParams) -> list[Any]:
        """``_apply`` as expressions: only a record that lost lines is judged by what is left."""
        import polars as pl

        from corpusmill.filters.tagging import Decision

        removed, left = pl.col(f"{NAME}.lines_removed"), pl.col(f"{NAME}.chars_left")
        columns = (f"{NAME}.lines_removed", f"{NAME}.chars_left")
        detail = pl.format("{} lines removed; {} characters left < {}", removed, left, pl.lit(params.min_chars))
        return [
            Decision(pl.lit("empty"), (removed > 0) & (left == 0), pl.format("{} lines removed", removed), columns),
            Decision(pl.lit("too_short"), (removed > 0) & (left < params.min_chars), detail, columns),
        ]

    def _kinds(self, docs: list[Document]) -> list[list[str | None]]:
        """Per document and line: ``site`` or ``run`` for a line to remove, None to keep."""
        per_doc = [line_hashes(doc.text) for doc in docs]
        lines = np.array([h[0] for hashes in per_doc for h in hashes if h is not None], np.uint64)
        sites = np.array(
            [site_hash(doc) for doc, hashes in zip(docs, per_doc, strict=True) for h in hashes if h is not None],
            np.uint64,
        )
        by_site = np.isin(site_keys(sites, lines), self._site_keys).tolist()
        by_run = np.isin(lines, self._run_lines).tolist()
        found: list[list[str | None]] = []
        at = 0
        for hashes in per_doc:
            kinds: list[str | None] = []
            for h in hashes:
                if h is None:
                    kinds.append(None)
                    continue
                kinds.append("site" if by_site[at] else "run" if by_run[at] else None)
                at += 1
            found.append(kinds)
        return found

    def _apply(self, doc: Document, kinds: list[str | None], edit_short: bool = False) -> Verdict:
        removed = [k for k in kinds if k is not None]
        if not removed:
            return None
        kept = [line for line, kind in zip(doc.text.split("\n"), kinds, strict=True) if kind is None]
        text = join_lines(kept)
        detail = f"{len(removed)} lines repeat on other pages of {site_of(doc)} or across the run"
        if not text:
            return Reject(f"{NAME}:empty", detail)
        if len(text) < self.params.min_chars:
            if edit_short:
                doc.text = text
            return Reject(f"{NAME}:too_short", f"{detail}; {len(text)} characters left < {self.params.min_chars}")
        for kind in ("site", "run"):
            if kind in removed:
                self.count_fix(f"{NAME}:{kind}", removed.count(kind))
        doc.text = text
        return None


class BoilerplateLines(GlobalStage):
    name = NAME
    Params = BoilerplateLinesParams
    measures = BoilerplateLinesFilter.measures
    decisions = BoilerplateLinesFilter.decisions
    measured_with = tuple(name for name in BoilerplateLinesParams.model_fields if name != "min_chars")

    def signature_step(self, workdir: str) -> PipelineStep:
        return LineSignatures(workdir, self.params, self.tagging)

    def reduce_runs(self, workdir: str, tasks: int) -> list[tuple[list[PipelineStep], int]]:
        return [([LineCounts(workdir, self.params)], min(tasks, self.params.shards))]

    def filter_step(self, workdir: str) -> Stage:
        return BoilerplateLinesFilter(workdir, self.params)

    def resources(self, records: int, removed: int, tasks: int, sample: list[Document]) -> dict[str, Any]:
        """Work-folder disk and peak memory per task (see the module docstring's sizes): a reduce
        task holds one shard's rows, so raise ``shards`` until one fits the memory a task has."""
        lines = records * (sum(d.text.count("\n") + 1 for d in sample) / len(sample) if sample else 30)
        return {
            "reduce tasks": str(min(tasks, self.params.shards)),
            "disk": int(lines * 28),
            "peak": {"counts": (200 << 20) + int(lines * 60 / self.params.shards)},
        }

    def summary(self, workdir: str) -> dict[str, Any]:
        folder = get_datafolder(workdir)
        markers = [read_json(folder, _marker_path(s)) for s in range(self.params.shards)]
        return {
            "sites": markers[0]["sites"] if markers else 0,
            **{key: sum(m[key] for m in markers) for key in ("distinct_lines", "site_lines", "run_lines")},
        }
