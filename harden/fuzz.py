"""Hypothesis fuzzing of the text stages for a bounded time: normalize, segment and extract_article on any input.

Each property is run in rounds of generated examples until its share of the time is spent; every example is
one input tried. A property holds when: nothing but the service's own errors is raised, the output is NFC with
no lone surrogate (normalize: and no digit is left to be read raw), every chunk fits the engine limit, and no
single input takes more than 2 s.
"""

from __future__ import annotations

import time
import traceback
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tts_service.errors import ServiceError
from tts_service.extract import extract_article
from tts_service.text import normalize, segment

SLOW_S = 2.0
_VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
_REGISTER = st.sampled_from(["UBND", "HĐND", "TP.", "NĐ-CP", "QĐ-UBND", "08/10/2021", "quý III", "1.500", "2,5",
                             "tỷ", "%", "km²", "24/7", "Covid-19", "0914 123 456", "https://a.gov.vn/b?c=1", "–",
                             "…", "“", "”", "\u200b", "\u202e", "\ufeff", "\ud800", "\x00", "\x07", "\n\n", "°C"])
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(_REGISTER, st.text(_VIETNAMESE + _VIETNAMESE.upper() + "0123456789 .,;:!?/-", max_size=12),
                       st.from_regex(r"\d{1,9}([.,/:-]\d{1,6}){0,4}", fullmatch=True)), max_size=40).map(" ".join),
    st.from_regex(r"[0-9/.,:-]{1,400}", fullmatch=True),
)
_TAGS = st.sampled_from(["p", "div", "article", "main", "h1", "h2", "table", "tr", "td", "li", "ul", "script",
                         "style", "nav", "footer", "header", "span", "a", "br", "img", "iframe", "svg", "math",
                         "template", "noscript", "title", "meta", "base", "form", "textarea"])


@st.composite
def html_documents(draw: st.DrawFn) -> str | bytes:
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        tag = draw(_TAGS)
        attrs = draw(st.lists(st.tuples(st.from_regex(r"[a-z-]{1,10}", fullmatch=True), st.text(max_size=20)),
                              max_size=3))
        attr_text = "".join(f' {k}="{v}"' for k, v in attrs)
        closing = draw(st.booleans())
        parts.append(f"<{tag}{attr_text}>{draw(TEXT)}" + (f"</{tag}>" if closing else ""))
    doc = draw(st.sampled_from(["", "<!doctype html>", '<?xml version="1.0"?>', "<html><head>"
                                "<meta charset='windows-1258'></head>"])) + "".join(parts)
    as_bytes = draw(st.sampled_from([None, "utf-8", "utf-16", "cp1258", "latin-1"]))
    if as_bytes:
        return doc.encode(as_bytes, "replace") + draw(st.binary(max_size=20))
    return doc


@dataclass
class FuzzResult:
    name: str
    tried: int = 0
    slow: int = 0
    failures: list[str] = field(default_factory=list)


def _clean(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text) and not any("\ud800" <= c <= "\udfff" for c in text)


def _normalize(text: str) -> str | None:
    out = normalize(text)
    if not isinstance(out, str) or not _clean(out):
        return "output not NFC or holds a lone surrogate"
    if any(c.isdigit() for c in out):
        return f"a digit left in {out[:60]!r}"
    return None


def _segment(text: str, max_chars: int) -> str | None:
    chunks = segment(normalize(text), max_chars)
    if any(len(c) > max_chars for c in chunks):
        return f"a chunk over {max_chars}"
    return None


def _extract(document: str | bytes) -> str | None:
    try:
        article = extract_article(document)
    except ServiceError:
        return None  # a clear refusal (empty article, too large …)
    if not _clean(article.text):
        return "article text not NFC or holds a lone surrogate"
    return None


def _run(result: FuzzResult, check: Callable[..., str | None], strategy: st.SearchStrategy,
         seconds: float) -> None:
    """``strategy`` gives a tuple of ``check``'s arguments."""
    end = time.monotonic() + seconds

    @settings(max_examples=40, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def prop(values: tuple) -> None:
        result.tried += 1
        started = time.monotonic()
        value = values[0]
        try:
            problem = check(*values)
        except Exception:  # anything but the service's own errors is a failure
            problem = traceback.format_exc(limit=2).strip().splitlines()[-1]
        if time.monotonic() - started > SLOW_S:
            result.slow += 1
        if problem and len(result.failures) < 5:
            result.failures.append(f"{problem} for {value!r:.80}")

    while time.monotonic() < end:
        prop()


def fuzz(seconds: float) -> list[FuzzResult]:
    """Split ``seconds`` between the three stages; the results say what was tried and what failed."""
    normalize("²")  # lazy tables built before the clock starts
    share = seconds / 3
    results = [FuzzResult("normalize"), FuzzResult("segment"), FuzzResult("extract_article")]
    _run(results[0], _normalize, st.tuples(TEXT), share)
    _run(results[1], _segment, st.tuples(TEXT, st.integers(5, 400)), share)
    _run(results[2], _extract, st.tuples(html_documents()), share)
    return results
