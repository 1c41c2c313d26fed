"""Admin commands: ``flask --app tts_service tts …``."""

from __future__ import annotations

import re
import secrets
import sys
from collections.abc import Callable
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from tts_service.errors import ServiceError
from tts_service.pronunciations import PronunciationStore
from tts_service.republish import Republished, edit_lexicon
from tts_service.text.lexicon import LexiconEntry

tts = AppGroup("tts", help="Đọc bài viết: administration.")


_HOST = re.compile(r"^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$")


@tts.command("create-key")
@click.argument("name")
@click.option("--site", help="the site the key is for: its host (sub-domains included), e.g. huecity.gov.vn")
@click.option("--all-sites", is_flag=True, help="an operator's key, for every site")
@click.option("--scope", type=click.Choice(["cms", "admin"]), default="cms", show_default=True,
              help="admin: also edits the pronunciation lexicon through the API")
@click.option("--webhook", "webhook_url", help="POST a signed 'article.ready' event here when a job finishes")
@click.option("--per-minute", type=click.IntRange(0, 100_000), help="its request limit (default TTS_API_PER_MINUTE)")
@click.option("--daily-chars", type=click.IntRange(0), help="its daily character quota (default TTS_API_DAILY_CHARS)")
def create_key(name: str, site: str | None, all_sites: bool, scope: str, webhook_url: str | None,
               per_minute: int | None, daily_chars: int | None) -> None:
    """Create an API key for one site; it is shown once and stored only as a hash.

    The key writes and reads only that site's articles and claims only URLs on its hosts. With --webhook, a
    signing secret is printed on a second line: the CMS checks X-DBV-Signature with it.
    """
    if not name.strip() or len(name) > 200 or not name.isprintable():
        raise click.BadParameter("a key needs a name an admin can read: 1–200 printable characters, e.g. "
                                 "'cms-huecity'", param_hint="NAME")
    if (site is None) == (not all_sites):
        raise click.UsageError("give the key's site (--site huecity.gov.vn), or --all-sites for an operator's key")
    if site is not None:
        site = site.strip().lower().removeprefix("*.").rstrip(".")
        if not _HOST.match(site):
            raise click.BadParameter(f"{site!r} is not a host name such as huecity.gov.vn", param_hint="--site")
    if webhook_url and not webhook_url.startswith(("http://", "https://")):
        raise click.BadParameter("the webhook must be an http(s) URL", param_hint="--webhook")
    secret = secrets.token_urlsafe(32)
    webhook_secret = secrets.token_urlsafe(32) if webhook_url else None
    current_app.extensions["narrator"].stores.keys.add_api_key(
        secret, name, scope, webhook_url=webhook_url, webhook_secret=webhook_secret, site=site,
        per_minute=per_minute, daily_chars=daily_chars,
    )
    click.echo(secret)
    if webhook_secret:
        click.echo(f"webhook signing secret: {webhook_secret}")


@tts.command("revoke-key")
@click.argument("name")
def revoke_key(name: str) -> None:
    """Revoke every live key with this name."""
    count = current_app.extensions["narrator"].stores.keys.revoke_api_key(name)
    click.echo(f"revoked {count} key(s)")


@tts.command("narrate")
@click.argument("html_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--id", "article_id", help="article id (default: the file name)")
def narrate(html_file: Path, article_id: str | None) -> None:
    """Narrate one saved HTML page and print where its audio is."""
    from tts_service.extract import extract_article

    try:
        article = extract_article(html_file.read_bytes())
        asset, synthesized = current_app.extensions["narrator"].narrate(article, article_id or html_file.stem)
    except ServiceError as exc:
        click.echo(f"error: {exc.message}", err=True)
        sys.exit(1)
    click.echo(f"{asset.mp3_path}\t{asset.duration_s:.1f} s\t{'synthesized' if synthesized else 'cached'}")


