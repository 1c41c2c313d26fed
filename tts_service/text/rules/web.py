"""Addresses on the web: URLs and e-mail addresses, read part by part."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote

from .. import tables
from ..numbers import read_digits, read_number
from .common import UPPER, fold, is_vietnamese_syllable, spaced, spell

_DOMAINS = "|".join(map(re.escape, tables.WEB_DOMAINS))
#: A country's label counts in small letters only, maybe after "co." or "com." ("Yonhap.co.kr", "Sina.com.cn").
_COUNTRY = "|".join(map(re.escape, tables.WEB_COUNTRY_DOMAINS))
_LAST_LABELS = rf"(?i:{_DOMAINS})(?i:\.vn)?|(?:co\.|com\.)?(?:{_COUNTRY})"
_EMAIL_RE = re.compile(r"(?<![\w.@-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: A host without a scheme may be typed in capitals ("VOV.VN") and may follow a slash in a credit
#: ("TTXVN/VietnamPlus.vn"); a slash inside an address was taken with the address before it.
_URL_RE = re.compile(
    r"(?<![\w@/.-])(?:(?:https?|ftp)://|www\.)[^\s<>\"“”()]+|"
    rf"(?<![\w@.-])(?<!:/)(?:[a-zA-Z0-9-]+\.)+(?:{_LAST_LABELS})(?:/[^\s<>\"“”()]*)?(?![\w])"
)


_GLUED_DIGIT_RE = re.compile(r"[a-z][0-9]{1,3}[a-z]")
#: A top-level domain alone, after a space or an opening quote or bracket: "tên miền quốc gia .vn", 'tên miền ".vn"'.
_BARE_TLD_RE = re.compile(
    rf"(?:(?<=[ \t])|(?<=[ \t][\"“'‘(]))\.({_DOMAINS})(?:\.(vn|{_COUNTRY}))?(?![\w.]|\.\w)", re.IGNORECASE
)
_TLD_RE = re.compile(rf"\.(?:{_DOMAINS})\b", re.IGNORECASE)
#: the dot first, then a look back at the letter before it (a fast scan; it gates the address pattern)
_COUNTRY_TLD_RE = re.compile(rf"\.(?<=[a-z0-9]\.)(?:{_COUNTRY})(?![\w.])")


#: Pieces a web address or a handle glues without tone marks: place names mined from running text
#: (``web_names.tsv``, tools/mine_place_names.py) and the words of a publisher's name (``web_words.tsv``).
_GLUED = {**tables.WEB_NAMES, **tables.WEB_WORDS}
_LONGEST_GLUED = max(map(len, _GLUED))


def _known_pieces(label: str) -> list[tuple[str, ...] | None]:
    """For each prefix of ``label``, the fewest glued keys that make it up exactly (None: no way)."""
    best: list[tuple[str, ...] | None] = [None] * (len(label) + 1)
    best[0] = ()
    for i in range(len(label)):
        here = best[i]
        if here is None:
            continue
        for j in range(i + 2, min(len(label), i + _LONGEST_GLUED) + 1):
            if label[i:j] in _GLUED and (best[j] is None or len(best[j]) > len(here) + 1):  # type: ignore[arg-type]
                best[j] = (*here, label[i:j])
    return best


def glued_words(label: str, whole: bool = False) -> str | None:
    """A label glued from known places and words, read as them; None when they do not make it up.

    A last piece that is none of them may follow a longer known one when it is three letters or fewer that no
    syllable spells: they are said by name ("tv"); ``whole`` allows none. A longer foreign piece ("vietnamplus")
    keeps the label as written, which announcers and listeners recognise as the publisher's name.

    >>> glued_words("hagiangtv"), glued_words("baosonla"), glued_words("thanhhoacpi"), glued_words("vietnamplus")
    ('Hà Giang tê vê', 'báo Sơn La', 'Thanh Hóa xê pê i', None)
    >>> glued_words("theice"), glued_words("baomoi"), glued_words("govap", whole=True), glued_words("vnexpress")
    (None, None, 'Gò Vấp', None)
    """
    label = label.lower()
    best = _known_pieces(label)
    for end in range(len(label), 1, -1):
        pieces, tail = best[end], label[end:]
        if pieces is None or not any(len(p) >= 4 for p in pieces):
            continue
        words = [_GLUED[p] for p in pieces]
        if not tail:
            return " ".join(words)
        if whole or not tail.isascii() or not 2 <= len(tail) <= 3 or is_vietnamese_syllable(tail):
            return None
        return " ".join([*words, spell(tail.upper())])
    return None


_NO_VOWEL_RE = re.compile(r"[b-df-hj-np-tv-xz]{2,5}", re.IGNORECASE)


def _read_web_part(part: str) -> str:
    """A piece of an address: known glued words, else its letters when no vowel makes it a word ("vms").

    >>> _read_web_part("hagiangtv"), _read_web_part("vms-north"), _read_web_part("vn")
    ('Hà Giang tê vê', 'vê mờ ét north', 'vn')
    """
    if part.isalpha() and (glued := glued_words(part)):
        return glued
    if "-" in part:
        return " ".join(_read_web_part(p) for p in part.split("-") if p)
    if _NO_VOWEL_RE.fullmatch(part) and not _TLD_RE.fullmatch("." + part):
        return spell(part.upper())
    pieces = _NAME_PIECE_RE.findall(part)
    if len(pieces) > 1 and not (glued_words(part) is None and _known_beside_foreign(pieces)):
        return _read_name_pieces(pieces)
    return " ".join(read_digits(p) if p.isdigit() else p.lower() for p in re.split(r"(\d+)", part) if p)


#: A site's name split where a capital or a digit begins a piece: "TipCongNghe" → Tip, Cong, Nghe; "Top1hoian" →
#: Top, 1, hoian; a run of capitals stays one piece ("VTVGo" → VTV, Go).
_NAME_PIECE_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+|[^\W\d]+")


def _known_beside_foreign(pieces: list[str]) -> bool:
    """A known word beside a foreign one of four letters or more is a publisher's name kept whole ("VietnamPlus")."""
    letters = [p.lower() for p in pieces if p.isalpha()]
    known = any(" " in (glued_words(p, whole=True) or "") for p in letters)
    return known and any(
        len(p) > 3 and not glued_words(p, whole=True) and not is_vietnamese_syllable(p) for p in letters
    )


