"""Requests in, answers out, through the models of :mod:`tts_service.web.schemas` — the one place the web layer
validates what a client sends.

    push = json_body(ArticlePush)                   # 415 / 400 invalid_json / 400 <code> naming the field
    params = query(ArticleListQuery)                # 400 invalid_field naming the parameter
    return respond(ArticleReady, doc)               # checked against the model the OpenAPI document shows

A refused field becomes ``{"error": {"code", "message"}}``: the code is the model's own (``missing_field``,
``empty_input``) or ``invalid_field``, and the message names the field and says what it should be.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

from flask import Response, request
from pydantic import BaseModel, ValidationError

from tts_service.errors import BadInput
from tts_service.web.schemas import Body, Query, dump

B = TypeVar("B", bound=Body)
Q = TypeVar("Q", bound=Query)
A = TypeVar("A", bound=BaseModel)

_MESSAGES = {
    "string_type": "phải là chuỗi",
    "bool_type": "phải là true hoặc false",
    "bool_parsing": "phải là true hoặc false",
    "int_type": "phải là số nguyên",
    "int_parsing": "phải là số nguyên",
    "float_type": "phải là số",
    "float_parsing": "phải là số",
    "finite_number": "phải là số hữu hạn",
    "literal_error": "không phải giá trị được chấp nhận",
    "datetime_type": "phải là thời điểm ISO 8601 (ví dụ 2025-10-08T00:00:00Z)",
    "datetime_parsing": "phải là thời điểm ISO 8601 (ví dụ 2025-10-08T00:00:00Z)",
    "datetime_from_date_parsing": "phải là thời điểm ISO 8601 (ví dụ 2025-10-08T00:00:00Z)",
}


def _explain(error: dict[str, Any], model: type[Body] | type[Query]) -> BadInput:
    where = ".".join(str(part) for part in error.get("loc", ()))
    kind = error.get("type", "")
    if not where:  # a rule of the whole body, with its own code (missing_field, empty_input)
        return BadInput(str(error.get("msg", "Yêu cầu không hợp lệ.")), code=kind or "invalid_field")
    name = "Trường" if issubclass(model, Body) else "Tham số"
    if kind == "missing":
        return BadInput(f"{name} '{where}' là bắt buộc.", code="missing_field")
    field = str(error["loc"][0])
    if kind == "string_pattern_mismatch" and "\x00" in str(error.get("input", "")):
        what = "chứa ký tự nhị phân"
    elif kind == "string_too_long":
        what = f"dài quá {error.get('ctx', {}).get('max_length')} ký tự"
    elif field in model.field_messages and kind not in ("string_type", "bool_type"):
        what = model.field_messages[field]
    elif kind == "value_error":  # a validator's own words
        what = str(error.get("msg", "")).removeprefix("Value error, ")
    elif kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        bound = next(iter(error.get("ctx", {}).values()), "")
        what = f"phải {'≥' if kind.startswith('greater') else '≤'} {bound}"
    else:
        what = _MESSAGES.get(kind, f"không hợp lệ ({error.get('msg', kind)})")
    return BadInput(f"{name} '{where}' {what}.", code="invalid_field")


def validated(model: type[B], data: Any) -> B:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise _explain(exc.errors(include_url=False)[0], model) from None


def json_body(model: type[B], *, also: tuple[str, ...] = ()) -> B:
    """The request's JSON object read as ``model``. ``also``: other media types whose body is JSON all the same
    (``text/plain`` from ``navigator.sendBeacon``)."""
    if request.mimetype != "application/json" and request.mimetype not in also:
        raise BadInput("Gửi dữ liệu dạng JSON (Content-Type: application/json).", code="unsupported_media_type",
                       status=415)
    if request.mimetype == "application/json":
        data = request.get_json(silent=True)
    else:
        try:
            data = request.json_module.loads(request.get_data(cache=True))
        except (ValueError, UnicodeDecodeError, json.JSONDecodeError):
            data = None
    if not isinstance(data, dict):
        raise BadInput("Nội dung không phải một đối tượng JSON hợp lệ.", code="invalid_json")
    return validated(model, data)


def query(model: type[Q]) -> Q:
    """The query string read as ``model`` (a repeated parameter: its first value)."""
    return validated(model, {name: request.args.get(name) for name in request.args})


def respond(model: type[A], data: dict[str, Any] | BaseModel, status: int = 200,
            headers: dict[str, str] | None = None) -> Response:
    """``data`` checked against ``model`` (an answer the document does not describe is a bug, found by the tests)
    and sent as JSON."""
    answer = data if isinstance(data, model) else model.model_validate(data)
    response = Response(json.dumps(dump(answer), ensure_ascii=False), status=status, mimetype="application/json")
    response.headers.update(headers or {})
    return response
