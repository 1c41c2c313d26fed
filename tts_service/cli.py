"""Admin commands: ``flask --app tts_service tts …``."""

from __future__ import annotations

import secrets
import sys
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from tts_service.errors import ServiceError
from tts_service.pronunciations import PronunciationStore

tts = AppGroup("tts", help="Đọc bài viết: administration.")


@tts.command("create-key")
@click.argument("name")
@click.option("--scope", default="cms", show_default=True)
def create_key(name: str, scope: str) -> None:
    """Create an API key; it is shown once and stored only as a hash."""
    secret = secrets.token_urlsafe(32)
    current_app.extensions["narrator"].index.add_api_key(secret, name, scope)
    click.echo(secret)


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


lexicon = AppGroup("lexicon", help="Pronunciation overrides: word or regex → spoken form, global or per site.")
tts.add_command(lexicon)


@lexicon.command("add")
@click.argument("pattern")
@click.argument("spoken")
@click.option("--regex", "is_regex", is_flag=True, help="PATTERN is a regular expression (checked for safety)")
@click.option("--site", help="only for this site's host, e.g. huecity.gov.vn")
def lexicon_add(pattern: str, spoken: str, is_regex: bool, site: str | None) -> None:
    """Read PATTERN as SPOKEN from now on (replaces an entry with the same pattern and site)."""
    from tts_service.text.lexicon import LexiconEntry

    try:
        entry = LexiconEntry(pattern, spoken, is_regex, site.lower() if site else None)
    except ValueError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    new = _pronunciations().add(entry)
    click.echo(f"added; lexicon version {new.version_for(entry.site)} ({len(new)} entries)")


@lexicon.command("remove")
@click.argument("pattern")
@click.option("--site")
def lexicon_remove(pattern: str, site: str | None) -> None:
    """Forget the entry for PATTERN (and --site)."""
    if not _pronunciations().remove(pattern, site.lower() if site else None):
        click.echo(f"error: no entry for {pattern!r}" + (f" on {site}" if site else ""), err=True)
        sys.exit(1)
    click.echo("removed")


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
