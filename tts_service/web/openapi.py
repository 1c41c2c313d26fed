"""The OpenAPI 3.1 document, made from the code: the app's routes, and on each view the models it validates with
and answers with (:func:`operation`). ``GET /api/openapi.json`` serves it; ``GET /api/docs`` renders it as one
readable page (server-side, no script, nothing from a CDN).

    @bp.post("/articles")
    @operation("Push an article", body=ArticlePush, query=WaitQuery, scope="cms",
               responses={200: ArticleReady, 202: ArticleAccepted}, errors=(403, 413, 422, 502, 503, 507))
    def create_article(): ...

Paths and methods come from Flask's URL map, schemas from pydantic (JSON Schema 2020-12 is OpenAPI 3.1's
dialect), so the document cannot describe a route or a field the code does not have;
``tests/test_openapi.py`` checks that every route is documented and runs schemathesis against the live app.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from flask import Blueprint, Flask, Response, current_app, jsonify, render_template
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from tts_service.web.schemas import JOB_ID_PATTERN, KEY_PATTERN, ErrorBody

F = TypeVar("F", bound=Callable[..., Any])

bp = Blueprint("openapi", __name__)

VERSION = "1.0.0"
#: What each error status means on this API (every error body is :class:`ErrorBody`).
ERRORS: dict[int, str] = {
    400: "The request is malformed: `invalid_json`, `invalid_field` or `missing_field` (the message names the "
         "field), `empty_input`, `unknown_voice`",
    401: "`unauthorized`: no API key, or an unknown or revoked one (`Authorization: Bearer <key>`)",
    403: "`insufficient_scope` (an `admin` key is needed), `article_of_another_site`, `url_of_another_site`, "
         "`site_of_another_key`, `host_not_allowed` or `fetch_refused` (the URL gate)",
    404: "`not_found`: no such article, job or file — or the article's reading is turned off",
    405: "The method is not allowed here (the `Allow` header lists those that are)",
    409: "`not_retryable`, `cancelled`: the job is not in a state for this",
    413: "`too_large`, `html_too_complex`, `spoken_too_long`, `selection_too_long`: over a limit, refused before "
         "any work",
    415: "`unsupported_media_type`: send `Content-Type: application/json`",
    422: "`empty_article` (nothing readable), `too_much_expansion`, `not_in_article`, `fetch_failed` for a page "
         "that is not an article",
    429: "`rate_limited` or `quota_exceeded`: wait `Retry-After` seconds",
    502: "`fetch_failed`: the article page could not be fetched",
    503: "`engine_unavailable`: no speech engine could read it now; or not ready (readiness)",
    507: "`storage_full`: the server's disk is full; audio already made still plays",
}
_RETRY_AFTER = {"Retry-After": {"description": "seconds to wait", "schema": {"type": "integer", "minimum": 1}}}
_ALLOW = {"Allow": {"description": "the methods allowed here", "schema": {"type": "string"}}}


@dataclass(frozen=True)
class Operation:
    summary: str
    description: str = ""
    tags: tuple[str, ...] = ()
    body: type[BaseModel] | None = None
    body_types: tuple[str, ...] = ("application/json",)
    query: type[BaseModel] | None = None
    path: Mapping[str, dict[str, Any]] = field(default_factory=dict)
    scope: str | None = None
    responses: Mapping[int, type[BaseModel] | Mapping[str, Any] | None] = field(default_factory=dict)
    errors: tuple[int, ...] = ()
    headers: Mapping[int, Mapping[str, Any]] = field(default_factory=dict)
    links: Mapping[int, Mapping[str, Any]] = field(default_factory=dict)


def operation(summary: str, *, description: str = "", tags: Iterable[str] = (), body: type[BaseModel] | None = None,
              body_types: Iterable[str] = ("application/json",), query: type[BaseModel] | None = None,
              path: Mapping[str, dict[str, Any]] | None = None, scope: str | None = None,
              responses: Mapping[int, type[BaseModel] | Mapping[str, Any] | None] | None = None,
              errors: Iterable[int] = (), headers: Mapping[int, Mapping[str, Any]] | None = None,
              links: Mapping[int, Mapping[str, Any]] | None = None) -> Callable[[F], F]:
    """Describe a view for the document. ``responses`` maps a status to a model, to ``{media type: schema}``
    for a non-JSON answer, or to None (no body). ``scope``: the API key scope it needs (401/403/429 follow).
    Errors a JSON body brings (400, 413, 415) are added for ``body``; 400 for ``query``. ``links``: per status,
    OpenAPI links to the operations its answer leads to (:func:`link`)."""

    def mark(view: F) -> F:
        view.__openapi__ = Operation(  # type: ignore[attr-defined]
            summary, description, tuple(tags), body, tuple(body_types), query, dict(path or {}), scope,
            dict(responses or {200: None}), tuple(errors), dict(headers or {}), dict(links or {}))
        return view

    return mark


#: Path parameters every route shares by name.
PATH_PARAMETERS: dict[str, dict[str, Any]] = {
    "key": {"type": "string", "pattern": KEY_PATTERN, "description": "the narration's content key"},
    "ext": {"type": "string", "enum": ["mp3", "json", "vtt"]},
    "job_id": {"type": "string", "pattern": JOB_ID_PATTERN},
    "article_id": {"type": "string", "minLength": 1, "maxLength": 200, "description": "the CMS's article id"},
}

_RULE_ARG = re.compile(r"<(?:[^:<>]+:)?([^<>]+)>")


def link(method: str, rule: str, **parameters: str) -> dict[str, Any]:
    """An OpenAPI link to the operation at ``method rule``, its parameters taken from this answer:
    ``link("GET", "/api/v1/jobs/<job_id>", job_id="$response.body#/job_id")``."""
    return {"operationId": _operation_id(rule, method), "parameters": parameters}


def openapi_path(rule: str) -> str:
    """``/api/v1/articles/<path:article_id>`` → ``/api/v1/articles/{article_id}``."""
    return _RULE_ARG.sub(r"{\1}", rule)


def documented_rules(app: Flask) -> list[tuple[str, str, Operation | None]]:
    """(rule, method, operation or None) for every route the app answers, except static files and the admin
    console's pages (HTML forms behind a login, not an API)."""
    out = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static" or rule.endpoint.startswith("admin."):
            continue
        view = app.view_functions[rule.endpoint]
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            out.append((rule.rule, method, getattr(view, "__openapi__", None)))
    return out


