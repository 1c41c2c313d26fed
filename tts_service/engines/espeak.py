"""espeak-ng, offline, through the pip-shipped library (espeakng-loader) and ctypes.

No Debian package and no network: the wheel carries ``libespeak-ng.so`` and its ``espeak-ng-data`` with the
Vietnamese voices. The C library keeps global state (one voice, one callback), so every synthesis in a
process runs under one lock.
"""

from __future__ import annotations

import ctypes
import threading

from tts_service.engines.base import EngineAudio
from tts_service.errors import EngineError

_AUDIO_OUTPUT_SYNCHRONOUS = 2
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_ENDPAUSE = 0x1000
_PARAM_RATE = 1

# int SynthCallback(short *wav, int numsamples, espeak_EVENT *events)
_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)

VOICES = ("vi", "vi-VN-x-central", "vi-VN-x-south")


class _Library:
    """The loaded C library, initialised once per process."""

    def __init__(self) -> None:
        try:
            import espeakng_loader
        except ImportError as exc:  # pragma: no cover - pinned in requirements.txt
            raise EngineError("espeak-ng không có sẵn: thiếu gói espeakng-loader.") from exc
        self.lib = ctypes.CDLL(espeakng_loader.get_library_path())
        self.lib.espeak_Initialize.restype = ctypes.c_int
        self.lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        self.lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        self.lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        self.lib.espeak_Synth.argtypes = [
            ctypes.c_void_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int, ctypes.c_uint, ctypes.c_uint,
            ctypes.c_void_p, ctypes.c_void_p,
        ]
        data_path = espeakng_loader.get_data_path().encode()
        self.sample_rate = self.lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, data_path, 0)
        if self.sample_rate <= 0:
            raise EngineError("espeak-ng không khởi động được (espeak_Initialize thất bại).")
        self._chunks: list[bytes] = []
        self._callback = _CALLBACK(self._collect)  # keep a reference: C holds only the pointer
        self.lib.espeak_SetSynthCallback(self._callback)
        self._voice: str | None = None

    def _collect(self, wav: ctypes.Array, numsamples: int, _events: int) -> int:
        if numsamples > 0 and wav:
            self._chunks.append(ctypes.string_at(wav, numsamples * 2))
        return 0

    def synthesize(self, text: str, voice: str, rate: int) -> bytes:
        if voice != self._voice:
            if self.lib.espeak_SetVoiceByName(voice.encode()) != 0:
                raise EngineError(f"espeak-ng không có giọng {voice!r}.")
            self._voice = voice
        self.lib.espeak_SetParameter(_PARAM_RATE, rate, 0)
        self._chunks = []
        data = text.encode("utf-8") + b"\0"
        buf = ctypes.create_string_buffer(data)
        status = self.lib.espeak_Synth(buf, len(data), 0, _POS_CHARACTER, 0, _CHARS_UTF8 | _ENDPAUSE, None, None)
        if status != 0:
            raise EngineError(f"espeak-ng trả lỗi {status} khi đọc một đoạn.")
        self.lib.espeak_Synchronize()
        return b"".join(self._chunks)


_lock = threading.Lock()
_library: _Library | None = None


def _get_library() -> _Library:
    global _library
    if _library is None:
        _library = _Library()
    return _library


class EspeakEngine:
    """The embedded default: ``EspeakEngine().synthesize("Xin chào")`` → 22 050 Hz 16-bit mono PCM."""

    name = "espeak"
    max_chars = 600  # whole sentences: 600 characters take ~40 ms to synthesise
    voices = VOICES
    default_voice = "vi"
    output_format = "pcm_s16le"
    concurrency = 1  # the C library has one global voice and callback: calls are serialised
    default_rate = 165  # words per minute; espeak's own default is 175

    def __init__(self, voice: str | None = None, rate: int | None = None) -> None:
        self.voice = voice or self.default_voice
        if self.voice not in self.voices:
            raise EngineError(f"espeak-ng không có giọng {self.voice!r}; chọn một trong {', '.join(self.voices)}.")
        self.rate = rate or self.default_rate

    def synthesize(self, text: str, voice: str | None = None, rate: int | None = None) -> EngineAudio:
        voice = voice or self.voice
        if voice not in self.voices:
            raise EngineError(f"espeak-ng không có giọng {voice!r}.")
        with _lock:
            lib = _get_library()
            pcm = lib.synthesize(text, voice, rate or self.rate)
            return EngineAudio("pcm_s16le", pcm, lib.sample_rate)
