"""Real Chromium (Debian's /usr/bin/chromium) driven by Playwright against the app on 127.0.0.1.

One browser for the browser package, closed before the other tests run (Playwright's sync API leaves an event
loop running in the main thread, inside which ``asyncio.run`` — the edge engine's — refuses to start); one fresh
context (its own temporary profile, empty localStorage) per test.
Without Chromium the browser tests are skipped with a loud warning; with ``TTS_REQUIRE_BROWSER=1`` (CI) a
missing browser fails them instead. Never run ``playwright install``: it downloads, and CI is offline.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from tests.conftest import mark_folder, skip_banner, skip_or_fail
from tts_service import create_app

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")  # Debian's; override for other systems
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parent.parent.parent / "test-artifacts"
_SKIPPED: list[str] = []


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    mark_folder(items, Path(__file__).resolve().parent, pytest.mark.browser)


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    skip_banner(terminalreporter, "BROWSER TESTS SKIPPED", _SKIPPED,
                "install it: apt-get install -y chromium (CI sets TTS_REQUIRE_BROWSER=1 and fails instead)",
                Path(__file__).resolve().parent)


def _chromium_path() -> str | None:
    if os.path.exists(CHROMIUM):
        return CHROMIUM
    return shutil.which("chromium") if "CHROMIUM_PATH" not in os.environ else None


def _why_unavailable() -> str | None:
    if not _chromium_path():
        return f"no Chromium at {CHROMIUM}"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -r requirements-dev.txt)"
    return None


@pytest.fixture(scope="package")
def browser() -> Iterator[object]:
    skip_or_fail(_why_unavailable(), "TTS_REQUIRE_BROWSER", "browser", _SKIPPED)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=_chromium_path(), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture(scope="package")
def app(tmp_path_factory: pytest.TempPathFactory) -> Flask:
    """One app for the browser tests: the demo article is narrated once, not once per test."""
    saved = {k: os.environ.pop(k) for k in list(os.environ) if k.startswith("TTS_") and k != "TTS_REQUIRE_BROWSER"}
    try:
        # the portal of the cross-origin test runs on 127.0.0.1: an allowed site, so the widget's API answers it
        return create_app({"data_dir": tmp_path_factory.mktemp("browser") / "var", "allowed_hosts": ("127.0.0.1",)})
    finally:
        os.environ.update(saved)


@pytest.fixture(scope="package")
def live_server(app: Flask, browser: object) -> Iterator[str]:
    """The app on a real threaded HTTP server at 127.0.0.1, with the demo pages narrated before any test."""
    from tests.test_cache_support import serving

    with app.test_client() as client:
        assert client.get("/").status_code == 200
        assert client.get("/demo/hai-bai").status_code == 200
    with serving(app) as base:
        yield base


@pytest.fixture
def page(browser, live_server: str) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A fresh context per test (new profile: no localStorage), console errors collected on ``page.errors``."""
    context = browser.new_context(locale="vi-VN", viewport={"width": 1200, "height": 860})
    pg = context.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    pg.on("console", lambda m: m.type == "error" and pg.errors.append(m.text))
    yield pg
    context.close()


def shot(page, name: str) -> Path:  # type: ignore[no-untyped-def]
    """Save a screenshot of the current state under test-artifacts/ (gitignored) and return its path."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path
