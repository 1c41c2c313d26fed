"""Signing in to the console, and every refusal: no session, wrong role, missing or forged CSRF token,
lockout, an editor trying an admin action; secure cookies and headers."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.admin.conftest import ADMIN, EDITOR, Console
from tts_service.accounts import MAX_FAILURES_PER_IP, MAX_FAILURES_PER_USER, UserStore

# The console's own stores (users, site settings, catalogue, pre-generation runs) open the SQLite file in the data
# dir; on the scale-out stack they are not shared yet (docs/scale-out.md), so these run on the embedded stack.
pytestmark = pytest.mark.embedded_only


def test_the_console_asks_for_a_sign_in_first(anon: Console) -> None:
    response = anon.get("/admin/bai-viet")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/admin/dang-nhap?next=/admin/bai-viet")
    page = anon.get("/admin/dang-nhap")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert '<html lang="vi">' in html and "<h1>Đăng nhập quản trị</h1>" in html
    assert '<label for="name">Tên đăng nhập</label>' in html and 'autocomplete="current-password"' in html


def test_an_action_without_a_session_is_refused(anon: Console) -> None:
    assert anon.post("/admin/bai-viet/x/xoa").status_code == 401
    assert anon.get("/admin/tao-truoc/abc/trang-thai.json").status_code == 401


def test_an_admin_signs_in_and_lands_on_the_dashboard(anon: Console) -> None:
    response = anon.sign_in(*ADMIN)
    assert response.status_code == 302 and response.headers["Location"] == "/admin/"
    assert anon.get("/admin/").headers["Location"] == "/admin/tong-quan"
    page = anon.get("/admin/tong-quan")
    assert page.status_code == 200 and "<h1>Tổng quan</h1>" in page.get_data(as_text=True)


def test_sign_in_goes_back_to_the_page_asked_for_but_never_off_site(anon: Console) -> None:
    anon.get("/admin/dang-nhap")
    ok = anon.client.post("/admin/dang-nhap?next=/admin/bai-viet", data={
        "csrf_token": anon.token(), "name": ADMIN[0], "password": ADMIN[1]})
    assert ok.headers["Location"] == "/admin/bai-viet"
    anon.post("/admin/dang-xuat")
    anon.get("/admin/dang-nhap")
    evil = anon.client.post("/admin/dang-nhap?next=//evil.example/admin", data={
        "csrf_token": anon.token(), "name": ADMIN[0], "password": ADMIN[1]})
    assert evil.headers["Location"] == "/admin/"


def test_a_wrong_password_says_so_without_saying_which_part_was_wrong(anon: Console) -> None:
    wrong = anon.sign_in(ADMIN[0], "not-the-password")
    unknown = anon.sign_in("nobody", "not-the-password")
    assert wrong.status_code == unknown.status_code == 401
    for response in (wrong, unknown):
        html = response.get_data(as_text=True)
        assert "Tên đăng nhập hoặc mật khẩu không đúng." in html
        assert 'role="alert"' in html  # the error summary


def test_an_editor_is_refused_admin_pages_and_actions(editor: Console, app: Flask) -> None:
    assert editor.get("/admin/").headers["Location"] == "/admin/bai-viet"
    assert editor.get("/admin/bai-viet").status_code == 200
    for path in ("/admin/tong-quan", "/admin/tao-truoc", "/admin/khoa-va-trang"):
        response = editor.get(path)
        assert response.status_code == 403, path
        assert "Không có quyền" in response.get_data(as_text=True)
    editor.get("/admin/bai-viet")
    assert editor.post("/admin/khoa-va-trang/khoa", {"name": "cms-x", "scope": "cms"}).status_code == 403
    assert editor.post("/admin/bai-viet/abc/xoa").status_code == 403
    pregen = {"source_kind": "list", "urls": "https://a.vn/1", "rate": "1"}
    assert editor.post("/admin/tao-truoc", pregen).status_code == 403


def test_a_post_without_the_csrf_token_is_refused(admin: Console) -> None:
    response = admin.client.post("/admin/dang-xuat")
    assert response.status_code == 400
    assert "CSRF" in response.get_data(as_text=True)
    assert admin.get("/admin/tong-quan").status_code == 200  # still signed in: nothing happened


def test_a_forged_csrf_token_is_refused(admin: Console) -> None:
    response = admin.client.post("/admin/dang-xuat", data={"csrf_token": "IjEyMyI.forged.token"})
    assert response.status_code == 400
    assert admin.get("/admin/tong-quan").status_code == 200


def test_a_token_from_another_session_is_refused(app: Flask, admin: Console) -> None:
    other = Console(app.test_client())
    other.sign_in(*EDITOR)
    stolen = other.token()
    response = admin.client.post("/admin/dang-xuat", data={"csrf_token": stolen})
    assert response.status_code == 400


def test_repeated_failures_lock_the_name_even_with_the_right_password(anon: Console) -> None:
    for _ in range(MAX_FAILURES_PER_USER - 1):
        assert anon.sign_in(ADMIN[0], "wrong-wrong-wrong").status_code == 401
    assert anon.sign_in(ADMIN[0], "wrong-wrong-wrong").status_code == 429  # the last try says so at once
    locked = anon.sign_in(*ADMIN)
    assert locked.status_code == 429
    assert "tạm khoá" in locked.get_data(as_text=True)


def test_the_lock_holds_across_processes_because_it_lives_in_the_index(app: Flask, data_dir) -> None:
    first = app.extensions["users"]
    for _ in range(MAX_FAILURES_PER_USER):
        first.authenticate(EDITOR[0], "wrong", ip="198.51.100.1")
    second = UserStore(app.config["TTS_SETTINGS"].db_path)  # what another worker process opens
    assert second.authenticate(*EDITOR, ip="198.51.100.2").locked_s > 0


def test_one_address_failing_on_many_names_is_locked(app: Flask) -> None:
    store = app.extensions["users"]
    for n in range(MAX_FAILURES_PER_IP):
        store.authenticate(f"guess{n}", "wrong", ip="203.0.113.9")
    assert store.authenticate(*ADMIN, ip="203.0.113.9").locked_s > 0
    assert store.authenticate(*ADMIN, ip="203.0.113.10").user is not None


def test_the_lock_ends_after_its_time(app: Flask) -> None:
    now = [1_000_000.0]
    store = UserStore(app.config["TTS_SETTINGS"].db_path, clock=lambda: now[0])
    for _ in range(MAX_FAILURES_PER_USER):
        store.authenticate(ADMIN[0], "wrong", ip="192.0.2.1")
    assert store.authenticate(*ADMIN, ip="192.0.2.1").locked_s > 0
    now[0] += 16 * 60
    assert store.authenticate(*ADMIN, ip="192.0.2.1").user is not None


def test_signing_out_ends_the_session(admin: Console) -> None:
    admin.get("/admin/tong-quan")
    assert admin.post("/admin/dang-xuat").status_code == 302
    assert admin.get("/admin/tong-quan").status_code == 302


def test_a_new_password_ends_open_sessions(app: Flask, admin: Console) -> None:
    app.extensions["users"].set_password(ADMIN[0], "another-long-password")
    assert admin.get("/admin/tong-quan").status_code == 302


def test_cookies_and_headers_of_admin_pages(app: Flask, anon: Console) -> None:
    response = anon.sign_in(*ADMIN)
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Path=/admin" in cookie
    assert "Secure" not in cookie  # plain http here; see the https test below
    page = anon.get("/admin/tong-quan")
    csp = page.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp and "'unsafe-eval'" not in csp
    assert page.headers["X-Frame-Options"] == "DENY"
    assert page.headers["Cache-Control"] == "no-store"


def test_the_session_cookie_is_secure_when_the_service_is_public_over_https(data_dir) -> None:
    from tests.test_cache_support import running_app

    with running_app(data_dir, public_url="https://doc.example.vn") as app:
        app.extensions["users"].create(*ADMIN, role="admin")
        console = Console(app.test_client())
        console.get("/admin/dang-nhap", base_url="https://doc.example.vn")
        response = console.client.post("/admin/dang-nhap", base_url="https://doc.example.vn",
                                       headers={"Referer": "https://doc.example.vn/admin/dang-nhap"},
                                       data={"csrf_token": console.token(), "name": ADMIN[0], "password": ADMIN[1]})
        assert response.status_code == 302
        assert "Secure" in response.headers["Set-Cookie"]


def test_sessions_hold_across_restarts(data_dir) -> None:
    from tests.test_cache_support import running_app

    with running_app(data_dir) as first:
        first.extensions["users"].create(*ADMIN, role="admin")
        console = Console(first.test_client())
        console.sign_in(*ADMIN)
        cookie = console.client.get_cookie("dbv_admin", path="/admin")
    with running_app(data_dir) as second:  # another process: same key from the data dir
        client = second.test_client()
        client.set_cookie("dbv_admin", cookie.value, path="/admin")
        assert client.get("/admin/tong-quan").status_code == 200
    assert oct((data_dir / "secret_key").stat().st_mode & 0o777) == "0o600"


def test_users_are_created_from_the_command_line_with_the_password_on_stdin(app: Flask) -> None:
    result = app.test_cli_runner().invoke(args=["tts", "user", "create", "lan", "--role", "editor"],
                                          input="mot-mat-khau-dai\n")
    assert result.exit_code == 0, result.output
    assert "created lan (editor)" in result.output
    assert app.extensions["users"].authenticate("lan", "mot-mat-khau-dai", ip="x").user.role == "editor"
    short = app.test_cli_runner().invoke(args=["tts", "user", "create", "minh", "--role", "admin"], input="ngan\n")
    assert short.exit_code != 0 and "12" in short.output


@pytest.mark.parametrize("name", ["", "a", "Có dấu", "x" * 80, "a/b"])
def test_malformed_user_names_are_refused(app: Flask, name: str) -> None:
    from tts_service.accounts import AccountError

    with pytest.raises(AccountError):
        app.extensions["users"].create(name, "mot-mat-khau-dai", "editor")


def test_only_a_hash_of_the_password_is_stored(app: Flask) -> None:
    import sqlite3

    db = sqlite3.connect(app.config["TTS_SETTINGS"].db_path)
    stored = db.execute("SELECT password_hash FROM admin_users WHERE name = ?", (ADMIN[0],)).fetchone()[0]
    assert ADMIN[1] not in stored and stored.startswith("scrypt:")
