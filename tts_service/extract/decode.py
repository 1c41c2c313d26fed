"""Bytes → NFC text, the way a browser would have decoded the page, or a clear refusal.

Order of trust: a byte-order mark, the HTTP ``Content-Type`` charset, the page's own ``<meta>`` charset,
strict UTF-8, and finally windows-1258 (the legacy Vietnamese Windows code page, which decodes every byte).
One exception: bytes that are valid multi-byte UTF-8 are read as UTF-8 even when a single-byte charset is
declared (servers announce ISO-8859-1 by default; real single-byte text is practically never valid UTF-8).
A ``str`` a caller decoded that way ("kilÃ³metros") is read back as the UTF-8 it was.
Text typed in the old Vietnamese *font* encodings (TCVN3/ABC, VNI) decodes without error but reads as
garbage ("Héi nghÞ trùc b¸o"), so it is detected and refused with a message instead of being read aloud.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from tts_service.errors import BadInput, TooLarge
from tts_service.extract.legacy_font import legacy_font_encoding

#: Largest input the extractor accepts (bytes, or characters for ``str`` input).
MAX_INPUT_BYTES = 5 * 1024 * 1024

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.IGNORECASE)
#: Labels browsers treat as another encoding (WHATWG Encoding Standard).
_ALIASES = {
    "windows-1258": "cp1258",
    "x-user-defined": "latin-1",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "utf8": "utf-8",
    "unicode": "utf-8",
}
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def charset_from_content_type(content_type: str | None) -> str | None:
    """``charset_from_content_type("text/html; charset=UTF-8") == "utf-8"``; unknown labels give None."""
    if not content_type:
        return None
    m = _HEADER_CHARSET.search(content_type)
    return _codec(m.group(1)) if m else None


def decode_html(raw: bytes, content_type: str | None = None) -> str:
    """Decode page bytes: BOM, header charset, ``<meta>`` charset, strict UTF-8, then windows-1258.

    ``decode_html("Huế".encode("cp1258"))`` gives ``"Huế"`` (NFC), because the bytes are not UTF-8.
    """
    if len(raw) > MAX_INPUT_BYTES:
        raise TooLarge(f"Trang quá lớn ({len(raw) // 1024} KiB); giới hạn là {MAX_INPUT_BYTES // (1024 * 1024)} MiB.")
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if raw.startswith(bom):
            return _decode_or_fail(raw[len(bom) :], enc)
    declared = charset_from_content_type(content_type)
    if declared is None:
        m = _META_CHARSET.search(raw[:8192])
        declared = _codec(m.group(1).decode("ascii", "ignore")) if m else None
    if declared and declared.startswith("utf-16"):
        declared = "utf-8"  # a <meta> cannot really say utf-16: the bytes we could read it in are ASCII
    if declared and declared != "utf-8" and not raw.isascii():
        try:
            # multi-byte UTF-8 sequences almost never occur by chance in a single-byte page: a server that
            # says ISO-8859-1 by default in front of a UTF-8 page is the common case
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            if _mostly_utf8(raw):
                return raw.decode("utf-8", "replace")
    if declared:
        try:
            return raw.decode(declared)
        except UnicodeDecodeError:
            if declared != "utf-8":
                return raw.decode(declared, "replace")
            # a page that says UTF-8 but is not: fall through to the legacy code page
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1258", "replace")


#: Broken sequences allowed per valid multi-byte UTF-8 character (two at least) before bytes stop counting as
#: UTF-8.
_UTF8_BROKEN_SHARE = 0.01


def _mostly_utf8(raw: bytes) -> bool:
    """Valid multi-byte UTF-8 with a few broken sequences (a cut or mangled tail) is UTF-8, whatever the page
    declares; bytes of a legacy code page break at nearly every non-ASCII character.

    ``_mostly_utf8("各国年轻一代航天人才".encode() * 20 + b"\xe8\xaf")`` is True.
    """
    text = raw.decode("utf-8", "replace")
    broken = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - broken
    return multibyte >= 20 and broken <= max(2, multibyte * _UTF8_BROKEN_SHARE) and broken * 10 <= multibyte


def _decode_or_fail(raw: bytes, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise BadInput(f"Nội dung không giải mã được theo {encoding}: {exc.reason}.") from exc


def _single_byte_readings() -> dict[str, tuple[int, ...]]:
    """Each character a byte 0x80–0xFF reads as in Latin-1, windows-1252 or ISO-8859-15 → the bytes it was."""
    table: dict[str, tuple[int, ...]] = {}
    for byte in range(0x80, 0x100):
        for codec in ("latin-1", "cp1252", "iso-8859-15"):
            try:
                ch = bytes([byte]).decode(codec)
            except UnicodeDecodeError:
                continue
            if byte not in table.get(ch, ()):
                table[ch] = (*table.get(ch, ()), byte)
    return table


_MISREAD_BYTES = _single_byte_readings()
_CONTINUATION = "".join(sorted(re.escape(ch) for ch, b in _MISREAD_BYTES.items() if any(0x80 <= x < 0xC0 for x in b)))
#: A UTF-8 sequence read one byte a character: a lead byte (Ã, Â, â …) and one to three continuation bytes.
_MISREAD_UTF8 = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]{{1,3}}")
_HIGH_LETTER = re.compile(r"[\u00c0-\u00ff]")


def _utf8_of(run: str) -> str | None:
    """The character a misread run spelt in UTF-8, or None: ``"Ã³"`` → ``"ó"``; a lowercase letter is preferred
    where a character has two bytes (``"Œ"`` is 0x8C in windows-1252 and 0xBC in ISO-8859-15)."""
    options: list[bytes] = [b""]
    for ch in run:
        options = [done + bytes([b]) for done in options for b in _MISREAD_BYTES[ch]]
    found = []
    for raw in options:
        try:
            found.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            continue
    found.sort(key=lambda t: not t.islower())
    return found[0] if found else None


def undo_misread_utf8(text: str) -> str:
    """UTF-8 text that a caller decoded as Latin-1 or windows-1252, read back as UTF-8; other text unchanged.

    ``undo_misread_utf8("a 70 kilÃ³metros de Lyon, la facciÃ³n mÃ¡s dura")`` → ``"a 70 kilómetros de Lyon, la
    facción más dura"``. Only when such runs outnumber the accented letters that stand alone: a French text that
    quotes one "Ã©" keeps it.
    """
    runs = _MISREAD_UTF8.findall(text)
    if len(runs) < 3:
        return text
    fixed = {run: _utf8_of(run) for run in set(runs)}
    good = sum(1 for run in runs if fixed[run])
    alone = len(_HIGH_LETTER.findall(_MISREAD_UTF8.sub("", text)))
    if good < 3 or good <= alone:
        return text
    return _MISREAD_UTF8.sub(lambda m: fixed[m.group()] or m.group(), text)


#: The Japanese code pages a caller may have believed a page's declaration of, most common first.
_JAPANESE_MISREADINGS = ("shift_jis", "cp932", "euc_jp")
#: Half-width katakana: rare in Japanese as written, but what most UTF-8 continuation bytes read as in Shift_JIS.
_HALFWIDTH_KANA = re.compile("[\uff61-\uff9f]")
_BROKEN_RUN = re.compile("\ufffd+")


def undo_misread_japanese(text: str) -> str:
    """UTF-8 text that a caller decoded as Shift_JIS (or EUC-JP), read back as UTF-8; other text unchanged. A
    character whose bytes the misreading swallowed (shown as U+FFFD) is lost rather than spelt as a stray sign.

    ``undo_misread_japanese("証明書の管理".encode().decode("shift_jis", "replace") * 3)`` → mostly
    ``"証明書の管理"`` again.
    """
    kana = len(_HALFWIDTH_KANA.findall(text))
    if kana < 10:
        return text
    wide = sum(1 for ch in text if ord(ch) > 0x7F)
    if kana * 10 < wide:
        return text
    for codec in _JAPANESE_MISREADINGS:
        try:
            raw = b"\xff".join(piece.encode(codec) for piece in text.split("\ufffd"))
        except UnicodeEncodeError:
            continue
        back = raw.decode("utf-8", "replace")
        broken = len(_BROKEN_RUN.findall(back))
        multibyte = sum(1 for ch in back if ord(ch) > 0x7F) - back.count("\ufffd")
        if multibyte >= 20 and broken * 4 <= multibyte:
            return back.replace("\ufffd", "")
    return text


def _windows_1252_of(ch: str) -> str:
    try:
        return bytes([ord(ch)]).decode("cp1252")
    except UnicodeDecodeError:
        return ch


#: C1 control characters: what a windows-1252 byte 0x80–0x9F becomes when read as true Latin-1.
_C1_CONTROL = re.compile("[\u0080-\u009f]")
_C1_AS_WINDOWS_1252 = {chr(c): _windows_1252_of(chr(c)) for c in range(0x80, 0xA0)}


def undo_c1_controls(text: str) -> str:
    """A C1 control character read as the windows-1252 character it was (as browsers read a Latin-1 label);
    one windows-1252 leaves undefined stays. Applied to the text read, not the page: the engine's choice of the
    article must not turn on them.

    ``undo_c1_controls("Album \x84Brave\x93 \x96 neu")`` → ``"Album „Brave“ – neu"``
    """
    return _C1_CONTROL.sub(lambda m: _C1_AS_WINDOWS_1252[m.group()], text)


def _full_of_nul(sample: str | bytes) -> bool:
    """Binary data: NUL bytes make 1 % or more of it. A real page may carry a few stray ones (padding a CMS left
    after a tag), which are dropped, not a reason to refuse the page.

    ``_full_of_nul(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")`` → ``True``;
    ``_full_of_nul("<p>a</p>" * 400 + "\\x00")`` → ``False``
    """
    nul = b"\x00" if isinstance(sample, bytes) else "\x00"
    return sample.count(nul) * 100 >= max(len(sample), 1)  # type: ignore[arg-type]


def prepare_text(html: str | bytes, content_type: str | None = None) -> str:
    """Any accepted input → NFC ``str`` with no NUL; refuses binary data and oversize input.

    ``prepare_text(b"<p>Hoa\\xcc\\x80</p>") == "<p>Hoà</p>"``
    """
    if isinstance(html, bytes | bytearray | memoryview):
        raw = bytes(html)
        if _full_of_nul(raw[:65536]) and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise BadInput("Nội dung là dữ liệu nhị phân, không phải trang HTML (input is binary, not HTML).")
        text = decode_html(raw, content_type)
    elif isinstance(html, str):
        if len(html) > MAX_INPUT_BYTES:
            raise TooLarge(
                f"Trang quá lớn ({len(html) // 1024} K ký tự); giới hạn là {MAX_INPUT_BYTES // (1024 * 1024)} MiB."
            )
        # a wrong charset declaration the caller believed
        text = undo_misread_japanese(undo_misread_utf8(html))
    else:
        raise BadInput(f"Cần HTML dạng chuỗi hoặc bytes, nhận được {type(html).__name__}.")
    sample = text[:65536]
    if _full_of_nul(sample) or len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise BadInput("Nội dung là dữ liệu nhị phân, không phải trang HTML (input is binary, not HTML).")
    return unicodedata.normalize("NFC", text.replace("\x00", ""))


def refuse_legacy_font(text: str) -> None:
    """Raise ``BadInput`` when the article text is in TCVN3/VNI rather than Unicode."""
    found = legacy_font_encoding(text)
    if found:
        raise BadInput(
            f"Bài viết được gõ bằng bảng mã cũ {found}, không phải Unicode; hãy chuyển sang Unicode "
            f"(ví dụ bằng công cụ chuyển mã của Unikey) rồi gửi lại. "
            f"(The article uses the legacy {found} font encoding, not Unicode.)",
            code="legacy_encoding",
        )
