"""Bulk pre-generation for admins: read a sitemap, feed, URL list or folder; narrate every article; pin it.

    flask --app tts_service tts pregenerate https://site.vn/sitemap.xml --rate 2
    flask --app tts_service tts pregenerate urls.txt --dry-run        # estimate only, writes nothing

Resumable: the list of articles and each one's outcome live in the index (``pregen_items``), so after Ctrl-C
or a crash the same command continues where it stopped; a finished run followed by a new one re-checks every
article and skips those whose narration is unchanged. Every entry of a sitemap, feed or URL list passes the
service's URL gate (:mod:`tts_service.urlgate`: http/https only, hosts from ``TTS_ALLOWED_HOSTS``) before it
is listed, and again, with its addresses and redirects, when it is fetched: sitemaps and feeds as XML
(``fetch_feed``), articles as HTML only (``fetch_article``). An entry the gate refuses (``file:/etc/passwd``,
another host) is reported as refused and nothing of it is stored. Only a folder source reads local files,
and only the HTML files inside that folder. Sitemaps and feeds are parsed with defusedxml: DTDs, entity
expansion and external entities are refused.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol, TextIO

from tts_service.config import Settings
from tts_service.errors import FetchRefused, ServiceError, StorageFull
from tts_service.extract.fetch import FetchedPage, fetch_article, fetch_feed
from tts_service.pipeline import SPOKEN_CHARS_PER_SECOND  # for the --dry-run estimate
from tts_service.urlgate import check_url, fetch_policy

#: The sitemap protocol's own limit for one (uncompressed) sitemap file; an article page keeps the fetcher's
#: default limit.
MAX_SOURCE_BYTES = 50 * 1024 * 1024
MAX_SITEMAP_DEPTH = 2


class SourceError(Exception):
    """The source list itself cannot be used (missing, hostile XML, unknown format)."""


class RunControl(Protocol):
    """What :func:`pregenerate` tells a follower (the admin console) and asks it, between two articles."""

    def begin(self, total: int, already: int, summary: Summary) -> None:
        """The run starts: ``total`` articles, ``already`` of them done by an earlier (interrupted) pass."""

    def advance(self, ref: str, outcome: str, summary: Summary) -> None:
        """One article is finished: ``outcome`` is made, unchanged, would make or failed."""

    def stop_requested(self) -> bool:
        """True to stop before the next article (the run can be resumed)."""

    def interval(self) -> float:
        """Seconds between two page fetches now (the admin may change the rate during the run)."""


# --- fetching -----------------------------------------------------------------------------------------------


def fetch_source(url: str, settings: Settings) -> FetchedPage:
    """A sitemap or feed: XML media types only, up to :data:`MAX_SOURCE_BYTES` (parse with :func:`parse_feed`)."""
    return fetch_feed(url, replace(fetch_policy(settings), max_bytes=MAX_SOURCE_BYTES))


def fetch_page(url: str, settings: Settings) -> FetchedPage:
    """An article page: HTML only, the fetcher's default size and time limits."""
    return fetch_article(url, fetch_policy(settings))


