"""The shipped ways to start the service — `make run`, the Docker image's CMD with its ENV, compose — start the same
server, and it keeps answering while clients send their headers a line a second (Docker itself does not run
here: the test runs the image's CMD line with the image's environment, bound to 127.0.0.1 instead of 0.0.0.0)."""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml

from harden.slow import SlowClients, probe
from tests.test_cache_support import free_port, wait_until_healthy
from tts_service.config import TEST_SWITCHES, Settings, env_name

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = (ROOT / "Dockerfile").read_text()
MAKEFILE = (ROOT / "Makefile").read_text()


def instructions(name: str) -> list[str]:
    """Every ``name`` instruction of the Dockerfile, continuation lines joined."""
    joined = DOCKERFILE.replace("\\\n", " ").splitlines()
    return [line[len(name) + 1:].strip() for line in joined if line.startswith(name + " ")]


def image_env() -> dict[str, str]:
    env: dict[str, str] = {}
    for line in instructions("ENV"):
        env.update(dict(part.split("=", 1) for part in shlex.split(line)))
    return env


def image_command() -> str:
    (cmd,) = instructions("CMD")
    argv = json.loads(cmd)
    assert argv[:2] == ["sh", "-c"]
    return argv[2]


def gunicorn_flags(command: str) -> list[str]:
    """The gunicorn arguments of a start line, with the address and the shell spelling of variables left out."""
    words = shlex.split(re.sub(r"\$\$", "$", command.split("gunicorn", 1)[1]))
    flags, skip = [], False
    for word in words:
        if skip or word == "--bind":
            skip = word == "--bind"
            continue
        flags.append(word)
    return flags


def test_make_run_and_the_image_start_gunicorn_with_the_same_worker_and_flags():
    make_line = MAKEFILE.split("\nrun:", 1)[1].split("\n\n", 1)[0].replace("\\\n", " ")
    assert gunicorn_flags(make_line) == gunicorn_flags(image_command())
    assert "--worker-class tts_service.serving.AudioWorker" in " ".join(gunicorn_flags(make_line))
    assert "python -m tts_service check" in image_command() and "-m tts_service check" in make_line


def test_compose_runs_the_image_as_it_is_with_settings_the_service_knows():
    service = yaml.safe_load((ROOT / "compose.yaml").read_text())["services"]["tts"]
    assert service["build"] == "." and "command" not in service and "entrypoint" not in service
    assert service["ports"] == [f"{image_env()['TTS_PORT']}:{image_env()['TTS_PORT']}"]
    assert any(v.endswith(":/data") for v in service["volumes"]) and image_env()["TTS_DATA_DIR"] == "/data"
    known = {env_name(f) for f in Settings.__dataclass_fields__.values()}
    assert set(service["environment"]) <= known - TEST_SWITCHES
    assert service["read_only"] is True and service["cap_drop"] == ["ALL"]


def start(how: str, tmp_path: Path, port: int) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TTS_")}
    env["PATH"] = f"{Path(sys.executable).parent}:{env.get('PATH', '/usr/bin:/bin')}"
    env.update(TTS_API_KEYS="deploy-test-key-0123456789", TTS_CLIENT_TIMEOUT_S="3")
    if how == "docker-cmd":
        image = image_env()  # the image's PATH names its own venv; keep ours behind it, as the shell would
        image["PATH"] = image.get("PATH", "$PATH").replace("$PATH", env["PATH"])
        env.update(image)
        command = image_command().replace("0.0.0.0:", "127.0.0.1:")  # loopback only in tests
        argv = ["sh", "-c", command]
    else:
        argv = ["make", "-s", "run"]
    env.update(TTS_DATA_DIR=str(tmp_path / "data"), TTS_PORT=str(port), PYTHONPATH=str(ROOT))
    return subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


@pytest.mark.slow
@pytest.mark.parametrize("how", ["docker-cmd", "make-run"])
def test_the_started_service_keeps_answering_while_clients_crawl(tmp_path, how):
    port = free_port()
    proc = start(how, tmp_path, port)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_healthy(base, timeout=60)
        if how == "docker-cmd":
            with pytest.raises(urllib.error.HTTPError, match="404"):
                urllib.request.urlopen(base + "/", timeout=30)  # the image ships with the demo off
        with SlowClients("127.0.0.1", port, connections=60):
            time.sleep(1)
            (health,) = probe("127.0.0.1", port, ["/healthz"], seconds=4)
        assert health.answered == len(health.latencies), health.line()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)

