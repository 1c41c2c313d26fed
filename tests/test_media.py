"""pydub works from wheels alone and prints nothing at import."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_pydub_imports_without_warnings_and_finds_ffmpeg_without_debian_packages(tmp_path):
    code = (
        "from tts_service.media import load_pydub\n"
        "p = load_pydub()\n"
        "import shutil; print(shutil.which('ffmpeg') is not None)\n"
    )
    env = {"PATH": "/nonexistent", "TMPDIR": str(tmp_path), "PYTHONWARNINGS": "default"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=Path(__file__).resolve().parent.parent,
        capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.strip() == "True"