# --- sources ------------------------------------------------------------------------------------------------


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def parse_feed(xml: bytes) -> tuple[str, list[str]]:
    """``(kind, urls)`` from a sitemap, sitemap index, RSS or Atom document; hostile XML raises SourceError.

    ``parse_feed(b"<urlset><url><loc>https://a.vn/1</loc></url></urlset>")`` → ``("urlset", ["https://a.vn/1"])``
    """
    import defusedxml
    from defusedxml import ElementTree

    try:
        root = ElementTree.fromstring(xml, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as exc:
        raise SourceError(f"refused hostile XML ({type(exc).__name__}): DTDs and entities are not allowed") from exc
    except ElementTree.ParseError as exc:
        raise SourceError(f"not well-formed XML: {exc}") from exc
    kind = _local(root.tag)
    urls: list[str] = []
    if kind in ("urlset", "sitemapindex"):
        child = "url" if kind == "urlset" else "sitemap"
        for node in root:
            if _local(node.tag) == child:
                for loc in node:
                    if _local(loc.tag) == "loc" and (loc.text or "").strip():
                        urls.append(loc.text.strip())
    elif kind == "rss":
        for node in root.iter():
            if _local(node.tag) == "item":
                for link in node:
                    if _local(link.tag) == "link" and (link.text or "").strip():
                        urls.append(link.text.strip())
    elif kind == "feed":
        for node in root:
            if _local(node.tag) != "entry":
                continue
            links = [link for link in node if _local(link.tag) == "link" and link.get("href")]
            best = [link for link in links if link.get("rel", "alternate") == "alternate"] or links
            if best:
                urls.append(best[0].get("href", "").strip())
    else:
        raise SourceError(f"unknown XML document <{kind}>: expected a sitemap, RSS or Atom feed")
    return kind, list(dict.fromkeys(urls))


@dataclass
class Source:
    """What a source lists: article references (URLs, or ``file:<path>`` inside ``folder``), and the entries
    the URL gate refused, each with the reason."""

    refs: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    folder: Path | None = None

    def add(self, urls: list[str], settings: Settings) -> list[str]:
        """Gate each URL (scheme and host): the allowed ones are kept (and returned), the others refused."""
        allowed = []
        for url in urls:
            try:
                check_url(url, fetch_policy(settings))
            except FetchRefused as exc:
                self.refused.append((url, exc.message))
                continue
            allowed.append(url)
        return allowed


def read_source(source: str, settings: Settings) -> Source:
    """Every article reference in ``source``: URLs from a sitemap, feed or URL list (through the URL gate), or
    ``file:<path>`` for the HTML files of a folder."""
    found = Source()
    if source.startswith(("http://", "https://")):
        _urls_from_xml(fetch_source(source, settings).body, settings, found, depth=0)
        return found
    path = Path(source)
    if path.is_dir():
        found.folder = path.resolve()
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in (".html", ".htm") and p.is_file())
        for file in files:
            ref = f"file:{file.relative_to(path).as_posix()}"
            try:
                local_page(ref, found.folder)
            except FetchRefused as exc:
                found.refused.append((ref, exc.message))
                continue
            found.refs.append(ref)
        return found
    if not path.is_file():
        raise SourceError(f"{source}: no such file, folder or http(s) URL")
    data = path.read_bytes()
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        _urls_from_xml(data, settings, found, depth=0)
        return found
    lines = [line.strip() for line in data.decode("utf-8", errors="replace").splitlines()]
    found.refs = found.add(list(dict.fromkeys(x for x in lines if x and not x.startswith("#"))), settings)
    return found


def _urls_from_xml(data: bytes, settings: Settings, found: Source, depth: int) -> None:
    kind, urls = parse_feed(data)
    urls = found.add(urls, settings)
    if kind != "sitemapindex":
        found.refs = list(dict.fromkeys([*found.refs, *urls]))
        return
    if depth >= MAX_SITEMAP_DEPTH:
        raise SourceError("sitemap indexes nested too deep")
    for url in urls:
        _urls_from_xml(fetch_source(url, settings).body, settings, found, depth + 1)


def local_page(ref: str, folder: Path | None) -> Path:
    """The saved page ``file:<relative path>`` of a folder source; refused unless it lies inside ``folder``
    (a symlink out of it, ``..``, or a run whose source is not a folder)."""
    if folder is None or not ref.startswith("file:"):
        raise FetchRefused(f"{ref}: chỉ đọc tệp trong thư mục nguồn; nguồn này không phải thư mục.")
    path = (folder / ref[5:]).resolve()
    if not path.is_relative_to(folder) or not path.is_file():
        raise FetchRefused(f"{ref}: tệp nằm ngoài thư mục nguồn {folder}; không đọc.")
    return path


# --- progress -------------------------------------------------------------------------------------------------


