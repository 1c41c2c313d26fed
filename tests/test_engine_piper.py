"""Piper with an admin-supplied voice: the real piper-tts phonemizer and onnxruntime, offline.

No real voice is shipped or downloaded: the test writes a tiny ONNX model with piper's interface (inputs
``input``, ``input_lengths``, ``scales``; output ``[1, 1, 1, samples]``) that turns each phoneme id into
256 samples of a tone whose pitch depends on the id, and a config mapping the phonemes of espeak's ``vi``
to ids. The audio is not speech, but every step a real voice goes through runs for real.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from tts_service import create_app
from tts_service.config import ConfigError
from tts_service.engines.piper import PiperEngine
from tts_service.errors import EngineError
from tts_service.pipeline import article_from_text

onnx = pytest.importorskip("onnx")
pytest.importorskip("piper")
SAMPLES_PER_ID = 256


def _tiny_voice(folder: Path) -> Path:
    from onnx import TensorProto, helper

    nodes = [
        helper.make_node("Cast", ["input"], ["f"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["f", "axis2"], ["u"]),
        helper.make_node("Tile", ["u", "repeats"], ["t"]),
        helper.make_node("Reshape", ["t", "shape"], ["r"]),
        helper.make_node("Mul", ["r", "step"], ["m"]),
        helper.make_node("Add", ["m", "base"], ["inc"]),
        helper.make_node("CumSum", ["inc", "last"], ["phase"]),
        helper.make_node("Sin", ["phase"], ["wave"]),
        helper.make_node("Gather", ["scales", "one"], ["length_scale"]),
        helper.make_node("Div", ["amp", "length_scale"], ["gain"]),
        helper.make_node("Mul", ["wave", "gain"], ["output"]),
    ]
    init = [
        helper.make_tensor("axis2", TensorProto.INT64, [1], [2]),
        helper.make_tensor("repeats", TensorProto.INT64, [3], [1, 1, SAMPLES_PER_ID]),
        helper.make_tensor("shape", TensorProto.INT64, [4], [1, 1, 1, -1]),
        helper.make_tensor("step", TensorProto.FLOAT, [], [0.0005]),
        helper.make_tensor("base", TensorProto.FLOAT, [], [0.03]),
        helper.make_tensor("last", TensorProto.INT64, [], [3]),
        helper.make_tensor("one", TensorProto.INT64, [], [1]),
        helper.make_tensor("amp", TensorProto.FLOAT, [], [0.3]),
    ]
    graph = helper.make_graph(
        nodes, "tiny-piper",
        [helper.make_tensor_value_info("input", TensorProto.INT64, [1, "n"]),
         helper.make_tensor_value_info("input_lengths", TensorProto.INT64, [1]),
         helper.make_tensor_value_info("scales", TensorProto.FLOAT, [3])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, 1, 1, "t"])],
        init,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    path = folder / "vi_VN-tiny.onnx"
    path.write_bytes(model.SerializeToString())
    symbols = ["_", "^", "$", " ", *[chr(c) for c in range(0x21, 0x7F)], *[chr(c) for c in range(0xC0, 0x2FF)],
               *[chr(c) for c in range(0x300, 0x370)]]
    config = {
        "audio": {"sample_rate": 16000}, "espeak": {"voice": "vi"}, "phoneme_type": "espeak",
        "num_symbols": len(symbols), "num_speakers": 1,
        "phoneme_id_map": {s: [i] for i, s in enumerate(symbols)},
        "inference": {"noise_scale": 0.667, "length_scale": 1.0, "noise_w": 0.8},
    }
    Path(f"{path}.json").write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def voice(tmp_path_factory) -> Path:
    return _tiny_voice(tmp_path_factory.mktemp("voices"))


def test_a_supplied_voice_reads_vietnamese_through_piper(voice):
    engine = PiperEngine(model_path=voice)
    audio = engine.synthesize("Xin chào các bạn.")
    samples = np.frombuffer(audio.data, dtype="<i2")
    assert audio.format == "pcm_s16le" and audio.sample_rate == 16000
    assert len(samples) % SAMPLES_PER_ID == 0 and len(samples) >= 10 * SAMPLES_PER_ID, "one tone per phoneme"
    assert 0.2 * 32767 < np.abs(samples).max() <= 0.31 * 32767
    longer = engine.synthesize("Xin chào các bạn, hôm nay trời rất đẹp.")
    assert len(longer.data) > len(audio.data)


def test_rate_changes_the_voice_speed_setting(voice):
    engine = PiperEngine(model_path=voice)
    normal = np.frombuffer(engine.synthesize("Một hai ba.").data, dtype="<i2")
    fast = np.frombuffer(engine.synthesize("Một hai ba.", rate=330).data, dtype="<i2")
    # the tiny model shows length_scale as loudness: 165/330 = 0.5 → twice the amplitude of 1.0
    assert np.abs(fast).max() > 1.8 * np.abs(normal).max()


def test_an_article_read_by_piper_is_assembled_like_espeak(voice, tmp_path):
    app = create_app({"data_dir": tmp_path / "var", "engine": ("piper",), "piper_model": voice})
    asset, _ = app.extensions["narrator"].narrate(article_from_text("Tin", "Đoạn một.\n\nĐoạn hai."), "p")
    assert [m.block_index for m in asset.marks] == [0, 1, 2] and asset.duration_s > 0.5


def test_a_missing_voice_file_is_refused_at_start_up_and_at_use(tmp_path):
    with pytest.raises(ConfigError, match="TTS_PIPER_MODEL"):
        create_app({"data_dir": tmp_path / "var", "engine": ("piper",)})
    with pytest.raises(EngineError, match="piper"):
        PiperEngine(model_path=tmp_path / "none.onnx").synthesize("Một.")
