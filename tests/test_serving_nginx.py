"""The nginx set-up docs/nginx.md recommends, run for real: nginx in front, the app decides, nginx sends.

The server block is taken from docs/nginx.md itself (only addresses and paths are replaced), so the documented
configuration is the tested one. Needs the nginx binary: skipped without it, except where
``TTS_REQUIRE_NGINX=1`` (.ci/run) makes a missing nginx a failure.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import service_env
from tests.test_cache_support import free_port, wait_until_healthy

ROOT = Path(__file__).resolve().parent.parent
API_KEY = "nginx-test-key-0123456789"
NGINX = shutil.which("nginx") or next(
    (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if os.access(p, os.X_OK)), None)

if NGINX is None:
    if os.environ.get("TTS_REQUIRE_NGINX") == "1":
        raise RuntimeError("TTS_REQUIRE_NGINX=1 but there is no nginx binary")
    pytest.skip("nginx is not installed", allow_module_level=True)


def documented_config(app_port: int, port: int, audio_dir: Path, tmp: Path) -> str:
    """docs/nginx.md's X-Accel-Redirect configuration with this test's addresses and paths."""
    text = (ROOT / "docs" / "nginx.md").read_text(encoding="utf-8")
    block = re.search(r"## 1\. X-Accel-Redirect.*?```nginx\n(.*?)```", text, re.S).group(1)
    assert "internal;" in block
    block = (block.replace("127.0.0.1:8000", f"127.0.0.1:{app_port}")
             .replace("listen 443 ssl http2;", f"listen 127.0.0.1:{port};")
             .replace("/srv/doc-bai-viet/var/audio/", f"{audio_dir}/"))
    user = "user root;" if os.geteuid() == 0 else ""
    temp = "\n".join(f"  {name}_temp_path {tmp}/{name};" for name in ("client_body", "proxy", "fastcgi", "uwsgi",
                                                                        "scgi"))
    return (f"{user} worker_processes 1; pid {tmp}/nginx.pid; error_log {tmp}/error.log;\n"
            f"events {{ worker_connections 64; }}\n"
            f"http {{\n  access_log off;\n{temp}\n{block}\n}}\n")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    tmp = tmp_path_factory.mktemp("nginx")
    data_dir = tmp / "var"
    app_port, port = free_port(), free_port()
    env = service_env()
    env.update(TTS_DATA_DIR=str(data_dir), TTS_API_KEYS=API_KEY, TTS_ACCEL_REDIRECT="/_dbv_audio/",
               PYTHONPATH=str(ROOT))
    (data_dir / "audio").mkdir(parents=True)
    conf = tmp / "nginx.conf"
    conf.write_text(documented_config(app_port, port, data_dir / "audio", tmp))
    check = subprocess.run([NGINX, "-t", "-c", str(conf)], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    base = f"http://127.0.0.1:{port}"
    with contextlib.ExitStack() as stack:  # whatever fails, no server outlives the test
        for args in ([str(Path(sys.executable).parent / "gunicorn"), "--bind", f"127.0.0.1:{app_port}",
                      "--workers", "1", "--threads", "4", "--worker-class", "tts_service.serving.AudioWorker",
                      "tts_service:create_app()"],
                     [NGINX, "-c", str(conf), "-g", "daemon off;"]):
            proc = stack.enter_context(subprocess.Popen(args, env=env, cwd=ROOT, stderr=subprocess.DEVNULL))
            stack.callback(proc.wait, 15)
            stack.callback(proc.terminate)
        wait_until_healthy(base)
        yield base, data_dir


def _post_article(base: str) -> dict:
    request = urllib.request.Request(
        base + "/api/v1/articles?wait=60", method="POST",
        data=json.dumps({"id": "nginx-1", "title": "Tin", "text": "Một câu ngắn cho nginx."}).encode(),
        headers={"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=90) as r:
        return json.loads(r.read())


def test_audio_through_the_documented_nginx_has_the_apps_headers_once_and_the_files_bytes(site):
    base, data_dir = site
    body = _post_article(base)
    key = body["key"]
    on_disk = (data_dir / "audio" / key[:2] / key[2:4] / f"{key}.mp3").read_bytes()
    with urllib.request.urlopen(base + body["audio_url"], timeout=10) as r:
        assert r.status == 200 and r.read() == on_disk
        assert r.headers["Server"].startswith("nginx")  # nginx sent the bytes, not the app
        assert r.headers.get_all("Cache-Control") == ["public, max-age=31536000, immutable"]
        assert r.headers.get_all("Access-Control-Allow-Origin") == ["*"]
        assert r.headers["X-Content-Type-Options"] == "nosniff" and r.headers["Content-Type"] == "audio/mpeg"
        assert "X-Accel-Redirect" not in r.headers
    ranged = urllib.request.Request(base + body["audio_url"], headers={"Range": "bytes=0-99"})
    with urllib.request.urlopen(ranged, timeout=10) as r:
        assert r.status == 206 and r.read() == on_disk[:100]


def test_tai_mp3_through_nginx_saves_the_file_named_after_the_article(site):
    """X-Accel-Redirect keeps the app's Content-Disposition: inline to play, attachment for "Tải MP3"."""
    base, _ = site
    url = base + _post_article(base)["audio_url"]
    with urllib.request.urlopen(url, timeout=10) as played, urllib.request.urlopen(url + "?download=1") as saved:
        assert played.headers.get("Content-Disposition", "inline").startswith("inline")  # none: inline
        assert saved.headers["Server"].startswith("nginx") and saved.read() == played.read()
        assert saved.headers.get_all("Content-Disposition") == [
            "attachment; filename=\"Tin.mp3\"; filename*=UTF-8''Tin.mp3"]


def test_unknown_keys_get_the_apps_404_and_the_internal_location_is_not_reachable(site):
    base, _ = site
    with pytest.raises(urllib.error.HTTPError) as unknown:
        urllib.request.urlopen(base + "/audio/" + "e" * 64 + ".mp3", timeout=10)
    assert unknown.value.code == 404 and unknown.value.headers["Content-Type"] == "application/json"
    key = _post_article(base)["key"]
    with pytest.raises(urllib.error.HTTPError) as direct:
        urllib.request.urlopen(f"{base}/_dbv_audio/{key[:2]}/{key[2:4]}/{key}.mp3", timeout=10)
    assert direct.value.code == 404
