"""The admin console as a blind editor hears it (Orca, keyboard only): a wrong password is said at once, and the
pronunciation editor's "Nghe thử" says where its result is. Assertions on Orca's spoken output only."""

from __future__ import annotations

import pytest

from tests.screenreader.stack import ScreenReader

ADMIN = ("quantri", "mat-khau-quan-tri-1")


@pytest.fixture(scope="module")
def admin_user(app):  # type: ignore[no-untyped-def]
    app.extensions["users"].create(*ADMIN, "admin")
    return ADMIN


def tab_to(sr: ScreenReader, phrase: str, limit: int = 15) -> str:
    """Tab until Orca says ``phrase``; what it said there."""
    for _ in range(limit):
        said = sr.press("Tab")
        if phrase in said:
            return said
    raise AssertionError(f"{limit} Tabs never reached {phrase!r}")


def test_a_wrong_password_is_said_first_and_the_lexicon_preview_says_where_it_is(screen_reader, live_server,
                                                                                 admin_user):
    sr = screen_reader
    name, password = admin_user
    sr.open(live_server + "/admin/dang-nhap", "Đăng nhập")
    tab_to(sr, "Tên đăng nhập")
    sr.type(name)
    sr.press("Tab", hear="Mật khẩu")
    sr.type("khong-phai-mat-khau")
    # The page comes back with the error summary focused (role=alert): Orca reads it before anything else.
    sr.press("Return", hear=["Có 1 lỗi cần sửa", "Tên đăng nhập hoặc mật khẩu không đúng."], timeout=15)
    tab_to(sr, "Mật khẩu")  # the name is kept; the password is asked again
    sr.type(password)
    sr.press("Return", hear="Tổng quan", timeout=15)

    sr.open(live_server + "/admin/phat-am", "Phát âm")
    sr.press("Tab", hear="Bỏ qua, đến nội dung chính liên kết")
    sr.press("Return")  # past the console's menu
    tab_to(sr, "Từ hoặc cụm từ viết trong bài")
    sr.type("HTXDV")
    sr.press("Tab", hear="Đọc thành")
    sr.type("hop tac xa dich vu")
    tab_to(sr, "Nghe thử nút bấm")
    # The page comes back with the preview's heading focused: Orca says what is there to hear.
    sr.press("Return", hear="Nghe thử: “HTXDV”", timeout=20)
    tab_to(sr, "Bây giờ")  # the audio players are named by their headings
