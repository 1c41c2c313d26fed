"""Shared fixtures: a real app on a real SQLite file in a temp dir, its client, and a live server."""

from __future__ import annotations

import os
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


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
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


def stored_files(data_dir: Path) -> list[Path]:
    """Every file under the audio store (temp files included: a failed request must leave none)."""
    root = data_dir / "audio"
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name != ".healthz") if root.exists() else []


def mark_folder(items: list[pytest.Item], folder: Path, marker: pytest.MarkDecorator) -> None:
    """Give every collected test under ``folder`` the ``marker`` (from a test package's collection hook)."""
    for item in items:
        if folder in Path(str(item.fspath)).resolve().parents:
            item.add_marker(marker)


def skip_banner(reporter, title: str, skipped: list[str], hint: str) -> None:  # type: ignore[no-untyped-def]
    """At the end of a run, say loudly that a group was skipped, why, and how to get it: ``hint``."""
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