def _read_name_pieces(pieces: list[str]) -> str:
    """Pieces of a site's name, each run of them that glues known words of two syllables or more read as the words
    (``web_words.tsv``, ``web_names.tsv``); one unmarked syllable alone is no guess ("Viet": việt or viết?).

    >>> _read_name_pieces(["Tip", "Cong", "Nghe"]), _read_name_pieces(["Top", "1", "hoian"])
    ('tip công nghệ', 'top một Hội An')
    >>> _read_name_pieces(["Viet", "Mek"])
    'viet mek'
    """
    words: list[str] = []
    i = 0
    while i < len(pieces):
        if pieces[i].isdigit():
            words.append(read_digits(pieces[i]))
            i += 1
            continue
        for j in range(len(pieces), i, -1):
            run = pieces[i:j]
            if all(p.isalpha() and p.isascii() for p in run):
                known = glued_words("".join(run), whole=True)
                if known and " " in known:
                    words.append(known)
                    i = j
                    break
        else:
            words.append(_read_web_part(pieces[i]) if pieces[i].isupper() else pieces[i].lower())
            i += 1
    return " ".join(words)


#: A handle or user name glued with a number, "phuong12govap" (phường 12, Gò Vấp): read only when its words are known.
_HANDLE_RE = re.compile(r"(?<![\w@./-])([a-z]{2,})([0-9]{1,3})([a-z]{2,})(?![\w@.-])")


def _handle(m: re.Match[str]) -> str:
    before, after = glued_words(m.group(1), whole=True), glued_words(m.group(3), whole=True)
    if before is None or after is None:
        return m.group()
    return f"{before} {read_number(m.group(2))} {after}"


#: A country's label: said by its letters only after a name read as words (``web_domain_readings.tsv``).
_COUNTRY_LABELS = frozenset(("vn", *tables.WEB_COUNTRY_DOMAINS))
_LAST_LABEL_KEYS = _COUNTRY_LABELS | tables.WEB_DOMAIN_READINGS.keys()


