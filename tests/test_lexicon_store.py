"""An admin fixes a pronunciation once; every later narration says it right, and only what changed is redone."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from tts_service import create_app
from tts_service.config import ConfigError
from tts_service.pronunciations import PronunciationStore
from tts_service.text.lexicon import LexiconEntry

from .conftest import API_KEY

ARTICLE = """<article><h1>Hợp tác xã nông nghiệp</h1>
<p>Năm nay HTXDV Thủy Thanh đạt doanh thu cao nhất từ trước đến nay.</p>
<p>Các hộ dân trong vùng đều phấn khởi vì mùa màng bội thu.</p>
<p>Chính quyền xã tiếp tục hỗ trợ giống cây trồng cho bà con.</p></article>"""


def _narrate(client, auth, url: str | None = None) -> dict:
    body = {"id": "htx", "html": ARTICLE} | ({"url": url} if url else {})
    response = client.post("/api/v1/articles", json=body, headers=auth)
    assert response.status_code == 200, response.json
    return response.json


def _spoken(client, body: dict) -> str:
    return " ".join(s["text"] for s in client.get(body["marks_url"]).json["segments"])


def test_a_lexicon_entry_changes_the_reading_and_redoes_only_the_segments_it_touches(app, client, auth):
    narrator = app.extensions["narrator"]
    before = _narrate(client, auth)
    assert "hợp tác xã dịch vụ Thủy Thanh" not in _spoken(client, before)
    calls = narrator.segments_synthesized

    result = app.test_cli_runner().invoke(args=["tts", "lexicon", "add", "HTXDV", "hợp tác xã dịch vụ"])
    assert result.exit_code == 0, result.output
    after = _narrate(client, auth)

    assert after["key"] != before["key"], "a lexicon edit is part of the audio key: the old audio is never served"
    assert "hợp tác xã dịch vụ Thủy Thanh" in _spoken(client, after)
    redone = narrator.segments_synthesized - calls
    assert redone == 1, f"only the paragraph that says HTXDV is read again, not {redone} segments"


def test_a_re_posted_unchanged_article_is_not_normalized_again_but_a_lexicon_edit_is_seen(app, client, auth,
                                                                                        monkeypatch, stack):
    from tests.conftest import STACKS
    from tts_service import pipeline

    calls: list[str] = []
    real = pipeline.vtext.normalize
    monkeypatch.setattr(pipeline.vtext, "normalize", lambda text, **kw: calls.append(text) or real(text, **kw))
    time = 7 + STACKS.index(stack)  # each stack's run posts blocks the other run has not had remembered
    html = ARTICLE.replace("</p>", f" Tin đăng lại lần thứ {time}.</p>").replace("</h1>", f" (đăng lại {time})</h1>")
    body = {"id": "lap-lai", "html": html}  # blocks no other test reads: none is remembered yet
    first = client.post("/api/v1/articles", json=body, headers=auth).json
    blocks = len(calls)
    assert blocks == 4
    for _ in range(3):
        assert client.post("/api/v1/articles", json=body, headers=auth).json["key"] == first["key"]
    assert len(calls) == blocks, "the spoken text of each block is remembered"
    app.test_cli_runner().invoke(args=["tts", "lexicon", "add", "Thủy Thanh", "Thủy Thanh xanh"])
    again = client.post("/api/v1/articles", json=body, headers=auth).json
    # a new lexicon version: every block read again — by the edit, which re-reads the articles it changes, or here
    assert again["key"] != first["key"] and len(calls) >= 2 * blocks


def test_site_entries_apply_only_to_their_site_and_its_subdomains(app, client, auth):
    runner = app.test_cli_runner()
    runner.invoke(args=["tts", "lexicon", "add", "Thủy Thanh", "Thuỷ Thanh quê tôi", "--site", "huecity.gov.vn"])
    elsewhere = _narrate(client, auth, url="https://example.org/tin/1.html")
    at_site = _narrate(client, auth, url="https://www.huecity.gov.vn/tin/1.html")
    assert "quê tôi" not in _spoken(client, elsewhere)
    assert "quê tôi" in _spoken(client, at_site)


def test_the_admin_can_try_list_and_remove_entries_from_the_command_line(app):
    runner = app.test_cli_runner()
    runner.invoke(args=["tts", "lexicon", "add", r"\bKQ(\d+)\b", r"kết quả số \1", "--regex"])
    tried = runner.invoke(args=["tts", "lexicon", "try", "Xem KQ1 của Sở XYZ."])
    assert tried.exit_code == 0
    assert "kết quả số một" in tried.stdout
    assert "abbreviation: XYZ" in tried.output, "what the normalizer only guessed at is reported"
    assert "KQ(" in runner.invoke(args=["tts", "lexicon", "list"]).output
    assert runner.invoke(args=["tts", "lexicon", "remove", r"\bKQ(\d+)\b"]).exit_code == 0
    gone = runner.invoke(args=["tts", "lexicon", "remove", r"\bKQ(\d+)\b"])
    assert gone.exit_code == 1 and "no entry" in gone.output


@pytest.mark.parametrize(
    ("pattern", "regex", "why"),
    [("(a+)+b", True, "exponential"), ("(x", True, "not valid"), ("", False, "empty"), ("a*", True, "empty")],
)
def test_a_dangerous_or_broken_entry_is_refused_with_a_reason(app, pattern, regex, why):
    args = ["tts", "lexicon", "add", pattern, "thay thế"] + (["--regex"] if regex else [])
    result = app.test_cli_runner().invoke(args=args)
    assert result.exit_code == 2
    assert why in result.output.lower()
    assert not PronunciationStore(app.extensions["narrator"].settings.lexicon_path).current().entries


def test_concurrent_edits_lose_no_entry_and_leave_no_temp_file(tmp_path: Path):
    store = PronunciationStore(tmp_path / "lexicon.json")
    threads = [
        threading.Thread(target=store.add, args=(LexiconEntry(f"từ{i}", f"đọc {i}"),)) for i in range(20)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(store.current()) == 20
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lexicon.json", "lexicon.json.lock"]


@pytest.mark.parametrize(
    "content", [b'{"entries": [{"pattern": "(a+)+", "replacement": "x", "is_regex": true}]}', b"not json", b"\xff\xfe"]
)
def test_a_broken_lexicon_file_stops_start_up_with_the_file_named(tmp_path: Path, content: bytes):
    path = tmp_path / "lexicon.json"
    path.write_bytes(content)
    with pytest.raises(ConfigError, match=r"lexicon\.json"):
        create_app({"data_dir": tmp_path / "var", "lexicon_file": path, "api_keys": [API_KEY]})


def test_the_file_is_plain_json_an_admin_can_keep_in_version_control(app):
    app.test_cli_runner().invoke(args=["tts", "lexicon", "add", "Đ/c", "đồng chí"])
    path = app.extensions["narrator"].settings.lexicon_path
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "entries": [{"pattern": "Đ/c", "replacement": "đồng chí", "is_regex": False, "site": None}]
    }
