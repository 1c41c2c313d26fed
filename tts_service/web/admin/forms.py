"""The console's forms (Flask-WTF): each carries the CSRF token, and its messages are in Vietnamese."""

from __future__ import annotations

import re

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileSize
from wtforms import (
    BooleanField,
    DateField,
    FloatField,
    IntegerField,
    PasswordField,
    RadioField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import (
    URL,
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    Regexp,
    ValidationError,
)

from tts_service.sites import ARTICLE_PATTERN_MAX, PAGE_LIMITS

REQUIRED = "Hãy điền ô này."
HOST_PATTERN = r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$"
HOST_MESSAGE = "Tên miền dạng huecity.gov.vn (chữ thường, không có http://)."

#: wtforms' own messages (a number that is not one, a text too long …) in Vietnamese, like the console's.
_VI = {
    "This field is required.": REQUIRED,
    "Not a valid integer value.": "Hãy nhập một số nguyên.",
    "Not a valid float value.": "Hãy nhập một số.",
    "Not a valid decimal value.": "Hãy nhập một số.",
    "Not a valid date value.": "Hãy nhập ngày dạng năm-tháng-ngày.",
    "Not a valid choice.": "Hãy chọn một mục trong danh sách.",
    "Invalid input.": "Giá trị không hợp lệ.",
    "Invalid URL.": "Địa chỉ không hợp lệ.",
    "Field cannot be longer than %(max)d character.": "Tối đa %(max)d ký tự.",
    "Field cannot be longer than %(max)d characters.": "Tối đa %(max)d ký tự.",
    "Field must be at least %(min)d character long.": "Ít nhất %(min)d ký tự.",
    "Field must be at least %(min)d characters long.": "Ít nhất %(min)d ký tự.",
    "Field must be between %(min)d and %(max)d characters long.": "Từ %(min)d đến %(max)d ký tự.",
    "Number must be between %(min)s and %(max)s.": "Từ %(min)s đến %(max)s.",
    "Number must be at least %(min)s.": "Ít nhất là %(min)s.",
    "Number must be at most %(max)s.": "Nhiều nhất là %(max)s.",
}


class Vietnamese:
    """wtforms' translations: ``gettext("Not a valid integer value.")`` → ``"Hãy nhập một số nguyên."``; a message
    not in :data:`_VI` stays as it is."""

    def gettext(self, string: str) -> str:
        return _VI.get(string, string)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.gettext(singular if n == 1 else plural)


class Form(FlaskForm):
    """The console's forms: Flask-WTF's (CSRF token), with wtforms' own messages in Vietnamese."""

    class Meta:
        def get_translations(self, form: FlaskForm) -> Vietnamese:
            return Vietnamese()


class SignInForm(Form):
    name = StringField("Tên đăng nhập", validators=[DataRequired(REQUIRED), Length(max=64)],
                       render_kw={"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"})
    password = PasswordField("Mật khẩu", validators=[DataRequired(REQUIRED), Length(max=1024)],
                             render_kw={"autocomplete": "current-password"})


class ActionForm(Form):
    """A button that changes something: only the CSRF token."""


class ArticleFilterForm(Form):
    """The article list's search (GET: no token needed, nothing changes)."""

    class Meta:
        csrf = False

    q = StringField("Tìm theo tiêu đề, mã hoặc địa chỉ", validators=[Optional(), Length(max=200)])
    site = SelectField("Trang", choices=[SelectChoice("", "Tất cả")], validate_choice=False)
    status = SelectField("Trạng thái", default="", choices=[SelectChoice(v, label) for v, label in (
        ("", "Tất cả"), ("ready", "Đã có bản đọc"), ("pending", "Đang chờ"), ("running", "Đang đọc"),
        ("failed", "Lỗi"), ("cancelled", "Đã huỷ"), ("evicted", "Đã dọn khỏi bộ nhớ"), ("disabled", "Đã tắt"),
    )])
    since = DateField("Cập nhật từ ngày", validators=[Optional()])
    until = DateField("đến ngày", validators=[Optional()])


class PregenForm(Form):
    source_kind = RadioField("Nguồn", default="url", choices=[SelectChoice(v, label) for v, label in (
        ("url", "Sitemap hoặc nguồn tin RSS/Atom (địa chỉ)"), ("list", "Danh sách địa chỉ bài viết"),
        ("upload", "Tệp xuất từ CMS (sitemap/RSS XML, CSV có cột url, JSON hoặc danh sách địa chỉ)"),
    )])
    source_url = StringField("Địa chỉ sitemap hoặc RSS/Atom", validators=[
        Optional(), URL(require_tld=False, message="Địa chỉ http(s) đầy đủ, ví dụ https://trang.gov.vn/sitemap.xml"),
        Length(max=2000)], render_kw={"inputmode": "url", "spellcheck": "false"})
    urls = TextAreaField("Địa chỉ bài viết, mỗi dòng một địa chỉ", validators=[Optional(), Length(max=500_000)],
                         render_kw={"rows": 6, "spellcheck": "false"})
    upload = FileField("Tệp xuất từ CMS", validators=[FileSize(20 * 1024 * 1024, message="Tệp tối đa 20 MB.")])
    rate = FloatField("Tốc độ tải trang (trang mỗi giây)", default=2.0, validators=[
        InputRequired(REQUIRED), NumberRange(0.1, 50, "Từ 0,1 đến 50 trang mỗi giây.")])

    def validate(self, extra_validators=None) -> bool:  # type: ignore[no-untyped-def,override]
        """Each kind of source needs its own input: an address, a list, or a file."""
        valid = super().validate(extra_validators)
        kind = self.source_kind.data
        if kind == "url" and not (self.source_url.data or "").strip() and not self.source_url.errors:
            self.source_url.errors.append("Nhập địa chỉ sitemap hoặc nguồn tin RSS/Atom.")
        elif kind == "list" and not (self.urls.data or "").strip():
            self.urls.errors.append("Dán ít nhất một địa chỉ bài viết, mỗi dòng một địa chỉ.")
        elif kind == "upload" and not getattr(self.upload.data, "filename", ""):
            self.upload.errors.append("Chọn tệp xuất từ CMS để tải lên.")
        else:
            return valid
        return False


class RateForm(Form):
    rate = FloatField("Tốc độ tải trang (trang mỗi giây)", validators=[
        InputRequired(REQUIRED), NumberRange(0.1, 50, "Từ 0,1 đến 50 trang mỗi giây.")])


class LexiconForm(Form):
    pattern = StringField("Từ hoặc cụm từ viết trong bài", validators=[DataRequired(REQUIRED), Length(max=200)],
                          render_kw={"spellcheck": "false"})
    replacement = StringField("Đọc thành", validators=[DataRequired(REQUIRED), Length(max=500)])
    is_regex = BooleanField("Là biểu thức chính quy (regex)")
    site = StringField("Chỉ cho trang (để trống: mọi trang)", validators=[
        Optional(), Regexp(HOST_PATTERN, message=HOST_MESSAGE), Length(max=253)],
        render_kw={"spellcheck": "false", "autocapitalize": "none"})
    sample = StringField("Câu nghe thử (để trống: chính từ đó)", validators=[Optional(), Length(max=300)])


class LexiconImportForm(Form):
    csv_file = FileField("Tệp CSV (cột pattern, replacement, is_regex, site)", validators=[
        FileSize(2 * 1024 * 1024, message="Tệp tối đa 2 MB.")])


class KeyForm(Form):
    name = StringField("Tên khoá (ví dụ: cms-huecity)", validators=[
        DataRequired(REQUIRED), Length(max=100), Regexp(r"^[\w.-]+$", message="Chỉ chữ, số, dấu chấm, gạch.")])
    scope = SelectField("Phạm vi", choices=[SelectChoice("cms", "cms — CMS gửi bài"),
                                            SelectChoice("admin", "admin — quản trị qua API")])
    site = StringField("Trang (để trống: mọi trang)", validators=[
        Optional(), Regexp(HOST_PATTERN, message=HOST_MESSAGE), Length(max=253)],
        render_kw={"spellcheck": "false", "autocapitalize": "none"})
    webhook = StringField("Webhook khi bản đọc xong (không bắt buộc)", validators=[
        Optional(), URL(require_tld=False, message="Địa chỉ http(s) đầy đủ."), Length(max=2000)],
        render_kw={"inputmode": "url", "spellcheck": "false"})


class SiteForm(Form):
    host = StringField("Tên miền", validators=[DataRequired(REQUIRED), Regexp(HOST_PATTERN, message=HOST_MESSAGE),
                                                Length(max=253)],
                       render_kw={"spellcheck": "false", "autocapitalize": "none"})
    engines = StringField("Chuỗi giọng đọc (engine), theo thứ tự ưu tiên, ví dụ gtts,espeak (để trống: mặc định)",
                          validators=[Optional(), Regexp(r"^[a-z]+(,[a-z]+)*$",
                                                         message="Tên engine cách nhau bởi dấu phẩy.")])
    voice = StringField("Giọng (để trống: mặc định của engine)", validators=[Optional(), Length(max=100)])
    bitrate = SelectField("Chất lượng MP3 (kbps)", default="", choices=[SelectChoice("", "Mặc định")] + [
        SelectChoice(str(b), f"{b} kbps") for b in (32, 40, 48, 56, 64, 80, 96, 112, 128)])
    download = BooleanField("Cho người nghe tải MP3", default=True)
    profile = FileField("Hồ sơ trích xuất bài (JSON, không bắt buộc)", validators=[
        FileSize(64 * 1024, message="Hồ sơ tối đa 64 KB.")])
    read_pages = SelectField("Đọc bài từ chính trang báo (trình phát nhúng một dòng)", default="", choices=[
        SelectChoice("", "Theo danh sách TTS_ALLOWED_HOSTS của máy chủ"),
        SelectChoice("on", "Có: tải và đọc bài của trang"),
        SelectChoice("off", "Không: chỉ đọc bài CMS gửi hoặc tạo trước")])
    article_pattern = StringField("Mẫu địa chỉ bài viết (biểu thức chính quy trên đường dẫn?truy vấn)", validators=[
        Optional(), Length(max=ARTICLE_PATTERN_MAX)], render_kw={"spellcheck": "false", "autocapitalize": "none"})
    recheck_s = IntegerField("Kiểm tra lại trang sau (giây)", validators=[
        Optional(), NumberRange(*PAGE_LIMITS["recheck_s"], "Từ %(min)s đến %(max)s giây.")])
    daily_chars = IntegerField("Số ký tự đọc mới mỗi ngày", validators=[
        Optional(), NumberRange(*PAGE_LIMITS["daily_chars"], "Từ %(min)s đến %(max)s ký tự.")])
    fetch_per_minute = IntegerField("Số lần tải trang mỗi phút", validators=[
        Optional(), NumberRange(*PAGE_LIMITS["fetch_per_minute"], "Từ %(min)s đến %(max)s lần.")])
    fetch_concurrency = IntegerField("Số trang tải cùng lúc", validators=[
        Optional(), NumberRange(*PAGE_LIMITS["fetch_concurrency"], "Từ %(min)s đến %(max)s trang.")])

    def validate_article_pattern(self, field: StringField) -> None:
        try:
            re.compile(field.data or "")
        except re.error as exc:
            raise ValidationError(f"Biểu thức chính quy không hợp lệ: {exc}.") from None