def build_spec(app: Flask) -> dict[str, Any]:
    """The whole document for ``app``."""
    rules = [(rule, method, op) for rule, method, op in documented_rules(app) if op is not None]
    models: list[tuple[type[BaseModel], str]] = [(ErrorBody, "serialization")]
    for _rule, _method, op in rules:
        if op.body is not None:
            models.append((op.body, "validation"))
        if op.query is not None:
            models.append((op.query, "validation"))
        models += [(m, "serialization") for m in op.responses.values() if isinstance(m, type)]
    refs, top = models_json_schema(list(dict.fromkeys(models)), ref_template="#/components/schemas/{model}")
    schemas: dict[str, Any] = top.get("$defs", {})
    paths: dict[str, dict[str, Any]] = {}
    for rule, method, op in rules:
        paths.setdefault(openapi_path(rule), {})[method.lower()] = _operation(rule, method, op, refs, schemas)
    settings = app.config["TTS_SETTINGS"]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Đọc bài viết — API",
            "version": VERSION,
            "description": "Push articles, follow their narration, and serve the audio and the player. CMS calls "
                           "carry `Authorization: Bearer <key>`; every error is `{\"error\": {\"code\", "
                           "\"message\"}}`. The guide: docs/api.md.",
        },
        **({"servers": [{"url": settings.public_url}]} if settings.public_url else {}),
        "paths": dict(sorted(paths.items())),
        "components": {
            "schemas": dict(sorted(schemas.items())),
            "securitySchemes": {"apiKey": {"type": "http", "scheme": "bearer",
                                           "description": "an API key (`TTS_API_KEYS` or `flask tts create-key`)"}},
        },
    }


def _operation(rule: str, method: str, op: Operation, refs: dict, schemas: dict) -> dict[str, Any]:
    doc: dict[str, Any] = {"summary": op.summary, "operationId": _operation_id(rule, method)}
    if op.description:
        doc["description"] = op.description
    if op.tags:
        doc["tags"] = list(op.tags)
    parameters = []
    for name in _RULE_ARG.findall(rule):
        schema = op.path.get(name) or PATH_PARAMETERS.get(name) or {"type": "string"}
        parameters.append({"name": name, "in": "path", "required": True, "schema": schema})
    if op.query is not None:
        model_schema = _resolve(refs[(op.query, "validation")], schemas)
        required = set(model_schema.get("required", ()))
        for name, prop in model_schema.get("properties", {}).items():
            prop = _without_null(prop)
            parameters.append({"name": name, "in": "query", "required": name in required,
                               **({"description": prop.pop("description")} if "description" in prop else {}),
                               "schema": prop})
    if parameters:
        doc["parameters"] = parameters
    if op.body is not None:
        doc["requestBody"] = {"required": True, "content": {
            media: {"schema": refs[(op.body, "validation")]} for media in op.body_types}}
    responses: dict[str, Any] = {}
    for status, answer in sorted(op.responses.items()):
        entry: dict[str, Any] = {"description": _status_text(status, answer)}
        if isinstance(answer, type):
            entry["content"] = {"application/json": {"schema": refs[(answer, "serialization")]}}
        elif answer:
            entry["content"] = dict(answer)
        if op.headers.get(status):
            entry["headers"] = dict(op.headers[status])
        if op.links.get(status):
            entry["links"] = dict(op.links[status])
        responses[str(status)] = entry
    errors = set(op.errors)
    if op.body is not None:
        errors |= {400, 413, 415}
    if op.query is not None:
        errors.add(400)
    if op.scope:
        errors |= {401, 429}
        if op.scope != "cms":
            errors.add(403)
        doc["security"] = [{"apiKey": []}]
    for status in sorted(errors):
        entry = {"description": ERRORS[status],
                 "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}}
        if status == 429:
            entry["headers"] = copy.deepcopy(_RETRY_AFTER)
        responses[str(status)] = entry
    responses["405"] = {"description": ERRORS[405], "headers": copy.deepcopy(_ALLOW),
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}}
    doc["responses"] = responses
    return doc


