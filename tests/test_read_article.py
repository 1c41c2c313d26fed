"""A CMS pushes an article and gets audio a listener can play — the whole path, end to end."""

from __future__ import annotations

import json

from flask.testing import FlaskClient

from tts_service.audio import iter_frames, mp3_duration, skip_id3
from tts_service.media import decode_mp3
from tts_service.text import normalize


def _post(client: FlaskClient, auth: dict[str, str], **body: object):
    return client.post("/api/v1/articles", json=body, headers=auth)


def test_the_seed_article_becomes_an_mp3_that_decodes_with_a_plausible_length(client, auth, app, seed_html):
    response = _post(client, auth, id="huecity-1", html=seed_html)
    assert response.status_code == 200, response.json
    body = response.json
    assert body["status"] == "ready" and body["id"] == "huecity-1"

    mp3 = client.get(body["audio_url"])
    assert mp3.status_code == 200 and mp3.mimetype == "audio/mpeg"
    frames = list(iter_frames(mp3.data))
    assert frames and {f.version for f in frames} == {2} and {f.bitrate_kbps for f in frames} == {48}
    assert mp3.data[:3] == b"ID3", "an ID3v2 tag (title, source, chapters) comes first"
    assert frames[0].offset == skip_id3(mp3.data)
    assert sum(f.length for f in frames) == len(mp3.data) - frames[0].offset, "after the tag, only whole frames"

    path = app.extensions["narrator"].store.path(body["key"], "mp3")
    pcm, rate = decode_mp3(path)
    decoded = len(pcm) / 2 / rate
    assert abs(decoded - body["duration"]) < 0.05
    assert abs(mp3_duration(mp3.data) - body["duration"]) < 0.001

    # Speech runs at 8–25 spoken characters per second; pauses add a little.
    marks = client.get(body["marks_url"]).json
    spoken_chars = sum(len(s["text"]) for s in marks["segments"])
    assert spoken_chars / 25 < decoded < spoken_chars / 8 + 60


def test_the_listener_hears_title_then_paragraphs_and_never_the_widgets(client, auth, seed_html):
    body = _post(client, auth, id="huecity-1", html=seed_html).json
    marks = client.get(body["marks_url"]).json
    texts = [b["text"] for b in marks["blocks"]]
    assert texts[0].startswith("Hội nghị trực báo quý III")
    assert texts[-1] == "Văn phòng Thành ủy Huế"
    assert len(texts) == 7
    joined = " ".join(texts)
    for ui in ("Xem cỡ chữ", "Đọc bài viết", "Tin liên quan", "Trang chủ", "2:52:28"):
        assert ui not in joined
    starts = [b["start"] for b in marks["blocks"]]
    assert starts == sorted(starts) and marks["blocks"][-1]["end"] <= marks["duration"]


def test_the_same_article_twice_is_synthesised_once(client, auth, app, seed_html):
    narrator = app.extensions["narrator"]
    first = _post(client, auth, id="a", html=seed_html).json
    calls = narrator.segments_synthesized
    second = _post(client, auth, id="a", html=seed_html).json
    assert first["key"] == second["key"] and first["audio_url"] == second["audio_url"]
    assert first["synthesized"] is True and second["synthesized"] is False
    assert narrator.segments_synthesized == calls


def test_an_edited_paragraph_gives_a_new_audio_url_and_reuses_the_other_segments(client, auth, app, seed_html):
    narrator = app.extensions["narrator"]
    first = _post(client, auth, id="a", html=seed_html).json
    calls = narrator.segments_synthesized
    edited = seed_html.replace("Tăng cường bám sát", "Tăng cường hơn nữa việc bám sát", 1)
    assert edited != seed_html
    second = _post(client, auth, id="a", html=edited).json
    assert second["key"] != first["key"]
    redone = narrator.segments_synthesized - calls
    assert 1 <= redone <= 3, f"only the edited sentence's segments are synthesised again, not {redone}"
    status = client.get("/api/v1/articles/a", headers=auth).json
    assert status["key"] == second["key"]


def test_plain_title_and_text_are_read_too(client, auth):
    response = _post(client, auth, title="Thông báo", text="Ngày 01/01/2023 có 3 cuộc họp.\n\nĐoạn hai.")
    assert response.status_code == 200
    marks = client.get(response.json["marks_url"]).json
    assert [b["text"] for b in marks["blocks"]] == ["Thông báo", "Ngày 01/01/2023 có 3 cuộc họp.", "Đoạn hai."]
    assert not any(ch.isdigit() for s in marks["segments"] for ch in s["text"])


def test_range_requests_and_revalidation_work_like_a_static_file(client, auth, seed_html):
    body = _post(client, auth, id="a", html=seed_html).json
    full = client.get(body["audio_url"])
    assert full.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert full.headers["Accept-Ranges"] == "bytes"

    part = client.get(body["audio_url"], headers={"Range": "bytes=0-1"})
    assert part.status_code == 206 and len(part.data) == 2 and part.data == full.data[:2]
    assert part.headers["Content-Range"] == f"bytes 0-1/{len(full.data)}"

    tail = client.get(body["audio_url"], headers={"Range": "bytes=-100"})
    assert tail.status_code == 206 and tail.data == full.data[-100:]

    beyond = client.get(body["audio_url"], headers={"Range": f"bytes={len(full.data) + 10}-"})
    assert beyond.status_code == 416

    again = client.get(body["audio_url"], headers={"If-None-Match": full.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""


def test_timings_come_as_json_and_webvtt(client, auth, seed_html):
    body = _post(client, auth, id="a", html=seed_html).json
    marks = client.get(body["marks_url"])
    assert marks.mimetype == "application/json"
    doc = json.loads(marks.data)
    assert doc["key"] == body["key"] and doc["duration"] == body["duration"]
    vtt = client.get(body["vtt_url"])
    assert vtt.mimetype == "text/vtt" and vtt.data.decode().startswith("WEBVTT\n")
    assert vtt.data.decode().count(" --> ") == len(doc["segments"])


def test_the_public_lookup_finds_narrated_articles_only(client, auth, seed_html):
    _post(client, auth, id="a", url="https://huecity.gov.vn/tin/1", html=seed_html)
    by_id = client.get("/api/v1/lookup?id=a")
    by_url = client.get("/api/v1/lookup", query_string={"url": "https://huecity.gov.vn/tin/1"})
    assert by_id.status_code == 200 and by_url.json["key"] == by_id.json["key"]
    assert client.get("/api/v1/lookup?id=nope").status_code == 404
    assert client.get("/api/v1/lookup").status_code == 400


def test_the_normalizer_reads_the_seed_article_without_digits():
    spoken = normalize("Chiều 08/10/2021, UBND Thành phố họp; 9 tháng đầu năm 2021.")
    assert not any(ch.isdigit() for ch in spoken)
