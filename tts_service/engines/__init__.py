"""Speech engines behind one interface, found by name.

``get_engine("espeak")`` → an :class:`Engine`. New engines register a factory in ``ENGINES``.
"""

from __future__ import annotations

from collections.abc import Callable

from tts_service.engines.base import Engine, EngineAudio
from tts_service.errors import EngineError


def _espeak(**options: object) -> Engine:
    from tts_service.engines.espeak import EspeakEngine

    return EspeakEngine(**options)  # type: ignore[arg-type]


ENGINES: dict[str, Callable[..., Engine]] = {"espeak": _espeak}


def get_engine(name: str, **options: object) -> Engine:
    """The engine registered as ``name``; a clear error for an unknown one."""
    try:
        factory = ENGINES[name]
    except KeyError:
        raise EngineError(f"Không có engine {name!r}; có: {', '.join(sorted(ENGINES))}.") from None
    return factory(**options)


__all__ = ["ENGINES", "Engine", "EngineAudio", "get_engine"]
