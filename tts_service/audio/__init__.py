"""Audio: engine audio for each segment → one tagged MP3 with pauses, even loudness and real timings.

Modules: ``assemble`` (the two assembly paths, PCM and MP3, and the timings), ``loudness`` (BS.1770 meter,
true-peak limiter), ``mp3`` (frame headers, clean/silent frames, durations), ``id3`` (the tag with chapters).
``from tts_service.audio import assemble_mp3, mp3_duration`` keeps working: the public names are here.
"""

from __future__ import annotations

from tts_service.audio.assemble import (
    CODEC_HEADROOM_DB,
    DECODER_DELAY_SAMPLES,
    ENCODER_DELAY_SAMPLES,
    LIMITER_SAMPLE_S,
    SILENCE_THRESHOLD,
    TRIM_MARGIN_S,
    FirstPass,
    Measurement,
    Piece,
    PieceSource,
    assemble_mp3,
    encode_pcm,
    join_mp3,
    measure,
    speech_frames,
    speech_span,
)
from tts_service.audio.id3 import Chapter, TagInfo, render_id3
from tts_service.audio.loudness import (
    MAX_GAIN_DB,
    LoudnessMeter,
    k_weighting_power,
    limit,
    loudness_gain_db,
    true_peaks,
)
from tts_service.audio.mp3 import (
    FrameCounter,
    FrameInfo,
    Mp3FormatError,
    clean_mp3,
    decode_mp3_bytes,
    frame_header,
    is_info_frame,
    iter_frames,
    main_data_begin,
    mp3_duration,
    silence_mp3,
    silent_frame,
    skip_id3,
)

__all__ = [
    "CODEC_HEADROOM_DB",
    "DECODER_DELAY_SAMPLES",
    "ENCODER_DELAY_SAMPLES",
    "LIMITER_SAMPLE_S",
    "MAX_GAIN_DB",
    "SILENCE_THRESHOLD",
    "TRIM_MARGIN_S",
    "Chapter",
    "FirstPass",
    "FrameCounter",
    "FrameInfo",
    "LoudnessMeter",
    "Measurement",
    "Mp3FormatError",
    "Piece",
    "PieceSource",
    "TagInfo",
    "assemble_mp3",
    "clean_mp3",
    "decode_mp3_bytes",
    "encode_pcm",
    "frame_header",
    "is_info_frame",
    "iter_frames",
    "join_mp3",
    "k_weighting_power",
    "limit",
    "loudness_gain_db",
    "main_data_begin",
    "measure",
    "mp3_duration",
    "render_id3",
    "silence_mp3",
    "silent_frame",
    "skip_id3",
    "speech_frames",
    "speech_span",
    "true_peaks",
]
