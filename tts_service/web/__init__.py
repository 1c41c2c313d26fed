"""HTTP only: blueprints translate requests into pipeline calls and results into responses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flask import current_app

from tts_service.config import Settings
from tts_service.pipeline import Narrator

if TYPE_CHECKING:
    from tts_service.jobs import JobRunner
    from tts_service.pages.reader import PageReader


def settings() -> Settings:
    return current_app.config["TTS_SETTINGS"]


def narrator() -> Narrator:
    return current_app.extensions["narrator"]


def jobs() -> JobRunner:
    return current_app.extensions["jobs"]


def pages() -> PageReader:
    return current_app.extensions["pages"]
