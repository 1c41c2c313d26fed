"""``flask --app tts_service tts user …``: console users, made on the server (there is no sign-up page)."""

from __future__ import annotations

import sys

import click
from flask import current_app
from flask.cli import AppGroup

from tts_service.accounts import ROLES, AccountError, UserStore

user_commands = AppGroup("user", help="Admin console users: create, set a password, disable, list.")


def _store() -> UserStore:
    return current_app.extensions["users"]


def _read_password() -> str:
    """From a prompt (typed twice, not echoed) on a terminal, else the first line of standard input."""
    if sys.stdin.isatty():
        return click.prompt("Mật khẩu", hide_input=True, confirmation_prompt="Nhập lại mật khẩu")
    return sys.stdin.readline().rstrip("\r\n")


@user_commands.command("create")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), required=True, help="admin: everything; editor: articles, "
              "pronunciations and the quality report")
def create(name: str, role: str) -> None:
    """Create a user; the password is asked for (or read from standard input), never given as an argument."""
    try:
        user = _store().create(name, _read_password(), role)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"created {user.name} ({user.role})")


@user_commands.command("password")
@click.argument("name")
def password(name: str) -> None:
    """Set a new password; the user's open sessions end."""
    try:
        _store().set_password(name.strip().lower(), _read_password())
    except AccountError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo("password changed")


@user_commands.command("disable")
@click.argument("name")
def disable(name: str) -> None:
    """The user can no longer sign in; open sessions end."""
    if not _store().disable(name.strip().lower()):
        raise click.ClickException(f"no user {name!r}")
    click.echo("disabled")


@user_commands.command("list")
def list_users() -> None:
    for user in _store().users():
        click.echo(f"{user.name}\t{user.role}")
