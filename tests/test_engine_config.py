"""Choosing engines: by configuration, per site, with settings checked at start-up."""

from __future__ import annotations

import pytest

from tts_service import create_app, load_settings
from tts_service.config import ConfigError, Settings
from tts_service.engines import ENGINES, get_engine
from tts_service.engines.base import Engine
from tts_service.errors import EngineError
from tts_service.pipeline import article_from_text


def test_every_registered_engine_says_what_it_is():
    assert set(ENGINES) == {"espeak", "gtts", "edge", "piper"}
    for name in ("espeak", "gtts", "edge"):
        engine = get_engine(name)
        assert isinstance(engine, Engine) and engine.name == name
        assert engine.default_voice in engine.voices and engine.max_chars >= 100
        assert engine.output_format in ("pcm_s16le", "mp3") and engine.concurrency >= 1
    with pytest.raises(EngineError, match="Không có engine"):
        get_engine("festival")


def test_espeak_offers_the_flat_toned_voices_but_defaults_to_the_northern_one():
    engine = get_engine("espeak")
    assert engine.default_voice == "vi" and {"vi-VN-x-central", "vi-VN-x-south"} <= set(engine.voices)


def test_each_site_gets_its_own_chain_and_others_the_default(tmp_path):
    settings = Settings.from_env({"TTS_SITE_ENGINES": "huecity.gov.vn=gtts,espeak; dev.local=espeak",
                                  "TTS_DATA_DIR": str(tmp_path)})
    assert settings.engines_for("https://huecity.gov.vn/tin/1") == ("gtts", "espeak")
    assert settings.engines_for("https://www.huecity.gov.vn/tin/1") == ("gtts", "espeak")
    assert settings.engines_for("https://nothuecity.gov.vn/") == ("espeak",)
    assert settings.engines_for(None) == ("espeak",)

    app = create_app({"data_dir": tmp_path / "var", "site_engines": (("dev.local", ("espeak",)),),
                      "engine": ("espeak",)})
    narrator = app.extensions["narrator"]
    article = article_from_text("Tin", "Một đoạn.", url="https://dev.local/a")
    assert narrator.plan(article).engine == "espeak"


@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({"TTS_SITE_ENGINES": "huecity.gov.vn"}, "host=gtts,espeak"),
        ({"TTS_SITE_ENGINES": "a.vn=festival"}, "TTS_SITE_ENGINES"),
        ({"TTS_GTTS_RPS": "0"}, "TTS_GTTS_RPS"),
        ({"TTS_GTTS_TIMEOUT": "abc"}, "TTS_GTTS_TIMEOUT must be a number"),
        ({"TTS_LOUDNESS_LUFS": "0"}, "TTS_LOUDNESS_LUFS"),
        ({"TTS_GTTS_URL": "ftp://x"}, "TTS_GTTS_URL"),
        ({"TTS_ENGINE": "piper,espeak"}, "TTS_PIPER_MODEL"),
    ],
)
def test_wrong_engine_settings_stop_the_start_with_a_message_that_names_them(tmp_path, env, words):
    with pytest.raises(ConfigError, match=words):
        load_settings({**env, "TTS_DATA_DIR": str(tmp_path)})
