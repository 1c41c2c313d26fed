"""Admin commands: ``flask --app tts_service tts …``."""

from __future__ import annotations

import secrets
import sys
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from tts_service.errors import ServiceError

tts = AppGroup("tts", help="Đọc bài viết: administration.")


@tts.command("create-key")
@click.argument("name")
@click.option("--scope", default="cms", show_default=True)
@click.option("--webhook", "webhook_url", help="POST a signed 'article.ready' event here when a job finishes")
def create_key(name: str, scope: str, webhook_url: str | None) -> None:
    """Create an API key; it is shown once and stored only as a hash.

    With --webhook, a signing secret is printed on a second line: the CMS checks X-DBV-Signature with it.
    """
    if webhook_url and not webhook_url.startswith(("http://", "https://")):
        raise click.BadParameter("the webhook must be an http(s) URL", param_hint="--webhook")
    secret = secrets.token_urlsafe(32)
    webhook_secret = secrets.token_urlsafe(32) if webhook_url else None
    current_app.extensions["narrator"].index.add_api_key(
        secret, name, scope, webhook_url=webhook_url, webhook_secret=webhook_secret
    )
    click.echo(secret)
    if webhook_secret:
        click.echo(f"webhook signing secret: {webhook_secret}")


@tts.command("revoke-key")
@click.argument("name")
def revoke_key(name: str) -> None:
    """Revoke every live key with this name."""
    count = current_app.extensions["narrator"].index.revoke_api_key(name)
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
    if summary.outcomes["failed"]:
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
        narrator.store, narrator.index, settings.lock_dir,
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
    data = store_stats(narrator.store, narrator.index)
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


def init_app(app: Flask) -> None:
    app.cli.add_command(tts)
