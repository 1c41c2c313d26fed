"""Text rules for Vietnamese article pages: what a listener must not hear, and what a block is.

Each rule is a small named predicate over one block's text, with examples in its docstring. They are
general (no page names, no sentences from a particular article): the service meets publishers it has never
seen. Patterns are tables, not ``if`` chains, so a new widget label is one line.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
#: Characters that print nothing, noise to a speech engine: soft hyphen, zero-width and joiner marks,
#: direction marks and embeddings, invisible operators and separators (U+2061–U+2064), the byte-order mark.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")


def clean_text(text: str) -> str:
    """NFC, ``&nbsp;`` and every whitespace run → one space, invisible characters removed.

    ``clean_text(" Hoa\u0300\u00a0 nở\\n") == "Hoà nở"``
    """
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    return _SPACES.sub(" ", text).strip()


def collapse(text: str) -> str:
    """Whitespace runs → one space, trimmed (text already NFC): ``collapse(" a \n b ") == "a b"``"""
    return _SPACES.sub(" ", text).strip()


_WORD = re.compile(r"\w+")


def key(text: str) -> str:
    """Comparison key: case-folded words only. ``key("Tin  khác:") == key("TIN KHÁC")``"""
    return " ".join(_WORD.findall(text.casefold()))


# --- interface strings ----------------------------------------------------------------------------

#: Labels of widgets and navigation that portals print next to the article. A block made of these labels
#: (and digits, symbols or a colon and a short value) is interface, not article.
UI_LABELS: tuple[str, ...] = (
    "関連タグ", "タグ", "前の記事", "次の記事",
    "xem cỡ chữ", "cỡ chữ", "đọc bài viết", "nghe đọc bài", "nghe bài viết", "nghe audio", "in bài",
    "in bài viết", "in trang", "bản in", "chia sẻ", "gửi bài", "gửi email", "gửi cho bạn bè", "lưu bài",
    "copy link", "sao chép liên kết", "lượt xem", "số lượt xem", "lượt đọc", "bình luận", "ý kiến bạn đọc",
    "gửi ý kiến", "trở lại", "quay lại", "về đầu trang", "lên đầu trang", "trang chủ", "đăng nhập",
    "đăng ký", "sơ đồ cổng", "sơ đồ trang", "truy cập nội dung luôn", "bản quyền", "tags", "tag", "từ khóa",
    "từ khoá", "facebook", "twitter", "zalo", "tweet", "like", "share", "print", "email", "font size",
    "text size", "listen", "giảm cỡ chữ", "tăng cỡ chữ", "a", "a a a", "in", "gửi", "lưu", "nghe",
    "phóng to", "thu nhỏ", "mặc định", "bản tin", "google", "linkedin", "pinterest", "messenger",
    "kích thước chữ", "kích cỡ chữ", "font chữ", "bình chọn", "lưu tin", "đọc bài", "nghe tin", "giọng đọc",
    "tải về", "tải xuống", "download", "bản để in", "gửi tin", "lưu lại", "báo lỗi", "góp ý",
    "phản hồi", "xem phản hồi", "gửi phản hồi", "ý kiến phản hồi", "thích", "chia sẻ bài này",
    # forum post headers: who wrote it, since when, how much
    "join date", "joined", "posts", "location", "registered user", "original poster", "thread starter",
    "start date", "last edited", "reactions", "reaction score", "hide images", "show images", "thành viên",
    "caption", "close", "đóng", "next", "previous", "prev", "ảnh trước", "ảnh tiếp",
    # a blog's links to the posts before and after this one
    "newer", "older", "newer posts", "older posts", "newer entries", "older entries", "newer post", "older post",
    "ngày tham gia", "tham gia",
    "bài viết", "bài gửi", "được cảm ơn", "đã cảm ơn", "trả lời", "trích dẫn", "quote", "reply",
    "op", "upvote", "downvote", "helpful", "xem", "link", "đầu trang", "sao chép",
    "logged", "online", "offline", "find", "trực tuyến", "ngoại tuyến",
    # menu buttons and the page footer's contact box
    "menu", "open menu", "close menu", "main menu", "mở menu", "đóng menu", "contact info", "contact us",
    "stay connected", "follow us", "phone", "fax", "theo dõi chúng tôi", "kết nối với chúng tôi",
    "theo dõi chúng tôi trên", "follow us on", "youtube", "instagram", "tiktok",
    "you tube", "tik tok",  # the same, when buttons printed with no space between them are parted (YouTube)
    # an article's own chrome: ad markers, audio player, table-of-contents and history labels
    "continue reading below", "continue reading", "audio version", "in this article", "article history",
    "advertisement", "quảng cáo", "story continues below", "continue reading the main story",
    "bài viết tiếp tục bên dưới", "follow us on social media", "theo dõi chúng tôi trên mạng xã hội",
    # a note where the comment form was
    "comments are closed", "bình luận đã đóng", "bình luận đã bị đóng",
    "mục lục", "nghe bài", "phiên bản âm thanh",
    # the label over a page's jump links, and a skip link left in the text
    "jump to", "on this page", "trên trang này", "skip to main content", "skip to content",
    "chuyển đến nội dung chính", "đi tới nội dung chính",
    # a print view's own buttons
    "đóng cửa sổ", "đóng lại", "close window", "in bài này", "in ra",
    # page links under a list or a long article: "Trang: 1 2 3 Sau »"
    "trang", "trang sau", "trang trước", "trang tiếp", "trang đầu", "trang cuối", "sau", "trước", "tiếp",
    # a forum's code box and thread scroller, the footer's legal links
    "code", "select all", "first post", "last post", "terms of use", "privacy policy",
    # a podcast's download link and a section's follow button
    "right click here to download", "click here to download", "カテゴリーをフォローする", "フォローする",
    # share buttons that name the article, and the label of a video box set in the body
    "share this", "tweet this", "email this", "print this", "link this", "related video", "video liên quan",
    # the toggle that shows a recipe step's picture
    "show image", "hide image", "close image", "bild anzeigen", "bild schließen", "bild ausblenden",
    "hiện ảnh", "ẩn ảnh", "xem ảnh",
    # an advertisement's label in the languages met, the button that skips it, a share button's answer
    "anzeige", "werbung", "annons", "annonse", "annonce", "publicité", "publicidad", "pubblicità", "reklama",
    "reklame", "skip ad", "skip advertisement", "werbung überspringen", "link copied", "link kopiert", "lien copié",
    "publicidade", "pubblicita", "reklam",
    # the note that the text goes on after an advertisement, in the languages met
    "continua depois da publicidade", "continua após a publicidade", "continúa después de la publicidad",
    "sigue después de la publicidad", "la suite après la publicité", "suite après la publicité",
    "weiter nach der anzeige", "weiterlesen nach der anzeige", "artikel wird unter der anzeige fortgesetzt",
    "story continues below advertisement", "article continues below advertisement", "continues below advertisement",
    "article continues below", "continua a leggere dopo la pubblicità",
    # the link that asks readers to report a mistake in the article
    "report an error", "report a correction", "fehler gefunden", "fehler gefunden jetzt melden", "fehler melden",
    "signaler une erreur", "báo lỗi bài viết",
)  # fmt: skip
#: Labels that introduce a short list of links or keywords: "Xem thêm: …", "Từ khóa: a, b, c".
LIST_LABELS: tuple[str, ...] = (
    "xem thêm", "đọc thêm", "tin liên quan", "bài liên quan", "tin cùng chủ đề", "tin cùng chuyên mục",
    "có thể bạn quan tâm", "từ khóa", "từ khoá", "tags", "tag", "chủ đề", "read more", "related", "see also",
    "mời xem", "mời bạn đọc xem", "category", "categories", "chuyên mục", "filed under", "posted in",
    "file đính kèm", "tệp đính kèm", "tài liệu đính kèm", "văn bản đính kèm", "đính kèm", "tải về", "attachment",
    "attachments", "download", "link bài gốc", "link gốc", "bài gốc", "bài viết liên quan", "related article",
    "related articles", "related story", "related stories",
    # the filed-under line of a blog post, in the languages met
    "abgelegt unter", "gespeichert unter", "veröffentlicht in", "kategorie", "kategorien", "schlagwörter",
    "schlagworte", "classé dans", "catégorie", "catégories", "mots-clés", "archiviato in", "categoria", "categorie",
    # a pointer to another story set between paragraphs, in the languages met
    "read next", "also read", "read also", "learn more", "les også", "læs også", "läs också", "lesen sie auch",
    "lies auch",
    "auch interessant", "lire aussi", "à lire aussi", "a lire aussi", "lee también", "leer más", "leia também",
    "leggi anche", "czytaj także", "czytaj też", "zobacz także", "zobacz też", "читайте также",
)  # fmt: skip
#: Calls to action: "Click here to subscribe…", "Bấm vào đây để đăng ký nhận tin".
CALLS_TO_ACTION: tuple[str, ...] = (
    "click here", "click vào đây", "bấm vào đây", "nhấn vào đây", "đăng ký nhận",
    "tải ứng dụng", "download the app", "mời bạn đọc tham gia",
    "log in to", "login to", "sign in to", "register to", "đăng nhập để", "vui lòng đăng nhập",
    # the prompt under a product to review it yourself: "Write your own review for Apple iPad Pro 11 inch"
    "write your own review", "write a review", "be the first to review", "viết đánh giá", "escribe una reseña",
    "schreiben sie eine bewertung", "bewertung schreiben",
)  # fmt: skip
_CALL_TO_ACTION = re.compile(r"^\W*(" + "|".join(re.escape(x) for x in CALLS_TO_ACTION) + r")\b", re.IGNORECASE)
#: A label pointing to another story, its colon, then that story's headline: "RELATED: …", "Lire aussi : …".
_RELATED_POINTER = re.compile(
    r"^\W*(?:related|related (?:story|article|stories|articles)|see also|read more|read also|also read|lire aussi|"
    r"à lire aussi|a lire aussi|lesen sie auch|mehr zum thema|lee también|leia também|xem thêm|đọc thêm|"
    r"(?:también )?pued(?:e|es) leer(?: también)?|lea también|vea también|mira también|te puede interesar|"
    r"tin liên quan|bài liên quan)\s*:\s*\S",
    re.IGNORECASE,
)
_RELATED_POINTER_WORDS = 25
#: The line a phone app appends to each post written with it: "Sent from my iPhone using Tapatalk", "Eingetragen
#: mit der X App für Android.", "Gesendet von meinem Pixel 7 mit Tapatalk", "Envoyé de mon iPhone".
_APP_SIGNATURE = re.compile(
    r"^(?:sent|posted|gesendet|eingetragen|geschrieben|envoyé|enviado)\s+(?:from|with|using|via|von|mit|de|depuis|"
    r"desde)\s+(?:my|the|an?|meinem|meiner|der|dem|mon|ma|mi)?\b.{0,40}?\b(?:app|iphone|ipad|android|"
    r"tapatalk|smartphone|handy|phone|mobile)\b.{0,30}$",
    re.IGNORECASE,
)
_APP_SIGNATURE_WORDS = 12
#: A Japanese label over the post's tags or related posts, set before them with a space: "関連タグ SSD / Intel".
_JA_LIST_LABEL = re.compile(r"^\W*(?:関連タグ|タグ|関連記事|カテゴリー?)(?:\s|[:：])")
_LIST_LABEL = re.compile(r"^\W*(" + "|".join(re.escape(x) for x in LIST_LABELS) + r")\s*(:|>>|»|\.\.\.)", re.IGNORECASE)
#: The label over a press release's contacts for journalists: "Pressekontakt:", "Media contacts".
PRESS_CONTACT_LABELS: tuple[str, ...] = (
    "pressekontakt", "pressekontakte", "medienkontakt", "medienkontakte", "press contact", "press contacts",
    "media contact", "media contacts",
)  # fmt: skip
#: Headings that open a list of other articles, comments or links: the article is over when one appears.
END_MARKERS: tuple[str, ...] = (
    "tin liên quan", "tin bài liên quan", "tin tức liên quan", "bài viết liên quan", "bài liên quan",
    "tin khác", "tin tức khác", "bài viết khác", "tin cùng chuyên mục", "bài viết cùng chuyên mục",
    "tin cùng mục", "tin nổi bật mục",
    "tin cùng loại", "tin cùng chủ đề", "tin mới", "tin mới nhất", "tin mới hơn", "tin cũ hơn", "tin đã đưa",
    "tin xem nhiều", "tin đọc nhiều", "đọc nhiều nhất", "xem nhiều nhất", "tin nổi bật", "tin tiêu điểm",
    "xem thêm", "đọc thêm", "có thể bạn quan tâm", "bình luận", "ý kiến bạn đọc", "gửi ý kiến",
    "gửi bình luận", "ý kiến của bạn", "liên kết website", "văn bản mới",
    "ý kiến bình luận", "bạn đọc bình luận", "viết bình luận", "tin bài khác", "tin cùng danh mục",
    "bài viết cùng danh mục", "tin khác cùng chuyên mục", "tin khác cùng danh mục", "tin bài cùng chuyên mục",
    "tin tức cùng chuyên mục", "bài cùng chuyên mục", "cùng chuyên mục", "tin cùng sự kiện", "xem tin theo ngày",
    "tin đã đưa ngày", "tin bài đã đưa", "bài đã đăng", "văn bản liên quan", "thông tin liên quan",
    "bài viết mới", "bài viết mới nhất", "tin mới cập nhật", "đọc nhiều", "bài đọc nhiều", "tin xem nhiều nhất",
    "tin nóng",
    "related", "related articles", "related stories", "read more", "more stories", "comments",
    "you may also like", "recommended", "more from", "more in this section", "similar threads", "related threads",
    "similar posts", "replies", "best replies", "top replies", "all replies",
    "about the author", "about the authors", "about the reviewer", "disclaimer",
    "chủ đề tương tự", "về tác giả", "bài viết tương tự", "tin tương tự",
    "kommentare", "kommentieren", "leserkommentare", "lesermeinungen", "leserstimmen", "autor innen", "autorinnen",
    "autoren", "über die autorin", "über die autoren",
    "das könnte sie auch interessieren", "mehr zum thema", "schon gelesen",
    # a "see also" label alone on its line, over a list of other reports ("See also: <headline>" is a pointer)
    "siehe auch", "see also",
    # a press release's contacts for journalists, after its text and the issuer's profile
    *PRESS_CONTACT_LABELS,
    "ähnliche artikel", "weitere artikel", "commentaires", "articles similaires", "à lire aussi",
    "comentarios", "noticias relacionadas", "artículos relacionados", "über den autor", "sobre el autor",
    "à propos de l'auteur", "polecane", "polecane przepisy", "polecane artykuły", "podobne przepisy", "zobacz także",
    "czytaj także", "czytaj też", "komentarze", "przepisy w waszym wykonaniu", "комментарии", "читайте также",
    "recomendamos para você", "veja também", "leia também", "notícias relacionadas", "comentários",
    "recommended for you", "おすすめ情報", "おすすめ記事",
    "相关阅读", "相关新闻", "相关文章", "延伸阅读", "精彩推荐", "精彩视频推荐", "视频推荐", "热门推荐", "猜你喜欢",
    "相關閱讀", "相關新聞", "延伸閱讀", "精彩推薦",
    "related topics", "chủ đề liên quan", "read more in",
    "leggi anche", "articoli correlati", "ilgili haberler", "benzer haberler",
    "læs også", "les også", "taip pat skaitykite", "เรื่องที่เกี่ยวข้อง", "ข่าวที่เกี่ยวข้อง", "ข่าวเกี่ยวข้อง",
    "notas relacionadas",
)  # fmt: skip
#: Navigation labels followed by a section name: "Trở lại Sức khỏe", "Xem tiếp Thời sự".
NAV_PREFIXES: tuple[str, ...] = (
    "trở lại",
    "quay lại",
    "quay về",
    "xem tiếp",
    "chuyên mục",
    "danh mục",
    "back to",
    "go back",
)
_NAV_KEYS = tuple(key(x) for x in NAV_PREFIXES)
_UI_KEYS = frozenset(key(x) for x in UI_LABELS if key(x))
_UI_PREFIXES = tuple(sorted((k for k in _UI_KEYS if len(k) > 2), key=len, reverse=True))
_UI_LONGEST = max(len(k.split()) for k in _UI_KEYS)
_END_KEYS = frozenset(key(x) for x in END_MARKERS)
_PRESS_CONTACT_KEYS = frozenset(key(x) for x in PRESS_CONTACT_LABELS)
#: End markers followed by the section's name: "Tin cùng mục Giáo dục", "Tin nổi bật mục Thể thao".
_SECTION_END_PREFIXES = tuple(k + " " for k in _END_KEYS if len(k.split()) >= 2 and k.endswith(" mục"))


def _only_ui_words(words: list[str]) -> bool:
    """The words are labels one after another, numbers or single letters: ``"a a a"``, ``"12"``,
    ``"facebook zalo"``, ``"in bài xem phản hồi gửi phản hồi"``.

    Whole labels only: ``"lời kết"`` (a conclusion heading) is not ``"trả lời"`` + ``"liên kết"``.
    """
    ends = {0}  # word positions a run of labels can reach
    for i in range(len(words)):
        if i not in ends:
            continue
        if words[i].isdigit() or len(words[i]) == 1:
            ends.add(i + 1)
        for n in range(1, min(_UI_LONGEST, len(words) - i) + 1):
            if " ".join(words[i : i + n]) in _UI_KEYS:
                ends.add(i + n)
    return len(words) in ends


def _unglue(text: str) -> str:
    """A space between a lower-case letter and the upper-case one after it: ``"ThíchTrả lời"`` → ``"Thích Trả lời"``."""
    return "".join(f" {c}" if i and c.isupper() and text[i - 1].islower() else c for i, c in enumerate(text))


#: A Chinese page's editor credit, a line of its own: "（编辑：严玉洁 王辉）", "责任编辑：王辉".
_EDITOR_CREDIT = re.compile(r"^[（(【\[]?\s*(?:责任编辑|責任編輯|编辑|編輯)\s*[：:][^。！？.!?]{1,30}[）)】\]]?$")


#: A portal's notice under every article, a sentence or two long: "Bạn đang đọc bài viết … tại chuyên mục …",
#: "Mời quý độc giả theo dõi …".
_PORTAL_NOTICE = re.compile(
    r"^\W*(?:bạn đang (?:đọc|xem) bài viết|you are reading"
    r"|mời (?:quý )?(?:độc giả|bạn đọc|khán giả)(?: cùng)? (?:theo dõi|xem|đón xem|đón đọc|đọc))\b",
    re.IGNORECASE,
)
_PORTAL_NOTICE_WORDS = 60
#: A short prompt to follow the publisher on a network: "Theo dõi Báo X trên Google News".
_FOLLOW_PROMPT = re.compile(
    r"^\W*(?:theo dõi|follow)\b.{0,60}?\b(?:trên|on) (?:google news|zalo|facebook|youtube|tiktok|instagram)\b",
    re.IGNORECASE,
)
_FOLLOW_PROMPT_WORDS = 15


#: How long the article takes to read, printed over it: "3 Min Lesezeit", "5 min read", "Thời gian đọc: 4 phút".
_READING_LABEL = r"(?:reading time|lesezeit|lesedauer|thời gian đọc|temps de lecture|tiempo de lectura)"
_DURATION = r"(?:ca\.\s*)?\d{1,3}\s*(?:min(?:ute[ns]?|s)?\.?|phút|minuti)"
_READING_TIME = re.compile(
    rf"^\W*(?:{_READING_LABEL}\s*:?\s*{_DURATION}"
    rf"|{_DURATION}\s*(?:read|reading|đọc|lesezeit|lesedauer|de lecture|de lectura|di lettura))\W*$",
    re.IGNORECASE,
)


def is_ui_string(text: str) -> bool:
    """A short block made of widget labels: ``"Xem cỡ chữ: A- A A+"``, ``"Chia sẻ"``, ``"Lượt xem: 120"``.

    ``is_ui_string("Chia sẻ kinh nghiệm") is False`` (an in-body heading) and so is any full sentence.
    Labels of buttons printed with no space between them are still labels: ``"ThíchTrả lời"``.
    """
    k = key(text)
    if not k:
        return bool(text.strip())  # punctuation or symbols only ("|", "»", "+")
    if k in _UI_KEYS or _EDITOR_CREDIT.match(text.strip()) or _READING_TIME.match(text):
        return True
    words = k.split()
    if len(words) <= _PORTAL_NOTICE_WORDS and _PORTAL_NOTICE.match(text):
        return True
    if len(words) <= _FOLLOW_PROMPT_WORDS and _FOLLOW_PROMPT.match(text):
        return True
    if all(w.startswith("#") and len(w) > 1 for w in text.split()):
        return True  # a row of hashtags: "#cảicáchhànhchính #chuyểnđổisố"
    if len(words) <= 6:
        apart = _unglue(text)
        if apart != text and _only_ui_words(key(apart).split()):
            return True
    if len(words) <= _APP_SIGNATURE_WORDS and _APP_SIGNATURE.match(text.strip()):
        return True  # "Sent from my iPhone using Tapatalk": what the app appends to every post
    if len(words) <= _RELATED_POINTER_WORDS and _RELATED_POINTER.match(text):
        return True  # "RELATED: <a headline> — see inside!": a pointer, whatever its headline ends on
    if _ends_sentence(text):
        return False
    if len(words) <= 40 and (_LIST_LABEL.match(text) or _JA_LIST_LABEL.match(text)):
        return True  # "Xem thêm: <another article>", "Từ khóa: a, b, c"
    if len(words) <= 15 and _CALL_TO_ACTION.match(text):
        return True
    if len(words) > 12:
        return False
    if len(words) <= 8 and any(k == n or k.startswith(n + " ") for n in _NAV_KEYS):
        return True
    if _only_ui_words(words) and len(words) <= 6:
        return True
    for label in _UI_PREFIXES:
        if k.startswith(label + " "):
            rest = k[len(label) + 1 :].split()
            after = text.casefold().split(label.split()[-1], 1)[-1].lstrip()
            return _only_ui_words(rest) or after.startswith(":")
    return False


#: Phrases that only widgets print; a short block containing one is interface even with other words around.
WIDGET_PHRASES: tuple[str, ...] = (
    "xem cỡ chữ", "cỡ chữ", "đọc bài viết", "nghe đọc bài", "nghe bài viết", "in bài viết", "copy link",
    "lượt xem", "lượt truy cập", "gửi bài viết", "về đầu trang", "lên đầu trang", "sơ đồ cổng",
    "truy cập nội dung luôn", "bản quyền thuộc", "đăng nhập", "a- a a+", "all rights reserved", "©",
    # newsletter sign-up boxes and share buttons' notices
    "by subscribing", "unsubscribe at any time", "copied to clipboard", "đã sao chép liên kết",
    "đăng ký nhận bản tin", "sign up to our newsletter", "sign up for our newsletter", "subscribe to our newsletter",
    # the states of a form that is busy or failed
    "please wait", "please try again later", "vui lòng chờ", "vui lòng thử lại sau", "bitte warten",
)  # fmt: skip


def has_widget_phrase(text: str) -> bool:
    """A short block that contains a widget phrase: ``"10/10/2021 | Xem cỡ chữ: A- A A+ | Đọc bài viết"``.

    Short is 12 words, or 25 when the block is not a sentence (no closing full stop).
    """
    n = len(text.split())
    low = text.casefold()
    if n <= _FORM_NOTICE_WORDS and any(p in low for p in FORM_NOTICES + SCRIPT_NOTICES):
        return True
    if n > 25 or (n > 12 and _ends_sentence(text)):
        return False
    return any(p in low for p in WIDGET_PHRASES)


#: What a comment form says about itself, in sentences: "Ý kiến của bạn sẽ được biên tập trước khi đăng. Xin vui
#: lòng gõ tiếng Việt có dấu." A block up to ``_FORM_NOTICE_WORDS`` words holding one is the form's notice.
FORM_NOTICES: tuple[str, ...] = (
    "gõ tiếng việt có dấu", "viết tiếng việt có dấu", "ý kiến của bạn sẽ được", "bình luận của bạn sẽ được",
    "email của bạn sẽ không được hiển thị", "các trường bắt buộc được đánh dấu",
    "your email address will not be published", "required fields are marked",
    # a form that sends the reader a link to the site's app
    "send yourself a link", "download your new app", "gửi cho bạn đường dẫn tải ứng dụng",
    # what a newsletter form says the address is used for and how to leave the list
    "used to send you our newsletter", "unsubscribe link", "lien de désabonnement", "pour vous envoyer les lettres",
)  # fmt: skip
_FORM_NOTICE_WORDS = 45
#: What a page shows only to a browser with scripts off: "Bitte aktivieren Sie JavaScript und laden Sie die Seite
#: erneut." A block up to ``_FORM_NOTICE_WORDS`` words holding one is that notice, never the article.
SCRIPT_NOTICES: tuple[str, ...] = (
    "enable javascript", "javascript is disabled", "javascript is required", "javascript must be enabled",
    "javascript enabled", "turn on javascript", "aktivieren sie javascript", "javascript aktivieren",
    "javascript aktiviert", "javascript deaktiviert", "bật javascript", "kích hoạt javascript",
    "habilite javascript", "habilitar javascript", "active javascript", "activez javascript", "activa javascript",
)  # fmt: skip
#: The publisher's copyright or its no-reproduction notice opening a line: "© 2024 …", "Bản quyền thuộc …",
#: "無断転載禁止", "版权所有", "未经授权禁止转载", "무단전재 및 재배포 금지".
_COPYRIGHT_LINE = re.compile(
    r"^\W*(?:©|copyright\b|bản quyền (?:thuộc|©)|giữ bản quyền|無断転載|無断複製|版权所有|版權所有|未经.{0,8}授权|"
    r"未經.{0,8}授權|무단\s*전재|무단\s*복제)",
    re.IGNORECASE,
)


#: A no-reproduction notice set whole in brackets: "【…权益归…独家所有。未经授权，不得转载。】".
_BRACKETED_RIGHTS = re.compile(
    r"^\s*[【\[［〔].{0,160}?(?:未经.{0,8}授权|未經.{0,8}授權|不得转载|不得轉載|独家所有|獨家所有|版权所有|版權所有|無断転載)"
    r".{0,80}[】\]］〕]\s*$"
)


#: A CMS shortcode the site failed to expand, with no attributes: "[ad#ad-2]", "[adsense]", "[/caption]". One with
#: attributes ('[printaddress name="…"]') is what a how-to about shortcodes tells its reader to type, and is read.
_SHORTCODE = re.compile(r"^\[/?[a-z][a-z0-9_\-]*(?:#[\w\-]+)?\s*/?\]$")


def is_shortcode(text: str) -> bool:
    """A line that is only an unexpanded shortcode, markup for the CMS and never words:
    ``is_shortcode("[ad#ad-2]")`` → True; ``is_shortcode("[Update]")`` and ``is_shortcode("[1]")`` → False."""
    return bool(_SHORTCODE.match(text.strip()))


def is_copyright_line(text: str) -> bool:
    """A line that opens with the publisher's copyright: ``"Bản quyền thuộc về Cổng thông tin điện tử tỉnh. Ghi rõ
    nguồn khi trích dẫn."``, or a bracketed no-reproduction notice (``"【…未经授权，不得转载。】"``); a sentence that
    mentions copyright later keeps its words."""
    if len(text.split()) > 60:
        return False
    return bool(_COPYRIGHT_LINE.match(text) or _BRACKETED_RIGHTS.match(text))


_LEGAL = re.compile(
    r"©|\(c\)\s*\d{4}|all rights reserved|bản quyền thuộc|giữ bản quyền|privacy policy|terms of (?:use|service)|"
    r"chính sách bảo mật|điều khoản sử dụng|giấy phép (?:số|thiết lập)",
    re.IGNORECASE,
)
_LINK_ROW = re.compile(r"\s+\|\s+")


def is_page_footer_line(text: str) -> bool:
    """A line of the page footer: the copyright notice or a row of legal links.

    ``is_page_footer_line("© Công ty ABC. All rights reserved.") is True``, and so is
    ``"Chính sách bảo mật | Điều khoản sử dụng | Liên hệ | Quảng cáo"``;
    ``is_page_footer_line("Hội nghị bàn về phát triển kinh tế số.") is False``.
    """
    if len(text.split()) > 60:
        return False
    return bool(_LEGAL.search(text)) or len(_LINK_ROW.split(text.strip())) >= 4


_CRUMB_SEPARATORS = re.compile(r"\s*[»›>|]\s*")


def is_breadcrumb(text: str) -> bool:
    """A trail of short section names: ``"Tin tức » Sự kiện » Hoạt động"``, ``"Chính trị | Xã hội"``."""
    t = text.strip()
    if _ends_sentence(t) or len(t.split()) > 12:
        return False
    parts = [p for p in _CRUMB_SEPARATORS.split(t) if p.strip()]
    starts_with_separator = bool(_CRUMB_SEPARATORS.match(t)) and t[:1] in "»›>|"
    return (
        (len(parts) >= 2 or starts_with_separator)
        and all(len(p.split()) <= 4 for p in parts)
        and bool(_CRUMB_SEPARATORS.search(t))
    )


_COMMENT_KEYS = frozenset(
    key(x)
    for x in (
        "bình luận",
        "ý kiến bạn đọc",
        "gửi ý kiến",
        "gửi bình luận",
        "ý kiến của bạn",
        "comments",
        "kommentare",
        "commentaires",
        "comentarios",
        "комментарии",
    )
)


#: Headings over a paper's list of the works it cites: sources to look up, not text to listen to.
REFERENCE_HEADINGS: tuple[str, ...] = (
    "references", "reference list", "bibliography", "works cited", "literature cited", "referencias",
    "referencias bibliográficas", "bibliografía", "literaturverzeichnis", "literatur", "einzelnachweise",
    "références", "bibliographie", "tài liệu tham khảo",
)  # fmt: skip
_REFERENCE_KEYS = frozenset(key(x) for x in REFERENCE_HEADINGS)


def is_reference_heading(text: str) -> bool:
    """``is_reference_heading("References") is True`` — the citations under it are skipped, reading goes on at the
    next heading ("History" on a wiki); ``is_reference_heading("References to the film in later works") is False``."""
    return key(text.rstrip(":")) in _REFERENCE_KEYS


def is_comments_marker(text: str) -> bool:
    """``is_comments_marker("Bình luận (3)") is True``: readers' comments follow, never the article."""
    k = " ".join(w for w in key(text).split() if not w.isdigit())
    return k in _COMMENT_KEYS


