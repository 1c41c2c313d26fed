"""Speech engines behind one interface, found by name.

``get_engine("espeak")`` → an :class:`Engine`; ``engine_from_settings("gtts", settings)`` builds one with the
``TTS_GTTS_*`` limits. New engines register a factory in ``ENGINES``; each lives in its own small module and
is imported only when used, so an optional engine's package is needed only where it is configured.

    espeak  offline, default; libespeak-ng from the espeakng-loader wheel           PCM 22 050 Hz
    gtts    online; Google Translate's voice through the gtts package               MP3 24 kHz 32 kbps
    edge    online; Microsoft Edge neural vi-VN voices through edge-tts             MP3 24 kHz 48 kbps
    piper   offline; an admin-supplied piper .onnx voice (TTS_PIPER_MODEL)          PCM (the model's rate)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from tts_service.engines.base import Engine, EngineAudio
from tts_service.errors import EngineError

if TYPE_CHECKING:
    from tts_service.config import Settings


def _espeak(**options: object) -> Engine:
    from tts_service.engines.espeak import EspeakEngine

    return EspeakEngine(**options)  # type: ignore[arg-type]


def _gtts(**options: object) -> Engine:
    from tts_service.engines.gtts import GttsEngine

    return GttsEngine(**options)  # type: ignore[arg-type]


def _edge(**options: object) -> Engine:
    from tts_service.engines.edge import EdgeEngine

    return EdgeEngine(**options)  # type: ignore[arg-type]


def _piper(**options: object) -> Engine:
    from tts_service.engines.piper import PiperEngine

    return PiperEngine(**options)  # type: ignore[arg-type]


ENGINES: dict[str, Callable[..., Engine]] = {"espeak": _espeak, "gtts": _gtts, "edge": _edge, "piper": _piper}


#: What a listener sees in the voice menu (``Narrator.voices_for``); a voice not listed shows as "engine: voice".
VOICE_NAMES = {
    "espeak:vi": "Giọng Bắc (eSpeak)", "espeak:vi-VN-x-central": "Giọng Trung (eSpeak)",
    "espeak:vi-VN-x-south": "Giọng Nam (eSpeak)", "gtts:vi": "Giọng Google",
    "edge:vi-VN-HoaiMyNeural": "Hoài My, giọng nữ (Edge)", "edge:vi-VN-NamMinhNeural": "Nam Minh, giọng nam (Edge)",
}


def voice_name(engine: str, voice: str) -> str:
    """``voice_name("espeak", "vi-VN-x-south") == "Giọng Nam (eSpeak)"``; ``voice_name("piper", "vi_VN-x")``
    → ``"piper: vi_VN-x"`` (an admin's voice is named by its file)."""
    return VOICE_NAMES.get(f"{engine}:{voice}", f"{engine}: {voice}")


#: Engines whose packages are optional (requirements-engines.txt): the modules each one needs.
OPTIONAL_PACKAGES = {"edge": ("edge_tts", "aiohttp"), "piper": ("piper", "onnxruntime")}


def get_engine(name: str, **options: object) -> Engine:
    """The engine registered as ``name``; a clear error for an unknown one, or one whose package is missing."""
    import importlib.util

    try:
        factory = ENGINES[name]
    except KeyError:
        raise EngineError(f"Không có engine {name!r}; có: {', '.join(sorted(ENGINES))}.") from None
    missing = [m for m in OPTIONAL_PACKAGES.get(name, ()) if importlib.util.find_spec(m) is None]
    if missing:
        raise EngineError(f"Engine {name!r} needs {', '.join(missing)}: pip install -r requirements-engines.txt"
                          " (Docker: --build-arg ENGINES=1).")
    return factory(**options)


def engine_options(name: str, settings: Settings) -> dict[str, object]:
    """The constructor options ``settings`` gives engine ``name`` (rate is passed per call, not here)."""
    if name == "gtts":
        return {
            "tld": settings.gtts_tld, "endpoint": settings.gtts_url, "timeout_s": settings.gtts_timeout,
            "retries": settings.gtts_retries, "backoff_base_s": settings.gtts_backoff, "rate_per_s": settings.gtts_rps,
            "concurrency": settings.gtts_concurrency, "breaker_threshold": settings.gtts_breaker_429s,
            "breaker_cooldown_s": settings.gtts_breaker_cooldown, "breaker_failures": settings.gtts_breaker_failures,
        }
    if name == "edge":
        return {"timeout_s": settings.edge_timeout}
    if name == "piper":
        return {"model_path": settings.piper_model}
    return {}


def engine_from_settings(name: str, settings: Settings) -> Engine:
    return get_engine(name, **engine_options(name, settings))


def check_settings(settings: Settings) -> None:
    """Refuse settings that name an engine or a voice that does not exist, naming the variable.

    ``TTS_ENGINE=festival`` → ``ConfigError: TTS_ENGINE must list engines from edge, espeak, gtts, piper …``;
    ``TTS_VOICE=klingon`` → ``ConfigError: TTS_VOICE 'klingon' is not a voice of espeak (vi, …)``.
    """
    from tts_service.config import ConfigError

    known = ", ".join(sorted(ENGINES))
    unknown = [name for name in settings.engine if name not in ENGINES]
    if unknown:
        raise ConfigError(f"TTS_ENGINE must list engines from {known} (e.g. 'espeak' or 'gtts,espeak'),"
                          f" got {','.join(settings.engine)}")
    for site, chain in settings.site_engines:
        if any(name not in ENGINES for name in chain):
            raise ConfigError(f"TTS_SITE_ENGINES entries must look like 'host=gtts,espeak' with engines from {known};"
                              f" got {site!r}={','.join(chain)}")
    names = list(dict.fromkeys(name for chain in settings.engine_chains for name in chain))
    if "piper" in names and (settings.piper_model is None or not settings.piper_model.is_file()):
        raise ConfigError("TTS_ENGINE lists piper: set TTS_PIPER_MODEL to a voice .onnx file (its .onnx.json beside"
                          f" it), got {str(settings.piper_model) if settings.piper_model else 'nothing'}")
    if settings.voice is not None:
        engines = [engine_from_settings(name, settings) for name in names]
        if not any(settings.voice in engine.voices for engine in engines):
            offered = "; ".join(f"{e.name}: {', '.join(e.voices)}" for e in engines)
            raise ConfigError(f"TTS_VOICE {settings.voice!r} is not a voice of the configured engines ({offered})")


__all__ = ["ENGINES", "VOICE_NAMES", "Engine", "EngineAudio", "check_settings", "engine_from_settings", "get_engine",
           "voice_name"]
