"""Configuration as an operator meets it: every wrong value stops the start with a message naming the variable."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tts_service import create_app, load_settings
from tts_service.config import ConfigError, Settings, markdown_table

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("name", "value"), [
    # the values a hostile review found accepted (issue 12, item 8)
    ("TTS_MAX_REQUEST_BYTES", "0"), ("TTS_MAX_REQUEST_BYTES", "-5"),
    ("TTS_MAX_ARTICLE_CHARS", "0"), ("TTS_MAX_ARTICLE_CHARS", "-1"),
    ("TTS_JOB_WORKERS", "100000"),
    ("TTS_WEBHOOK_TIMEOUT_S", "0"),
    ("TTS_WEBHOOK_MAX_ATTEMPTS", "-1"),
    ("TTS_WEBHOOK_BACKOFF_S", "-5"),
    ("TTS_HISTORY_GRACE_S", "-1"),
    ("TTS_VOICE", "klingon"),
    # and their neighbours
    ("TTS_WORKERS", "0"), ("TTS_WORKERS", "many"),
    ("TTS_SYNC_MAX_CHARS", "-1"), ("TTS_MAX_WAIT_S", "-1"), ("TTS_CACHE_BUDGET_MB", "-1"),
    ("TTS_RATE", "5"), ("TTS_MP3_BITRATE", "33"), ("TTS_GTTS_TIMEOUT", "inf"), ("TTS_DEMO", "perhaps"),
    ("TTS_PUBLIC_URL", "doc.example.vn"), ("TTS_GTTS_URL", "ftp://x"), ("TTS_ACCEL_REDIRECT", "_dbv_audio"),
    ("TTS_SECRET_KEY", "short"), ("TTS_WEBHOOK_SECRET", "short"), ("TTS_GTTS_TLD", "com/evil"),
    ("TTS_SITE_ENGINES", "a.vn="), ("TTS_ENGINE", ","),
])
def test_a_value_that_would_break_the_service_stops_the_start_naming_the_variable(tmp_path, name, value):
    with pytest.raises(ConfigError, match=re.escape(name)) as refused:
        load_settings({"TTS_DATA_DIR": str(tmp_path), name: value})
    assert "Traceback" not in str(refused.value)


def test_a_refusal_says_what_is_accepted(tmp_path):
    with pytest.raises(ConfigError, match="TTS_JOB_WORKERS must be 1–16 threads, got 100000"):
        Settings.from_env({"TTS_DATA_DIR": str(tmp_path), "TTS_JOB_WORKERS": "100000"})
    with pytest.raises(ConfigError, match=r"TTS_VOICE 'klingon' is not a voice .*espeak: vi, vi-VN-x-central"):
        load_settings({"TTS_DATA_DIR": str(tmp_path), "TTS_VOICE": "klingon"})
    with pytest.raises(ConfigError, match=r"TTS_WEBHOOK_SECRET is not valid .* got \(hidden\)"):
        Settings.from_env({"TTS_DATA_DIR": str(tmp_path), "TTS_WEBHOOK_SECRET": "tell-no-one"})


def test_the_workers_the_makefile_and_dockerfile_read_and_the_test_switches_are_accepted(tmp_path):
    settings = load_settings({"TTS_DATA_DIR": str(tmp_path), "TTS_WORKERS": "4", "TTS_VOICE": "vi-VN-x-south",
                              "TTS_REQUIRE_BROWSER": "1", "TTS_REQUIRE_NGINX": "1",
                              "TTS_REQUIRE_SCREENREADER": "1", "TTS_REQUIRE_SCALEOUT": "1"})
    assert settings.workers == 4 and settings.voice == "vi-VN-x-south"
    with pytest.raises(ConfigError, match=r"unknown setting\(s\) TTS_WROKERS"):
        load_settings({"TTS_DATA_DIR": str(tmp_path), "TTS_WROKERS": "4"})


def test_overrides_are_held_to_the_same_bounds(tmp_path):
    with pytest.raises(ConfigError, match="TTS_MAX_REQUEST_BYTES"):
        create_app({"data_dir": tmp_path, "max_request_bytes": 0})


def test_with_the_demo_off_its_pages_are_gone_and_nothing_is_synthesised(tmp_path):
    client = create_app({"data_dir": tmp_path, "demo": False}).test_client()
    for path in ("/", "/demo/hai-bai", "/demo/article.json"):
        response = client.get(path)
        assert response.status_code == 404 and response.json["error"]["code"] == "not_found", path
    assert not list((tmp_path / "audio").rglob("*.mp3"))
    assert client.get("/healthz").status_code == 200 and client.get("/widget.js").status_code == 200


def test_the_docker_image_ships_with_the_demo_off():
    instructions = (ROOT / "Dockerfile").read_text().replace("\\\n", " ").splitlines()
    assert any(line.startswith("ENV ") and "TTS_DEMO=false" in line.split() for line in instructions)


def test_the_readme_configuration_table_is_the_declared_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert markdown_table() in readme, "README is out of date: paste `python -m tts_service settings`"


def test_config_does_not_know_the_engines():
    tree = ast.parse((ROOT / "tts_service" / "config.py").read_text())
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    assert not any(name and name.startswith("tts_service.engines") for name in imported)


def test_the_settings_command_prints_the_table():
    done = subprocess.run([sys.executable, "-m", "tts_service", "settings"], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, env={"PATH": "/usr/bin:/bin"})
    assert done.returncode == 0 and "| `TTS_WORKERS` |" in done.stdout


def test_workers_starting_at_the_same_moment_all_find_the_data_folder_writable(tmp_path):
    """gunicorn restarts every worker at once after a crash (harden's kill -9 fault): each checks TTS_DATA_DIR
    on start, and a check one worker cleans up under another must not stop that one (the master then shuts the
    whole service down, "Worker failed to boot")."""
    import threading

    settings = Settings(data_dir=tmp_path)
    errors: list[Exception] = []
    start = threading.Barrier(8)

    def boot() -> None:
        start.wait()
        for _ in range(200):
            try:
                settings.validated()
            except ConfigError as exc:
                errors.append(exc)
                return

    threads = [threading.Thread(target=boot) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [], "no probe is left behind"


def test_a_full_data_disk_does_not_stop_the_start(tmp_path, monkeypatch, caplog):
    """A full disk is the store's to report (507 on new audio, cached audio still served), not a reason to
    refuse to start: a worker restarted while the disk is full must come up."""
    import errno
    import tempfile

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tempfile, "mkstemp", full)
    Settings(data_dir=tmp_path).validated()
    assert "No space left on device" in caplog.text


def test_a_data_folder_that_cannot_be_written_still_stops_the_start(tmp_path):
    target = tmp_path / "file-not-folder"
    target.write_text("x")
    with pytest.raises(ConfigError, match=r"TTS_DATA_DIR .* is not a writable directory"):
        Settings(data_dir=target).validated()