#: What a paywall prints under the free part of an article: the rest is for members or subscribers.
PAYWALL_PHRASES: tuple[str, ...] = (
    "会員限定", "続きをお読みいただけます", "続きを読むには", "subscribe to continue reading", "subscribers only",
    "subscribe to read the full", "for subscribers only", "đăng ký để đọc tiếp", "dành riêng cho thành viên",
    "dành cho thành viên", "nur für abonnenten", "exklusiv für abonnenten", "réservé aux abonnés",
    "réservée aux abonnés", "de cet article à lire", "exclusivo para suscriptores", "solo para suscriptores",
    "riservato agli abbonati", "tylko dla subskrybentów", "preview of subscription content",
)  # fmt: skip
_PAYWALL = re.compile("|".join(re.escape(p) for p in PAYWALL_PHRASES), re.IGNORECASE)
#: A paywall notice is short: a story that mentions subscribers is longer.
_PAYWALL_WORDS = 30
#: The notice a paywall sets where it cuts a story: what the reader must do to read the rest ("To view the full
#: story, please subscribe", "Subscribe to continue reading", "Pour lire la suite, abonnez-vous").
_PAYWALL_OPENER = re.compile(
    r"^\W*(?:to (?:view|read|continue reading|access|unlock) (?:the |this )?(?:full|whole|entire|rest of (?:the|this))"
    r" (?:story|article|post)|(?:please )?(?:subscribe|sign in|log in|register) (?:now )?to (?:continue|keep) reading"
    r"|this (?:story|article|content) is (?:only )?(?:available|reserved|exclusive) (?:to|for) (?:our )?"
    r"(?:subscribers|members)|pour lire la suite|para (?:seguir|continuar) leyendo|um (?:den|diesen) "
    r"(?:ganzen |vollständigen )?artikel (?:weiter )?zu lesen)",
    re.IGNORECASE,
)
_PAYWALL_OPENER_WORDS = 60


