"""Bad input gets a precise 4xx with a message, and nothing is written."""

from __future__ import annotations

import pytest

from tests.conftest import stored_files


def _count(app) -> int:
    return app.extensions["narrator"].index.count_narrations()


CASES = [
    # (what the CMS sends, expected status, expected error code)
    pytest.param({"json": {"html": "<p>x</p>"}, "headers": {}}, 401, "unauthorized", id="no-api-key"),
    pytest.param({"json": {"html": "<p>x</p>"}, "headers": {"Authorization": "Bearer wrong-key-123456789"}},
                 401, "unauthorized", id="wrong-api-key"),
    pytest.param({"data": "html=x", "content_type": "application/x-www-form-urlencoded"}, 415,
                 "unsupported_media_type", id="not-json"),
    pytest.param({"data": "{not json", "content_type": "application/json"}, 400, "invalid_json", id="malformed-json"),
    pytest.param({"json": ["a", "list"]}, 400, "invalid_json", id="json-not-an-object"),
    pytest.param({"json": {}}, 400, "missing_field", id="nothing-to-read"),
    pytest.param({"json": {"html": "   "}}, 400, "empty_input", id="empty-html"),
    pytest.param({"json": {"title": "", "text": ""}}, 400, "empty_input", id="empty-text"),
    pytest.param({"json": {"html": 42}}, 400, "invalid_field", id="html-not-a-string"),
    pytest.param({"json": {"html": "<p>a\x00b</p>"}}, 400, "invalid_field", id="binary-in-html"),
    pytest.param({"json": {"id": "../../etc/passwd x", "html": "<p>a</p>"}}, 400, "invalid_field", id="hostile-id"),
    pytest.param({"json": {"id": "bai\n", "text": "Một câu."}}, 400, "invalid_field", id="id-with-a-trailing-newline"),
    pytest.param({"json": {"url": "javascript:alert(1)", "html": "<p>a</p>"}}, 400, "invalid_field", id="bad-url"),
    pytest.param({"json": {"html": "<html><body><nav>Trang chủ</nav></body></html>"}}, 422, "empty_article",
                 id="no-article-text"),
    pytest.param({"data": b"\x89PNG\r\n\x1a\n\x00\x00binary", "content_type": "application/json"}, 400,
                 "invalid_json", id="binary-body"),
]


@pytest.mark.parametrize(("request_kwargs", "status", "code"), CASES)
def test_bad_requests_get_a_clear_error_and_write_nothing(client, app, auth, data_dir, request_kwargs, status, code):
    kwargs = dict(request_kwargs)
    headers = kwargs.pop("headers", auth)
    before = stored_files(data_dir)
    response = client.post("/api/v1/articles", headers=headers, **kwargs)
    assert response.status_code == status
    assert response.is_json
    error = response.json["error"]
    assert error["code"] == code
    assert len(error["message"]) > 10 and "Traceback" not in error["message"]
    assert stored_files(data_dir) == before
    assert _count(app) == 0


def test_a_10_mb_body_is_refused_before_it_is_read(client, app, auth, data_dir):
    big = "<p>" + "Nội dung rất dài. " * 600_000 + "</p>"  # > 10 MB of UTF-8
    response = client.post("/api/v1/articles", json={"html": big}, headers=auth)
    assert response.status_code == 413
    assert "MB" in response.json["error"]["message"]
    assert stored_files(data_dir) == [] and _count(app) == 0


def test_an_article_longer_than_the_limit_is_refused_with_its_size(data_dir):
    from tts_service import create_app

    app = create_app({"data_dir": data_dir, "api_keys": ["k" * 20], "max_article_chars": 500})
    text = "Câu văn có nội dung. " * 100
    response = app.test_client().post(
        "/api/v1/articles", json={"title": "T", "text": text}, headers={"Authorization": "Bearer " + "k" * 20}
    )
    assert response.status_code == 413 and "500" in response.json["error"]["message"]
    assert stored_files(data_dir) == []


#: Pages that kept a worker busy for seconds before the 202 (hostile review, issue #12 item 7).
HEAVY_HTML = [
    pytest.param("<html><body>" + "<p>x</p>" * 200_000 + "</body></html>", id="200k-paragraphs"),
    pytest.param(
        "<html><body><p " + " ".join(f"a{i}='1'" for i in range(50_000)) + ">x</p></body></html>",
        id="50k-attributes-on-one-tag",
    ),
    pytest.param(
        "<html><body><table>" + ("<tr>" + "<td>ô</td>" * 300 + "</tr>") * 300 + "</table></body></html>",
        id="300x300-table",
    ),
]


