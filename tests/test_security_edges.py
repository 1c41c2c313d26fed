"""What a hostile review found at the edges (issue 12, item 10): page headers, a redirect built from the Host
header, a key check that let a newline through, an empty key name, and lock files that piled up."""

from __future__ import annotations

import threading

import pytest

from audio_cache import is_valid_key, key_lock, try_key_lock
from tts_service import create_app

KEY = "ab" * 32


def csp(response) -> dict[str, str]:
    policy = response.headers.get("Content-Security-Policy", "")
    return {d.split()[0]: d.strip() for d in policy.split(";") if d.strip()}


@pytest.mark.parametrize("path", ["/", "/demo/hai-bai"])
def test_the_demo_pages_cannot_be_framed_run_only_their_own_scripts_and_are_not_sniffed(client, path):
    response = client.get(path)
    assert response.status_code == 200 and response.mimetype == "text/html"
    policy = csp(response)
    assert policy["script-src"] == "script-src 'self'" and policy["object-src"] == "object-src 'none'"
    assert policy["frame-ancestors"] == "frame-ancestors 'none'" and policy["base-uri"] == "base-uri 'none'"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_the_iframe_player_may_be_framed_by_the_allowed_sites_only(data_dir):
    client = create_app({"data_dir": data_dir, "allowed_hosts": ("huecity.gov.vn", "*.hue.gov.vn")}).test_client()
    response = client.get("/embed?id=bai-1")
    assert response.status_code == 200
    ancestors = csp(response)["frame-ancestors"].split()[1:]
    assert set(ancestors) == {"'self'", "https://huecity.gov.vn:*", "http://huecity.gov.vn:*", "https://hue.gov.vn:*",
                              "http://hue.gov.vn:*", "https://*.hue.gov.vn:*", "http://*.hue.gov.vn:*"}
    assert "X-Frame-Options" not in response.headers  # it cannot say "these sites"; frame-ancestors does
    assert csp(response)["script-src"] == "script-src 'self'"


def test_without_allowed_sites_any_site_may_frame_the_iframe_player(client):
    response = client.get("/embed?id=bai-1")
    assert "frame-ancestors" not in csp(response) and "X-Frame-Options" not in response.headers
    assert csp(response)["script-src"] == "script-src 'self'"


def test_json_and_audio_are_not_sniffed_either(client):
    for path in ("/healthz", "/api/v1/lookup?id=x", f"/audio/{KEY}.mp3"):
        assert client.get(path).headers["X-Content-Type-Options"] == "nosniff", path


@pytest.mark.parametrize("path", [f"/audio//{KEY}.mp3", f"//audio/{KEY}.mp3", f"/audio///{KEY}.json"])
def test_a_doubled_slash_is_a_404_not_a_redirect_to_the_host_the_client_named(client, path):
    response = client.get(path, headers={"Host": "evil.example"})
    assert response.status_code == 404 and response.is_json and "Location" not in response.headers


def test_a_key_with_a_trailing_newline_is_not_a_key(client):
    assert is_valid_key(KEY) and not is_valid_key(KEY + "\n") and not is_valid_key(KEY.upper())
    assert client.get(f"/audio/{KEY}%0A.mp3").status_code == 404
    with pytest.raises(ValueError, match="not a key"):
        key_lock("/tmp", KEY + "\n").__enter__()


@pytest.mark.parametrize("name", ["", "   ", "cms\nname", "x" * 201])
def test_a_key_needs_a_name_an_admin_can_read(app, name):
    result = app.test_cli_runner().invoke(args=["tts", "create-key", name])
    assert result.exit_code == 2 and "name" in result.output.lower()
    assert "Traceback" not in result.output


def test_lock_files_do_not_pile_up(tmp_path):
    keys = [f"{i:064x}" for i in range(50)]
    for key in keys:
        with key_lock(tmp_path, key):
            pass
        with try_key_lock(tmp_path, key) as taken:
            assert taken
    assert list(tmp_path.iterdir()) == []


def test_a_lock_removed_while_another_waits_still_excludes(tmp_path):
    """The waiter must not hold a lock on a file the holder already removed while a third takes a new one."""
    inside, overlaps, start = [], [], threading.Barrier(8)

    def worker() -> None:
        start.wait()
        for _ in range(40):
            with key_lock(tmp_path, KEY):
                inside.append(1)
                if len(inside) > 1:
                    overlaps.append(1)
                inside.pop()

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert overlaps == [] and list(tmp_path.iterdir()) == []


def test_a_busy_key_is_still_seen_as_busy(tmp_path):
    with key_lock(tmp_path, KEY), try_key_lock(tmp_path, KEY) as taken:
        assert not taken
    with try_key_lock(tmp_path, KEY) as taken:
        assert taken


@pytest.mark.parametrize("module", ["audio_cache.keys", "audio_cache.auth", "tts_service.web", "tts_service.models",
                                    "tts_service.serving", "tts_service.config"])
def test_the_docstring_examples_hold(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0


def test_the_admin_console_keeps_its_own_stricter_policy(client):
    from tts_service.web.admin import ADMIN_POLICY

    response = client.get("/admin/dang-nhap")
    assert response.status_code == 200 and response.headers["Content-Security-Policy"] == ADMIN_POLICY
    assert response.headers["X-Frame-Options"] == "DENY"
