"""The admin console's fixtures: an app with an admin and an editor, and a client that signs in like a browser
(reading the CSRF token from the form it was served)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.test_cache_support import running_app

ADMIN = ("quantri", "mat-khau-quan-tri-1")
EDITOR = ("bientap", "mat-khau-bien-tap-1")
_TOKEN = re.compile(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"')


def csrf_token(html: str) -> str:
    """The CSRF token of the first form on a page."""
    match = _TOKEN.search(html) or re.search(r'value="([^"]+)" name="csrf_token"', html)
    assert match, "no CSRF token on the page"
    return match.group(1)


class Console:
    """A signed-in (or not) browser-like client: ``post`` sends the token the last page carried."""

    def __init__(self, client: FlaskClient) -> None:
        self.client = client
        self.last_html = ""

    def get(self, path: str, **kw):  # type: ignore[no-untyped-def]
        return self._keep(self.client.get(path, **kw))

    def _keep(self, response):  # type: ignore[no-untyped-def]
        """Remember the last page that carried a form token (as a browser keeps the page it shows)."""
        if response.mimetype == "text/html" and "csrf_token" in response.get_data(as_text=True):
            self.last_html = response.get_data(as_text=True)
        return response

    def token(self) -> str:
        if "csrf_token" not in self.last_html:
            self.get("/admin/dang-nhap")
        return csrf_token(self.last_html)

    def post(self, path: str, data: dict | None = None, **kw):  # type: ignore[no-untyped-def]
        data = {"csrf_token": self.token(), **(data or {})}
        return self._keep(self.client.post(path, data=data, **kw))

    def sign_in(self, name: str, password: str):  # type: ignore[no-untyped-def]
        self.get("/admin/dang-nhap")
        return self.post("/admin/dang-nhap", {"name": name, "password": password})


@pytest.fixture(autouse=True)
def _cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt at a lower cost (N=2^10) in these tests: the same code path, a fraction of the CPU time."""
    monkeypatch.setattr("tts_service.accounts.HASH_METHOD", "scrypt:1024:8:1")


#: The console's tests pre-generate from sites served on 127.0.0.1: the fetch gate allows it explicitly.
LOCAL_FETCH = {"allowed_hosts": ("127.0.0.1",), "allow_private_fetch": True}


@pytest.fixture
def app(data_dir: Path) -> Iterator[Flask]:
    with running_app(data_dir, **LOCAL_FETCH) as app:
        users = app.extensions["users"]
        users.create(ADMIN[0], ADMIN[1], "admin")
        users.create(EDITOR[0], EDITOR[1], "editor")
        yield app


@pytest.fixture
def anon(app: Flask) -> Console:
    return Console(app.test_client())


@pytest.fixture
def admin(app: Flask) -> Console:
    console = Console(app.test_client())
    assert console.sign_in(*ADMIN).status_code == 302
    return console


@pytest.fixture
def editor(app: Flask) -> Console:
    console = Console(app.test_client())
    assert console.sign_in(*EDITOR).status_code == 302
    return console