def _read_name_label(label: str) -> str:
    """A site's name: in capitals and short, no syllable, it is its acronym's letters ("VOV" → vê ô vê, as announcers
    say it); else read as any piece of an address.

    A place a table knows ("HANOI" → Hà Nội) or a word's shape ("SOHA", "ZING") is no acronym; a known acronym is one
    even when it has a word's shape ("VOV").

    >>> _read_name_label("VOV"), _read_name_label("CAND"), _read_name_label("DAN"), _read_name_label("VNEXPRESS")
    ('vê ô vê', 'xê a nờ đê', 'dan', 'vnexpress')
    >>> _read_name_label("HANOI"), _read_name_label("SOHA"), _read_name_label("VNA")
    ('Hà Nội', 'soha', 'vê nờ a')
    """
    reading = _read_web_part(label)
    if not (label.isupper() and label.isascii() and label.isalpha() and len(label) <= 5):
        return reading
    if label in tables.ABBREVIATIONS and not is_vietnamese_syllable(label):
        return spell(label)
    if reading.replace(" ", "") != label.lower() or is_vietnamese_syllable(label) or _WORD_SHAPE_RE.fullmatch(label):
        return reading
    return spell(label)


#: A foreign word's shape: syllables of an onset a word can begin with, vowels, a short coda ("SOHA", "ZING",
#: "GENK", "YAHOO"); "VNA", "ANTV" have none.
_WORD_SHAPE_RE = re.compile(
    r"(?:(?:[BCDFGHJKLMNPRSTVWXYZ]|BL|BR|CH|CL|CR|DR|FL|FR|GL|GR|KH|NG|NH|PH|PL|PR|SC|SH|SK|SL|SM|SN|SP|ST|SW|TH|TR)?"
    r"[AEIOUY]+(?:[BCDFGHKLMNPRSTVWXZ]|NG|NK|NT|ND|ST|CK|RT|RN|LL|SS|FF|WS)?)+"
)


def _read_host(host: str, bare: bool = False) -> str:
    """A host's labels joined by "chấm"; its last labels said the Vietnamese way (``web_domain_readings.tsv``), a
    country's only when a label before it was read as words or letters, not merely split ("TinhYeu" → tinh yeu).
    ``bare``: the labels of a domain named alone (".com.vn"), no name before them.

    >>> _read_host("hagiangtv.vn"), _read_host("vnexpress.net"), _read_host("huecity.gov.vn")
    ('Hà Giang tê vê chấm vê en', 'vnexpress chấm nét', 'huecity chấm gốp chấm vn')
    """
    labels = [p for p in host.split(".") if p]
    first_domain = len(labels)
    while first_domain > (0 if bare else 1) and labels[first_domain - 1].lower() in _LAST_LABEL_KEYS:
        first_domain -= 1
    names = [_read_name_label(p) for p in labels[:first_domain]]
    read = any(name.replace(" ", "") != label.lower() for name, label in zip(names, labels, strict=False))
    domains = []
    for label in labels[first_domain:]:
        reading = tables.WEB_DOMAIN_READINGS.get(label.lower())
        keep = reading is None or (label.lower() in _COUNTRY_LABELS and not read)
        domains.append(_read_web_part(label) if keep else reading)
    return " chấm ".join(names + domains)


#: What makes a link's path an article's, never read out: a query, a page's file name ("677065.html", "251074.asp"),
#: a slug of three or more words ("chinh-tri-xa-hoi"), an id of four digits or more.
_ARTICLE_PATH_RE = re.compile(r"[?#=]|\w\.[A-Za-z]{2,5}(?:/|$)|[^/._-]+(?:[-_][^/._-]+){2,}|\d{4}")


def _article_path(path: str) -> bool:
    """A path nobody reads aloud: only the site is said ("hanoimoi.vn/video-cap-nhat-…-677065.html").

    >>> _article_path("video/mua-lu-133642.htm"), _article_path("tintuc/chinh-tri-xa-hoi"), _article_path("baohagiang")
    (True, True, False)
    """
    return _ARTICLE_PATH_RE.search(path) is not None


def _read_host_and_path(address: str) -> str:
    address = re.sub(r"^(?:(?:https?|ftp)://)?(?:www\.)?", "", address, flags=re.IGNORECASE).rstrip("/.,;:")
    host, _, path = address.partition("/")
    words = [_read_host(host)]
    if _article_path(path):
        return words[0]
    for seg in re.split(r"[/?#=&]+", path):
        pieces = [_read_web_part(p) for p in re.split(r"[._~+%-]+", seg) if p]
        if pieces:
            words.append(" ".join(pieces))
    return " xẹt ".join(w for w in words if w)


