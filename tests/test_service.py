"""The service as an operator and a reader meet it: start-up, health, demo page, widget, real HTTP."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import stored_index
from tts_service import create_app, load_settings
from tts_service.config import ConfigError, Settings
from tts_service.extract import extract_article


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"TTS_PORT": "abc"}, "TTS_PORT must be a whole number"),
        ({"TTS_PORT": "70000"}, "TTS_PORT must be 1–65535"),
        ({"TTS_ENGINE": "nope"}, "TTS_ENGINE must list engines"),
        ({"TTS_API_KEYS": "short"}, "at least 16 characters"),
        ({"TTS_POTR": "8000"}, "unknown setting(s) TTS_POTR"),
        ({"TTS_ALLOW_PRIVATE_FETCH": "maybe"}, "must be true or false"),
    ],
)
def test_a_wrong_setting_stops_start_up_with_a_message_naming_it(env, message, tmp_path):
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_settings({"TTS_DATA_DIR": str(tmp_path), **env})


def test_the_configuration_contract_is_honoured(tmp_path):
    settings = Settings.from_env(
        {"TTS_PORT": "8123", "TTS_DATA_DIR": str(tmp_path / "d"), "TTS_API_KEYS": "a" * 20 + "," + "b" * 20,
         "TTS_ENGINE": "espeak"}
    )
    assert settings.port == 8123 and settings.data_dir == tmp_path / "d" and settings.engine == ("espeak",)
    assert len(settings.api_key_hashes) == 2 and "a" * 20 not in repr(settings)


def test_check_command_prints_a_clear_error_without_traceback(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "TTS_DATA_DIR": str(tmp_path), "TTS_PORT": "eighty"}
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-m", "tts_service", "check"], env=env, cwd=root,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "TTS_PORT must be a whole number" in done.stderr and "Traceback" not in done.stderr


def test_health_says_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json["status"] == "ok"


def test_the_demo_page_shows_the_article_with_the_player(client):
    page = client.get("/")
    assert page.status_code == 200
    html = page.data.decode()
    assert '<html lang="vi">' in html and "Hội nghị trực báo quý III" in html
    assert "Xem cỡ chữ:" in html and "Đọc bài viết:" in html and 'src="/widget.js"' in html
    article = extract_article(html)
    assert "Xem cỡ chữ" not in article.text and article.blocks[-1].text == "Văn phòng Thành ủy Huế"
    lookup = client.get("/api/v1/lookup?id=demo:huecity-hoi-nghi-truc-bao-quy-iii")
    assert lookup.status_code == 200 and client.get(lookup.json["audio_url"]).status_code == 200


def test_the_widget_is_a_native_button_with_a_vietnamese_label_and_no_autoplay(client):
    response = client.get("/widget.js")
    assert response.status_code == 200 and "javascript" in response.mimetype
    js = response.data.decode()
    assert 'el("button", { type: "button", "class": "b play", "aria-pressed"' in js and "Đọc bài viết" in js
    assert "autoplay" not in js.lower() and ".innerHTML" not in js


def test_a_cli_created_key_works_and_is_stored_only_hashed(app, data_dir):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["tts", "create-key", "cms-hue", "--site", "huecity.gov.vn"])
    assert result.exit_code == 0
    secret = result.output.strip()
    assert len(secret) >= 32
    assert secret.encode() not in stored_index(data_dir)
    client = app.test_client()
    ok = client.post("/api/v1/articles", json={"title": "Tin", "text": "Một câu."},
                     headers={"Authorization": f"Bearer {secret}"})
    assert ok.status_code == 200
    assert runner.invoke(args=["tts", "revoke-key", "cms-hue"]).output.startswith("revoked 1")
    refused = client.post("/api/v1/articles", json={"title": "Tin", "text": "Một câu."},
                          headers={"Authorization": f"Bearer {secret}"})
    assert refused.status_code == 401


def test_a_real_http_server_on_loopback_serves_the_whole_flow(live_server, seed_html):
    from tests.conftest import API_KEY

    request = urllib.request.Request(
        f"{live_server}/api/v1/articles",
        data=json.dumps({"id": "live", "html": seed_html}).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {API_KEY}"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=120) as response:
        body = json.loads(response.read())
    ranged = urllib.request.Request(f"{live_server}{body['audio_url']}", headers={"Range": "bytes=0-1"})
    with urllib.request.urlopen(ranged, timeout=30) as response:
        assert response.status == 206 and response.read() == b"ID"  # the ID3v2 tag comes first
    with urllib.request.urlopen(f"{live_server}/healthz", timeout=30) as response:
        assert json.loads(response.read())["status"] == "ok"


def test_create_app_builds_nothing_at_import_and_apps_are_independent(tmp_path):
    one = create_app({"data_dir": tmp_path / "one"})
    two = create_app({"data_dir": tmp_path / "two"})
    assert one.extensions["narrator"] is not two.extensions["narrator"]
    assert (tmp_path / "one" / "index.sqlite3").exists() and (tmp_path / "two" / "index.sqlite3").exists()
