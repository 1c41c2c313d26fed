"""The player as a site and a reader meet it without a browser: its weight, its files, the iframe player and
"Đọc đoạn đã chọn" (POST /api/v1/speak-selection) with its refusals."""

from __future__ import annotations

import gzip
import unicodedata
from pathlib import Path

import pytest

from tts_service import create_app
from tts_service.config import ConfigError, Settings

ROOT = Path(__file__).resolve().parent.parent
BUDGET = 15 * 1024
MAX_SELECTION_CHARS = Settings.selection_max_chars  # the default, and the most a site may allow

TITLE = "Thông báo lịch tiếp công dân"
PARAS = [
    "Từ tuần sau, lịch tiếp công dân bắt đầu lúc bảy giờ ba mươi sáng.",
    "Người dân có thể gửi ý kiến qua cổng thông tin điện tử của thành phố.",
]


@pytest.fixture
def article(client, auth) -> dict:
    """A short article pushed by the CMS (narrated for real, quickly) that selections are checked against."""
    return push_article(client, auth)


def push_article(client, auth) -> dict:
    response = client.post("/api/v1/articles", headers=auth,
                           json={"id": "cms-42", "url": "https://hue.gov.vn/tin/42", "title": TITLE,
                                 "text": "\n\n".join(PARAS)})
    assert response.status_code == 200
    return response.json


def speak(client, text: str, where: dict | None = None):
    """POST a selection; by default for the CMS article ``cms-42``."""
    body = {"text": text, **({"article_id": "cms-42"} if where is None else where)}
    return client.post("/api/v1/speak-selection", json=body)


def test_the_widget_weighs_at_most_15_kb_as_served_and_at_gzips_default_level(client, capsys):
    """What a reader downloads: the service sends both files gzipped (level 9, made once), and a proxy does not
    compress them again. Served from static/ by a proxy instead, they stay under budget at gzip's default level
    (nginx's own default, level 1, is printed too: set gzip_comp_level 5 or more, or gzip_static, there)."""
    served = {}
    for name in ("widget.js", "widget.css"):
        response = client.get(f"/{name}", headers={"Accept-Encoding": "gzip, deflate, br"})
        assert response.headers["Content-Encoding"] == "gzip" and "Accept-Encoding" in response.headers["Vary"]
        assert gzip.decompress(response.data) == (ROOT / "static" / name).read_bytes()
        served[name] = len(response.data)
    js = (ROOT / "static" / "widget.js").read_bytes()
    css = (ROOT / "static" / "widget.css").read_bytes()
    sizes = {level: len(gzip.compress(js, level)) + len(gzip.compress(css, level)) for level in (1, 6, 9)}
    with capsys.disabled():
        print(f"\nwidget.js {len(js)} B + widget.css {len(css)} B raw; as served (gzip): {sum(served.values())} B;"
              " gzipped together: " + ", ".join(f"-{lvl}: {size} B" for lvl, size in sizes.items()))
    assert sum(served.values()) <= BUDGET and sizes[6] <= BUDGET and sizes[9] <= BUDGET, (served, sizes, BUDGET)