def is_paywall_notice(text: str) -> bool:
    """``is_paywall_notice("［有料会員限定］ この記事は会員限定です。")`` → True: the free part of the article ends;
    ``is_paywall_notice("Tòa soạn có 20.000 độc giả trả phí, tăng gấp đôi so với năm ngoái.")`` → False. The notice
    may open on what the reader must do to read on: ``"To view the full story, please subscribe to The Times."``
    → True; ``"Newspapers ask readers to subscribe to view the full story."`` → False (it reports)."""
    if len(text.split()) <= _PAYWALL_OPENER_WORDS and _PAYWALL_OPENER.match(text):
        return True
    return len(text.split()) <= _PAYWALL_WORDS and bool(_PAYWALL.search(text))


def is_end_marker(text: str) -> bool:
    """``is_end_marker("Các tin đã đưa:") is True`` — a heading after which only related links follow.

    Also with the section named after it: ``is_end_marker("Tin cùng mục Giáo dục - du học") is True``;
    ``is_end_marker("Tin mới về dịch bệnh ở Huế khiến người dân lo lắng.") is False``.
    """
    k = " ".join(w for w in key(text).split() if not w.isdigit())  # "Bình luận (3)"
    for article in ("các ", "những "):
        if k.startswith(article):
            k = k[len(article) :]
    if k in _END_KEYS:
        return True
    if len(k.split()) > 10 or _ends_sentence(text):
        return False
    return k.startswith(_SECTION_END_PREFIXES)


