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


def init_app(app: Flask) -> None:
    app.cli.add_command(tts)
