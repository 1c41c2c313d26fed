"""The screenreader group: a real Orca reads the player in Debian's Chromium; tests assert on what Orca says.

One stack (Xvfb, buses, Chromium, Orca: ``stack.ScreenReader``) for the whole group, one app served on 127.0.0.1.
Without the Debian packages the group is skipped with a loud warning; with ``TTS_REQUIRE_SCREENREADER=1`` (CI,
``.ci/run``) a missing package fails it instead. The transcript of everything Orca said, step by step, is written
to ``test-artifacts/screenreader-transcript.txt``.

The app is the real one. The only fake is the remote TTS service (``FakeGoogle``, real MP3 bytes), used for two
sites: on ``cham.example`` it answers only once a test opens its gate (a cold cache stays "being prepared" as long
as the test needs), and on ``loi.example`` it always fails (HTTP 503), so that article's narration really fails.
``regressed_server`` serves the same app with its widget broken on purpose, to show that the group hears the break.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from flask import Flask
from werkzeug import Response
from werkzeug.serving import make_server

from tests.conftest import API_KEY, ROOT, mark_folder, skip_banner, skip_or_fail
from tests.fakes.google import FakeGoogle
from tests.screenreader.stack import APT_PACKAGES, ScreenReader, why_unavailable
from tts_service import create_app

ARTIFACTS = ROOT / "test-artifacts"
TRANSCRIPT = ARTIFACTS / "screenreader-transcript.txt"
FAILING_TEXT = "Trạm đọc đang hỏng"  # the remote TTS answers 503 to any text containing this
_SKIPPED: list[str] = []


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    mark_folder(items, Path(__file__).resolve().parent, pytest.mark.screenreader)


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    skip_banner(terminalreporter, "SCREEN READER TESTS SKIPPED", _SKIPPED,
                f"install: apt-get install -y --no-install-recommends {APT_PACKAGES} "
                "(CI sets TTS_REQUIRE_SCREENREADER=1 and fails instead)", Path(__file__).resolve().parent)


@pytest.fixture(scope="package")
def screen_reader(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ScreenReader]:
    skip_or_fail(why_unavailable(), "TTS_REQUIRE_SCREENREADER", "screen reader", _SKIPPED)
    with ScreenReader.start(tmp_path_factory.mktemp("screenreader"), logs_to=ARTIFACTS) as sr:
        try:
            yield sr
        finally:
            ARTIFACTS.mkdir(exist_ok=True)
            TRANSCRIPT.write_text(sr.transcript(), encoding="utf-8")
    assert not sr.leftovers, f"still running after the stack stopped: {sr.leftovers}"


@pytest.fixture(autouse=True)
def _transcript_heading(request: pytest.FixtureRequest) -> None:
    if "screen_reader" in request.fixturenames:
        if "live_server" in request.fixturenames:
            request.getfixturevalue("live_server")  # first: the demos are narrated while the stack starts
        request.getfixturevalue("screen_reader").note(f"\n=== {request.node.name}")


class Gate:
    """The slow remote voice: requests wait until the test opens the gate (at most ``limit`` seconds)."""

    def __init__(self, limit: float = 30.0) -> None:
        self.open = threading.Event()
        self.limit = limit

    def choose(self, _n: int, text: str) -> str:
        if FAILING_TEXT in text:
            return "503"
        self.open.wait(self.limit)
        return "ok"


@pytest.fixture(scope="package")
def remote_gate() -> Iterator[Gate]:
    yield (gate := Gate())
    gate.open.set()  # never leave a job thread waiting


@pytest.fixture(scope="package")
def remote_tts(remote_gate: Gate) -> Iterator[FakeGoogle]:
    with FakeGoogle() as fake:
        fake.chooser = remote_gate.choose
        yield fake


@pytest.fixture(scope="package")
def app(tmp_path_factory: pytest.TempPathFactory, remote_tts: FakeGoogle) -> Flask:
    """One app for the group: demo pages with the offline voice; two test sites through the remote voice."""
    saved = {k: os.environ.pop(k) for k in list(os.environ) if k.startswith("TTS_")}
    try:
        return create_app({
            "data_dir": tmp_path_factory.mktemp("screenreader-app") / "var", "api_keys": [API_KEY],
            "site_engines": (("cham.example", ("gtts",)), ("loi.example", ("gtts",))),
            "gtts_url": remote_tts.url, "gtts_retries": 0, "gtts_timeout": 40.0, "gtts_backoff": 0.01,
            "gtts_rps": 50.0, "sync_max_chars": 1,  # every pushed article is narrated by a job, as a long one is
        })
    finally:
        os.environ.update(saved)


class Server:
    """The app on a real threaded HTTP server at 127.0.0.1; ``stop()`` and ``start()`` keep the same port."""

    def __init__(self, app: Callable, port: int = 0) -> None:
        self.app, self.port = app, port
        self.start()

    def start(self) -> None:
        self.server = make_server("127.0.0.1", self.port, self.app, threaded=True)
        self.port = self.server.server_port
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@pytest.fixture(scope="package")
def live_server(app: Flask) -> Iterator[str]:
    """The app at 127.0.0.1; its demo pages are narrated at once, in a thread (as by their first visitor): a page
    asked for meanwhile waits for that narration instead of making its own."""
    server = Server(app)
    visits: list[int] = []
    warm = threading.Thread(target=lambda: visits.extend(app.test_client().get(p).status_code
                                                          for p in ("/", "/demo/hai-bai")), daemon=True)
    warm.start()
    try:
        yield server.url
    finally:
        warm.join(60)
        server.stop()
    assert visits == [200, 200]


@pytest.fixture
def second_server(app: Flask) -> Iterator[Server]:
    """Another listener of the same app (same index, other port): a test may take it down and bring it back."""
    server = Server(app)
    try:
        yield server
    finally:
        if server.thread.is_alive():
            server.stop()


class Regressed:
    """The app with its player broken on purpose: ``widget.js`` served with each ``(before, after)`` replaced, all
    else passed through. A ``before`` no longer in the widget fails at once (the regression must really happen).

        Server(Regressed(app, [('"aria-live": "polite"', "")]))  # the player without its live region
    """

    def __init__(self, app: Flask, changes: Iterable[tuple[str, str]]) -> None:
        script = app.test_client().get("/widget.js").get_data(as_text=True)
        for before, after in changes:
            assert script.count(before) == 1, f"{before!r} is not (once) in widget.js: the regression would not happen"
            script = script.replace(before, after)
        self.app, self.script = app, script

    def __call__(self, environ: dict, start_response):  # type: ignore[no-untyped-def]
        if environ.get("PATH_INFO") != "/widget.js":
            return self.app(environ, start_response)
        reply = Response(self.script, mimetype="text/javascript", headers={"Cache-Control": "no-store"})
        return reply(environ, start_response)


@pytest.fixture
def regressed_server(app: Flask) -> Iterator[Callable[[Iterable[tuple[str, str]]], str]]:
    """``regressed_server(changes)`` → the URL of the app with its widget broken by ``changes`` (``Regressed``)."""
    servers: list[Server] = []

    def serve(changes: Iterable[tuple[str, str]]) -> str:
        servers.append(Server(Regressed(app, changes)))
        return servers[-1].url

    try:
        yield serve
    finally:
        for server in servers:
            server.stop()


@pytest.fixture(scope="package")
def portal(live_server: str) -> Iterator[str]:
    """Another site (another origin) that embeds the player as an iframe, as a CMS that forbids scripts does."""
    from tts_service.web.public import DEMO_ID

    site = Flask("portal")

    @site.get("/")
    def page() -> str:
        return (f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin phường</title>'
                f'</head><body><main><h1>Tin tức phường</h1><p>Bài viết trên <a href="#tin">cổng của phường</a>.</p>'
                f'<iframe title="Đọc bài viết" src="{live_server}/embed?id={DEMO_ID}" width="640" height="150">'
                f'</iframe><p id="tin">Hết bài.</p></main></body></html>')

    server = Server(site)
    try:
        yield server.url + "/"
    finally:
        server.stop()