def is_press_contact_label(text: str) -> bool:
    """``is_press_contact_label("Pressekontakt:") is True``: the journalists' contacts of a press release follow."""
    return key(text) in _PRESS_CONTACT_KEYS


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", "…", '."', ".”"))


_SOCIAL = re.compile(r"\b(facebook|twitter|zalo|youtube|tiktok|instagram|telegram|linkedin|fanpage)\b", re.I)
_LINK_OR_HANDLE = re.compile(r"https?://|www\.|\bfollow us\b|\btheo dõi (?:chúng tôi|trang)\b", re.I)
#: The verb opening a "follow us" line, in the languages met: "Folgen Sie uns auf Twitter", "Liken Sie uns auf
#: Facebook", "Suivez-nous sur Instagram", "Síguenos en X".
_FOLLOW = re.compile(
    r"^(follow|theo dõi|like|kết nối|tham gia|(?:folg\w*|lik\w*) (?:sie |du |ihr )?uns|suivez-nous|rejoignez-nous|"
    r"s[ií]guenos|siga-nos|seguici)\b",
    re.I,
)
#: Stars, arrows or dashes set around a line to make it stand out: "*** Follow me on Instagram ***".
_DECORATION = re.compile(r"^[\W_]+")
#: An appeal to share a re-creation: a network, a handle or tag, and the verb asking for it ("tag me on Instagram
#: with @cook and #cook", "Share an image on Facebook. Please mention @cook").
_HANDLE = re.compile(r"(?<![\w@])[@#]\w{2,}")
_SHARE_VERBS = re.compile(r"\b(tag|mention|share|follow|gắn thẻ|chia sẻ|theo dõi|nhắc tên)\b", re.I)
#: Such an appeal is at most this long: a paragraph of the story that quotes a handle is longer, or asks nothing.
_SHARE_APPEAL_WORDS = 60


#: Labels that open the writer's biography run into its paragraph ("About the author: Ada Lind is …").
AUTHOR_NOTE_LABELS: tuple[str, ...] = (
    "about the author", "about the authors", "über den autor", "über die autorin", "über die autoren",
    "về tác giả", "sobre el autor", "sobre o autor", "à propos de l'auteur", "à propos de l’auteur",
)  # fmt: skip
_AUTHOR_NOTE = re.compile(
    r"^\W*(?:" + "|".join(re.escape(label) for label in AUTHOR_NOTE_LABELS) + r")\s*:\s*\S", re.IGNORECASE
)


def is_author_note(text: str) -> bool:
    """The writer's biography opened by its label in the same paragraph: about the writer, not the story.

    ``is_author_note("About the author: Ada Lind is a photographer …")`` → True;
    ``is_author_note("About the author")`` → False (a heading: the end markers judge it);
    ``is_author_note("The author spent a winter by the sea.")`` → False.
    """
    return bool(_AUTHOR_NOTE.match(text))


def is_social_contact(text: str) -> bool:
    """A "follow us" or "reach the reporter on Twitter at http://…" line: links read aloud help no one.

    ``is_social_contact("Theo dõi chúng tôi trên Facebook và Zalo")`` → True, and so is a line that ends on
    the prompt: ``"Deals every day. Follow us at Twitter @deals."``;
    ``is_social_contact("Facebook bị phạt 5 tỷ đồng vì vi phạm quyền riêng tư.")`` → False; an appeal to share a
    re-creation with a handle is one too: ``"Tried it? Share a photo on Instagram and tag @cook!"`` → True.
    """
    if len(text.split()) > _SHARE_APPEAL_WORDS or not _SOCIAL.search(text):
        return False
    if _HANDLE.search(text) and _SHARE_VERBS.search(text):
        return True  # "… don't forget to tag me on Instagram with @cook and #cook – I love seeing them!"
    if len(text.split()) > 30:
        return False
    return bool(_LINK_OR_HANDLE.search(text) or _FOLLOW.match(_DECORATION.sub("", text)))  # "*** Follow me on …"


