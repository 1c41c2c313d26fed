"""Commands for sites and the pages read from them: ``flask --app tts_service tts site …`` and ``tts pages …``.

    flask tts site set huecity.gov.vn --read-pages on --article-pattern '^/tin-tuc/.+-\\d+\\.html$' --recheck 1800
    flask tts site show huecity.gov.vn      # its settings and what the service uses for the rest
    flask tts site list
    flask tts pages list --site huecity.gov.vn   # pages read from the page, their last check and its result
    flask tts pages check --due                  # check every page whose TTL has passed (for cron)
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace

import click
from flask import current_app
from flask.cli import AppGroup

from tts_service.errors import ServiceError
from tts_service.pages.reader import PageReader
from tts_service.sites import SiteSettings

site_group = AppGroup("site", help="Per-site settings (one site covers its host and sub-domains).")
pages_group = AppGroup("pages", help="Pages read from the page the widget is on ('from the page').")

_NUMBERS = {"recheck": "recheck_s", "daily_chars": "daily_chars", "fetch_per_minute": "fetch_per_minute",
            "fetch_concurrency": "fetch_concurrency"}


def _reader() -> PageReader:
    return current_app.extensions["pages"]


def _host(raw: str) -> str:
    from tts_service.cli import _HOST

    host = raw.strip().lower().removeprefix("*.").rstrip(".")
    if not _HOST.match(host):
        raise click.BadParameter(f"{raw!r} is not a host name such as huecity.gov.vn", param_hint="HOST")
    return host


def _number(name: str, raw: str | None) -> int | None:
    if raw is None or raw == "default":
        return None
    try:
        return int(raw)
    except ValueError:
        raise click.BadParameter(f"a whole number or 'default', got {raw!r}", param_hint=f"--{name}") from None


@site_group.command("set")
@click.argument("host")
@click.option("--read-pages", type=click.Choice(["on", "off", "default"]),
              help="may its pages be fetched and read (default: as TTS_ALLOWED_HOSTS says)")
@click.option("--article-pattern", help="regular expression over path?query that article addresses match; '' for the"
              " default rules")
@click.option("--recheck", help="seconds before a page is checked again, or 'default'")
@click.option("--daily-chars", help="new narration characters a day, or 'default'")
@click.option("--fetch-per-minute", help="page fetches a minute, or 'default'")
@click.option("--fetch-concurrency", help="page fetches at once, or 'default'")
def site_set(host: str, read_pages: str | None, article_pattern: str | None, **numbers: str | None) -> None:
    """Change how HOST's pages are read; options not given stay as they are."""
    host = _host(host)
    sites = _reader().sites
    site = sites.get(host) or SiteSettings(host)
    changes: dict = {_NUMBERS[k]: _number(k.replace("_", "-"), v) for k, v in numbers.items() if v is not None}
    if read_pages is not None:
        changes["read_pages"] = {"on": True, "off": False, "default": None}[read_pages]
    if article_pattern is not None:
        changes["article_pattern"] = article_pattern or None
    try:
        site = replace(site, **changes)
        sites.save(site)
    except ServiceError as exc:
        click.echo(f"error: {exc.message}", err=True)
        sys.exit(2)
    _show(host)
    if "read_pages" in changes:
        click.echo("note: the player's cross-origin answers for this site change when the service restarts")


@site_group.command("show")
@click.argument("host")
def site_show(host: str) -> None:
    """HOST's settings, and how its pages are read (its own values or the service's)."""
    _show(_host(host))


def _show(host: str) -> None:
    site = _reader().sites.get(host)
    pages = _reader().site_for(host)
    if site is None:
        click.echo(f"{host}: no settings of its own")
    else:
        own = "(the service's)"
        click.echo(f"{host}: engines {','.join(site.engines) or own}, voice {site.voice or own}, bitrate"
                   f" {site.bitrate or own}, downloads {'on' if site.download else 'off'}")
    if pages is None:
        click.echo("  pages: not read (not allowed)")
        return
    click.echo(f"  pages: read, as site {pages.site} (fetch hosts {', '.join(pages.hosts)})")
    click.echo(f"  article addresses: {pages.article_pattern.pattern if pages.article_pattern else 'default rules'}")
    click.echo(f"  re-check after {pages.recheck_s} s; {pages.daily_chars} new characters a day"
               f" ({_reader().pages.spent(pages.site)} used today); {pages.fetch_per_minute} fetches a minute,"
               f" {pages.fetch_concurrency} at once")


@site_group.command("list")
def site_list() -> None:
    """Every site with settings of its own."""
    for site in _reader().sites.all():
        reads = {True: "pages on", False: "pages off", None: "pages as allowed"}[site.read_pages]
        click.echo(f"{site.host}\t{reads}\t{site.article_pattern or '-'}")


@pages_group.command("list")
@click.option("--site", help="only this site's pages")
@click.option("--limit", default=100, show_default=True)
def pages_list(site: str | None, limit: int) -> None:
    """Pages read from the page: address, last check (local time), its result and HTTP status."""
    for page in _reader().pages.all(site=_host(site) if site else None, limit=limit):
        checked = time.strftime("%Y-%m-%d %H:%M", time.localtime(page.checked_at))
        click.echo(f"{page.article_id}\tfrom the page\t{checked}\t{page.result}\t{page.status or '-'}"
                   + (f"\t{page.error}" if page.error else ""))


@pages_group.command("check")
@click.argument("urls", nargs=-1)
@click.option("--due", is_flag=True, help="every page whose re-check time has passed")
def pages_check(urls: tuple[str, ...], due: bool) -> None:
    """Check pages now: the addresses given, or with --due every page that is due."""
    reader = _reader()
    now = time.time()
    due_pages = reader.pages.all(limit=100_000) if due else []
    targets = [*urls, *(p.article_id for p in due_pages
                        if p.next_check_at <= now and reader.narrator.stores.articles.get_article(p.article_id))]
    for article_id in dict.fromkeys(targets):
        try:
            click.echo(f"{article_id}\t{reader.check(article_id)}")
        except ServiceError as exc:
            click.echo(f"{article_id}\terror: {exc.message}", err=True)


def init_app() -> None:
    """Add ``site`` and ``pages`` to the ``tts`` command group."""
    from tts_service.cli import tts

    tts.add_command(site_group)
    tts.add_command(pages_group)