def _operation_id(rule: str, method: str) -> str:
    """``/api/v1/articles/<path:article_id>``, DELETE → ``delete_api_v1_articles_article_id``."""
    words = re.sub(r"[^A-Za-z0-9]+", "_", openapi_path(rule)).strip("_")
    return f"{method.lower()}_{words or 'root'}"


def _status_text(status: int, answer: object) -> str:
    if isinstance(answer, type) and answer.__doc__ and not answer.__doc__.startswith(("A response", "Usage")):
        return " ".join(answer.__doc__.split())
    return {200: "OK", 201: "Created", 202: "Accepted: a job to follow", 204: "Done; no content",
            206: "Part of the file (Range)", 304: "Not modified (ETag)", 416: "Range not satisfiable"}.get(status, "OK")


def _resolve(schema: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in schema:
        return schemas[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _without_null(schema: dict[str, Any]) -> dict[str, Any]:
    """A query parameter is absent or a value: ``anyOf [X, null]`` → ``X`` (keeping the description, default)."""
    schema = copy.deepcopy(schema)
    options = schema.get("anyOf")
    if options and any(o.get("type") == "null" for o in options):
        rest = [o for o in options if o.get("type") != "null"]
        schema.pop("anyOf")
        if len(rest) == 1:
            schema.update(rest[0])
        else:
            schema["anyOf"] = rest
    if schema.get("default", 0) is None:
        schema.pop("default")
    return schema


def spec(app: Flask) -> dict[str, Any]:
    """The document, built once per app."""
    cached = app.extensions.get("openapi_spec")
    if cached is None:
        cached = app.extensions["openapi_spec"] = build_spec(app)
    return cached


def media(kind: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    """A non-JSON answer for :func:`operation`: ``media("text/html")`` → ``{"text/html": {"schema": …}}``."""
    return {kind: {"schema": schema or {"type": "string"}}}


_JSON_DOC = media("application/json", {"type": "object"})
HTML = media("text/html")


@bp.get("/api/openapi.json")
@operation("This document (OpenAPI 3.1)", tags=("reference",), responses={200: _JSON_DOC})
def openapi_json() -> Response:
    response = jsonify(spec(current_app))
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


@bp.get("/api/docs")
@operation("This document as one readable page", tags=("reference",), responses={200: HTML})
def docs_page() -> str:
    document = spec(current_app)
    return render_template("api_docs.html", spec=document, schemas=document["components"]["schemas"],
                           fields=_fields)


def _fields(schema: dict[str, Any], schemas: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of a schema's table on the docs page: name, type, required, description."""
    schema = _resolve(schema, schemas)
    required = set(schema.get("required", ()))
    return [{"name": name, "type": _type_text(prop, schemas), "required": name in required,
             "description": prop.get("description", ""), "default": prop.get("default")}
            for name, prop in schema.get("properties", {}).items()]


def _type_text(schema: dict[str, Any], schemas: dict[str, Any]) -> str:
    """``{"anyOf": [{"type": "string"}, {"type": "null"}]}`` → ``"string | null"``."""
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[1]
    if "anyOf" in schema:
        return " | ".join(_type_text(s, schemas) for s in schema["anyOf"])
    if "enum" in schema:
        return " | ".join(f"`{v}`" for v in schema["enum"])
    if "const" in schema:
        return f"`{schema['const']}`"
    if schema.get("type") == "array":
        return f"array of {_type_text(schema.get('items', {}), schemas)}"
    text = str(schema.get("type", "any"))
    limits = [f"{k} {schema[k]}" for k in ("minimum", "maximum", "maxLength", "format") if k in schema]
    return text + (f" ({', '.join(limits)})" if limits else "")
