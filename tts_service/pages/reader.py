"""Reading the page the widget is on: a portal adds one ``<script>`` line and every article page can be heard.

    reader = PageReader(app, narrator, runner, settings)
    identity, site = reader.resolve("https://hue.gov.vn/tin-tuc/bai-a.html?utm_source=zalo")  # 403 / 404 / 400
    reader.find(identity)              # the article already known under that address (or its canonical one)
    reader.read(identity, site)        # fetch, extract, queue the narration → the article id (its address)
    reader.check(article_id)           # conditional GET: unchanged (304), changed (new narration), gone (410)

What the service reads is what it fetched from the page's own site through the one URL gate, never text a
browser sends. A page is only fetched when its host is allowed (``TTS_ALLOWED_HOSTS`` or the site's settings)
and its address looks like an article (the site's pattern, else :func:`~tts_service.pages.address.not_an_article`).
Cost is bounded at every step, in this order, each before the next is spent:

1. one fetch per address at a time, across processes (a ``flock``; a second reader is told to ask again);
2. new pages per reader (the selection limit: ``TTS_SELECTION_BURST`` / ``TTS_SELECTION_PER_MINUTE``);
3. fetches per site and minute, and fetches of a site at once (``TTS_PAGE_FETCH_PER_MINUTE``,
   ``TTS_PAGE_FETCH_CONCURRENCY`` or the site's own), counted in the store every worker shares;
4. characters newly sent to the engine per site and day (``TTS_PAGE_DAILY_CHARS``): segments already in the
   cache cost nothing, so an edited page costs its changed sentences only.

A known page is checked again when a reader asks for it after its TTL (``TTS_PAGE_RECHECK_S``), in the
background and by one worker: a conditional GET (ETag / Last-Modified); an unchanged answer (304, the same
bytes or the same text) costs nothing more; a changed text becomes a new narration; 404/410 stops it being
served. An address that failed (not readable, fetch error) is not fetched again for :data:`ERROR_RETRY_S`.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from audio_cache.articles import ArticleRecord
from audio_cache.db import StoreUnavailable
from audio_cache.hosts import url_host
from audio_cache.locks import try_key_lock
from audio_cache.pages import PageRecord
from tts_service.errors import BadInput, FetchFailed, NotFound, ServiceError
from tts_service.extract.fetch import FetchedPage, fetch_document
from tts_service.pages.address import canonical_address, not_an_article, page_identity
from tts_service.ratelimit import RateLimited, burst_limit, hit, take
from tts_service.urlgate import fetch_policy, host_matches

if TYPE_CHECKING:
    from flask import Flask

    from tts_service.config import Settings
    from tts_service.jobs import JobRunner
    from tts_service.models import Article
    from tts_service.pipeline import Narrator

log = logging.getLogger(__name__)

#: An address whose fetch or extraction failed is answered from that failure this long, without a fetch.
ERROR_RETRY_S = 300


class HostNotAllowed(NotFound):
    """A 404, as for any page without a reading (the player says "Bài này chưa có bản đọc"), with its own code."""

    code = "host_not_allowed"


class NotAnArticle(NotFound):
    code = "not_an_article"


class PageGone(ServiceError):
    status = 410
    code = "page_gone"


class SiteLimited(RateLimited):
    """A site's fetch rate or concurrency, or its daily characters, are used up (429 with Retry-After)."""

    def __init__(self, message: str, retry_after: float, code: str) -> None:
        super().__init__(message, retry_after)
        self.code = code


class PageBeingRead(Exception):
    """Another request is fetching this address right now: ask again in a moment (202)."""


@dataclass(frozen=True)
class SitePages:
    """How one site's pages are read: the site's name (its settings' host, or the allowed host), the host
    patterns a fetch may reach (redirects included) and its limits."""

    site: str
    hosts: tuple[str, ...]
    article_pattern: re.Pattern[str] | None
    recheck_s: int
    daily_chars: int
    fetch_per_minute: int
    fetch_concurrency: int


