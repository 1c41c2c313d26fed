"""The hostile corpus: every case issue 12 names, and their neighbours, as data.

A :class:`Case` is one input and what answers are acceptable. Add a case by appending to :data:`CORPUS` (an
HTTP request or raw bytes), :data:`CONFIG` (environment variables the start-up check must refuse) or
:data:`CUSTOM` (a function that drives several requests and says what went wrong). ``owner`` names the branch
that fixes the finding; a case may fail until that branch has landed, and the table says so.

What counts as a good answer: a 4xx with a JSON ``{"error": {"code", "message"}}`` body ("clear"), or, where a
case allows it, a 2xx/3xx that ``check`` finds safe. A 5xx, a dropped connection, HTML where JSON is due or a
status outside ``expect`` is a failure; over 2 s is "slow".
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from harden.service import KEY, Answer, Service

CLIENT_ERRORS = frozenset(range(400, 500))
#: Branches whose fixes have not landed yet: their cases are run and shown, but do not fail the run. A branch
#: that lands its fix removes its name here (sec-data's and extract's have landed).
PENDING_OWNERS: set[str] = set()
KEY_HEX = "ab" * 32


@dataclass
class Ctx:
    """What the cases may refer to: the service, a narrated article, its audio key, a page server."""

    service: Service
    article_id: str
    audio_key: str
    article_text: str
    pages: str  # base URL of the harness's own HTTP server (sitemaps, pages)


@dataclass(frozen=True)
class Case:
    name: str
    item: str = ""  # issue 12's item number, "" for a neighbour
    owner: str = "sec-edge"
    method: str = "GET"
    path: str = "/"
    body: Any = None  # bytes; str (UTF-8); dict or list (JSON); or a function of the Ctx giving one of those
    headers: Mapping[str, str] = field(default_factory=dict)
    key: bool = False  # send a valid API key
    raw: bytes | None = None  # send these bytes instead of a request built from the fields above
    expect: frozenset[int] = CLIENT_ERRORS
    check: Callable[[Answer, Ctx], str | None] | None = None  # a problem with an allowed answer, or None
    timeout: float = 30.0
    heavy: bool = False  # may cost the server minutes until its owner's fix lands: run last (not in --short)
    known: str = ""  # an open finding, reported to its owner: shown as failed, does not fail the run

    def send(self, ctx: Ctx) -> Answer:
        if self.raw is not None:
            return ctx.service.raw(self.raw)
        path = self.path.format(article_id=ctx.article_id, audio_key=ctx.audio_key, pages=ctx.pages)
        body = self.body(ctx) if callable(self.body) else self.body
        headers = dict(self.headers)
        if isinstance(body, dict | list):
            body = json.dumps(body, ensure_ascii=False).encode()
            headers.setdefault("Content-Type", "application/json")
        elif isinstance(body, str):
            body = body.encode("utf-8", "surrogatepass")
        if self.key:
            headers["Authorization"] = f"Bearer {KEY}"
        return ctx.service.request(self.method, path, body, headers, timeout=self.timeout)


@dataclass(frozen=True)
class ConfigCase:
    """``python -m tts_service check`` with these variables must refuse to start, naming ``names``."""

    env: Mapping[str, str]
    names: str
    item: str = "8"
    owner: str = "sec-edge"

    @property
    def name(self) -> str:
        return " ".join(f"{k}={v!r}" for k, v in self.env.items())


@dataclass(frozen=True)
class CustomCase:
    """Several requests driven by ``run``; it returns (inputs sent, 5xx seen, slow answers, problems)."""

    name: str
    run: Callable[[Ctx], tuple[int, int, int, list[str]]]
    item: str = ""
    owner: str = "sec-edge"


# --- checks ----------------------------------------------------------------------------------------------------


def page_policy(answer: Answer, _ctx: Ctx) -> str | None:
    policy = answer.headers.get("content-security-policy", "")
    if "script-src 'self'" not in policy or answer.headers.get("x-content-type-options") != "nosniff":
        return f"page without its CSP/nosniff: {policy!r}"
    return None


def demo_not_framed(answer: Answer, ctx: Ctx) -> str | None:
    if "frame-ancestors 'none'" not in answer.headers.get("content-security-policy", "") \
            or answer.headers.get("x-frame-options") != "DENY":
        return "the demo page may be framed"
    return page_policy(answer, ctx)


def no_injected_script(answer: Answer, ctx: Ctx) -> str | None:
    if b"<script>alert" in answer.body:
        return "the page echoed a script"
    return page_policy(answer, ctx)


def no_location(answer: Answer, _ctx: Ctx) -> str | None:
    return f"redirect to {answer.headers['location']}" if "location" in answer.headers else None


def not_any_origin(answer: Answer, _ctx: Ctx) -> str | None:
    if answer.headers.get("access-control-allow-origin") == "*":
        return "Access-Control-Allow-Origin: * for a site that is not allowed"
    return None


def json_ok(answer: Answer, _ctx: Ctx) -> str | None:
    return None if answer.json() is not None else "not JSON"


# --- bodies ----------------------------------------------------------------------------------------------------

DEEP = "[" * 100_000 + "]" * 100_000
MANY_P = "<html><body><article><h1>Tin</h1>" + "<p>Một câu.</p>" * 200_000 + "</article></body></html>"
MANY_ATTRS = "<html><body><p " + " ".join(f'a{i}="1"' for i in range(50_000)) + ">Một câu dài hơn.</p></body></html>"
BIG_TABLE = ("<html><body><article><h1>Bảng</h1><table>" + ("<tr>" + "<td>ô số</td>" * 300 + "</tr>") * 300
             + "</table></article></body></html>")
DEEP_DIVS = "<html><body>" + "<div>" * 50_000 + "<p>Một câu trong cùng.</p>" + "</div>" * 50_000 + "</body></html>"


def _selection(text: str) -> Callable[[Ctx], dict]:
    return lambda ctx: {"article_id": ctx.article_id, "text": text}


CORPUS: list[Case] = [
    # item 7 — hostile JSON (the first two without a key) and lone surrogates
    Case("deep JSON array, selection, no key", "7", method="POST", path="/api/v1/speak-selection", body=DEEP,
         headers={"Content-Type": "application/json"}),
    Case("deep JSON array, article", "7", method="POST", path="/api/v1/articles", body=DEEP, key=True,
         headers={"Content-Type": "application/json"}),
    Case("deep JSON object, article", "7", method="POST", path="/api/v1/articles", key=True,
         body='{"text": ' + '{"a": ' * 5000 + "1" + "}" * 5001, headers={"Content-Type": "application/json"}),
    Case("lone surrogate in article_id, no key", "7", method="POST", path="/api/v1/speak-selection",
         body='{"article_id": "\\ud800", "text": "ab"}', headers={"Content-Type": "application/json"}),
    Case("lone surrogate in text", "7", method="POST", path="/api/v1/articles", key=True,
         body='{"title": "Tin", "text": "Một \\ud800 câu."}', headers={"Content-Type": "application/json"}),
    Case("lone surrogate in title", "7", method="POST", path="/api/v1/articles", key=True,
         body='{"title": "\\udfff", "text": "Một câu."}', headers={"Content-Type": "application/json"}),
    Case("lone surrogate as raw bytes", "7", method="POST", path="/api/v1/articles", key=True,
         body=b'{"text": "M\xed\xa0\x80t c\xc3\xa2u."}', headers={"Content-Type": "application/json"}),
    Case("lone surrogate in a selection", "7", method="POST", path="/api/v1/speak-selection",
         body=lambda ctx: '{"article_id": "' + ctx.article_id + '", "text": "\\udfff\\udfff"}',
         headers={"Content-Type": "application/json"}),
    Case("surrogate bytes in a lookup id", "7", path="/api/v1/lookup?id=%ED%A0%80"),
    # item 7 — extraction work before the 202 (the extract branch bounds it: a clear 4xx, quickly)
    Case("200 000 <p>", "7", "extract", "POST", "/api/v1/articles", {"html": MANY_P}, key=True, timeout=60,
         heavy=True),
    Case("50 000 attributes", "7", "extract", "POST", "/api/v1/articles", {"html": MANY_ATTRS}, key=True,
         timeout=60, heavy=True),
    Case("300×300 table", "7", "extract", "POST", "/api/v1/articles", {"html": BIG_TABLE}, key=True, timeout=60,
         heavy=True),
    Case("50 000 nested <div>", "7", "extract", "POST", "/api/v1/articles", {"html": DEEP_DIVS}, key=True,
         timeout=60),
    # item 6 — one post tying up memory and workers (sec-data bounds spoken output)
    Case('"1/" × 50 000', "6", "sec-data", "POST", "/api/v1/articles", {"title": "Số", "text": "1/" * 50_000},
         key=True, expect=frozenset({413, 422}), timeout=60, heavy=True),
    Case('"1/1/" × 49 000', "6", "sec-data", "POST", "/api/v1/articles",
         {"title": "Số", "text": "1/1/" * 49_000}, key=True, expect=frozenset({413, 422}), timeout=60, heavy=True),
    # item 10 — pages, redirects, keys
    Case("demo page headers", "10", expect=frozenset({200}), check=demo_not_framed),
    Case("two-player page headers", "10", path="/demo/hai-bai", expect=frozenset({200}), check=demo_not_framed),
    Case("iframe player headers", "10", path="/embed?id={article_id}", expect=frozenset({200}), check=page_policy),
    Case("script in the iframe player's url", "10", path='/embed?url="><script>alert(1)</script>',
         expect=frozenset({200}), check=no_injected_script),
    Case("double slash with a hostile Host", "10", path=f"/audio//{KEY_HEX}.mp3", headers={"Host": "evil.example"},
         check=no_location),
    Case("key with a trailing newline", "10", path=f"/audio/{KEY_HEX}%0A.mp3"),
    Case("article id with a trailing newline", "10", method="POST", path="/api/v1/articles", key=True,
         body={"id": "bai\n", "title": "Tin", "text": "Một câu."}),
    Case("JSON error for a nosniff check", "10", path="/healthz", expect=frozenset({200}),
         check=lambda a, c: None if a.headers.get("x-content-type-options") == "nosniff" else "no nosniff"),
    # item 4 — CORS for a site that is not allowed (sec-data restricts it to the allowed sites)
    Case("CORS from a site that is not allowed", "4", "sec-data", path="/api/v1/lookup?id={article_id}",
         headers={"Origin": "https://evil.example"}, expect=frozenset({200}), check=not_any_origin),
    # the CMS API: shape, types, sizes, auth
    Case("no key", method="POST", path="/api/v1/articles", body={"text": "Một câu."}),
    Case("empty bearer", method="POST", path="/api/v1/articles", body={"text": "x"},
         headers={"Authorization": "Bearer "}),
    Case("basic auth", method="POST", path="/api/v1/articles", body={"text": "x"},
         headers={"Authorization": "Basic YWRtaW46YWRtaW4="}),
    Case("wrong key", method="POST", path="/api/v1/articles", body={"text": "x"},
         headers={"Authorization": "Bearer " + "x" * 40}),
    Case("not JSON", method="POST", path="/api/v1/articles", body="text=x", key=True,
         headers={"Content-Type": "application/x-www-form-urlencoded"}),
    Case("malformed JSON", method="POST", path="/api/v1/articles", body="{not json", key=True,
         headers={"Content-Type": "application/json"}),
    Case("empty body", method="POST", path="/api/v1/articles", body=b"", key=True,
         headers={"Content-Type": "application/json"}),
    Case("JSON list", method="POST", path="/api/v1/articles", body=["a"], key=True),
    Case("JSON null", method="POST", path="/api/v1/articles", body="null", key=True,
         headers={"Content-Type": "application/json"}),
    Case("NaN and huge numbers", method="POST", path="/api/v1/articles", key=True,
         body='{"text": NaN, "title": 1e999999}', headers={"Content-Type": "application/json"}),
    Case("a 5000-digit integer", method="POST", path="/api/v1/articles", key=True,
         body='{"text": ' + "9" * 5000 + "}", headers={"Content-Type": "application/json"}),
    Case("invalid UTF-8 body", method="POST", path="/api/v1/articles", body=b'{"text": "\xff\xfe"}', key=True,
         headers={"Content-Type": "application/json"}),
    Case("UTF-16 body", method="POST", path="/api/v1/articles", key=True,
         body='{"title": "Tin", "text": "Một câu."}'.encode("utf-16"), headers={"Content-Type": "application/json"},
         expect=CLIENT_ERRORS | {200}, check=json_ok),
    Case("nothing to read", method="POST", path="/api/v1/articles", body={}, key=True),
    Case("html not a string", method="POST", path="/api/v1/articles", body={"html": 42}, key=True),
    Case("text a list", method="POST", path="/api/v1/articles", body={"text": ["a", "b"]}, key=True),
    Case("NUL in html", method="POST", path="/api/v1/articles", body={"html": "<p>a\x00b</p>"}, key=True),
    Case("path traversal id", method="POST", path="/api/v1/articles", key=True,
         body={"id": "../../etc/passwd x", "text": "Một câu."}),
    Case("201-character id", method="POST", path="/api/v1/articles", key=True, body={"id": "a" * 201, "text": "x"}),
    Case("javascript: url", method="POST", path="/api/v1/articles", key=True,
         body={"url": "javascript:alert(1)", "text": "Một câu."}),
    Case("file: url", "1", method="POST", path="/api/v1/articles", key=True,
         body={"url": "file:///etc/passwd", "text": "Một câu."}),
    Case("3000-character url", method="POST", path="/api/v1/articles", key=True,
         body={"url": "https://a.vn/" + "a" * 3000, "text": "x"}),
    Case("only navigation", method="POST", path="/api/v1/articles", key=True,
         body={"html": "<html><body><nav>Trang chủ</nav></body></html>"}),
    Case("only a script", method="POST", path="/api/v1/articles", key=True,
         body={"html": "<script>alert(1)</script>"}),
    Case("empty html", method="POST", path="/api/v1/articles", key=True, body={"html": "   "}),
    Case("6 MB body", method="POST", path="/api/v1/articles", key=True,
         body={"html": "<p>" + "Nội dung. " * 600_000 + "</p>"}, timeout=60),
    Case("wait=-1", method="POST", path="/api/v1/articles?wait=-1", key=True, body={"text": "x"}),
    Case("wait=nan", method="POST", path="/api/v1/articles?wait=nan", key=True, body={"text": "x"}),
    Case("wait=1e309", method="POST", path="/api/v1/articles?wait=1e309", key=True, body={"text": "x"}),
    Case("wait=abc", method="POST", path="/api/v1/articles?wait=abc", key=True, body={"text": "x"}),
    Case("PUT articles", method="PUT", path="/api/v1/articles", key=True, body={"text": "x"}),
    Case("DELETE an article without a key", method="DELETE", path="/api/v1/articles/{article_id}"),
    Case("DELETE an unknown article", method="DELETE", path="/api/v1/articles/nope", key=True),
    Case("DELETE an id that walks out", method="DELETE", path="/api/v1/articles/..%2F..%2Fetc%2Fpasswd", key=True),
    Case("article status without a key", path="/api/v1/articles/{article_id}"),
    Case("unknown article", path="/api/v1/articles/nope", key=True),
    Case("job id traversal", path="/api/v1/jobs/..%2F..%2Fetc%2Fpasswd"),
    Case("unknown job", path="/api/v1/jobs/" + "0" * 32),
    Case("cancel without a key", method="POST", path="/api/v1/jobs/" + "0" * 32 + "/cancel"),
    Case("retry an unknown job", method="POST", path="/api/v1/jobs/" + "0" * 32 + "/retry", key=True),
    # public lookups and the player
    Case("lookup without id or url", path="/api/v1/lookup"),
    Case("lookup of a NUL id", path="/api/v1/lookup?id=%00"),
    Case("lookup of a 5000-character url", path="/api/v1/lookup?url=https://a.vn/" + "a" * 5000),
    Case("lookup with 5000 parameters", path="/api/v1/lookup?" + "&".join(f"p{i}=1" for i in range(5000))),
    Case("embed without id or url", path="/embed"),
    Case("preflight", method="OPTIONS", path="/api/v1/speak-selection",
         headers={"Origin": "http://127.0.0.1", "Access-Control-Request-Method": "POST"},
         expect=frozenset({200, 204})),
    Case("selection as text/plain", method="POST", path="/api/v1/speak-selection", body="hello",
         headers={"Content-Type": "text/plain"}),
    Case("selection without text", method="POST", path="/api/v1/speak-selection", body=_selection("")),
    Case("selection too long", method="POST", path="/api/v1/speak-selection", body=_selection("a" * 2001)),
    Case("selection of an unknown article", method="POST", path="/api/v1/speak-selection",
         body={"article_id": "nope", "text": "Một câu."}),
    Case("selection not in the article", method="POST", path="/api/v1/speak-selection",
         body=_selection("Câu này không có trong bài.")),
    Case("selection with markup", method="POST", path="/api/v1/speak-selection",
         body=_selection("<img src=x onerror=alert(1)>")),
    # audio files
    Case("audio of another extension", path=f"/audio/{KEY_HEX}.exe"),
    Case("audio path traversal", path="/audio/..%2F..%2Fetc%2Fpasswd.mp3"),
    Case("audio key in capitals", path="/audio/{audio_key}.MP3"),
    Case("unknown audio", path=f"/audio/{KEY_HEX}.mp3"),
    Case("range past the end", path="/audio/{audio_key}.mp3", headers={"Range": "bytes=999999999-"}),
    Case("several ranges", path="/audio/{audio_key}.mp3", headers={"Range": "bytes=0-1,5-6"},
         expect=CLIENT_ERRORS | {200, 206}),
    Case("garbage range", path="/audio/{audio_key}.mp3", headers={"Range": "bytes=abc"},
         expect=frozenset({200, 416})),
    Case("suffix range", path="/audio/{audio_key}.mp3", headers={"Range": "bytes=-10"}, expect=frozenset({206})),
    Case("conditional", path="/audio/{audio_key}.mp3", headers={"If-None-Match": '"{audio_key}.mp3"'},
         expect=frozenset({200, 304})),
    Case("HEAD audio", method="HEAD", path="/audio/{audio_key}.mp3", expect=frozenset({200})),
    Case("POST audio", method="POST", path="/audio/{audio_key}.mp3", body=b"x"),
    # HTTP itself, as raw bytes (gunicorn's parser, the worker's loop)
    Case("request line of 9000 characters", "10", raw=b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n"),
    Case("a 9000-character header", "10", raw=b"GET / HTTP/1.1\r\nHost: x\r\nX: " + b"a" * 9000 + b"\r\n\r\n"),
    Case("101 headers", "10", raw=b"GET / HTTP/1.1\r\nHost: x\r\n" + b"X-A: a\r\n" * 101 + b"\r\n"),
    Case("70 KB of headers without an end", "10", raw=b"GET / HTTP/1.1\r\nHost: x\r\n" + b"X-A: a\r\n" * 9000),
    Case("TLS hello on the plain port", "10", raw=bytes.fromhex("16030100a5010000a10303") + b"\x00" * 40 + b"\r\n\r\n"),
    Case("binary garbage", "10", raw=b"\x00\xff\xfe GET /\r\n\r\n"),
    Case("lower-case method", raw=b"get /healthz HTTP/1.1\r\nHost: x\r\n\r\n", expect=CLIENT_ERRORS | {200}),
    Case("HTTP/9.9", raw=b"GET /healthz HTTP/9.9\r\nHost: x\r\n\r\n", expect=CLIENT_ERRORS | {505}),
    Case("two Content-Lengths", raw=b"POST /api/v1/lookup HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n"
                                    b"Content-Length: 2\r\n\r\nab"),
    Case("Content-Length and chunked", raw=b"POST /api/v1/lookup HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n"
                                           b"Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n"),
    Case("bad chunk size", raw=b"POST /api/v1/articles HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                               b"Authorization: Bearer " + KEY.encode() + b"\r\n"
                               b"Content-Type: application/json\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"),
    Case("obsolete line folding", raw=b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n",
         expect=CLIENT_ERRORS | {200}),  # gunicorn unfolds it; the answer is /healthz's
    Case("NUL in a header", raw=b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\x00b\r\n\r\n"),
    Case("space before the colon", raw=b"GET /healthz HTTP/1.1\r\nHost : x\r\n\r\n"),
    Case("Expect: 200-ok", raw=b"POST /api/v1/lookup HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\n"
                               b"Content-Length: 0\r\n\r\n"),
    Case("negative Content-Length", raw=b"POST /api/v1/lookup HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n"),
    Case("huge Content-Length", raw=b"POST /api/v1/articles HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999999\r\n"
                                    b"Content-Type: application/json\r\n\r\n{}", expect=frozenset({401, 413})),
]

# --- item 8: the start-up check refuses values that would break the service, naming the variable --------------

CONFIG: list[ConfigCase] = [
    ConfigCase({"TTS_MAX_REQUEST_BYTES": "0"}, "TTS_MAX_REQUEST_BYTES"),
    ConfigCase({"TTS_MAX_REQUEST_BYTES": "-5"}, "TTS_MAX_REQUEST_BYTES"),
    ConfigCase({"TTS_MAX_ARTICLE_CHARS": "0"}, "TTS_MAX_ARTICLE_CHARS"),
    ConfigCase({"TTS_MAX_ARTICLE_CHARS": "-1"}, "TTS_MAX_ARTICLE_CHARS"),
    ConfigCase({"TTS_JOB_WORKERS": "100000"}, "TTS_JOB_WORKERS"),
    ConfigCase({"TTS_WEBHOOK_TIMEOUT_S": "0"}, "TTS_WEBHOOK_TIMEOUT_S"),
    ConfigCase({"TTS_WEBHOOK_MAX_ATTEMPTS": "-1"}, "TTS_WEBHOOK_MAX_ATTEMPTS"),
    ConfigCase({"TTS_WEBHOOK_BACKOFF_S": "-5"}, "TTS_WEBHOOK_BACKOFF_S"),
    ConfigCase({"TTS_HISTORY_GRACE_S": "-1"}, "TTS_HISTORY_GRACE_S"),
    ConfigCase({"TTS_VOICE": "klingon"}, "TTS_VOICE"),
    ConfigCase({"TTS_DEMO": "maybe"}, "TTS_DEMO"),
    ConfigCase({"TTS_WORKERS": "0"}, "TTS_WORKERS"),
    ConfigCase({"TTS_PORT": "eighty"}, "TTS_PORT"),
    ConfigCase({"TTS_PORT": "70000"}, "TTS_PORT"),
    ConfigCase({"TTS_ENGINE": "festival"}, "TTS_ENGINE"),
    ConfigCase({"TTS_RATE": "5"}, "TTS_RATE"),
    ConfigCase({"TTS_GTTS_TIMEOUT": "nan"}, "TTS_GTTS_TIMEOUT"),
    ConfigCase({"TTS_CLIENT_TIMEOUT_S": "0"}, "TTS_CLIENT_TIMEOUT_S"),
    ConfigCase({"TTS_CACHE_BUDGET_MB": "-1"}, "TTS_CACHE_BUDGET_MB"),
    ConfigCase({"TTS_SECRET_KEY": "short"}, "TTS_SECRET_KEY"),
    ConfigCase({"TTS_PUBLIC_URL": "doc.example.vn"}, "TTS_PUBLIC_URL"),
    ConfigCase({"TTS_POTR": "8000"}, "TTS_POTR"),
]


# --- cases that need several requests --------------------------------------------------------------------------


def _count(answers: list[Answer]) -> tuple[int, int]:
    return sum(1 for a in answers if a.status >= 500 or a.status == 0), sum(1 for a in answers if a.seconds > 2)


def concurrent_shared_sentences(ctx: Ctx) -> tuple[int, int, int, list[str]]:
    """Item 3: articles sharing sentences, pushed at once, must all be made (no 500 from a racing write)."""
    shared = [f"Câu dùng chung số {i} của đợt kiểm tra đồng thời." for i in range(12)]
    answers: list[Answer] = []
    lock = threading.Lock()

    def push(n: int) -> None:
        text = " ".join(shared) + f" Câu riêng của bài {n}."
        answer = ctx.service.push({"id": f"harden:shared-{n}", "title": f"Bài {n}", "text": text}, wait=60)
        with lock:
            answers.append(answer)

    threads = [threading.Thread(target=push, args=(n,)) for n in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(180)
    errors, _slow = _count(answers)
    problems = [f"{a.status} {a.body[:80]!r}" for a in answers if a.status != 200]
    return len(answers), errors, 0, problems  # synthesis takes its time: not "slow"


def selection_limit_holds_across_workers(ctx: Ctx) -> tuple[int, int, int, list[str]]:
    """Item 4: one client gets the configured burst of selections (5), whichever worker answers."""
    words = ctx.article_text.split()
    answers = [ctx.service.request("POST", "/api/v1/speak-selection",
                                   json.dumps({"article_id": ctx.article_id,
                                               "text": " ".join(words[i:i + 3])}).encode(),
                                   {"Content-Type": "application/json"}) for i in range(20)]
    allowed = sum(1 for a in answers if a.status == 200)
    errors, slow = _count(answers)
    problems = [] if allowed <= 5 else [f"{allowed} of 20 selections allowed from one client (burst is 5)"]
    problems += [f"{a.status}" for a in answers if a.status not in (200, 429)]
    return len(answers), errors, slow, problems


def forwarded_for_does_not_reset_the_limit(ctx: Ctx) -> tuple[int, int, int, list[str]]:
    """Item 4: X-Forwarded-For from a client that is not a configured proxy is not trusted."""
    words = ctx.article_text.split()
    answers = [ctx.service.request("POST", "/api/v1/speak-selection",
                                   json.dumps({"article_id": ctx.article_id,
                                               "text": " ".join(words[i + 1:i + 4])}).encode(),
                                   {"Content-Type": "application/json", "X-Forwarded-For": f"10.9.{i}.1"})
               for i in range(20)]
    allowed = sum(1 for a in answers if a.status == 200)
    errors, slow = _count(answers)
    problems = [] if allowed <= 5 else [f"{allowed} of 20 allowed with a new X-Forwarded-For each"]
    return len(answers), errors, slow, problems


def keys_keep_to_their_site(ctx: Ctx) -> tuple[int, int, int, list[str]]:
    """Item 5: a site's key may not overwrite another site's article nor claim its URL (the bootstrap keys are
    the operator's and act for every site, so two keys made for two sites are used)."""
    keys = []
    for site in ("a.harden.test", "b.harden.test"):
        made = ctx.service.flask("create-key", f"harden-{site}", "--site", site)
        if made.returncode != 0:
            return 1, 0, 0, [f"create-key --site {site}: exit {made.returncode} {made.stderr[-120:]!r}"]
        keys.append(made.stdout.split()[0])
    first = ctx.service.push({"id": "harden:owned", "url": "https://a.harden.test/owned", "title": "Của A",
                              "text": "Bài của trang thứ nhất."}, key=keys[0])
    second = ctx.service.push({"id": "harden:owned", "url": "https://b.harden.test/owned", "title": "Của B",
                               "text": "Bài của trang thứ hai."}, key=keys[1])
    claim = ctx.service.push({"id": "harden:claim", "url": "https://a.harden.test/owned", "title": "Của B",
                              "text": "Trang thứ hai nhận địa chỉ của trang thứ nhất."}, key=keys[1])
    errors, _ = _count([first, second, claim])
    problems = [] if first.status == 200 else [f"the first key's own article: {first.status}"]
    problems += [] if second.status in (403, 409) else [f"the second key overwrote it ({second.status})"]
    problems += [] if claim.status in (403, 409) else [f"the second key claimed the first site's URL "
                                                       f"({claim.status})"]
    return 3, errors, 0, problems


def create_key_without_a_name(ctx: Ctx) -> tuple[int, int, int, list[str]]:
    """Item 10: ``tts create-key ""`` is refused."""
    done = ctx.service.flask("create-key", "")
    problems = [] if done.returncode == 2 and "Traceback" not in done.stderr else [
        f"exit {done.returncode}: {(done.stdout + done.stderr)[-120:]!r}"]
    return 1, 0, 0, problems


def webhook_to_loopback(ctx: Ctx) -> tuple[int, int, int, list[str]]:
    """Item 9: a key's webhook on a loopback address is not called without TTS_WEBHOOK_ALLOW_PRIVATE."""
    import http.server

    hits: list[str] = []

    class Receiver(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *_args: object) -> None:
            pass

    receiver = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    try:
        made = ctx.service.flask("create-key", "harden-hook", "--all-sites", "--webhook",
                                 f"http://127.0.0.1:{receiver.server_port}/hook")
        if made.returncode != 0:
            return 1, 0, 0, [f"create-key --webhook: exit {made.returncode} {made.stderr[-120:]!r}"]
        key = made.stdout.split()[0]
        pushed = ctx.service.push({"id": "harden:hook", "title": "Tin", "text": "Một câu cho webhook."}, key=key,
                                  wait=30)  # ?wait=N goes through a job, and a finished job calls the webhook
        time.sleep(3)
    finally:
        receiver.shutdown()
    problems = [] if not hits else [f"the webhook reached 127.0.0.1 {len(hits)} time(s) without the opt-in"]
    if pushed.status != 200:
        problems.append(f"the push with the webhook key: {pushed.status} {pushed.body[:80]!r}")
    return 2, int(pushed.status >= 500), 0, problems


def sitemap_with_a_file_url(ctx: Ctx) -> tuple[int, int, int, list[str]]:
    """Item 1: a ``file:`` entry in a sitemap on an allowed host is not read, narrated or published."""
    done = ctx.service.flask("pregenerate", f"{ctx.pages}/sitemap-file.xml", "--rate", "0", timeout=300)
    problems = []
    lookup = ctx.service.get("/api/v1/lookup?url=file:/etc/passwd")
    if lookup.status == 200:
        problems.append("file:/etc/passwd was narrated and published")
    leaked = [p.name for p in (ctx.service.data.path / "audio").rglob("*.json")
              if b"root:x:0:0" in p.read_bytes()]
    if leaked:
        problems.append(f"/etc/passwd text in {len(leaked)} marks file(s)")
    if "Traceback" in done.stderr:
        problems.append("traceback from pregenerate")
    return 1, 1 if lookup.status >= 500 else 0, 0, problems


CUSTOM: list[CustomCase] = [
    CustomCase("a file: entry in a sitemap", sitemap_with_a_file_url, "1", "sec-data"),
    CustomCase("a key's webhook on 127.0.0.1", webhook_to_loopback, "9", "sec-data"),
    CustomCase("10 articles sharing 12 sentences at once", concurrent_shared_sentences, "3", "sec-data"),
    CustomCase("20 selections from one client", selection_limit_holds_across_workers, "4", "sec-data"),
    CustomCase("20 selections with forged X-Forwarded-For", forwarded_for_does_not_reset_the_limit, "4", "sec-data"),
    CustomCase("a second key overwrites the first key's article", keys_keep_to_their_site, "5", "sec-data"),
    CustomCase('create-key ""', create_key_without_a_name, "10"),
]


def sitemaps(base: str) -> dict[str, tuple[str, bytes]]:
    """What the harness's page server serves: path → (content type, body)."""
    page = ("<html><head><title>Tin harden</title></head><body><article><h1>Tin thử</h1>"
            "<p>Đây là một bài viết ngắn để kiểm tra việc tạo trước bản đọc.</p></article></body></html>")
    return {
        "/sitemap-file.xml": ("application/xml", (
            '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            "<url><loc>file:/etc/passwd</loc></url><url><loc>file:///etc/passwd</loc></url>"
            f"<url><loc>{base}/tin/1</loc></url></urlset>").encode()),
        "/tin/1": ("text/html; charset=utf-8", page.encode()),
    }