@tts.command("pregenerate")
@click.argument("source")
@click.option("--dry-run", is_flag=True, help="fetch and plan only: print an estimate, write nothing")
@click.option("--rate", default=2.0, show_default=True, help="at most this many page fetches per second (0 = no limit)")
@click.option("--restart", is_flag=True, help="start a new pass even if the last one was interrupted")
@click.option("--limit", type=int, help="only the first N articles of the source")
def pregenerate_command(source: str, dry_run: bool, rate: float, restart: bool, limit: int | None) -> None:
    """Narrate and pin every article of a sitemap, RSS/Atom feed, file of URLs or folder of HTML pages.

    Interrupted (Ctrl-C, crash)? Run the same command again: finished articles are not redone.
    """
    from tts_service.pregenerate import SourceError, pregenerate

    settings = current_app.config["TTS_SETTINGS"]
    try:
        summary = pregenerate(source, current_app.extensions["narrator"], settings, dry_run=dry_run, rate=rate,
                              restart=restart, limit=limit, out=sys.stdout, err=sys.stderr)
    except SourceError as exc:
        raise click.ClickException(str(exc)) from exc
    except ServiceError as exc:
        raise click.ClickException(f"{source}: {exc.message}") from exc
    for line in summary.table(dry_run):
        click.echo(line)
    if summary.interrupted:
        sys.exit(130)
    if summary.outcomes["failed"] or summary.outcomes["refused"]:
        sys.exit(1)


