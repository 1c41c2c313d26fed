"""The API's request and response shapes, as pydantic models: what views validate and answer with, and what the
OpenAPI document (``/api/openapi.json``, :mod:`tts_service.web.openapi`) is generated from.

Request bodies are strict (JSON types as sent: ``"draft": "yes"`` is refused, not read as true); query
strings are read leniently (``?spoken=true``, ``?limit=20``). Response models forbid extra fields, so a view
that answers with something the document does not describe fails its tests instead of drifting.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    RootModel,
    StringConstraints,
    model_validator,
)
from pydantic_core import PydanticCustomError

# --- shared pieces -------------------------------------------------------------------------------------------

#: Text without NUL characters (a binary upload, not an article).
Text = Annotated[str, StringConstraints(pattern=r"^[^\x00]*$")]
ARTICLE_ID_PATTERN = r"^[A-Za-z0-9_.:/\-]{1,200}$"
ArticleId = Annotated[str, StringConstraints(pattern=ARTICLE_ID_PATTERN)]
HttpUrl = Annotated[str, StringConstraints(pattern=r"^https?://[^\s\x00]+$", max_length=2000)]
Host = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9.-]{1,253}$"), AfterValidator(str.lower)]
KEY_PATTERN = r"^[0-9a-f]{64}$"


def _iso_only(value: Any) -> Any:
    """A time as ISO 8601 text (``2025-10-08T07:30:00+07:00``), not a bare number pydantic would read as epoch."""
    if not isinstance(value, str) or not re.match(r"^\d{4}-\d{2}-\d{2}", value):
        raise ValueError("phải là thời điểm ISO 8601 (ví dụ 2025-10-08T00:00:00Z)")
    return value


IsoDatetime = Annotated[datetime, BeforeValidator(_iso_only)]


def _day_only(value: Any) -> Any:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("phải là một ngày dạng YYYY-MM-DD")
    return value


IsoDate = Annotated[date, BeforeValidator(_day_only)]
JOB_ID_PATTERN = r"^[0-9a-f]{32}$"
ArticleStatusName = Literal["pending", "queued", "running", "ready", "failed", "cancelled", "evicted"]
JobStatusName = Literal["queued", "running", "done", "failed", "cancelled"]
QualityKind = Literal["abbreviation", "digits", "symbol", "foreign", "leftover"]


class Body(BaseModel):
    """A JSON request body: JSON types exactly as sent; unknown fields are ignored."""

    model_config = ConfigDict(strict=True, extra="ignore")
    #: What a refused field should have been, in the words of the error message ("Trường 'id' …").
    field_messages: ClassVar[dict[str, str]] = {}


class Query(BaseModel):
    """Query-string parameters (text read as numbers and booleans where declared)."""

    model_config = ConfigDict(extra="ignore")
    field_messages: ClassVar[dict[str, str]] = {}


class Answer(BaseModel):
    """A response document: nothing in it the OpenAPI document does not describe."""

    model_config = ConfigDict(extra="forbid")


def refuse(code: str, message: str) -> PydanticCustomError:
    """A validation error with the API's own error code (``missing_field``, ``empty_input`` …)."""
    return PydanticCustomError(code, message)


# --- errors --------------------------------------------------------------------------------------------------


class ErrorDetail(Answer):
    code: str = Field(description="stable, machine-readable: `invalid_field`, `rate_limited`, `not_found` …")
    message: str = Field(description="what was wrong and what to do, in Vietnamese")


class ErrorBody(Answer):
    """Every error, whatever the status."""

    error: ErrorDetail


# --- articles ------------------------------------------------------------------------------------------------


