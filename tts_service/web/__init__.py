"""HTTP only: blueprints translate requests into pipeline calls and results into responses."""

from __future__ import annotations

from flask import current_app

from tts_service.config import Settings
from tts_service.pipeline import Narrator


def settings() -> Settings:
    return current_app.config["TTS_SETTINGS"]


def narrator() -> Narrator:
    return current_app.extensions["narrator"]
