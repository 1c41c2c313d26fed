"""Piper, offline, with a voice the admin supplies (``TTS_PIPER_MODEL=/voices/vi_VN-xyz.onnx``).

The piper-tts wheel carries its own phonemizer (espeak-ng data for ``vi``) and runs the model with
onnxruntime on the CPU; nothing is downloaded. The model's ``.onnx.json`` beside it gives the sample rate and
phoneme map. One ONNX session is shared and serialised per model file (onnxruntime sessions are thread-safe,
but two syntheses at once only compete for the same two cores).

Rate: words per minute like espeak's; 165 wpm is the voice's own speed (``length_scale`` 1.0).
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

from tts_service.engines.base import EngineAudio
from tts_service.errors import EngineError

NORMAL_WPM = 165

_voices: dict[str, object] = {}
_voices_lock = threading.Lock()


def _load(model_path: Path) -> object:
    key = str(model_path.resolve())
    with _voices_lock:
        voice = _voices.get(key)
        if voice is None:
            try:
                from piper import PiperVoice
            except ImportError as exc:  # pragma: no cover - pinned in requirements.txt
                raise EngineError("piper không có sẵn: thiếu gói piper-tts.") from exc
            if not model_path.is_file() or not Path(f"{model_path}.json").is_file():
                raise EngineError(f"Không thấy giọng piper {model_path} (cần cả {model_path.name}.json bên cạnh).")
            try:
                voice = PiperVoice.load(model_path)
            except Exception as exc:
                raise EngineError(f"Không nạp được giọng piper {model_path.name}: {exc}") from exc
            _voices[key] = voice
        return voice


class PiperEngine:
    """``PiperEngine(model_path=Path("vi.onnx")).synthesize("Xin chào")`` → 16-bit mono PCM at the model's rate."""

    name = "piper"
    max_chars = 400
    output_format = "pcm_s16le"
    concurrency = 1

    def __init__(self, *, model_path: Path | str | None = None) -> None:
        if model_path is None:
            raise EngineError("piper cần TTS_PIPER_MODEL: đường dẫn tới tệp giọng .onnx.")
        self.model_path = Path(model_path)
        self.default_voice = self.model_path.stem
        self.voices = (self.default_voice,)
        self._lock = threading.Lock()

    def synthesize(self, text: str, voice: str | None = None, rate: int | None = None) -> EngineAudio:
        from piper import SynthesisConfig

        piper_voice = _load(self.model_path)
        length_scale = NORMAL_WPM / rate if rate else None
        config = SynthesisConfig(length_scale=length_scale, normalize_audio=False)
        pieces: list[np.ndarray] = []
        rate_hz = piper_voice.config.sample_rate  # type: ignore[attr-defined]
        with self._lock:
            try:
                for chunk in piper_voice.synthesize(text, syn_config=config):  # type: ignore[attr-defined]
                    pieces.append(chunk.audio_int16_array)
                    rate_hz = chunk.sample_rate
            except Exception as exc:
                raise EngineError(f"piper không đọc được đoạn này: {exc}") from exc
        pcm = np.concatenate(pieces).astype("<i2").tobytes() if pieces else b""
        if not pcm:
            raise EngineError("piper không tạo ra âm thanh nào cho đoạn này.")
        return EngineAudio("pcm_s16le", pcm, rate_hz)


__all__ = ["PiperEngine"]
