"""A stand-in for Google Translate's TTS endpoint on 127.0.0.1, for tests and benchmarks (never for users).

It answers what the gtts package sends (``POST …/batchexecute`` with ``f.req=[[["jQ1olc", "[text, lang,
speed, null]", null, "generic"]]]``) the way Google does: an anti-JSON prefix, length-prefixed
``wrb.fr`` envelopes, and the audio as base64 inside an escaped JSON string. The audio is real: espeak-ng
speaks the text, the PCM is resampled to 24 kHz and encoded by LAME as MPEG-2 Layer III, mono, 32 kbps CBR,
without ID3 or Xing — the format Google serves.

Failures are scripted per request: ``fake.script = ["429", "ok", "timeout", …]`` (consumed in order, then
``fake.default``), or ``fake.chooser = lambda n, text: "503"``. Modes: ok, 429, 429+N (with Retry-After:
N), 500, 502, 503, 403, timeout (answers after ``slow_s``), empty (200 without audio, as Google does for an
unsupported request), garbage (200 with audio that is not MP3).

    with FakeGoogle() as fake:
        GttsEngine(endpoint=fake.url).synthesize("Xin chào")
"""

from __future__ import annotations

import base64
import json
import threading
import time
import urllib.parse
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import lameenc
import numpy as np

GOOGLE_RATE = 24000
GOOGLE_BITRATE = 32


def google_like_mp3(text: str, bitrate_kbps: int = GOOGLE_BITRATE) -> bytes:
    """Real speech for ``text`` in Google's MP3 format (espeak PCM → 24 kHz → LAME 32 kbps CBR mono).

    ``bitrate_kbps=48`` gives Edge TTS's format (``audio-24khz-48kbitrate-mono-mp3``) instead.
    """
    from tts_service.engines.espeak import EspeakEngine

    audio = EspeakEngine().synthesize(text)
    pcm = np.frombuffer(audio.data, dtype="<i2").astype(np.float64)
    n_out = round(len(pcm) * GOOGLE_RATE / audio.sample_rate)
    resampled = np.interp(np.arange(n_out) * audio.sample_rate / GOOGLE_RATE, np.arange(len(pcm)), pcm)
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate_kbps)
    encoder.set_in_sample_rate(GOOGLE_RATE)
    encoder.set_out_sample_rate(GOOGLE_RATE)
    encoder.set_channels(1)
    encoder.set_quality(5)
    samples = np.clip(np.rint(resampled * 0.7), -32768, 32767).astype("<i2").tobytes()
    return encoder.encode(samples) + encoder.flush()


def batchexecute_body(payload: str | None) -> bytes:
    """Google's batchexecute answer around ``payload`` (the inner JSON string), as gtts parses it."""
    inner = json.dumps([["wrb.fr", "jQ1olc", payload, None, None, None, "generic"], ["di", 57],
                        ["af.httprm", 56, "-1234567890123456789", 8]], separators=(",", ":"))
    tail = json.dumps([["e", 4, None, None, len(inner) + 50]], separators=(",", ":"))
    return f")]}}'\n\n{len(inner)}\n{inner}\n{len(tail)}\n{tail}\n".encode()


class FakeGoogle:
    """The fake endpoint; a context manager that serves on an ephemeral 127.0.0.1 port."""

    def __init__(self, *, default: str = "ok", slow_s: float = 2.0) -> None:
        self.default = default
        self.slow_s = slow_s
        self.script: list[str] = []
        self.chooser: Callable[[int, str], str] | None = None
        self.requests: list[tuple[str, str]] = []  # (text, mode) in arrival order
        self._lock = threading.Lock()
        self._audio: dict[str, bytes] = {}
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                form = urllib.parse.parse_qs(self.rfile.read(length).decode())
                rpc = json.loads(form["f.req"][0])
                text, lang, _speed, _ = json.loads(rpc[0][0][1])
                assert lang == "vi", lang
                mode = fake._next_mode(text)
                fake._answer(self, text, mode)

            def log_message(self, *_args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_port}/_/TranslateWebserverUi/data/batchexecute"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeGoogle:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(5)

    @property
    def count(self) -> int:
        return len(self.requests)

    def audio_for(self, text: str) -> bytes:
        with self._lock:
            cached = self._audio.get(text)
        if cached is None:
            cached = google_like_mp3(text)
            with self._lock:
                self._audio[text] = cached
        return cached

    def _next_mode(self, text: str) -> str:
        with self._lock:
            number = len(self.requests)
            if self.script:
                mode = self.script.pop(0)
            elif self.chooser is not None:
                mode = self.chooser(number, text)
            else:
                mode = self.default
            self.requests.append((text, mode))
        return mode

    def _answer(self, handler: BaseHTTPRequestHandler, text: str, mode: str) -> None:
        if mode == "timeout":
            time.sleep(self.slow_s)
            mode = "ok"
        status, body = 200, b""
        if mode == "ok":
            audio = base64.b64encode(self.audio_for(text)).decode()
            body = batchexecute_body(json.dumps([audio]))
        elif mode == "empty":
            body = batchexecute_body(None)
        elif mode == "garbage":
            body = batchexecute_body(json.dumps([base64.b64encode(b"<html>not audio</html>").decode()]))
        elif mode.isdigit() or mode.startswith("429+"):
            status = int(mode[:3])
            body = b"<html><title>Error</title>We're sorry...</html>"
        else:
            raise ValueError(f"unknown fake mode {mode!r}")
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", "application/json; charset=utf-8")
            handler.send_header("Content-Length", str(len(body)))
            if mode.startswith("429+"):  # "429+7": Too Many Requests with Retry-After: 7
                handler.send_header("Retry-After", mode[4:])
            handler.end_headers()
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (its timeout): fine
            pass
