"""Signing in and out, who is signed in, and who may do what.

Every admin request passes :func:`_load_user`: the session names a user and carries their session salt (a new
password or a disabled account ends every session); unsafe methods must carry the CSRF token. A page needs a
signed-in user; :func:`requires` ``("admin")`` marks what editors may not do (403).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar
from urllib.parse import urlsplit

from flask import (
    Response,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from tts_service.accounts import User, UserStore
from tts_service.web.admin import bp, csrf
from tts_service.web.admin.forms import SignInForm

F = TypeVar("F", bound=Callable[..., Any])
#: Pages anyone may open: the sign-in form (and its POST, which is CSRF-checked like every other).
PUBLIC_ENDPOINTS = {"admin.sign_in"}


def users() -> UserStore:
    return current_app.extensions["users"]


def current_user() -> User | None:
    return g.get("admin_user")


@bp.before_request
def _load_user() -> Response | None:
    g.admin_user = None
    name = session.get("user")
    if name:
        user = users().get(name)
        if user is not None and session.get("salt") == user.session_salt:
            g.admin_user = user
        else:
            session.clear()
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        csrf.protect()  # raises CSRFError (400) when the token is missing, forged or expired
    if g.admin_user is None and request.endpoint not in PUBLIC_ENDPOINTS:
        if request.method == "GET" and not request.path.endswith(".json"):
            return redirect(url_for("admin.sign_in", next=request.full_path.rstrip("?")))
        abort(401)
    return None


def requires(role: str) -> Callable[[F], F]:
    """A view only users with ``role`` (admins always) may use; others get 403."""

    def decorate(view: F) -> F:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            user = current_user()
            if user is None:
                abort(401)
            if not user.may(role):
                abort(403)
            return view(*args, **kwargs)

        return wrapped  # type: ignore[return-value]

    return decorate


def _safe_next(target: str | None) -> str:
    """Only a path inside the console: ``//evil.example`` or ``https://…`` go to the start page instead."""
    if target:
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc and target.startswith("/admin") and "\\" not in target:
            return target
    return url_for("admin.home")


@bp.route("/dang-nhap", methods=["GET", "POST"])
def sign_in() -> Any:
    """Name and password; five wrong tries lock the name (twenty the address) for fifteen minutes."""
    if current_user() is not None and request.method == "GET":
        return redirect(_safe_next(request.args.get("next")))
    form = SignInForm()
    status = 200
    if form.validate_on_submit():
        outcome = users().authenticate(form.name.data or "", form.password.data or "", request.remote_addr or "")
        if outcome.user is not None:
            session.clear()  # no session fixation: a fresh session for the signed-in user
            session.permanent = True
            session["user"] = outcome.user.name
            session["salt"] = outcome.user.session_salt
            return redirect(_safe_next(request.args.get("next")))
        if outcome.locked_s:
            minutes = max(1, math.ceil(outcome.locked_s / 60))
            form.form_errors.append(f"Đăng nhập sai quá nhiều lần: tạm khoá, thử lại sau {minutes} phút.")
            status = 429
        else:
            form.form_errors.append("Tên đăng nhập hoặc mật khẩu không đúng.")
            status = 401
    elif request.method == "POST":
        status = 400
    return render_template("admin/sign_in.html", form=form), status


@bp.post("/dang-xuat")
def sign_out() -> Response:
    session.clear()
    flash("Bạn đã đăng xuất.", "info")
    return redirect(url_for("admin.sign_in"))


@bp.get("/")
def home() -> Response:
    """Admins start on the dashboard, editors on the article list."""
    user = current_user()
    return redirect(url_for("admin.dashboard" if user and user.may("admin") else "admin.articles"))


@bp.app_context_processor
def _template_globals() -> dict[str, Any]:
    return {"admin_user": current_user()}


_ERRORS = {
    400: ("bad_request", "Yêu cầu không hợp lệ", "Biểu mẫu không hợp lệ hoặc đã hết hạn. Mở lại trang và thử lại."),
    401: ("unauthorized", "Cần đăng nhập", "Phiên làm việc đã hết. Hãy đăng nhập lại."),
    403: ("forbidden", "Không có quyền", "Tài khoản của bạn không được làm việc này. Hãy nhờ quản trị viên."),
    404: ("not_found", "Không tìm thấy", "Không có mục này; có thể nó đã bị xoá."),
    405: ("method_not_allowed", "Không hỗ trợ", "Địa chỉ này không nhận yêu cầu kiểu này."),
    413: ("too_large", "Tệp quá lớn", "Tệp hoặc dữ liệu gửi lên vượt giới hạn."),
}


@bp.errorhandler(CSRFError)
def _csrf_error(exc: CSRFError) -> tuple[str, int]:
    return _error_page(400, "Mã bảo vệ biểu mẫu (CSRF) thiếu, sai hoặc đã hết hạn. Mở lại trang rồi gửi lại.")


@bp.errorhandler(HTTPException)
def _http_error(exc: HTTPException) -> tuple[str, int] | Response:
    status = exc.code or 500
    if status not in _ERRORS:
        return exc  # type: ignore[return-value]
    return _error_page(status)


def _error_page(status: int, detail: str | None = None) -> tuple[str, int]:
    code, title, message = _ERRORS[status]
    if request.path.endswith(".json") or request.accept_mimetypes.best == "application/json":
        return current_app.json.response({"error": {"code": code, "message": detail or message}}), status  # type: ignore[return-value]
    return render_template("admin/error.html", title=title, message=detail or message, status=status), status