def _trailing_punctuation(raw: str) -> str:
    return raw[len(raw.rstrip(".,;:!?")) :]


#: Two or more percent-escaped bytes of a link's query ("Keyword=S%E1%BB%91%2031"): text a browser would show.
_ESCAPED_RE = re.compile(r"(?:%[0-9A-Fa-f]{2}){2,}")


def _unescaped(m: re.Match[str]) -> str:
    """ "%E1%BB%91%20" → "ố "; bytes that are no UTF-8 text stay as written."""
    try:
        return unicodedata.normalize("NFC", bytes.fromhex(m.group().replace("%", "")).decode("utf-8"))
    except UnicodeDecodeError:
        return m.group()


#: A hashtag of words glued each with its capital ("#SaveTheOcean", "#MeToo", "#ThanhXuanTuoiTre"): letters only, so
#: "#1", "C#", "#FF0000" and "#covid19" are left to the other rules.
_HASHTAG_RE = re.compile(r"(?<![\w#&])#((?:[A-Z][a-z]+|[a-z]+)(?:[A-Z][a-z]+)+)(?![\w#])")


def hashtags(text: str) -> str:
    """A hashtag's glued words are said one by one, known glued words as themselves; the "#" is not said.

    >>> hashtags("chiến dịch #SaveTheOcean, #MeToo và #VietNam; C# và #1; màu #FF0000; #covid19")
    'chiến dịch save the ocean, me too và Việt Nam; C# và #1; màu #FF0000; #covid19'
    >>> hashtags("kèm #TikTok và #iPhone")
    'kèm tích tốc và ai phôn'
    """
    if "#" not in text:
        return text
    return _HASHTAG_RE.sub(_hashtag, text)


def _hashtag(m: re.Match[str]) -> str:
    """ "#SaveTheOcean" → "save the ocean"; a brand the loanword table knows is its reading ("#TikTok" → "tích tốc")."""
    if (reading := tables.LOANWORDS.get(m[1].lower())) is not None:
        return reading
    return _read_name_pieces(_NAME_PIECE_RE.findall(m[1]))


def _mail_parts(address: str) -> list[str]:
    """A mailbox and its host; a host in capitals is a mail provider's or a site's name, no acronym to spell.

    >>> _mail_parts("BANDOC@GMAIL.COM")
    ['BANDOC', 'gmail.com']
    """
    box, _, host = address.partition("@")
    return [box, host.lower() if host.isupper() else host]


def urls_and_emails(text: str) -> str:
    """Addresses are read part by part; the scheme and "www." are not spoken.

    >>> urls_and_emails("Gửi về vanphong@huecity.gov.vn hoặc xem https://www.huecity.gov.vn.")
    'Gửi về vanphong a còng huecity chấm gốp chấm vn hoặc xem huecity chấm gốp chấm vn.'
    >>> urls_and_emails("Theo VOV.VN; Nguồn: TTXVN/VietnamPlus.vn")
    'Theo vê ô vê chấm vê en; Nguồn: TTXVN/vietnamplus chấm vn'
    >>> urls_and_emails("(phuong12govap) - Ngày hội; (hagiangtv.vn); mã abc12xyz")
    '(phường mười hai Gò Vấp) - Ngày hội; (Hà Giang tê vê chấm vê en); mã abc12xyz'
    >>> urls_and_emails("Keyword= S%E1%BB%91%2031/2015/N%C4%90-CP; tăng 50%%; 100%FF%FE")
    'Keyword= Số 31/2015/NĐ-CP; tăng 50%%; 100%FF%FE'
    >>> urls_and_emails("tên miền quốc gia .vn và .com")
    'tên miền quốc gia  chấm vn và  chấm com'
    >>> urls_and_emails('50 tên miền ".vn", “.com.vn” và (.net)')
    '50 tên miền " chấm vn", “ chấm com chấm vn” và ( chấm nét)'
    """
    if "%" in text:
        text = _ESCAPED_RE.sub(_unescaped, text)
    text = hashtags(text)
    if "@" in text:
        text = _EMAIL_RE.sub(
            lambda m: spaced(" a còng ".join(_read_host_and_path(p) for p in _mail_parts(m.group()))).strip(),
            text,
        )
    if "://" in text or "www." in text or _TLD_RE.search(text) or _COUNTRY_TLD_RE.search(text):
        text = _URL_RE.sub(lambda m: _read_host_and_path(m.group()) + _trailing_punctuation(m.group()), text)
    if " ." in text or '".' in text or "“." in text or "'." in text or "‘." in text or "(." in text:
        text = _BARE_TLD_RE.sub(lambda m: " chấm " + _read_host(m[0].lstrip("."), bare=True), text)
    if _GLUED_DIGIT_RE.search(text):
        text = _HANDLE_RE.sub(_handle, text)
    return text