class ArticlePush(Body):
    """An article to read: its HTML, or its title and text, or only its URL (the service fetches the page)."""

    id: ArticleId | None = Field(None, description="your id for the article (letters, digits, `. : / - _`; give "
                                 "it a prefix of your own: ids are shared by every site). Default: the URL, else a "
                                 "hash of the text")
    url: HttpUrl | None = Field(None, description="the article's public address. Alone (with `id`), the page is "
                                "fetched — only from your key's site or `TTS_ALLOWED_HOSTS`")
    html: Text | None = Field(None, description="the article page's HTML; never fetched from anywhere else")
    title: Annotated[Text, StringConstraints(max_length=1000)] | None = None
    text: Text | None = Field(None, description="plain text; paragraphs separated by blank lines")
    draft: bool = Field(False, description="a preview for the key holder: synthesised and playable, never listed, "
                        "never in the widget or feeds, never pinned; it expires (`TTS_DRAFT_TTL_S`)")

    field_messages: ClassVar[dict[str, str]] = {
        "id": "chỉ gồm chữ, số và . : / - _ (tối đa 200 ký tự)",
        "url": "phải là địa chỉ http(s) đầy đủ",
    }

    @model_validator(mode="after")
    def _something_to_read(self) -> ArticlePush:
        if self.html is not None:
            if not self.html.strip():
                raise refuse("empty_input", "Trường 'html' rỗng.")
        elif self.title is not None or self.text is not None:
            if not (self.title or "").strip() and not (self.text or "").strip():
                raise refuse("empty_input", "Trường 'title' và 'text' đều rỗng.")
        elif self.url is None:
            raise refuse("missing_field", "Gửi 'html', hoặc 'title' và 'text', hoặc chỉ 'url' của trang.")
        return self


class ArticlePatch(Body):
    disabled: bool = Field(description="true: the widget's lookup answers 404 and the player does not offer the "
                           "article; its audio is kept. false: readable again")


class WaitQuery(Query):
    wait: Annotated[float, Field(ge=0, le=3600)] | None = Field(
        None, description="seconds to wait for a job before answering 202 (capped by `TTS_MAX_WAIT_S`)")
    field_messages: ClassVar[dict[str, str]] = {"wait": "phải là số giây trong khoảng 0–3600 (ví dụ ?wait=10)"}


class ArticleQuery(Query):
    spoken: bool = Field(False, description="add each block's spoken text (what the engine is given, with today's "
                         "lexicon)")


class ArticleListQuery(Query):
    status: ArticleStatusName | Literal["disabled"] | None = Field(None, description="only articles in this state")
    site: Host | None = Field(None, description="only this site's articles (its sub-domains too); a site key sees "
                              "only its own site")
    since: IsoDatetime | None = Field(None, description="only articles changed at or after this time (ISO 8601)")
    cursor: Annotated[str, StringConstraints(max_length=500)] | None = Field(
        None, description="`next_cursor` of the previous page")
    limit: Annotated[int, Field(ge=1, le=200)] = 50


class AudioUrls(Answer):
    key: str = Field(description="content hash of the narration: a new text, voice or lexicon gives a new key")
    duration: float = Field(description="seconds")
    audio_url: str
    marks_url: str = Field(description="timings of every block and segment (JSON)")
    vtt_url: str = Field(description="captions (WebVTT)")


class ArticleReady(AudioUrls):
    id: str
    status: Literal["ready"]
    synthesized: bool = Field(description="false when the audio came from the cache")
    draft: bool | None = Field(None, description="true for a draft preview")
    expires_at: float | None = Field(None, description="a draft's audio is removed after this time (epoch seconds)"
                                     " unless played again")


class Progress(Answer):
    done: int
    total: int


class Part(Answer):
    block: int = Field(description="block index (0 is the title)")
    url: str
    duration: float


class JobDocument(Answer):
    job_id: str
    job_url: str
    article_id: str
    status: JobStatusName
    progress: Progress
    parts: list[Part] = Field(description="one small MP3 per finished block, in reading order: play them while "
                              "the whole article is made")
    attempts: int
    created_at: float
    updated_at: float
    key: str | None = None
    audio_url: str | None = None
    marks_url: str | None = None
    vtt_url: str | None = None
    error: ErrorDetail | None = None


