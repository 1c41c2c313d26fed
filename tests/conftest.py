"""Shared fixtures: a real app on a real SQLite file in a temp dir, its client, and a live server.

Every test that stores anything (it uses ``data_dir``, so ``app``, ``client``, ``live_server`` too) runs twice:
``[embedded]`` — SQLite and files in a temp dir, the default — and ``[scaleout]`` — the index in a PostgreSQL
server started for the session (tests/servers.py). ``pytest -k scaleout`` runs the scale-out half. Without
PostgreSQL the scale-out half is skipped with a warning; with ``TTS_REQUIRE_SCALEOUT=1`` (CI) it fails.
A test that is about the embedded stack itself is marked ``embedded_only``."""

from __future__ import annotations

import os
import subprocess
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask, render_template
from flask.testing import FlaskClient

from tts_service import create_app

API_KEY = "test-key-0123456789abcdef"
ROOT = Path(__file__).resolve().parent.parent
# shared/ sits beside the repository, or beside the folder of worktrees (work/wt/<branch>, work/shared).
SHARED = next(
    (p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()), ROOT.parent / "shared"
)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never inherit a developer's TTS_* settings."""
    import os

    from tts_service.config import TEST_SWITCHES

    for name in list(os.environ):
        if name.startswith("TTS_") and name not in TEST_SWITCHES:
            monkeypatch.delenv(name)


TESTS = Path(__file__).resolve().parent


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist's own hook reads the groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """``make test`` runs the suite on several processes (pytest-xdist, ``--dist loadgroup``): each test file goes
    whole to one of them, in its order, so its module fixtures (a gunicorn, nginx) start once; each package
    (``browser/``: one Chromium and one narrated demo; ``screenreader/``: one display, one Orca per user) goes
    whole to one process too. ``tests/test_cache.py::…`` → group ``test_cache.py``; ``tests/browser/…`` →
    ``browser``."""
    for item in items:
        path = Path(str(item.fspath)).resolve()
        group = path.relative_to(TESTS).parts[0] if TESTS in path.parents else path.name
        item.add_marker(pytest.mark.xdist_group(group))


STACKS = ("embedded", "scaleout")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "stack" in metafunc.fixturenames:
        if metafunc.definition.get_closest_marker("embedded_only"):
            stacks: tuple[str, ...] = STACKS[:1]
        elif metafunc.definition.get_closest_marker("scaleout_only"):
            stacks = STACKS[1:]
        else:
            stacks = STACKS
        metafunc.parametrize("stack", stacks, indirect=True)


@pytest.fixture(scope="session")
def scaleout_servers() -> Iterator[object]:
    """PostgreSQL and an S3 server for the whole session, started on first use and stopped by PID at the end."""
    import os

    from tests.servers import scaleout_stack

    try:
        stack = scaleout_stack()
        servers = stack.__enter__()
    except (OSError, RuntimeError, subprocess.CalledProcessError) as exc:
        reason = f"the scale-out stack could not start: {exc}"
        if os.environ.get("TTS_REQUIRE_SCALEOUT") == "1":
            pytest.fail(f"TTS_REQUIRE_SCALEOUT=1 but {reason}", pytrace=False)
        pytest.skip(reason + " (CI sets TTS_REQUIRE_SCALEOUT=1 and fails instead)")
    try:
        yield servers
    finally:
        stack.__exit__(None, None, None)


@pytest.fixture
def stack(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Which stack the app of this test runs on: its settings come from the environment (``TTS_DATABASE_URL``,
    ``TTS_S3_URL``), so every app the test makes — ``create_app``, a gunicorn it starts — uses the same shared
    servers."""
    name = getattr(request, "param", "embedded")
    if name != "scaleout":
        yield name
        return
    servers = request.getfixturevalue("scaleout_servers")
    env = servers.fresh()
    for variable, value in env.items():
        monkeypatch.setenv(variable, value)
    try:
        yield name
    finally:
        servers.drop_index(env["TTS_DATABASE_URL"])


@pytest.fixture
def data_dir(tmp_path: Path, stack: str) -> Path:
    return tmp_path / "var"


@pytest.fixture
def app(data_dir: Path) -> Flask:
    return create_app({"data_dir": data_dir, "api_keys": [API_KEY]})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {API_KEY}"}