def _parse_size_mb(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(float(value) * 1_048_576)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a size in MB") from None


@tts.command("gc")
@click.option("--budget-mb", help="size budget (default: TTS_CACHE_BUDGET_MB; 0 = none)")
@click.option("--temp-age", default=600.0, show_default=True, help="remove temp files older than this (s)")
@click.option("--dry-run", is_flag=True, help="report what would be removed, remove nothing")
def gc(budget_mb: str | None, temp_age: float, dry_run: bool) -> None:
    """Remove crash leftovers and superseded audio; evict least recently played audio above the budget."""
    from audio_cache.evict import collect

    settings = current_app.config["TTS_SETTINGS"]
    narrator = current_app.extensions["narrator"]
    budget = _parse_size_mb(budget_mb)
    report = collect(
        narrator.store, narrator.stores, narrator.locks,
        budget_bytes=settings.cache_budget_mb * 1_048_576 if budget is None else budget,
        history_grace_s=settings.history_grace_s, temp_age_s=temp_age, dry_run=dry_run,
    )
    for line in report.lines():
        click.echo(line)


@tts.command("stats")
@click.option("--json", "as_json", is_flag=True, help="machine-readable output")
def stats(as_json: bool) -> None:
    """What the store holds: bytes by kind, articles, narrations, jobs, webhooks."""
    import json

    from audio_cache.evict import stats as store_stats

    settings = current_app.config["TTS_SETTINGS"]
    narrator = current_app.extensions["narrator"]
    data = store_stats(narrator.store, narrator.stores)
    data["budget_bytes"] = settings.cache_budget_mb * 1_048_576
    if as_json:
        click.echo(json.dumps(data, indent=2, sort_keys=True))
        return
    mb = 1_048_576
    click.echo(f"store {settings.audio_dir}: {data['total_bytes'] / mb:.1f} MB"
               + (f" of {data['budget_bytes'] / mb:.0f} MB budget" if data["budget_bytes"] else " (no budget)")
               + f", {data['temp_files']} temp file(s)")
    for ext, row in data["blobs"].items():
        click.echo(f"  .{ext:<5} {row['files']:>7} files {row['bytes'] / mb:>10.1f} MB")
    for table in ("articles", "narrations", "jobs", "webhook_deliveries"):
        counts = ", ".join(f"{k} {v}" for k, v in sorted(data[table].items())) or "none"
        click.echo(f"{table}: {counts}")


lexicon = AppGroup("lexicon", help="Pronunciation overrides: word or regex → spoken form, global or per site.")
tts.add_command(lexicon)


@lexicon.command("add")
@click.argument("pattern")
@click.argument("spoken")
@click.option("--regex", "is_regex", is_flag=True, help="PATTERN is a regular expression (checked for safety)")
@click.option("--site", help="only for this site's host, e.g. huecity.gov.vn")
@click.option("--no-renarrate", is_flag=True, help="list the published articles it changes, do not read them again")
def lexicon_add(pattern: str, spoken: str, is_regex: bool, site: str | None, no_renarrate: bool) -> None:
    """Read PATTERN as SPOKEN from now on (replaces an entry with the same pattern and site); the published
    articles it makes read differently are queued to be read again by the running service."""
    try:
        entry = LexiconEntry(pattern, spoken, is_regex, site.lower() if site else None)
    except ValueError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    result = _edit(lambda store: store.add(entry), entry, not no_renarrate)
    click.echo(f"added; lexicon version {result.lexicon.version_for(entry.site)} ({len(result.lexicon)} entries)")


@lexicon.command("remove")
@click.argument("pattern")
@click.option("--site")
@click.option("--no-renarrate", is_flag=True, help="list the published articles it changes, do not read them again")
def lexicon_remove(pattern: str, site: str | None, no_renarrate: bool) -> None:
    """Forget the entry for PATTERN (and --site); the articles it changed are read again without it."""
    site = site.lower() if site else None
    entry = next((e for e in _pronunciations().current().entries if (e.pattern, e.site) == (pattern, site)), None)
    if entry is None:
        click.echo(f"error: no entry for {pattern!r}" + (f" on {site}" if site else ""), err=True)
        sys.exit(1)
    _edit(lambda store: store.remove(pattern, site), entry, not no_renarrate)
    click.echo("removed")


def _edit(change: Callable[[PronunciationStore], object], entry: LexiconEntry, read_again: bool) -> Republished:
    """Apply a lexicon change and say which published articles now read differently (and were queued)."""
    runner = current_app.extensions["jobs"]
    result = edit_lexicon(current_app.extensions["narrator"],
                          lambda *a, **k: runner.submit(*a, **k, start=False),  # the service's runners read them
                          change, [entry], read_again=read_again)
    for article_id in result.affected:
        click.echo(f"  reads differently: {article_id}")
    click.echo(f"{len(result.affected)} published article(s) read differently; {result.queued} queued to be read again")
    return result


@lexicon.command("list")
def lexicon_list() -> None:
    """Every entry, in the order they apply."""
    for e in _pronunciations().current().entries:
        kind = "regex" if e.is_regex else "word"
        click.echo(f"{e.site or '*'}\t{kind}\t{e.pattern}\t→ {e.replacement}")


@lexicon.command("try")
@click.argument("text")
@click.option("--site")
def lexicon_try(text: str, site: str | None) -> None:
    """Show how TEXT will be read, and what the normalizer could not read confidently."""
    from tts_service.text import normalize, report_unknown

    lex = _pronunciations().current()
    click.echo(normalize(text, lexicon=lex, site=site))
    for unknown in report_unknown(text, lexicon=lex, site=site):
        click.echo(f"  ? {unknown.kind}: {unknown.token}", err=True)


def _pronunciations() -> PronunciationStore:
    return current_app.extensions["narrator"].pronunciations


def init_app(app: Flask) -> None:
    app.cli.add_command(tts)


db_group = AppGroup("db", help="The index's schema (SQLite: kept up to date on open; PostgreSQL: run by a deploy).")
tts.add_command(db_group)


@db_group.command("upgrade")
def db_upgrade() -> None:
    """Create the index's tables and add what this version needs (idempotent; other hosts wait for it)."""
    from audio_cache.index import SCHEMA_VERSION, upgrade

    narrator = current_app.extensions["narrator"]
    before = upgrade(narrator.stores.db)
    narrator.schema_problem = None
    if hasattr(narrator.store, "create_bucket") and narrator.store.create_bucket():
        click.echo(f"bucket {narrator.store.bucket} created")
    click.echo(f"index schema {SCHEMA_VERSION}" + ("" if before == SCHEMA_VERSION else f" (was {before or 'none'})"))


@tts.command("worker")
@click.option("--threads", type=click.IntRange(1, 16), help="jobs at once in this process (default TTS_JOB_WORKERS)")
def worker(threads: int | None) -> None:
    """Run queued jobs (narrations, webhooks) until SIGTERM or Ctrl-C. Start as many as you like, on any host
    sharing the index (TTS_DATABASE_URL) and the bucket (TTS_S3_URL): each job runs once, a dead worker's job
    is taken over, and every narration key is made once in the whole cluster."""
    import signal
    import threading

    runner = current_app.extensions["jobs"]
    if threads:
        runner.settings = runner.settings.with_overrides({"job_workers": threads})
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    runner.recover(clean_temp=True)
    runner.start(force=True)
    click.echo(f"worker ready: {runner.settings.job_workers} job thread(s)", err=True)
    while not stop.wait(1.0):
        pass
    click.echo("worker stopping: the job in hand finishes first", err=True)
    runner.stop(timeout=float(runner.settings.max_wait_s))