#: A name written in parts, each with its capital, and no space between them ("ĐắkLắk", "KonTum").
_CAMEL_RE = re.compile(rf"(?<![\w.@/-])[{UPPER}][^\W\d_{UPPER}]+(?:[{UPPER}][^\W\d_{UPPER}]+)+(?![\w.@/-])")
_CAMEL_PART_RE = re.compile(rf"[{UPPER}][^{UPPER}]+")
_SMALL_THEN_CAPITAL_RE = re.compile(rf"[{UPPER}](?<=[^\W\d_{UPPER}][{UPPER}])")  # found capital first: a fast scan


def _glued_place(m: re.Match[str]) -> str:
    word = m.group()
    place = tables.WEB_NAMES.get(fold(word).replace("đ", "d"))
    parts = _CAMEL_PART_RE.findall(word)
    if place is None or [fold(p) for p in place.split()] != [fold(p) for p in parts]:
        return word
    return " ".join(parts) if not word.isascii() else place


def glued_place_names(text: str) -> str:
    """A place name written without the space between its words is the place ("web_names.tsv"); its own tone marks
    are kept, a name typed without them gets the place's. A brand glued from other words stays as written.

    >>> glued_place_names("VKSND 2 cấp tỉnh ĐắkLắk, tỉnh KonTum; hãng VinFast")
    'VKSND 2 cấp tỉnh Đắk Lắk, tỉnh Kon Tum; hãng VinFast'
    """
    return _CAMEL_RE.sub(_glued_place, text) if _SMALL_THEN_CAPITAL_RE.search(text) else text


#: "(Toquoc)- Theo …": a publication's name opening a line in brackets before a dash, glued without tone marks.
_DATELINE_NAME_RE = re.compile(r"^([ \t]*\()([A-Za-z]{4,})(?=\)[ \t]*[-–])", re.MULTILINE)


def glued_dateline_names(text: str) -> str:
    """A bracketed dateline's name glued from known words (``web_words.tsv``) is read as them; others stay.

    >>> glued_dateline_names("(Toquoc)- Theo quy chế; (Abcxyz)- Theo")
    '(Tổ quốc)- Theo quy chế; (Abcxyz)- Theo'
    """
    return _DATELINE_NAME_RE.sub(lambda m: m[1] + (glued_words(m[2], whole=True) or m[2]), text)


#: A piece of a web address percent-encoded byte by byte ("S%E1%BB%91%2031/2015/N%C4%90-CP"), pasted from a link:
#: at least two escapes, one with a hex letter, so "tăng 50%20 người" is no such piece.
_PERCENT_ENCODED_RE = re.compile(r"[^\s%]*(?:%[0-9A-Fa-f]{2}[^\s%]*){2,}")
_HEX_LETTER_ESCAPE_RE = re.compile(r"%(?:[A-Fa-f][0-9A-Fa-f]|[0-9][A-Fa-f])")


def percent_encoded(text: str) -> str:
    """A percent-encoded piece of a link is read as the text it encodes, never as "phần trăm" and hex letters.

    >>> percent_encoded("Keyword= S%E1%BB%91%2031/2015/N%C4%90-CP Tập; tăng 50%, 20%; giảm 5%25%")
    'Keyword= Số 31/2015/NĐ-CP Tập; tăng 50%, 20%; giảm 5%25%'
    """
    if "%" not in text:
        return text

    def decoded(m: re.Match[str]) -> str:
        if not _HEX_LETTER_ESCAPE_RE.search(m.group()):
            return m.group()
        try:
            plain = unquote(m.group(), errors="strict")
        except UnicodeDecodeError:
            return m.group()
        return unicodedata.normalize("NFC", plain) if plain.isprintable() else m.group()

    return _PERCENT_ENCODED_RE.sub(decoded, text)
