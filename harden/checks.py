"""After the attack: every stored file decodes, nothing accepted was lost, no lock or temp file was left."""

from __future__ import annotations

import json
import subprocess
import wave
from pathlib import Path

from tts_service.media import ffmpeg_path


def decoded_seconds(mp3: bytes) -> float | None:
    """Seconds of audio ffmpeg decodes from ``mp3`` with no error at all; None when it reports any."""
    done = subprocess.run([ffmpeg_path(), "-v", "error", "-nostdin", "-f", "mp3", "-i", "pipe:0", "-f", "s16le",
                           "-ac", "1", "-ar", "8000", "pipe:1"], input=mp3, capture_output=True, timeout=120,
                          check=False)
    if done.returncode != 0 or done.stderr.strip() or not done.stdout:
        return None
    return len(done.stdout) / 2 / 8000


def undecodable(audio_dir: Path) -> list[str]:
    """Stored files that are not what their name says: MP3 that ffmpeg cannot decode cleanly, WAV without
    samples, marks that are not JSON, captions that are not WebVTT. Temp files are left to :func:`leftovers`."""
    bad = []
    for path in sorted(audio_dir.rglob("*")):
        if not path.is_file() or path.name.startswith("."):
            continue
        data = path.read_bytes()
        kind = path.suffix
        ok = True
        if kind == ".mp3":
            ok = decoded_seconds(data) is not None
        elif kind == ".wav":
            try:
                with wave.open(str(path)) as w:
                    ok = w.getnframes() > 0
            except (wave.Error, EOFError):
                ok = False
        elif kind == ".json":
            try:
                json.loads(data)
            except ValueError:
                ok = False
        elif kind == ".vtt":
            ok = data.startswith(b"WEBVTT")
        if not ok:
            bad.append(str(path.relative_to(audio_dir)))
    return bad


def leftovers(data_dir: Path) -> dict[str, int]:
    """Lock files and temp files still there once everything is at rest."""
    locks = list((data_dir / "locks").glob("*.lock")) if (data_dir / "locks").is_dir() else []
    temps = [p for p in (data_dir / "audio").rglob(".tmp-*")] if (data_dir / "audio").is_dir() else []
    return {"lock files": len(locks), "temp files": len(temps)}


def count_stored(audio_dir: Path) -> int:
    return sum(1 for p in audio_dir.rglob("*") if p.is_file() and not p.name.startswith("."))