class PageReader:
    """Fetches, checks and narrates pages for the lookup; see the module docstring."""

    def __init__(self, app: Flask, narrator: Narrator, runner: JobRunner, settings: Settings) -> None:
        self.app = app
        self.narrator = narrator
        self.runner = runner
        self.settings = settings
        self.sites = narrator.sites  # one store, one cache: a change in the console is seen here at once
        self.pages = narrator.stores.pages
        self._checks: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()

    # --- which pages -----------------------------------------------------------------------------------

    def site_for(self, host: str) -> SitePages | None:
        """How pages on ``host`` are read, or None when they may not be fetched: a site in the site settings
        decides for itself and its sub-domains (``read_pages``; unset: as ``TTS_ALLOWED_HOSTS`` says)."""
        s = self.settings
        own = self.sites.for_host(host)
        allowed = next((p for p in s.allowed_hosts if host_matches(host, p)), None)
        if own is not None and own.read_pages is not None:
            if not own.read_pages:
                return None
            hosts: tuple[str, ...] = (own.host, f"*.{own.host}")
        elif allowed is not None:
            hosts = (allowed,)
        else:
            return None
        name = own.host if own is not None else (allowed or host).removeprefix("*.")

        def value(field: str, default: int) -> int:
            mine = getattr(own, field, None)
            return default if mine is None else mine

        pattern = own.article_pattern if own is not None else None
        return SitePages(name, hosts, re.compile(pattern) if pattern else None, value("recheck_s", s.page_recheck_s),
                         value("daily_chars", s.page_daily_chars), value("fetch_per_minute", s.page_fetch_per_minute),
                         value("fetch_concurrency", s.page_fetch_concurrency))

    def page_hosts(self) -> tuple[str, ...]:
        """Every host pattern whose pages may be read — ``TTS_ALLOWED_HOSTS`` and the sites whose settings
        allow it — for the widget's cross-origin answers (read when the service starts)."""
        try:  # a shared index not upgraded yet, or down at start: the configured hosts only, until a restart
            sites = [] if self.narrator.schema_problem else self.sites.all()
        except StoreUnavailable as exc:
            log.warning("site settings unreadable at start (%s): CORS for TTS_ALLOWED_HOSTS only", exc)
            sites = []
        own = [h for site in sites if site.read_pages for h in (site.host, f"*.{site.host}")]
        return tuple(dict.fromkeys([*self.settings.allowed_hosts, *own]))

    def resolve(self, url: str) -> tuple[str, SitePages]:
        """The page's identity (:func:`page_identity`) and its site, or a clear refusal: 400 for what is not
        an http(s) address, 404 ``host_not_allowed`` or ``not_an_article``."""
        try:
            identity = page_identity(url)
        except ValueError as exc:
            raise BadInput(f"Địa chỉ trang không hợp lệ: {exc}.", code="invalid_url") from None
        host = url_host(identity)
        site = self.site_for(host)
        if site is None:
            raise HostNotAllowed(f"Trang {host} không nằm trong danh sách trang được đọc; bài này chưa có bản đọc.")
        why = not_an_article(identity, site.article_pattern)
        if why:
            raise NotAnArticle(f"Địa chỉ này không phải một bài viết ({why}).")
        return identity, site

    def find(self, identity: str) -> ArticleRecord | None:
        """The article known at this address: written with it (a CMS push, pre-generation, an earlier read), or
        reached from it (its page's canonical link named another address)."""
        articles = self.narrator.stores.articles
        record = articles.find_by_url(identity)
        if record is None:
            article_id = self.pages.article_for(identity)
            record = articles.get_article(article_id) if article_id else None
        return record

    def known(self, url: str) -> ArticleRecord | None:
        """The article at ``url`` as given (a CMS's exact URL) or under any spelling of its page's address."""
        record = self.narrator.stores.articles.find_by_url(url)
        if record is None:
            with contextlib.suppress(ValueError):
                record = self.find(page_identity(url))
        return record

    def refuse_gone(self, article_id: str) -> None:
        """410 for a page that disappeared from its site; a page whose check is due is checked (in the
        background) first, so one that came back is served again."""
        page = self.pages.get(article_id)
        if page is None:
            return
        self.check_when_due(page)
        if page.gone:
            raise PageGone("Trang này không còn trên trang gốc nên không còn bản đọc.")

    # --- the first read ----------------------------------------------------------------------------------

    def read(self, identity: str, site: SitePages) -> str:
        """Fetch a page nobody read yet, extract it with its site's profile and queue its narration; return the
        article id (its canonical address). ``PageBeingRead`` while another request fetches it."""
        with self._single_flight(identity) as mine:
            if not mine:
                raise PageBeingRead(identity)
            record = self.find(identity)
            if record is not None:  # another request finished it while we waited
                return record.article_id
            failed = self.pages.get(identity)
            if failed is not None and failed.result in ("error", "gone") and failed.next_check_at > time.time():
                raise _stored_failure(failed)
            limits = self.settings
            hit(burst_limit(limits.selection_burst, limits.selection_per_minute), "page")
            if self.pages.spent(site.site) >= site.daily_chars:  # nothing new can be read today: no fetch either
                raise _budget_exhausted(site)
            try:
                return self._read(identity, site)
            except PageGone:
                self._remember_failure(identity, site, "gone", 410, "Trang không còn trên trang gốc.")
                raise
            except RateLimited:
                raise
            except ServiceError as exc:
                self._remember_failure(identity, site, "error", None, exc.message)
                raise

    def _read(self, identity: str, site: SitePages) -> str:
        page = self._fetch(identity, site)
        article_id = self._identity_of(page, identity, site)
        if article_id != identity:
            self.pages.add_address(identity, article_id)
            known = self.find(article_id)
            if known is not None:
                return known.article_id
        article = self._extract(page, article_id)
        self._narrate(article, article_id, site)
        self.pages.record_check(article_id, site=site.site, result="new", status=page.status,
                                next_check_at=time.time() + site.recheck_s, **_validators(page))
        return article_id

    def _identity_of(self, page: FetchedPage, asked: str, site: SitePages) -> str:
        """The article's address: the page's canonical link when it is an article address on the same site,
        else the address that answered (after redirects), else the one asked for. A redirect away from an
        article address (to the home page, a login) is not an article."""
        answered = page_identity(page.final_url)
        if answered != asked:
            there = self.site_for(url_host(answered))
            if there is None or there.site != site.site or not_an_article(answered, site.article_pattern):
                raise NotAnArticle(f"Trang chuyển tới {answered}, không phải một bài viết của trang này.")
        canonical = canonical_address(page.body, page.final_url)
        if canonical:
            try:
                named = page_identity(canonical)
            except ValueError:
                return answered
            there = self.site_for(url_host(named))
            if there is not None and there.site == site.site and not not_an_article(named, site.article_pattern):
                return named
        return answered

    def _extract(self, page: FetchedPage, article_id: str) -> Article:
        from tts_service.extract import extract_article

        return extract_article(page.body, url=article_id, content_type=page.content_type or None,
                               profiles=self.sites.profiles())

    def _narrate(self, article: Article, article_id: str, site: SitePages) -> None:
        """Queue the narration, once its new characters fit the site's budget for today."""
        narration = self.narrator.plan(article)
        cost = sum(len(text) for text in self.narrator.missing_texts(narration))
        if cost and not self.pages.spend(site.site, cost, site.daily_chars):
            raise _budget_exhausted(site)
        self.runner.submit(article, article_id, narration)

    def _remember_failure(self, identity: str, site: SitePages, result: str, status: int | None,
                          message: str) -> None:
        if self.narrator.stores.articles.get_article(identity) is None:  # a known article keeps its own record
            self.pages.record_check(identity, site=site.site, result=result, status=status, error=message,
                                    next_check_at=time.time() + min(ERROR_RETRY_S, site.recheck_s))

    # --- checking again ----------------------------------------------------------------------------------

    def check_when_due(self, page: PageRecord) -> bool:
        """Check the page in the background when its TTL has passed (one worker of all takes it)."""
        site = self.site_for(url_host(page.article_id))
        ttl = site.recheck_s if site else self.settings.page_recheck_s
        if page.next_check_at > time.time() or not self.pages.claim_due(page.article_id, ttl):
            return False
        with self._lock:
            if self._checks is None:
                self._checks = ThreadPoolExecutor(max_workers=2, thread_name_prefix="dbv-page-check")
            self._checks.submit(self._check_in_background, page.article_id)
        return True

    def _check_in_background(self, article_id: str) -> None:
        with self.app.app_context():
            try:
                self.check(article_id)
            except Exception:  # a check must never take the worker down; the next reader tries again
                log.exception("checking page %s failed", article_id)

    def wait_for_checks(self) -> None:
        """Let the background checks started so far finish (tests, shutdown)."""
        with self._lock:
            checks, self._checks = self._checks, None
        if checks is not None:
            checks.shutdown(wait=True)

    def check(self, article_id: str) -> str:
        """Check a known page now (conditional GET) and act on what changed; returns the result recorded:
        ``unchanged``, ``changed`` (a new narration is queued), ``gone`` or ``error``."""
        page = self.pages.get(article_id)
        if page is None or self.narrator.stores.articles.get_article(article_id) is None:
            raise NotFound(f"Trang '{article_id}' không được đọc từ trang gốc.", code="not_a_page")
        site = self.site_for(url_host(article_id))
        ttl = site.recheck_s if site else self.settings.page_recheck_s

        def record(result: str, status: int | None = None, **found: str | bool | None) -> None:
            self.pages.record_check(article_id, site=page.site, result=result, status=status,
                                    next_check_at=time.time() + ttl, **found)  # type: ignore[arg-type]

        if site is None:
            record("error", error="Trang này không còn được phép đọc.", keep_validators=True)
            return "error"
        with self._single_flight(article_id) as mine:
            if not mine:
                return page.result
            try:
                fetched = self._fetch(article_id, site, page)
            except PageGone:
                record("gone", 410, error="Trang không còn trên trang gốc.", keep_validators=True)
                return "gone"
            except ServiceError as exc:
                record("error", error=exc.message, keep_validators=True)
                return "error"
            if fetched.status == 304:
                record("unchanged", 304, keep_validators=True)
                return "unchanged"
            validators = _validators(fetched)
            if validators["body_sha256"] == page.body_sha256:
                record("unchanged", fetched.status, **validators)
                return "unchanged"
            try:
                article = self._extract(fetched, article_id)
                narration = self.narrator.plan(article)
                known = self.narrator.stores.articles.get_article(article_id)
                if known is not None and narration.key in (known.wanted_key, known.narration_key):
                    record("unchanged", fetched.status, **validators)
                    return "unchanged"
                self._narrate(article, article_id, site)
            except ServiceError as exc:  # the budget, or a page that no longer reads: try again next time
                record("error", fetched.status, error=exc.message, keep_validators=True)
                return "error"
            record("changed", fetched.status, **validators)
            return "changed"

    # --- fetching within the limits ----------------------------------------------------------------------

    def _fetch(self, url: str, site: SitePages, known: PageRecord | None = None) -> FetchedPage:
        wait = take(f"{site.fetch_per_minute} per 1 minute", "page-fetch", site.site)
        if wait is not None:
            raise SiteLimited(f"Trang {site.site} đang được tải nhiều; thử lại sau {int(wait) + 1} giây.", wait,
                              "site_rate_limited")
        policy = replace(fetch_policy(self.settings), allowed_hosts=site.hosts)
        with self._fetch_slot(site) as slot:
            if not slot:
                raise SiteLimited(f"Trang {site.site} đang được tải; thử lại sau giây lát.", 2.0, "site_busy")
            try:
                return fetch_document(url, policy, etag=known.etag if known else None,
                                      last_modified=known.last_modified if known else None)
            except FetchFailed as exc:
                if exc.code == "page_gone":
                    raise PageGone(exc.message) from None
                raise

    @contextlib.contextmanager
    def _fetch_slot(self, site: SitePages) -> Iterator[bool]:
        """One of the site's ``fetch_concurrency`` slots (a lock file each, shared by every process), if free."""
        for n in range(site.fetch_concurrency):
            key = hashlib.sha256(f"page-fetch:{site.site}:{n}".encode()).hexdigest()
            with try_key_lock(self.settings.lock_dir, key) as taken:
                if taken:
                    yield True
                    return
        yield False

    @contextlib.contextmanager
    def _single_flight(self, address: str) -> Iterator[bool]:
        key = hashlib.sha256(f"page:{address}".encode()).hexdigest()
        with try_key_lock(self.settings.lock_dir, key) as taken:
            yield taken


def _validators(page: FetchedPage) -> dict[str, str | None]:
    return {"etag": page.etag, "last_modified": page.last_modified,
            "body_sha256": hashlib.sha256(page.body).hexdigest()}


def _budget_exhausted(site: SitePages) -> SiteLimited:
    midnight = time.mktime(time.strptime(time.strftime("%Y-%m-%d"), "%Y-%m-%d")) + 86400
    return SiteLimited(f"Trang {site.site} đã dùng hết lượng đọc bài mới của hôm nay; mời quay lại ngày mai.",
                       max(60.0, midnight - time.time()), "site_budget_exhausted")


def _stored_failure(page: PageRecord) -> ServiceError:
    """The failure remembered for an address, answered again without fetching it."""
    if page.result == "gone":
        return PageGone("Trang này không còn trên trang gốc nên không có bản đọc.")
    return ServiceError(f"Chưa đọc được trang này: {page.error}", code="page_unreadable", status=422)