@pytest.fixture
def seed_html(app: Flask) -> str:
    """The reference article as its portal shows it (header, date, widgets, paragraphs, signature)."""
    from tts_service.web.public import DEMO_ID, DEMO_URL, demo_article

    with app.test_request_context("/"):
        return render_template("demo.html", article=demo_article(), article_id=DEMO_ID, page_url=DEMO_URL)


@pytest.fixture
def live_server(app: Flask) -> Iterator[str]:
    """The app on a real HTTP server at 127.0.0.1 (threaded), stopped after the test."""
    from tests.test_cache_support import serving

    with serving(app) as base:
        yield base


def service_env(**extra: str) -> dict[str, str]:
    """The environment for a service a test starts in another process: no developer's ``TTS_*`` settings, but
    the shared servers of the stack under test (``TTS_DATABASE_URL``)."""
    import os

    from tests.test_cache_support import SCALEOUT_ENV

    env = {k: v for k, v in os.environ.items() if not k.startswith("TTS_") or k in SCALEOUT_ENV}
    return {**env, **extra}


def open_index(data_dir: Path):
    """The index the apps of this test use: SQLite under ``data_dir``, or the scale-out stack's PostgreSQL."""
    import os

    from audio_cache.db import PostgresDatabase
    from audio_cache.index import Index, open_stores

    url = os.environ.get("TTS_DATABASE_URL")
    return Index(open_stores(PostgresDatabase(url)) if url else data_dir / "index.sqlite3")


def stored_index(data_dir: Path) -> bytes:
    """Everything the index holds, as bytes to search (the SQLite file, or every row of the shared database)."""
    import os

    if not os.environ.get("TTS_DATABASE_URL"):
        return (data_dir / "index.sqlite3").read_bytes()
    return database_dump(open_index(data_dir).stores.db)


def database_dump(db) -> bytes:
    """Every row of every table of a store's database (SQLite or PostgreSQL), as bytes to search."""
    with db.connect() as c:
        if db.dialect == "sqlite":
            return "\n".join(c.iterdump()).encode()
        tables = [r[0] for r in c.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")]
        return repr([c.execute(f"SELECT * FROM {t}").fetchall() for t in tables]).encode()


def table_columns(db, table: str) -> list[str]:
    """A table's columns in order, on either database."""
    with db.connect() as c:
        if db.dialect == "sqlite":
            return [r["name"] for r in c.execute(f"PRAGMA table_info({table})")]
        return [r[0] for r in c.execute("SELECT column_name FROM information_schema.columns WHERE table_schema ="
                                        " current_schema() AND table_name = ? ORDER BY ordinal_position", (table,))]


def stored_files(data_dir: Path) -> list[Path]:
    """Every file under the audio store (temp files included: a failed request must leave none)."""
    root = data_dir / "audio"
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name != ".healthz") if root.exists() else []


def mark_folder(items: list[pytest.Item], folder: Path, marker: pytest.MarkDecorator) -> None:
    """Give every collected test under ``folder`` the ``marker`` (from a test package's collection hook)."""
    for item in items:
        if folder in Path(str(item.fspath)).resolve().parents:
            item.add_marker(marker)


def skip_banner(reporter, title: str, skipped: list[str], hint: str, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """At the end of a run, say loudly that a group (the tests under ``folder``) was skipped, why, and how to get
    it: ``hint``. Under pytest-xdist the skips happened in the worker processes: their reports say why."""
    skipped = skipped or [str(report.longrepr[2]).removeprefix("Skipped: ")
                          for report in reporter.stats.get("skipped", [])
                          if isinstance(report.longrepr, tuple)
                          and folder in (reporter.config.rootpath / report.location[0]).resolve().parents]
    if skipped:
        reporter.write_sep("!", title, red=True, bold=True)
        reporter.write_line(f"{skipped[0]} — {hint}", red=True)


def skip_or_fail(reason: str | None, switch: str, group: str, skipped: list[str]) -> None:
    """Nothing when ``reason`` is None (all is installed). Else the test fails if the ``switch`` variable is 1 (CI:
    ``TTS_REQUIRE_BROWSER=1``), or is skipped, with one warning per run and the reason kept for ``skip_banner``."""
    if reason is None:
        return
    if os.environ.get(switch) == "1":
        pytest.fail(f"{switch}=1 but {reason}", pytrace=False)
    if not skipped:
        warnings.warn(f"{group} tests skipped: {reason}", stacklevel=2)
    skipped.append(reason)
    pytest.skip(reason)