class ArticleAccepted(JobDocument):
    id: str
    draft: bool | None = None


class ArticleStatus(Answer):
    """An article's state: ready with its URLs, or being made with the job to follow, or failed."""

    id: str
    status: ArticleStatusName
    title: str
    key: str | None = None
    duration: float | None = None
    audio_url: str | None = None
    marks_url: str | None = None
    vtt_url: str | None = None
    job_id: str | None = None
    job_url: str | None = None
    progress: Progress | None = None
    parts: list[Part] | None = None
    error: ErrorDetail | None = None


class BlockDocument(Answer):
    index: int = Field(description="reading order; 0 is the title when there is one")
    kind: Literal["heading", "lead", "paragraph", "list_item", "quote", "signature"]
    text: str
    spoken: str | None = Field(None, description="what the engine reads (with `?spoken=true`)")


class QualityToken(Answer):
    token: str
    kind: QualityKind = Field(description="`abbreviation` spelled letter by letter, `digits` with no confident "
                              "reading, `symbol` dropped, `foreign` word, `leftover` digit or symbol in the spoken "
                              "text")
    count: int
    articles: int = Field(description="articles it occurs in (1 in an article's own report)")
    context: str


class PageCheck(Answer):
    """The last check of a page read from its site (whether it changed since)."""

    checked_at: float | None = None
    result: str | None = None
    http_status: int | None = None
    next_check_at: float | None = None
    error: str | None = None


class ArticleDocument(ArticleStatus):
    """What the reader will hear: the article's blocks (and, on request, their spoken text) and its quality
    report, with its state."""

    origin: Literal["page"] | None = Field(None, description="`page`: read from its own page, nobody pushed it")
    page_check: PageCheck | None = None

    url: str | None = None
    site: str | None = None
    disabled: bool
    draft: bool | None = None
    expires_at: float | None = None
    created_at: float
    updated_at: float
    blocks: list[BlockDocument]
    quality: list[QualityToken] | None = Field(None, description="tokens the text stage only guessed at, most "
                                               "frequent first (none until the article was read once)")


class ArticleSummary(Answer):
    id: str
    status: ArticleStatusName
    title: str
    url: str | None = None
    site: str | None = None
    disabled: bool
    duration: float | None = None
    audio_url: str | None = None
    updated_at: float


class ArticleList(Answer):
    articles: list[ArticleSummary]
    next_cursor: str | None = Field(None, description="pass as `cursor` for the next page; absent on the last")


# --- the widget's calls ----------------------------------------------------------------------------------------


class LookupQuery(Query):
    id: str | None = Field(None, description="the CMS's article id")
    url: str | None = Field(None, description="the page's address")
    voice: str | None = Field(None, description="an id from `voices` (another: 400 `unknown_voice`)")
    read: str | None = Field(None, description="`1` when the reader pressed play: a page of an allowed site that "
                             "nobody pushed is then read from the page itself")


class Voice(Answer):
    id: str
    name: str


class LookupDocument(ArticleStatus):
    voice: str
    voices: list[Voice] | None = Field(None, description="the voices a listener may pick, the default first")
    article_selector: str | None = Field(None, description="CSS selector of the article body on this site's pages")
    analytics: bool | None = Field(None, description="true: the player reports plays (POST /api/v1/events)")
    download: bool | None = Field(None, description="false: the site does not let listeners save the MP3")


class LookupWaiting(Answer):
    """A page nobody pushed: not read until a reader presses play (``not_read``), or being read (``pending``)."""

    status: Literal["not_read", "pending"]
    url: str | None = None
    message: str | None = None
    retry_after: float | None = None


class LookupAnswer(RootModel[LookupDocument | LookupWaiting]):
    """What the widget's lookup answers: an article's state, or a page that is not read (yet)."""