#: An appeal to take the publisher's news elsewhere: a channel it sends news on, a verb inviting the reader to sign
#: up or follow, and the reader or the publisher named ("our newsletter", "du", "Sie", "bạn"). A story's last
#: paragraph that reports on a channel names neither.
_APPEAL_CHANNEL = re.compile(
    r"\b(?:newsletters?|whatsapp|telegram|google news|push|push-\w+|apps?|podcasts?|channel|kanal|e-paper|"
    r"bản tin|kênh|zalo|canal)\b",
    re.IGNORECASE,
)
_APPEAL_VERB = re.compile(
    r"\b(?:sign(?:ing)? up|subscribe|follow|download|abonnier\w*|anmeld\w*|anmeldung|folg\w*|herunterladen|"
    r"inscri\w*|abonne[rz]?|suscr[ií]b\w*|s[ií]g[ua]\w*nos|đăng ký|theo dõi|tải|assine|inscreva-se|siga-nos)\b",
    re.IGNORECASE,
)
_APPEAL_READER = re.compile(
    r"\b(?:our|us|you|your|unser\w*|uns|du|dich|dein\w*|notre|nos|vous|votre|nuestr\w*|bạn|chúng tôi|"
    r"você|nosso|nossa)\b"
    r"|^\W*(?:sign up|subscribe|follow|download|abonniere|folge|assine|inscreva-se|siga-nos)\b",
    re.IGNORECASE,
)
#: German addresses the reader as "Sie", "Ihr …" (capitalised: "sie" is "they").
_APPEAL_FORMAL = re.compile(r"\b(?:Sie|Ihr\w*)\b")
_APPEAL_WORDS = 45


#: The networks a closing appeal lists ("folge uns auf Pinterest, Facebook, Instagram und Google News").
_NETWORK = re.compile(
    r"\b(?:facebook|twitter|instagram|pinterest|flipboard|tiktok|youtube|linkedin|telegram|whatsapp|threads|"
    r"mastodon|bluesky|google news|zalo)\b",
    re.IGNORECASE,
)
#: An appeal naming this many networks may run longer (it thanks, asks for a like, then lists them).
_NETWORKS_LISTED = 3
_NETWORK_APPEAL_WORDS = 80


def is_subscription_appeal(text: str) -> bool:
    """An appeal to follow the publisher's channel or sign up for its newsletter, set after the story:
    ``"For the latest news, sign up for our newsletters."``, ``"Folgst du schon unserem Kanal auf Whatsapp?"``
    → True; ``"WhatsApp will let businesses subscribe customers to channels from next month."`` → False (it
    reports; it asks the reader nothing). Listing three networks or more, it may be longer: ``"Hat dir der Artikel
    gefallen? … Wir freuen uns, wenn du uns auf Pinterest, Facebook und Instagram folgst."`` → True."""
    words = len(text.split())
    networks = len({m.lower() for m in _NETWORK.findall(text)})
    limit = _NETWORK_APPEAL_WORDS if networks >= _NETWORKS_LISTED else _APPEAL_WORDS
    if words > limit or not (_APPEAL_CHANNEL.search(text) or networks >= _NETWORKS_LISTED):
        return False
    asks = _APPEAL_VERB.search(text) or text.rstrip().endswith("?")  # "Kennen Sie schon unseren Newsletter?"
    return bool(asks) and bool(_APPEAL_READER.search(text) or _APPEAL_FORMAL.search(text))


#: An appeal to support the publisher: a verb of giving or supporting, the publisher or its journalism as what is
#: supported, and the reader addressed. "The charity asked readers to donate to the families" supports others.
_SUPPORT_VERB = re.compile(
    r"\b(?:spende\w*|donat\w*|unterstütz\w*|support\w*|ủng hộ|soutenez|soutenir|apoya\w*|sostieni|apoiar|apoie)\b",
    re.IGNORECASE,
)
_SUPPORT_OBJECT = re.compile(
    r"\b(?:journalism|journalismus|journalisme|periodismo|giornalismo|jornalismo|nosso conteúdo|uns|us|our work|"
    r"unsere arbeit|tòa soạn|"
    r"chúng tôi|báo)\b|\bsupport(?:ing)? us\b|"
    # or the reader's liking of what was just read: "Ihnen hat der Artikel gefallen?", "Enjoyed this article?"
    r"\b(?:ihnen|dir|euch) (?:hat|gefällt|gefiel) (?:der|dieser|unser) artikel\b|"
    r"\b(?:der|dieser) artikel (?:hat )?(?:ihnen|dir|euch) gefallen\b|"
    r"\b(?:liked|enjoyed?) (?:this|the|our) (?:article|story|post)\b|"
    # or the publication by name of its kind, or the reader's support itself: "unterstütze unser Magazin",
    # "brauchen wir deine Unterstützung", "we need your support"
    r"\b(?:unser\w*|our) \w*(?:magazin\w*|zeitung|newspaper|redaktion|newsroom)\b|"
    r"\b(?:deine|eure|ihre|your) (?:unterstützung|support)\b",
    re.IGNORECASE,
)
_SUPPORT_WORDS = 60


def is_support_appeal(text: str) -> bool:
    """An appeal to support the publisher with money, set after the story: ``"Hat Ihnen dieser Artikel gefallen?
    Dann unterstützen Sie uns bitte mit einer Spende."``, ``"If you value our journalism, please consider
    supporting us."`` → True; ``"The charity asked readers to donate to support the families."`` → False."""
    if len(text.split()) > _SUPPORT_WORDS or not _SUPPORT_VERB.search(text) or not _SUPPORT_OBJECT.search(text):
        return False
    return bool(_APPEAL_READER.search(text) or _APPEAL_FORMAL.search(text))


#: Where a closing prompt sends the reader to talk: the comments under the article, in the languages met.
_COMMENT_PLACE = re.compile(
    r"\b(?:in den kommentaren|im kommentarbereich|in die kommentare|in the comments|comments? (?:below|section)|"
    r"in the comment section|dans les commentaires|en commentaires?|en (?:los )?comentarios|nei commenti|"
    r"kommenteissa|keskustella aiheesta|(?:phần|mục) bình luận)\b",
    re.IGNORECASE,
)
_COMMENT_PROMPT_WORDS = 30


#: The tip line that closes a story: "Got a story? Get in touch with our news team …", "Have you got a story to
#: share? Email …"; and the pointer "For more stories like this, check our news page."
_TIP_LINE = re.compile(
    r"^\W*(?:got|have you got|do you have|have) a (?:story|news tip|tip)(?: to share| for us)?\?\s+\S"
    r"|^\W*for more (?:stories|news|articles) like this\b",
    re.IGNORECASE,
)
_TIP_LINE_WORDS = 40


def is_tip_appeal(text: str) -> bool:
    """``is_tip_appeal("Got a story? Get in touch with our news team by emailing us.")`` → True;
    ``is_tip_appeal("Got a story about the flood, the mayor said, residents should tell the council.")`` → False
    (no question: the sentence goes on)."""
    return len(text.split()) <= _TIP_LINE_WORDS and _TIP_LINE.match(text) is not None


def is_comment_prompt(text: str) -> bool:
    """A closing line inviting readers to discuss the story in the comments: ``"Verraten Sie gerne in den
    Kommentaren: Was bedeutet der Preis für Sie?"``, ``"Voit keskustella aiheesta kello 23:een asti."`` → True;
    a paragraph of the story about what readers wrote in the comments is longer → False."""
    return len(text.split()) <= _COMMENT_PROMPT_WORDS and bool(_COMMENT_PLACE.search(text))


#: A note that the article's links earn the publisher a commission: links, a commission, and "we" who earn it.
_AFFILIATE_LINKS = re.compile(r"\b(?:links?|affiliate-?links?|liên kết|lien|liens|enlaces?)\b", re.IGNORECASE)
_AFFILIATE_PAY = re.compile(r"\b(?:commission|provision|hoa hồng|comisión)\b", re.IGNORECASE)
_AFFILIATE_WE = re.compile(r"\b(?:we|wir|nous|chúng tôi|nosotros|recibimos|erhalten wir)\b", re.IGNORECASE)
_AFFILIATE_WORDS = 60


def is_affiliate_note(text: str) -> bool:
    """The publisher's note that its links earn it a commission: ``"If you buy something using links in our
    stories, we may earn a commission."`` → True; ``"The retailer will cut the commission it pays bloggers for
    sales made through their links."`` → False (no "we" who earns it)."""
    return (
        len(text.split()) <= _AFFILIATE_WORDS
        and bool(_AFFILIATE_LINKS.search(text))
        and bool(_AFFILIATE_PAY.search(text))
        and bool(_AFFILIATE_WE.search(text))
    )


#: Prompts that end a line after a sentence: "… Click here.", "… Bấm vào đây."
CLOSING_PROMPTS: tuple[str, ...] = ("click here", "click vào đây", "bấm vào đây", "nhấn vào đây", "xem tại đây")
_CALL_TO_ACTION_END = re.compile(
    r"(?:^|[.!?:]\s+|\s[-–]\s+)(" + "|".join(re.escape(x) for x in CLOSING_PROMPTS) + r")\W*$", re.IGNORECASE
)
#: "… tại đây" (here): the closing words of a prompt that links somewhere else.
_HERE = re.compile(r"\b(tại đây|ở đây|vào đây|here|hier)\W*$", re.IGNORECASE)
_PROMPT_VERBS = re.compile(
    r"^\W*(chia sẻ|gửi|mời|xem|bấm|nhấn|click|đăng ký|tham gia|tải|đọc|share|send|read|see|sign up)\b",
    re.IGNORECASE,
)