@pytest.mark.parametrize("html", HEAVY_HTML)
def test_a_page_too_big_to_read_is_refused_with_413_before_any_reading_work(
    client, app, auth, data_dir, monkeypatch, html
):
    import tts_service.extract.article as article

    def no_main_content(*_args, **_kwargs):
        raise AssertionError("main-content detection must not run on a page over the limits")

    monkeypatch.setattr(article, "main_content", no_main_content)
    response = client.post("/api/v1/articles", json={"html": html}, headers=auth)
    assert response.status_code == 413 and response.is_json
    error = response.json["error"]
    assert error["code"] == "html_too_complex" and "Traceback" not in error["message"]
    assert stored_files(data_dir) == [] and _count(app) == 0


@pytest.mark.parametrize(
    "path",
    ["/audio/../../etc/passwd.mp3", "/audio/" + "g" * 64 + ".mp3", "/audio/" + "a" * 64 + ".exe",
     "/audio/" + "a" * 64 + ".mp3", "/audio/%2e%2e%2fsecret.mp3"],
)
def test_unknown_or_malformed_audio_keys_are_404_json(client, path):
    response = client.get(path)
    assert response.status_code == 404 and response.is_json


def test_wrong_method_says_so_and_keeps_allow(client):
    response = client.delete("/api/v1/articles")
    assert response.status_code == 405 and "POST" in response.headers["Allow"] and response.is_json


DEEP = "[" * 100_000 + "]" * 100_000
HOSTILE_JSON = [
    # (endpoint, raw JSON body, needs the key, expected code) — issue 12, item 7
    pytest.param("/api/v1/speak-selection", DEEP, False, "invalid_json", id="deep-array-selection"),
    pytest.param("/api/v1/articles", DEEP, True, "invalid_json", id="deep-array-article"),
    pytest.param("/api/v1/articles", '{"text": ' + '{"a": ' * 40 + "1" + "}" * 41, True, "invalid_json",
                 id="deep-object-article"),
    pytest.param("/api/v1/speak-selection", '{"article_id": "\\ud800", "text": "ab"}', False, "invalid_text",
                 id="surrogate-article-id"),
    pytest.param("/api/v1/speak-selection", '{"article_id": "x", "text": "Một \\udfff câu"}', False,
                 "invalid_text", id="surrogate-selection"),
    pytest.param("/api/v1/articles", '{"text": "Một câu \\ud800 nữa."}', True, "invalid_text", id="surrogate-text"),
    pytest.param("/api/v1/articles", '{"title": "\\udfff", "text": "Một câu."}', True, "invalid_text",
                 id="surrogate-title"),
    pytest.param("/api/v1/articles", '{"url": "https://a.vn/\\ud800", "text": "Một câu."}', True, "invalid_text",
                 id="surrogate-url"),
    pytest.param("/api/v1/articles", '{"html": "<p>a\\ud800b</p>"}', True, "invalid_text", id="surrogate-html"),
    pytest.param("/api/v1/articles", b'{"text": "M\xed\xa0\x80t c\xc3\xa2u."}', True, "invalid_text",
                 id="surrogate-as-raw-bytes"),
    pytest.param("/api/v1/articles", '{"\\ud800": 1, "text": "Một câu."}', True, "invalid_text",
                 id="surrogate-in-a-name"),
]


@pytest.mark.parametrize(("path", "body", "keyed", "code"), HOSTILE_JSON)
def test_hostile_json_gets_a_clear_400_naming_the_problem(client, app, auth, data_dir, path, body, keyed, code):
    headers = {"Content-Type": "application/json", **(auth if keyed else {})}
    response = client.post(path, data=body, headers=headers)
    assert response.status_code == 400 and response.is_json
    assert response.json["error"]["code"] == code and len(response.json["error"]["message"]) > 10
    assert stored_files(data_dir) == [] and _count(app) == 0


def test_json_nested_a_little_is_still_read(client, auth):
    body = {"title": "Tin", "text": "Một câu.", "extra": [[[[{"a": [1, 2]}]]]]}
    assert client.post("/api/v1/articles", json=body, headers=auth).status_code == 200


def test_a_lone_surrogate_that_reaches_an_article_another_way_is_replaced_not_a_crash():
    from tts_service.models import Article, Block

    article = Article(title="T\ud800", blocks=[Block("paragraph", "Một \udfff câu.")])
    assert article.text.encode("utf-8") == "T\ufffd\n\nMột \ufffd câu.".encode()