class SelectionRequest(Body):
    article_id: Annotated[Text, StringConstraints(max_length=200)] | None = None
    url: Annotated[Text, StringConstraints(max_length=2000)] | None = None
    text: Annotated[Text, StringConstraints(max_length=20_000)] | None = Field(
        None, description="the selected passage (at most `TTS_SELECTION_MAX_CHARS` characters once spaces are "
        "collapsed)")
    voice: Annotated[Text, StringConstraints(max_length=200)] | None = None


class SelectionAudio(Answer):
    key: str
    duration: float
    synthesized: bool
    audio_url: str
    marks_url: str


# --- lexicon and quality (admin) -----------------------------------------------------------------------------


class LexiconEntryIn(Body):
    pattern: Annotated[Text, StringConstraints(min_length=1, max_length=200)] = Field(
        description="a word (whole words, case-sensitive) or, with `is_regex`, a regular expression")
    replacement: Annotated[Text, StringConstraints(max_length=500)] = Field(description="how it is read")
    is_regex: bool = False
    site: Host | None = Field(None, description="only this site (and its sub-domains); default every site. A site "
                              "key may only edit its own site's entries")
    renarrate: bool = Field(True, description="read the published articles it changes again now")


class LexiconEntryOut(Answer):
    pattern: str
    replacement: str
    is_regex: bool
    site: str | None = None


class LexiconList(Answer):
    entries: list[LexiconEntryOut]


class LexiconRemoveQuery(Query):
    pattern: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    site: Host | None = None
    renarrate: bool = True


class LexiconChange(Answer):
    entry: LexiconEntryOut
    affected: list[str] = Field(description="ids of the published articles whose spoken text changes")
    queued: int = Field(description="how many of them were queued to be read again (0 with `renarrate: false`)")


class QualityQuery(Query):
    site: Host | None = None
    kind: QualityKind | None = None
    limit: Annotated[int, Field(ge=1, le=500)] = 50


class QualityReport(Answer):
    site: str | None = None
    articles: int = Field(description="articles (as they read now) whose reports were added up")
    tokens: list[QualityToken]


# --- listening ---------------------------------------------------------------------------------------------------


class ListenEvent(Body):
    """What the player reports (only when the lookup said `analytics: true`). No cookie, no address is kept:
    events only add to per-article, per-day counters."""

    article_id: Annotated[Text, StringConstraints(min_length=1, max_length=200)]
    event: Literal["play", "listened", "error"] = Field(description="`play` when playback starts, `listened` with "
                                                        "the share heard when the listener leaves or it ends, "
                                                        "`error` when the audio failed")
    percent: Annotated[float, Field(ge=0, le=100)] | None = Field(None, description="with `listened`")


class ListeningQuery(Query):
    site: Host | None = None
    article_id: Annotated[str, StringConstraints(max_length=200)] | None = Field(None, description="one article")
    since: IsoDate | None = Field(None, description="first day (YYYY-MM-DD, Vietnam time); default 29 days before "
                                  "`until`")
    until: IsoDate | None = Field(None, description="last day (YYYY-MM-DD, Vietnam time); default today")


class ListeningDay(Answer):
    article_id: str
    day: str
    plays: int
    listened: int = Field(description="plays that reported how much was heard")
    average_percent: float | None = Field(None, description="mean share heard of those plays")
    completed: int = Field(description="plays heard to at least 95 %")
    failures: int


class ListeningReport(Answer):
    enabled: bool = Field(description="whether the service counts plays now (`TTS_ANALYTICS`)")
    since: str
    until: str
    days: list[ListeningDay]


# --- operations ------------------------------------------------------------------------------------------------


class Health(Answer):
    status: Literal["ok", "degraded"]
    engine: str
    error: ErrorDetail | None = None


class ReadyCheck(Answer):
    ok: bool
    detail: str


class Readiness(Answer):
    status: Literal["ready", "not_ready"]
    checks: dict[str, ReadyCheck] = Field(description="`store` writable, `index` reachable, `engine` available")


def dump(model: BaseModel) -> dict[str, Any]:
    """JSON-ready data of an answer, without the fields it does not have."""
    return model.model_dump(mode="json", exclude_none=True)