#: The comment form's notice that only members may comment: "You must be logged in to post a comment."
_LOGIN_TO_COMMENT = re.compile(
    r"^\W*(?:you must be logged in|du musst (?:eingeloggt|angemeldet) sein|sie müssen (?:eingeloggt|angemeldet) sein|"
    r"vous devez être connecté|debes (?:iniciar sesión|estar registrado)|"
    r"devi (?:essere registrato|effettuare il login)|"
    r"você (?:precisa|deve) estar (?:logado|conectado)|musisz być zalogowany)\b.*?"
    r"(?:comment|kommentar|commentaire|comentario|commento|comentário|komentarz)",
    re.IGNORECASE,
)


#: A label in capitals before the title of the video or audio the player under it plays: "WATCH | …:",
#: "XEM VIDEO: …", "LISTEN | …". Capitals and a bar or colon only: "Watch: the council will vote …" is a sentence.
_PLAYER_POINTER = re.compile(
    r"^\W*(?:WATCH|LISTEN|VIDEO|AUDIO|PODCAST|XEM VIDEO|XEM|NGHE|VIDÉO|REGARDER|ÉCOUTER|ANSEHEN|ANHÖREN|"
    r"MORE|READ MORE|ALSO READ|READ ALSO|SEE ALSO|ĐỌC THÊM|XEM THÊM|LESEN SIE AUCH|MEHR ZUM THEMA)\s*[|:]\s*\S"
)  # and "MORE : The daily cartoon", "READ MORE: …": a pointer to another story
_PLAYER_POINTER_WORDS = 25


def is_call_to_action(text: str) -> bool:
    """A prompt that sends the reader elsewhere: ``"Chia sẻ bài viết của bạn về môi trường tại đây."``,
    ``"Bấm vào đây để đăng ký nhận tin"``, ``"Để xem thêm các khóa học khác. Bấm vào đây."``.

    ``is_call_to_action("Người dân có thể gửi hồ sơ tại đây từ ngày 1/7 đến hết tháng 9 năm nay.") is False``
    (the place is named: the sentence does not end on "tại đây").
    """
    t = text.strip()
    n = len(t.split())
    if n <= 15 and _CALL_TO_ACTION.match(t):
        return True
    if n <= _PLAYER_POINTER_WORDS and _PLAYER_POINTER.match(t):
        return True  # "WATCH | Palestinians react to the appointment:" over a video player
    if n <= 25 and _LOGIN_TO_COMMENT.match(t):
        return True
    if n <= 25 and _CALL_TO_ACTION_END.search(t):
        return True  # "To see more tutorials and courses. Click here."
    return n <= 25 and bool(_PROMPT_VERBS.match(t)) and bool(_HERE.search(t))


#: Words a counter line is made of: "(6816 bình chọn, 9/10 điểm)", "6 người", "1.234 lượt xem".
COUNTER_LABELS: tuple[str, ...] = (
    "bình chọn", "lượt xem", "lượt đọc", "lượt thích", "người", "điểm", "ý kiến", "phản hồi", "bình luận",
    "đánh giá", "votes", "views", "likes", "comments", "ratings", "reviews", "points", "shares",
    "vote", "view", "like", "comment", "rating", "review", "share",
    "câu trả lời", "trả lời", "answers", "answer", "replies", "reply",
)  # fmt: skip
_COUNTER_WORDS = frozenset(w for label in COUNTER_LABELS for w in key(label).split())


#: Units of a recipe's times and yield, and the labels that name them.
_TIME_UNITS = frozenset(
    key(w)
    for w in (
        "min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "servings", "serves", "minuten",
        "stunde", "stunden", "std", "portionen", "phút", "giờ", "tiếng", "minutos", "horas", "porciones",
        "porções", "minuti", "ore", "porzioni",
    )
)  # fmt: skip
_RECIPE_FACT_WORDS = _TIME_UNITS | frozenset(
    w
    for label in (
        "prep", "prep time", "cook", "cook time", "total", "total time", "active time", "ready in", "yield",
        "makes", "zubereitungszeit", "arbeitszeit", "backzeit", "kochzeit", "ruhezeit", "wartezeit", "gesamtzeit",
        "thời gian chuẩn bị", "thời gian nấu", "tempo de preparo", "preparo", "tiempo", "tempo",
    )
    for w in key(label).split()
)  # fmt: skip


_SLIDE_COUNTER = re.compile(
    r"^\W*(?:image|photo|picture|slide|ảnh|hình|bild|foto)?\s*\d+\s*(?:of|/|trên|von|de|sur)\s*\d+\W*$", re.I
)


def is_counter(text: str) -> bool:
    """A rating or a count with its label only: ``"(6816 bình chọn, 9/10 điểm)"``, ``"6 người"``, ``"12 comments"``,
    ``"3 câu trả lời"``,
    or a slideshow's position: ``"Image 1 of 8"``, ``"Ảnh 2/5"``.

    ``is_counter("6 người bị thương") is False``.
    """
    if _SLIDE_COUNTER.match(text):
        return True
    words = key(text).split()
    if not words or len(words) > 8 or not any(w.isdigit() for w in words):
        return False
    if all(w.isdigit() or w in _COUNTER_WORDS for w in words):
        return True
    # a recipe's times and yield: "Prep 15 min", "Total 1 hr 50 min", "120 Minuten (+ 300 Minuten Wartezeit)"
    return all(w.isdigit() or w in _RECIPE_FACT_WORDS for w in words) and any(w in _TIME_UNITS for w in words)


_ARROW_START = re.compile(r"^\s*(>>|»|›|►|▸|→|⇒)\s*\S")


def is_related_link(text: str, linked: bool = False) -> bool:
    """A link to another article, printed with an arrow: ``">> Xả rác - sự hồn nhiên độc ác"``.

    ``linked``: the whole block is a link. A ``»`` that opens a quotation closed by ``«`` is not an arrow.
    """
    t = text.strip()
    if not _ARROW_START.match(t) or len(t.split()) > 25 or t.endswith("«"):
        return False
    return t.startswith(">>") or linked


_POINTER_LABELS = r"xem tiếp|xem thêm|đọc thêm|đọc tiếp|mời xem|tin liên quan|bài liên quan|read more|see also"
#: A pointer to another article glued after the last sentence of a paragraph (old CMSs nest it in the sapo):
#: ``>> Xem tiếp: …``, ``» Đọc thêm: …``, ``Xem thêm: …``, or a bare ``>> …``.
_RELATED_TAIL = re.compile(
    r"(?<=[.!?…\"”])\s+(?:>>\s*(?:(?:"
    + _POINTER_LABELS
    + r")\s*:?\s*)?|(?:»|→)\s*(?:"
    + _POINTER_LABELS
    + r")\s*:?\s*|(?:"
    + _POINTER_LABELS
    + r")\s*:\s*)(?P<tail>\S.*)$",
    re.IGNORECASE,
)


def strip_related_tail(text: str) -> str:
    """A paragraph without the related link glued after its last sentence.

    ``strip_related_tail("Lễ hội khai mạc hôm nay với nhiều hoạt động. >> Xem tiếp: Lễ hội năm ngoái")``
    → ``"Lễ hội khai mạc hôm nay với nhiều hoạt động."``; a sentence that only mentions reading more keeps
    its words: ``"Bạn đọc có thể xem thêm tại trang của Bộ."`` is unchanged.
    """
    m = _RELATED_TAIL.search(text)
    if m is None or len(m.group("tail").split()) > 25:
        return text
    head = text[: m.start()].rstrip()
    return head if len(head.split()) >= 8 else text


# --- captions -------------------------------------------------------------------------------------

_CREDIT_WORDS = (
    r"(?:image|photo|picture) credits?|ảnh|ảnh minh họa|ảnh minh hoạ|nguồn ảnh|photo|photos|credit|hình|foto|fotos|"
    r"bild|bilder"
)
_CAPTION_START = re.compile(
    r"^\(?\s*(" + _CREDIT_WORDS + r"|video|clip|image)\s*(\d+\s*)?([:(\-–)]|$)",
    re.IGNORECASE,
)
_CAPTION_END = re.compile(
    r"(\(|\.\s|\s[-–]\s|^)\s*(" + _CREDIT_WORDS + r")\s*:\s*[^!?:]{1,60}\)?\s*\.?$",
    re.IGNORECASE,
)


#: A wire photo's caption ends with its credit in brackets, an agency or none before the word photo and the
#: photographer after a slash: "… in Hue. (AP Photo/Jane Doe)", "(AP Photo/John Roe, File)", "(AP Photo)".
_WIRE_CREDIT_END = re.compile(
    r"\(\s*(?:[A-Z][\w&.'’\-]*\s+){0,3}(?:photo|foto|bild)s?\s*(?:/\s*[^()/]{1,60}(?:/[^()]{1,40})?)?\s*\)\s*\.?$",
    re.IGNORECASE,
)


#: A freely licensed picture's line ends in its credit: who took or uploaded it, then the licence or the archive
#: it came from ("Taken by T. Ong, Wikimedia Commons", "Urheber: … [CC-BY-2.0 (…)], via Wikimedia Commons").
_LICENSED_CREDIT_END = re.compile(
    r"\b(?:taken by|photo(?:graph)? by|foto von|urheber|uploaded by|author|autor)\b.{0,200}"
    r"(?:wikimedia commons|\bcc[- ]by(?:[- ](?:sa|nd|nc))*(?:[- ]\d\.\d)?\b|creativecommons\.org)[^.]{0,40}$",
    re.IGNORECASE,
)