class ProgressBar:
    """``[#######.............]  70/200  3.1/s  ETA 0:42  failures 2`` — redrawn in place on a terminal,
    one line every 5 % otherwise (logs, CI)."""

    def __init__(self, total: int, stream: TextIO, *, already: int = 0) -> None:
        self.total = total
        self.stream = stream
        self.done = already
        self.failures = 0
        self.started = time.monotonic()
        self.counted = 0  # items processed in this process (for the rate)
        self.tty = stream.isatty()
        self._last_line = -1

    def advance(self, failed: bool = False) -> None:
        self.done += 1
        self.counted += 1
        self.failures += int(failed)
        step = max(1, self.total // 20)
        if self.tty:
            self.stream.write("\r" + self.line())
            self.stream.flush()
        elif self.done == self.total or self.done // step != self._last_line:
            self._last_line = self.done // step
            self.stream.write(self.line() + "\n")

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = self.counted / elapsed
        remaining = (self.total - self.done) / rate if rate > 0 else 0
        width = 24
        filled = int(width * self.done / self.total) if self.total else width
        eta = f"{int(remaining // 60)}:{int(remaining % 60):02d}"
        return (f"[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}  {rate:.1f}/s  ETA {eta}"
                f"  failures {self.failures}")

    def finish(self) -> None:
        if self.tty:
            self.stream.write("\n")


# --- the run ----------------------------------------------------------------------------------------------------


@dataclass
class Summary:
    outcomes: Counter = field(default_factory=Counter)
    refused: list[tuple[str, str]] = field(default_factory=list)
    chars: Counter = field(default_factory=Counter)
    seconds: Counter = field(default_factory=Counter)
    segments_to_make: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    resumed: bool = False
    interrupted: bool = False
    elapsed_s: float = 0.0

    def table(self, dry_run: bool) -> list[str]:
        lines = [f"{'outcome':<22}{'articles':>9}{'characters':>12}{'audio min':>11}"]
        for outcome in ("made", "unchanged", "done earlier", "would make", "failed", "refused"):
            if self.outcomes[outcome]:
                lines.append(f"{outcome:<22}{self.outcomes[outcome]:>9}{self.chars[outcome]:>12}"
                             f"{self.seconds[outcome] / 60:>11.1f}")
        total = sum(self.outcomes.values())
        lines.append(f"{'total':<22}{total:>9}{sum(self.chars.values()):>12}"
                     f"{sum(self.seconds.values()) / 60:>11.1f}")
        if dry_run:
            lines.append(f"estimate: {self.segments_to_make} engine requests, ≈ {self.seconds['would make'] / 60:.1f}"
                         f" audio minutes to make ({SPOKEN_CHARS_PER_SECOND:g} spoken characters/s); nothing written")
        for label, entries in (("refused", self.refused), ("failed", self.failures)):
            for ref, error in entries[:10]:
                lines.append(f"{label}: {ref} — {error}")
            if len(entries) > 10:
                lines.append(f"… and {len(entries) - 10} more {label}")
        lines.append(f"time: {self.elapsed_s:.1f} s" + ("  (interrupted — rerun the same command to continue)"
                                                        if self.interrupted else ""))
        return lines


def _article_for(ref: str, settings: Settings, narrator: Any, folder: Path | None) -> tuple[str, Any]:
    if folder is not None:
        return ref, narrator.extract(local_page(ref, folder).read_bytes(), url=None)
    page = fetch_page(ref, settings)
    return ref, narrator.extract(page.body, url=page.final_url or ref, content_type=page.content_type or None)


def pregenerate(
    source: str,
    narrator: Any,
    settings: Settings,
    *,
    dry_run: bool = False,
    rate: float = 2.0,
    restart: bool = False,
    limit: int | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    control: RunControl | None = None,
) -> Summary:
    """Narrate and pin every article of ``source``; see the module docstring. ``rate`` = fetches per second.

    ``control`` lets another caller (the admin console) follow each article, change the rate and stop the run
    between two articles; a stopped run resumes like an interrupted one.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    started = time.monotonic()
    summary = Summary()
    found = read_source(source, settings)
    refs = found.refs[:limit] if limit is not None else found.refs
    summary.refused = found.refused
    summary.outcomes["refused"] = len(found.refused)
    runs = narrator.stores.pregen
    source_key = source if source.startswith(("http://", "https://")) else str(Path(source).resolve())
    if dry_run:
        pending = refs
    else:
        run, summary.resumed = runs.pregen_start(source_key, restart=restart)
        runs.pregen_add(source_key, run, refs)
        items = [i for i in runs.pregen_items(source_key, run) if i.url in set(refs)]
        pending = [i.url for i in items if i.status == "pending"]
        for item in items:
            if item.status != "pending":
                summary.outcomes["done earlier"] += 1
                summary.chars["done earlier"] += item.chars or 0
                summary.seconds["done earlier"] += item.duration_s or 0
        if summary.resumed:
            out.write(f"resuming: {len(refs) - len(pending)} of {len(refs)} already done\n")
    bar = ProgressBar(len(refs), err, already=len(refs) - len(pending))
    interval = 1.0 / rate if rate > 0 else 0.0
    next_fetch = 0.0
    if control is not None:
        control.begin(len(refs), len(refs) - len(pending), summary)
    try:
        for ref in pending:
            if control is not None:
                if control.stop_requested():
                    summary.interrupted = True
                    break
                now_interval = control.interval()
                next_fetch += now_interval - interval
                interval = now_interval
            wait = next_fetch - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            next_fetch = time.monotonic() + interval
            outcome, failed = _one(ref, narrator, settings, summary, dry_run, source_key, found.folder)
            bar.advance(failed)
            if control is not None:
                control.advance(ref, outcome, summary)
        if not dry_run and not summary.interrupted:
            runs.pregen_finish(source_key)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        bar.finish()
        summary.elapsed_s = time.monotonic() - started
    return summary


def _one(ref: str, narrator: Any, settings: Settings, summary: Summary, dry_run: bool,
         source_key: str, folder: Path | None) -> tuple[str, bool]:
    runs, articles = narrator.stores.pregen, narrator.stores.articles
    try:
        article_id, article = _article_for(ref, settings, narrator, folder)
        narration = narrator.plan(article)
        chars = sum(len(s.spoken_text) for s in narration.segments)
        estimate = chars / SPOKEN_CHARS_PER_SECOND
        record = articles.get_article(article_id)
        cached = narrator.cached_asset(narration.key)
        if dry_run:
            outcome = "unchanged" if cached and record and record.narration_key == narration.key else "would make"
            if outcome == "would make" and cached is None:
                summary.segments_to_make += narrator.missing_segments(narration)
            summary.outcomes[outcome] += 1
            summary.chars[outcome] += chars
            summary.seconds[outcome] += cached.duration_s if cached else estimate
            return outcome, False
        unchanged = cached is not None and record is not None and record.narration_key == narration.key
        asset, _ = narrator.narrate(article, article_id, narration=narration, pin=True)
        outcome = "unchanged" if unchanged else "made"
        runs.pregen_item_done(source_key, ref, outcome, article_id=article_id, narration_key=asset.key,
                               chars=chars, duration_s=asset.duration_s)
        summary.outcomes[outcome] += 1
        summary.chars[outcome] += chars
        summary.seconds[outcome] += asset.duration_s
        return outcome, False
    except StorageFull:
        raise  # every next article would fail the same way: stop, the run resumes once space is freed
    except (ServiceError, OSError, ValueError) as exc:
        message = exc.message if isinstance(exc, ServiceError) else f"{type(exc).__name__}: {exc}"
        summary.outcomes["failed"] += 1
        summary.failures.append((ref, message))
        if not dry_run:
            runs.pregen_item_done(source_key, ref, "failed", error=message)
        return "failed", True
