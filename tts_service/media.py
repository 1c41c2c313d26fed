"""pydub with a real ffmpeg and no warnings, without any Debian package.

``load_pydub()`` puts a ``ffmpeg`` symlink to imageio-ffmpeg's static binary on PATH *before* importing
pydub (pydub warns at import time otherwise) and silences pydub's ``audioop`` deprecation warning.
"""

from __future__ import annotations

import os
import tempfile
import warnings
from pathlib import Path
from types import ModuleType


def ffmpeg_path() -> str:
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def load_pydub() -> ModuleType:
    """The ``pydub`` module, configured to use the wheel-shipped ffmpeg."""
    exe = ffmpeg_path()
    bin_dir = Path(tempfile.gettempdir()) / f"dbv-ffmpeg-{os.getuid()}"
    bin_dir.mkdir(exist_ok=True)
    link = bin_dir / "ffmpeg"
    if not link.exists() or os.path.realpath(link) != os.path.realpath(exe):
        tmp = bin_dir / f".ffmpeg-{os.getpid()}"
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(exe)
        tmp.replace(link)
    if str(bin_dir) not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = str(bin_dir) + os.pathsep + os.environ.get("PATH", "")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", RuntimeWarning)
        import pydub
    pydub.AudioSegment.converter = exe
    return pydub


def decode_mp3(path: str | os.PathLike[str]) -> tuple[bytes, int]:
    """Decode an MP3 with ffmpeg into 16-bit mono PCM: returns (samples, sample_rate)."""
    pydub = load_pydub()
    segment = pydub.AudioSegment.from_file(str(path), format="mp3", codec="mp3")  # codec given: no ffprobe needed
    return segment.set_channels(1).set_sample_width(2).raw_data, segment.frame_rate


def decode_mp3_bytes(data: bytes, sample_rate: int) -> bytes:
    """Decode MP3 bytes (piped, no temp file) into 16-bit mono PCM at ``sample_rate``; RuntimeError on failure."""
    import subprocess

    result = subprocess.run(
        [ffmpeg_path(), "-v", "error", "-nostdin", "-f", "mp3", "-i", "pipe:0", "-f", "s16le", "-ac", "1",
         "-ar", str(sample_rate), "pipe:1"],
        input=data, capture_output=True, check=False, timeout=60,
    )
    if result.returncode != 0:
        raise RuntimeError(f"ffmpeg không giải mã được: {result.stderr.decode(errors='replace')[:200]}")
    return result.stdout