#: A video set in the body ends its description with its date and running time: "… beschlossen. 18.04.2024 | 0:21 min".
_VIDEO_STAMP_END = re.compile(
    r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*\|\s*\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}:\d{2}(?::\d{2})?\s*(?:min\.?|phút))\s*$",
    re.IGNORECASE,
)


#: A Chinese caption ends in its photographer's credit, a name set apart before 摄 ("photographed"):
#: "…拍照留念。新华社记者 才扬 摄", "（记者 王晓 摄）".
_CJK_CREDIT_END = re.compile(r"(?:^|\s|[记記]者|[(（])[\u4e00-\u9fff·]{2,5}\s*[摄攝]\s*[)）]?$")


#: A line that only says who took the picture or the video: "Featured image by Jane Roe/The Guide.", "Photo courtesy
#: of the archive", "VIDEO COURTESY OF MONOTYPE" — a name (capitalised) or a source of a few words, nothing else.
_BY_CREDIT = re.compile(
    r"^\(?(?:(?:featured|cover|top|header|lead|main|hero)\s+)?(?:image|photo|picture|photograph|video)s?\s+"
    r"(?:by\s+(?=(?-i:[A-Z]))|courtesy\s+of\s+)(?:[^\s.!?:]+\.?\s*){1,7}\)?$",
    re.IGNORECASE,
)


def is_caption(text: str) -> bool:
    """A photo or video caption: ``"Ảnh: Minh Hoàng"``, ``"Đồng chí Bí thư phát biểu. Ảnh: T.H"``,
    ``"…拍照留念。新华社记者 才扬 摄"``.

    ``is_caption("Ảnh hưởng của bão số 5 rất lớn.") is False``.
    """
    t = text.strip()
    if _CAPTION_START.match(t) or _BY_CREDIT.match(t):
        return True
    ends = (_CAPTION_END, _CJK_CREDIT_END, _WIRE_CREDIT_END, _VIDEO_STAMP_END, _LICENSED_CREDIT_END)
    return len(t) < 500 and any(rx.search(t) for rx in ends)


def is_photo_credit(text: str) -> bool:
    """Only a credit, nothing to read: ``"Ảnh: Minh Hoàng"``, ``"Foto: sidm / DW"``, ``"(Ảnh: T.H)"``,
    ``"Featured image by Jane Roe/The Guide."``.

    ``is_photo_credit("Chợ hoa bên sông Hương. Ảnh: Minh Hoàng") is False``.
    """
    return bool(_BY_CREDIT.match(text.strip())) or not strip_photo_credit(text).strip(" .()")


def strip_photo_credit(text: str) -> str:
    """A caption read as story keeps its words, not its credit.

    ``strip_photo_credit("Chợ hoa bên sông Hương. Ảnh: Minh Hoàng")`` → ``"Chợ hoa bên sông Hương."``
    """
    m = _CAPTION_END.search(text)
    if not m:
        wire = _WIRE_CREDIT_END.search(text)  # "… in Hue. (AP Photo/Jane Doe)" → "… in Hue."
        return text[: wire.start()].rstrip() if wire else text
    kept = text[: m.start()].rstrip(" -–(")
    if m.group(1).startswith("."):
        kept += "."
    return kept


# --- metadata lines -------------------------------------------------------------------------------

_DATE_TOKENS = re.compile(
    r"""
    \d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}            # 10/10/2021, 2021-10-10
    | \d{1,2}\s*[:h]\s*\d{2}(\s*:\s*\d{2})?(\s*(sa|ch|am|pm|a\.m\.|p\.m\.))?  # 2:52:28 CH, 14h30
    | \b(gmt|utc)\s*[+\-]?\s*\d{0,2}
    | \b(thứ\s*(hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s*nhật|hôm\s*(qua|nay)|yesterday|today)\b
    | \b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b
    | \b(ngày|tháng|năm|lúc|giờ|cập\s*nhật|ngày\s*đăng|đăng\s*lúc|đăng\s*ngày)\b
    | \b(published|updated|posted|on|at|by|views?)\b
    | \b(?:reviewed|revised|modified|updated)\s+in\b
    | \b(aktualisiert|veröffentlicht|erschienen|am|um|uhr|mis\s+à\s+jour|publié|le|à|actualizado|publicado|el|
         atualizado|em|às)(?!\w)
    | \b(lượt\s*xem|lượt\s*đọc|lượt\s*truy\s*cập|đăng\s*bởi|bởi|người\s*đăng|cập\s*nhật\s*lúc)\b
    | \b(january|february|march|april|may|june|july|august|september|october|november|december)\b
    | \b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?
    | \b\d{1,4}\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


#: A note on when the post itself first came out: the post named, "first published" and a year.
_PUBLICATION_POST = re.compile(
    r"\b(?:beitrag|artikel|post|article|blog ?post|bài viết|bài này|cet article|este artículo|esta entrada)\b",
    re.IGNORECASE,
)
_PUBLICATION_FIRST = re.compile(
    r"\b(?:erstmals|zuerst|ursprünglich)\b.{0,30}\bveröffentlicht|\b(?:originally|first) (?:published|posted)\b|"
    r"\bpublié(?:e)? (?:initialement|pour la première fois)\b|\bpublicad[oa] originalmente\b|\bđăng lần đầu\b",
    re.IGNORECASE,
)
_PUBLICATION_NOTE_WORDS = 30


def is_publication_note(text: str) -> bool:
    """A note on when the post first came out: ``"Hinweis: Diesen Beitrag habe ich 2017 erstmals veröffentlicht und
    zuletzt 2020 aktualisiert."`` → True; ``"Cuốn tiểu thuyết được xuất bản lần đầu năm 1951 …"`` (a book, not the
    post) → False."""
    if len(text.split()) > _PUBLICATION_NOTE_WORDS or not re.search(r"\b(?:19|20)\d{2}\b", text):
        return False
    return bool(_PUBLICATION_POST.search(text) and _PUBLICATION_FIRST.search(text))


_EDIT_NOTE = re.compile(
    r"^\W*(?:(?:last\s+)?edited\s+by|(?:this\s+post\s+was\s+)?last\s+(?:modified|edited)\s*(?:on|at)?\s*:|"
    r"(?:sửa|chỉnh\s+sửa)\s+(?:lần\s+cuối\s+)?bởi|lần\s+sửa\s+cuối)",
    re.I,
)
#: The post's own date printed before its edit note: ``"2019-02-23, 09:14 PM (This post was last modified: …)"``.
_STAMP_BEFORE_NOTE = re.compile(r"^[\d\s/.,:\-]+(?:[AaPp]\.?[Mm]\.?)?\s*(?=\()")


def is_edit_note(text: str) -> bool:
    """A post's edit note: ``"Last edited by Herm; 12-28-05 at 10:28 PM."``, ``"Sửa lần cuối bởi minhtuan"``.

    ``is_edit_note("Edited by hand, the photos look better.") is False`` (no name and date: a sentence);
    ``is_edit_note("2019-02-23, 09:14 PM (This post was last modified: 2024-01-05, 03:27 AM by Ann.)") is True``.
    """
    t = _STAMP_BEFORE_NOTE.sub("", text.strip())
    if len(t.split()) > 15 or not _EDIT_NOTE.match(t):
        return False
    return ";" in t or bool(re.search(r"\d", t)) or len(t.split()) <= 5


_BYLINE_SEPARATOR = re.compile(r"\s+(?://|\||·|•)\s+")


#: A whole numeric date, a dash set between spaces, and what follows it: ``"11.12.2019 - Amelie Loevenich"``.
#: Only a whole date: "1989 – Der Fall der Mauer" is a heading.
_DATE_DASH_NAME = re.compile(r"\d{1,2}\s*[./]\s*\d{1,2}\s*[./]\s*(?:19|20)?\d{2}\s+[-–—]\s+(.+)")


def _names_only(text: str) -> bool:
    """A short run of capitalised words: ``"Dominik Ricker"``, ``"Minh Anh"``."""
    words = text.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


#: A date told as a time ago: ``"posted 19 years ago"``, ``"3 giờ trước"``, ``"Đăng 2 ngày trước"``, and in
#: Japanese, Chinese and Korean: ``"1 時間前"``, ``"3小时前"``, ``"2시간 전"``.
_RELATIVE_DATE = re.compile(
    r"^(?:(?:posted|published|updated|edited|đăng|cập\s+nhật)\s+)?(?:about\s+|khoảng\s+)?\d+\s+"
    r"(?:(?:second|minute|hour|day|week|month|year)s?\s+ago|(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)\s+trước)$"
    r"|^\d+\s*(?:秒|分|分钟|分鐘|時間|小时|小時|日|天|週間|周|か月|ヶ月|个月|個月|年)前$"
    r"|^\d+\s*(?:초|분|시간|일|주|개월|년)\s*전$",
    re.IGNORECASE,
)


#: A post's score and poster opening its stamp: ``"89 points by koconder on Dec 26, 2023"``.
_SCORE_BY = re.compile(r"^\d[\d,.]*\s+(?:points?|votes?|upvotes?|likes?)\s+by\s+\S+", re.IGNORECASE)
#: The stamp's action links and counts after it are each this short at most: "hide", "past", "137 comments".
_STAMP_PART_WORDS = 3
#: A stamp standing alone (no action links after it) has at most this many words.
_STAMP_WORDS = 8


def _post_stamp(text: str) -> bool:
    """A post's score, poster and date, then its action links: ``"89 points by ann on Dec 26, 2023 | hide | past |
    favorite | 137 comments"``. ``_post_stamp("10 points by the end of the first half put them ahead.") is False``."""
    parts = _BYLINE_SEPARATOR.split(text)
    if len(text) > 200 or not _SCORE_BY.match(parts[0]):
        return False
    if len(parts) == 1:
        return len(text.split()) <= _STAMP_WORDS and not _ends_sentence(text)
    return all(len(p.split()) <= _STAMP_PART_WORDS for p in parts[1:])