def test_the_player_files_are_sent_plain_to_a_client_without_gzip_and_revalidate(client):
    plain = client.get("/widget.js", headers={"Accept-Encoding": "identity"})
    assert "Content-Encoding" not in plain.headers and plain.data == (ROOT / "static" / "widget.js").read_bytes()
    zipped = client.get("/widget.js", headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["ETag"] != plain.headers["ETag"]  # two representations, two validators
    again = client.get("/widget.js", headers={"Accept-Encoding": "gzip", "If-None-Match": zipped.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""


def test_the_stylesheet_is_served_for_any_host_page(client):
    response = client.get("/widget.css")
    assert response.status_code == 200 and response.mimetype == "text/css"
    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_the_widget_never_autoplays_and_speaks_vietnamese(client):
    js = client.get("/widget.js").data.decode()
    assert "autoplay" not in js.lower() and ".innerHTML" not in js
    assert 'preload: "none"' in js
    for label in ("Đọc bài viết", "aria-pressed", "Đoạn trước", "Đoạn sau", "Lùi 10 giây", "Tới 10 giây", "Tốc độ đọc",
                  "Đang chuẩn bị âm thanh…", "Sẵn sàng", "Thử lại", "Bài này chưa có bản đọc", "Đọc đoạn đã chọn"):
        assert label in js, label


def test_the_demo_page_embeds_one_script_line_that_follows_the_article(client):
    html = client.get("/").data.decode()
    assert 'data-target="#article .news-content"' in html and "async" in html


def test_the_two_player_demo_has_one_script_per_article(client):
    html = client.get("/demo/hai-bai").data.decode()
    assert html.count("widget.js") == 2
    assert 'data-target="#bai-1 .news-content"' in html and 'data-target="#bai-2 .news-content"' in html


def test_the_iframe_player_loads_the_widget_for_an_article_id(client, article):
    response = client.get("/embed?id=cms-42")
    assert response.status_code == 200 and response.mimetype == "text/html"
    html = response.data.decode()
    assert 'data-article-id="cms-42"' in html and 'data-captions="true"' in html and TITLE in html
    assert 'lang="vi"' in html
    assert "X-Frame-Options" not in response.headers  # framed by the allowed sites (frame-ancestors), none here
    assert "frame-ancestors" not in response.headers["Content-Security-Policy"]


def test_the_iframe_player_escapes_the_page_url_and_can_hide_download(client):
    response = client.get('/embed?url=https://x.vn/a"><script>alert(1)</script>&download=false')
    html = response.data.decode()
    assert response.status_code == 200 and "<script>alert(1)" not in html
    assert 'data-download="false"' in html


def test_the_iframe_player_without_an_article_says_what_to_send(client):
    response = client.get("/embed")
    assert response.status_code == 400 and "/embed?url=" in response.json["error"]["message"]


def test_a_selection_from_the_article_is_read_and_cached(client, article):
    first = speak(client, "lịch tiếp công dân bắt đầu lúc bảy giờ ba mươi sáng")
    assert first.status_code == 200, first.json
    assert first.json["duration"] > 0.5 and first.json["synthesized"] is True
    audio = client.get(first.json["audio_url"])
    assert audio.status_code == 200 and audio.mimetype == "audio/mpeg" and len(audio.data) > 1000
    again = speak(client, "lịch  tiếp công dân\nbắt đầu lúc bảy giờ ba mươi sáng")  # same text, other whitespace
    assert again.status_code == 200 and again.json["audio_url"] == first.json["audio_url"]
    assert again.json["synthesized"] is False


def test_a_selection_across_two_paragraphs_and_in_nfd_is_accepted(client, article):
    text = unicodedata.normalize("NFD", "ba mươi sáng.\n\nNgười dân có thể")
    response = speak(client, text, {"url": "https://hue.gov.vn/tin/42"})
    assert response.status_code == 200, response.json


@pytest.mark.parametrize(
    ("text", "where", "status", "code"),
    [
        ("Người dân " * 250, None, 413, "selection_too_long"),
        ("Một câu không có trong bài.", None, 422, "not_in_article"),
        ("Người dân có thể gửi ý kiến", {"article_id": "khong-co"}, 404, "unknown_article"),
        ("Người dân có thể gửi ý kiến", {"url": "https://hue.gov.vn/khac"}, 404, "unknown_article"),
        ("", None, 400, "missing_field"),
        ("Người dân có thể gửi ý kiến", {}, 400, "missing_field"),
    ],
)
def test_a_selection_is_refused_with_a_clear_json_error(client, article, text, where, status, code):
    response = speak(client, text, where)
    assert response.status_code == status and response.json["error"]["code"] == code
    assert response.json["error"]["message"]


def test_the_length_limit_is_2000_characters(client, auth):
    body = ("Người dân có thể gửi ý kiến. " * 80).strip()
    client.post("/api/v1/articles", headers=auth, json={"id": "dai", "title": "Dài", "text": body})
    start = next(i for i in range(len(body)) if body[i] != " " and body[i + MAX_SELECTION_CHARS - 1] not in " .")
    at_limit = body[start:start + MAX_SELECTION_CHARS]
    assert speak(client, at_limit, {"article_id": "dai"}).status_code == 200
    over = body[start:start + MAX_SELECTION_CHARS + 1]
    assert len(over.strip()) == MAX_SELECTION_CHARS + 1
    assert speak(client, over, {"article_id": "dai"}).status_code == 413


def test_too_many_selections_from_one_client_get_429_with_retry_after(data_dir, auth):
    client = create_app({"data_dir": data_dir, "api_keys": [auth["Authorization"][7:]],
                         "selection_burst": 2, "selection_per_minute": 6}).test_client()
    push_article(client, auth)
    codes = [speak(client, "Người dân có thể gửi ý kiến").status_code for _ in range(3)]
    assert codes == [200, 200, 429]
    refused = speak(client, "Người dân có thể gửi ý kiến")
    assert refused.status_code == 429 and refused.json["error"]["code"] == "rate_limited"
    assert 1 <= int(refused.headers["Retry-After"]) <= 20  # two in any 20 seconds: the oldest frees a slot


def test_the_selection_limit_is_a_burst_then_the_rate_per_minute():
    from tts_service.ratelimit import burst_limit

    assert burst_limit(5, 10) == "5 per 30 second"  # five at once, then one every six seconds on average
    assert burst_limit(2, 6) == "2 per 20 second" and burst_limit(100, 600) == "100 per 10 second"


def test_a_page_on_an_allowed_site_may_look_up_and_post_selections_and_no_other_site_may(data_dir, auth):
    client = create_app({"data_dir": data_dir, "api_keys": [auth["Authorization"][7:]],
                         "allowed_hosts": ("hue.gov.vn", "*.thuathienhue.gov.vn")}).test_client()
    push_article(client, auth)
    for origin in ("https://hue.gov.vn", "http://hue.gov.vn:8080", "https://sxd.thuathienhue.gov.vn"):
        found = client.get("/api/v1/lookup?id=cms-42", headers={"Origin": origin})
        missing = client.get("/api/v1/lookup?id=khong-co", headers={"Origin": origin})
        assert found.headers["Access-Control-Allow-Origin"] == origin == missing.headers["Access-Control-Allow-Origin"]
        assert "Origin" in found.headers["Vary"]
    preflight = client.options("/api/v1/speak-selection", headers={
        "Origin": "https://hue.gov.vn", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 200 and preflight.headers["Access-Control-Allow-Origin"] == "https://hue.gov.vn"
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "content-type" in preflight.headers["Access-Control-Allow-Headers"].lower()
    assert "Access-Control-Allow-Origin" not in client.get("/healthz").headers
    # The job a 202 points to (issue #6) is polled from the host page too; its errors must be readable there.
    job = client.get("/api/v1/jobs/3aedd07e3eb24597af04da885140e9ab", headers={"Origin": "https://hue.gov.vn"})
    assert job.headers["Access-Control-Allow-Origin"] == "https://hue.gov.vn" and job.json["error"]["message"]
    # any other site: no CORS answer, so its pages cannot use their visitors' browsers against the service
    for origin in ("https://evil.example.com", "https://evilhue.gov.vn", "https://hue.gov.vn.evil.com", "null"):
        for response in (client.get("/api/v1/lookup?id=cms-42", headers={"Origin": origin}),
                         client.options("/api/v1/speak-selection", headers={
                             "Origin": origin, "Access-Control-Request-Method": "POST"})):
            assert "Access-Control-Allow-Origin" not in response.headers, origin


def test_the_selection_limits_are_settings(data_dir, auth):
    client = create_app({"data_dir": data_dir, "api_keys": [auth["Authorization"][7:]],
                         "selection_max_chars": 40}).test_client()
    push_article(client, auth)
    assert speak(client, PARAS[1][:40]).status_code == 200
    refused = speak(client, PARAS[1][:41])
    assert refused.status_code == 413 and "vượt giới hạn 40 ký tự" in refused.json["error"]["message"]
    settings = Settings.from_env({"TTS_DATA_DIR": str(data_dir), "TTS_SELECTION_MAX_CHARS": "500",
                                  "TTS_SELECTION_BURST": "3", "TTS_SELECTION_PER_MINUTE": "2.5"})
    assert (settings.selection_max_chars, settings.selection_burst, settings.selection_per_minute) == (500, 3, 2.5)


@pytest.mark.parametrize(("name", "value", "words"), [
    ("TTS_SELECTION_MAX_CHARS", "5000", "TTS_SELECTION_MAX_CHARS must be 20–2000 characters, got 5000"),
    ("TTS_SELECTION_MAX_CHARS", "lots", "TTS_SELECTION_MAX_CHARS must be a whole number, got 'lots'"),
    ("TTS_SELECTION_BURST", "0", "TTS_SELECTION_BURST must be 1–100 requests, got 0"),
    ("TTS_SELECTION_PER_MINUTE", "0", "TTS_SELECTION_PER_MINUTE must be more than 0"),
    ("TTS_SELECTION_PER_MINUTE", "nan", "TTS_SELECTION_PER_MINUTE must be a finite number"),
])
def test_a_wrong_selection_limit_stops_start_up_naming_the_variable(data_dir, name, value, words):
    with pytest.raises(ConfigError, match=words):
        Settings.from_env({"TTS_DATA_DIR": str(data_dir), name: value})


# --- "Tải MP3": a download, named after the article ----------------------------------------------------------


def test_the_download_link_saves_an_mp3_named_after_the_article_while_playback_stays_inline(client, article):
    from werkzeug.http import parse_options_header

    played = client.get(article["audio_url"])  # the plain GET the fast path answers
    saved = client.get(article["audio_url"] + "?download=1")  # a query string: the Flask view answers
    assert played.headers["Content-Disposition"].startswith("inline")
    disposition = saved.headers["Content-Disposition"]
    assert disposition.startswith("attachment;") and saved.data == played.data
    assert 'filename="Thong bao lich tiep cong dan.mp3"' in disposition  # ASCII fallback, no diacritics
    assert parse_options_header(disposition)[1]["filename"] == f"{TITLE}.mp3"  # RFC 5987 filename*, in Vietnamese
    ranged = client.get(article["audio_url"] + "?download=1", headers={"Range": "bytes=0-"})
    assert ranged.status_code == 206 and ranged.headers["Content-Disposition"] == disposition


@pytest.mark.parametrize(("title", "utf8", "ascii_name"), [
    ("Huế: quý III/2021", "Huế - quý III-2021.mp3", "Hue - quy III-2021.mp3"),
    ("../../etc/passwd", "etc-passwd.mp3", "etc-passwd.mp3"),
    ('Tin "nóng"\r\nSet-Cookie: a=b', "Tin - nóng - Set-Cookie - a=b.mp3", "Tin - nong - Set-Cookie - a b.mp3"),
    ("Đường " + "rất " * 60 + "dài", "Đường" + " rất" * 23 + ".mp3", "Duong" + " rat" * 23 + ".mp3"),
    ("Hoa\u0300 . ", "Hoà.mp3", "Hoa.mp3"),  # NFD in, NFC out; no trailing dot
    ("???", "Bản đọc.mp3", "Ban doc.mp3"),
])
def test_a_download_name_keeps_the_vietnamese_and_falls_back_to_safe_ascii(title, utf8, ascii_name):
    from werkzeug.http import parse_options_header

    from tts_service.web.public import attachment

    header = attachment(title)
    assert header.isascii() and "\r" not in header and "\n" not in header
    assert parse_options_header(header)[1]["filename"] == utf8
    assert f'filename="{ascii_name}"' in header


def test_audio_with_no_title_downloads_under_a_generic_name(client, article):
    key = speak(client, PARAS[0][:30]).json["key"]  # a selection read aloud: no heading, no article title
    disposition = client.get(f"/audio/{key}.mp3?download=1").headers["Content-Disposition"]
    assert f'filename="Ban doc {key[:8]}.mp3"' in disposition
    assert client.get(f"/audio/{key}.mp3").headers["Content-Disposition"].startswith("inline")


# --- voices: each its own narration ----------------------------------------------------------------------------


def test_the_lookup_lists_the_voices_and_each_voice_is_its_own_cached_narration(app, client, article):
    narr = app.extensions["narrator"]
    first = client.get("/api/v1/lookup?id=cms-42").json
    assert first["voice"] == "espeak:vi" and [v["id"] for v in first["voices"]] == [
        "espeak:vi", "espeak:vi-VN-x-central", "espeak:vi-VN-x-south"]
    assert first["voices"][2]["name"] == "Giọng Nam (eSpeak)"
    before = narr.segments_synthesized
    south = client.get("/api/v1/lookup?id=cms-42&voice=espeak:vi-VN-x-south").json
    assert south["status"] == "ready" and south["voice"] == "espeak:vi-VN-x-south"
    assert south["key"] != first["key"] and narr.segments_synthesized > before  # made on the first request
    made = narr.segments_synthesized
    again = client.get("/api/v1/lookup?url=https://hue.gov.vn/tin/42&voice=espeak:vi-VN-x-south").json
    assert again["key"] == south["key"] and narr.segments_synthesized == made  # then cached
    assert client.get(south["audio_url"]).data != client.get(first["audio_url"]).data
    assert client.get("/api/v1/lookup?id=cms-42").json["key"] == first["key"]  # the article keeps its own audio
    assert client.get("/api/v1/lookup?id=cms-42&voice=espeak:vi").json["key"] == first["key"]


@pytest.mark.parametrize("voice", ["edge:vi-VN-HoaiMyNeural", "vi", "espeak:", ":vi", "espeak:vi:x", "x" * 20_000,
                                   "espeak:../../etc", "espeak:vi\u0000"])
def test_an_unknown_voice_is_a_clear_400(client, article, voice):
    response = client.get("/api/v1/lookup", query_string={"id": "cms-42", "voice": voice})
    assert response.status_code == 400 and response.json["error"]["code"] == "unknown_voice"
    assert "espeak:vi-VN-x-south" in response.json["error"]["message"] and len(response.data) < 1000


def test_a_long_article_in_another_voice_is_a_job_and_sends_no_webhook(data_dir):
    from tests.test_cache_support import AUTH, running_app, wait_for

    with running_app(data_dir, sync_max_chars=40, webhook_url="http://127.0.0.1:9/hook",
                     webhook_secret="s" * 16) as app:
        client = app.test_client()
        pushed = client.post("/api/v1/articles?wait=30", headers=AUTH, json={"id": "cms-42", "title": TITLE,
                                                                             "text": "\n\n".join(PARAS)})
        assert pushed.status_code == 200
        index = app.extensions["narrator"].index
        hooks = len(index.deliveries())
        queued = client.get("/api/v1/lookup?id=cms-42&voice=espeak:vi-VN-x-central").json
        assert queued["status"] in ("queued", "running") and queued["job_url"].startswith("/api/v1/jobs/")
        wait_for(lambda: client.get(queued["job_url"]).json["status"] == "done")
        ready = client.get("/api/v1/lookup?id=cms-42&voice=espeak:vi-VN-x-central").json
        assert ready["status"] == "ready" and client.get(ready["audio_url"]).status_code == 200
        assert client.get("/api/v1/lookup?id=cms-42").json["key"] != ready["key"]
        assert len(index.deliveries()) == hooks  # the CMS hears of its article's audio, not of a listener's voice


def test_a_selection_is_read_in_the_listeners_voice(client, article):
    default = speak(client, PARAS[1][:40]).json["key"]
    south = speak(client, PARAS[1][:40], {"article_id": "cms-42", "voice": "espeak:vi-VN-x-south"}).json["key"]
    assert south != default


def test_the_lookup_names_the_article_body_of_a_site_with_a_profile(client, auth, article):
    assert "article_selector" not in client.get("/api/v1/lookup?id=cms-42").json  # hue.gov.vn: no profile
    client.post("/api/v1/articles", headers=auth, json={"id": "hue-1", "url": "https://huecity.gov.vn/tin/1",
                                                        "title": TITLE, "text": PARAS[0]})
    selector = client.get("/api/v1/lookup?url=https://huecity.gov.vn/tin/1").json["article_selector"]
    assert ".journal-content-article" in selector.split(", ")


def test_the_voices_of_every_engine_in_a_sites_chain_are_offered_the_default_first(tmp_path):
    """edge's neural voices, then espeak's, for a site read by ``edge,espeak``; a plan in one of them uses its
    engine (nothing is synthesised here: the edge engine is never called)."""
    from tts_service.models import Article, Block

    app = create_app({"data_dir": tmp_path / "var", "engine": ("espeak",), "voice": "vi-VN-x-central",
                      "site_engines": (("hue.gov.vn", ("edge", "espeak")),)})
    narrator = app.extensions["narrator"]
    assert [v["id"] for v in narrator.voices_for(None)] == [
        "espeak:vi-VN-x-central", "espeak:vi", "espeak:vi-VN-x-south"]  # TTS_VOICE first
    on_site = narrator.voices_for("https://hue.gov.vn/tin/1")
    assert [v["id"] for v in on_site] == ["edge:vi-VN-HoaiMyNeural", "edge:vi-VN-NamMinhNeural", "espeak:vi",
                                          "espeak:vi-VN-x-central", "espeak:vi-VN-x-south"]
    assert on_site[1]["name"] == "Nam Minh, giọng nam (Edge)"
    article = Article("Tin", [Block("paragraph", "Một câu.")], url="https://hue.gov.vn/tin/1")
    keys = {narrator.plan(article, v["id"]).key for v in on_site}
    assert len(keys) == 5  # each voice its own narration
    south = narrator.plan(article, "espeak:vi-VN-x-south")
    assert (south.engine, south.voice) == ("espeak", "vi-VN-x-south")