def is_date_line(text: str) -> bool:
    """A publication date/time line: ``"10/10/2021 2:52:28 CH"``, ``"Thứ hai, 02/11/2023, 19:20 (GMT+7)"``.

    ``is_date_line("Ngày 08/10/2021, Hội nghị đã nghe báo cáo kết quả 9 tháng.") is False``; a date with the
    author's name beside it is one too: ``is_date_line("21. Jan 2022 // Dominik Ricker") is True``, and so is
    a time ago: ``is_date_line("posted 19 years ago") is True``, and a post's stamp:
    ``is_date_line("89 points by ann on Dec 26, 2023 | hide | 137 comments") is True``.
    """
    t = text.strip()
    if _post_stamp(t):
        return True
    if len(t) > 80 or not re.search(r"\d", t):
        return False
    if _RELATIVE_DATE.match(t):
        return True
    dashed = _DATE_DASH_NAME.fullmatch(t)
    if dashed and _names_only(dashed.group(1)):  # "11.12.2019 - Amelie Loevenich"
        return True
    parts = _BYLINE_SEPARATOR.split(t)
    if len(parts) > 1:  # "21. Jan 2022 // Dominik Ricker", "Thứ hai, 02/11/2023 | Minh Anh"
        dated = [p for p in parts if is_date_line(p)]
        rest = [p for p in parts if not is_date_line(p)]
        return bool(dated) and all(_names_only(p) for p in rest)
    if not re.search(r"\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}|\d{1,2}\s*:\s*\d{2}|\b(19|20)\d{2}\b", t):
        return False
    rest = _DATE_TOKENS.sub(" ", t)
    return len(re.findall(r"\w+", rest)) <= 1


# --- block kinds ----------------------------------------------------------------------------------


def looks_like_heading(text: str) -> bool:
    """A short line in capitals with no closing full stop reads as a heading: ``"CHỨC NĂNG, NHIỆM VỤ"``."""
    if len(text) > 160 or text.rstrip().endswith((".", ";", ",")) or text == text.lower():
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


_BYLINE_LABEL = re.compile(
    r"^\W*(?:by|authors?|written by|reported by|tác giả|người viết|bài và ảnh|bài|thực hiện|người thực hiện|"
    r"người đăng|đăng bởi|viết bởi|biên tập|biên tập viên|người biên tập|phóng viên|nhóm phóng viên|nguồn|nguồn tin)"
    r"\s*:\s*\w",
    re.IGNORECASE,
)


#: A credit line that names the expert who checked the article: "Medically reviewed by Toni Golen, MD".
_REVIEW_CREDIT = re.compile(r"^\W*(?:medically |expert )?(?:reviewed|fact[- ]checked) by\s+[A-Z]", re.IGNORECASE)


def looks_like_byline(text: str) -> bool:
    """The closing line that names the authors after a label: ``"Tác giả: Nguyễn Văn An và Trần Thị Bình,
    cán bộ khuyến nông"``, ``"Authors: Julie Weisenhorn and Natalie Hoidal, Extension educators"``, or the
    expert who checked it: ``"Reviewed by Toni Golen, MD, Editor in Chief"``.

    ``looks_like_byline("Bài: học cách đo và cắt vải cho đúng kích thước trước khi may.") is False`` (a sentence).
    """
    t = text.strip()
    return len(t.split()) <= 20 and not _ends_sentence(t) and bool(_BYLINE_LABEL.match(t) or _REVIEW_CREDIT.match(t))


#: A byline run into the body's first line, with no label's colon: "By Ada Lind", "Von Claudia Berger und Jan
#: Ek", "Par Marie Dupont", "Por Ana Ruiz" — the capitalised preposition, then names (capitalised words, not
#: capitals throughout like an agency's "U.S. CUSTOMS") joined by "and".
_RUN_IN_BYLINE = re.compile(
    r"^\W*(?:By|BY|Von|Par|Por|Di|Door|Av|Przez)\s+(?:[A-ZÀ-Ý][a-zß-ÿ][\w\-'’]*)"
    r"(?:\s+(?:[A-ZÀ-Ý][a-zß-ÿ][\w\-'’]*|[A-Z]\.|und|and|et|y|e|en|och|i|&|von|van|de|del|der|da|di|,)){1,6}\s*$",
)


def looks_like_run_in_byline(text: str) -> bool:
    """The body's first line names the writer after "by" in the page's language, unlabelled:
    ``looks_like_run_in_byline("Von Claudia Berger") is True``; ``looks_like_run_in_byline("Von Berlin nach
    Wien fährt der Zug.") is False`` (a sentence); a single word after it is no name (``"By Design"``: False)."""
    t = text.strip().replace(" ,", ",")
    return len(t) <= 80 and _RUN_IN_BYLINE.match(t.replace(",", " ,")) is not None


_NAME_WORD = re.compile(r"^[\w.\-'’]+$")


#: Bars that part a credit's role from its name: "作者︱春春", "作者｜王小明", "文 | 李华".
_CREDIT_BARS = re.compile(r"[︱｜|]")
#: A reprint's note of the story's original headline: "原标题：…".
_REPRINT_NOTE = re.compile(r"^\W*(?:原标题|原標題|原题|原題)\s*[:：]")


def is_reprint_note(text: str) -> bool:
    """``is_reprint_note("原标题：他晚于阿姆斯特朗登月")`` → True: where the story was first printed, not the story."""
    return len(text) <= 120 and bool(_REPRINT_NOTE.match(text))


def looks_like_signature(text: str) -> bool:
    """The closing byline: a short name or agency, no sentence: ``"Văn phòng Thành ủy Huế"``, ``"Anh Minh"``,
    ``"(Theo TTXVN)"``, ``"Lê Phương - Thu Hà"``, ``"作者︱春春"``.

    ``looks_like_signature("Xem thêm:") is False``; ``looks_like_signature("Hội nghị kết thúc.") is False``.
    """
    t = text.strip().strip("()[]").strip()
    if not t or len(t) > 80 or t.endswith((":", "?", "!", ";", ",")):
        return False
    if _ends_sentence(t) and len(t.split()) > 3:
        return False
    words = _CREDIT_BARS.sub(" ", t.replace("-", " ").replace("–", " ").replace("/", " ")).split()
    if not 1 <= len(words) <= 8:
        return False
    if is_ui_string(t) or is_end_marker(t) or is_date_line(t):
        return False
    return all(_NAME_WORD.match(w.strip(".,()")) or not w.strip(".,()") for w in words)


#: Class words of text kept for screen readers only (Bootstrap, WordPress, Drupal, GOV.UK spellings).
_SCREEN_READER_ONLY = re.compile(
    r"(?:^|\s)(sr-only|screen-reader-text|screenreader|visually-hidden|visuallyhidden|element-invisible|"
    r"govuk-visually-hidden|a11y-hidden|u-visually-hidden)(?:$|\s)",
    re.IGNORECASE,
)


def screen_reader_label(class_names: str, text: str) -> bool:
    """A field label kept for screen readers only, ending in a colon: ``("visuallyhidden", "Headline:")`` → True.
    Its words name the part of the page, they are no part of it; a bare ":" between kicker and headline is not one.
    """
    words = clean_text(text).split()
    return (
        bool(_SCREEN_READER_ONLY.search(class_names))
        and 1 <= len(words) <= 3
        and words[-1].endswith(":")
        and any(c.isalnum() for c in words[0])
    )


#: Class words of a screen-reader-only label, also as the last word of a prefixed name (``u-srOnly``, ``js-sr-only``).
_SCREEN_READER_NAME = re.compile(
    r"(?:^|[\s_\-])(sr-?only|screen-?reader(?:-?text)?|visually-?hidden|element-invisible|a11y-hidden)(?:$|\s)",
    re.IGNORECASE,
)
#: A field whose value is its screen-reader label's only company is this short.
_LABELLED_FIELD_MAX_WORDS = 6


def screen_reader_field(class_names: str, text: str, field_text: str) -> bool:
    """A post-header field named only for screen readers: the label ``text`` is a byline/forum label (``"Thread
    starter"``, ``"Start date"``) and the item holding it (``field_text``) adds a short value, a name or a date.

    ``screen_reader_field("u-srOnly", "Thread starter", "Thread starter tomas@example.com")`` → True;
    ``screen_reader_field("sr-only", "Step", "Step Cut the onions into thin rings …")`` → False.
    """
    k = key(text)
    return (
        bool(_SCREEN_READER_NAME.search(class_names))
        and k in _UI_KEYS
        and len(clean_text(field_text).split()) - len(k.split()) <= _LABELLED_FIELD_MAX_WORDS
    )


#: What a link's icon says for screen readers: "Opens a new window", "(opens in a new tab)".
_NEW_WINDOW_NOTICE = re.compile(
    r"^\(?\s*(?:link\s+)?opens?\s+(?:in\s+)?(?:a\s+)?new\s+(?:browser\s+)?(?:window|tab)\s*\)?\.?$", re.IGNORECASE
)


def new_window_notice(text: str) -> bool:
    """``new_window_notice("Opens a new window")`` → True: a link's note, no word of the sentence it sits in."""
    return bool(_NEW_WINDOW_NOTICE.match(clean_text(text)))
