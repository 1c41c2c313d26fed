"""Layouts that leaked or read poorly in round 34 (``pages_round34``): what a listener hears.

Small synthetic pages modelled on the layouts, by kind — never on one site: a story whose header box holds the
author's photo, the byline, the date and the author's short biography in a box named like a sapo
("with-excerpt"), read out as the story's lead; an information page whose body is split over sibling boxes with
table boxes between them, of which the engine kept one box.
"""

from __future__ import annotations

from tts_service.extract import extract_article

_STORY = [
    "Every morning I open the same set of programs before I can start any real work at my desk.",
    "So I wrote one small script that opens them in the right order and waits before opening the mail.",
    "The script opens the calendar first, then the notes, then a single browser window with my work profile.",
    "After ten minutes it opens the mail and the chat program, once I have decided what to work on today.",
    "It took an afternoon to write, and it has saved me a quarter of an hour on every working day since.",
]

_BIO = (
    "Maya is an experienced journalist who has been covering computers for the past six years. When she is not "
    "writing, you will probably find her at the cinema or scrolling through Twitter from her sofa."
)


def _page(header_text: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    return (
        "<html><head><title>I automated my whole morning with one script</title></head><body>"
        "<article><header><h1>I automated my whole morning with one script</h1></header>"
        "<div class='header-comp'><div class='header-data'>"
        "<div class='author-img'><a href='/author/maya-lind/'><img src='/a/maya.jpg' alt=''></a></div>"
        "<div class='meta'><div class='w-author'><span>By </span>"
        "<a class='article-author' href='/author/maya-lind/'>Maya Lind</a></div>"
        "<div class='article-date'><time datetime='2025-12-20'>Published 6 hours ago</time></div></div>"
        f"<div class='with-excerpt'>{header_text}</div></div></div>"
        f"<div class='content-block'>{story}</div></article></body></html>"
    )


def test_the_authors_biography_next_to_the_byline_is_not_read_as_the_lead() -> None:
    text = extract_article(_page(_BIO)).text
    assert all(p in text for p in _STORY)
    assert "experienced journalist" not in text and "Twitter" not in text


def test_a_sapo_next_to_the_byline_is_still_read_as_the_lead() -> None:
    sapo = "A small script now opens my programs in the right order, and my mornings have become calmer for it."
    text = extract_article(_page(sapo)).text
    assert text.index(sapo) < text.index(_STORY[0])


def test_a_header_box_opening_with_the_byline_keeps_its_headline_and_sapo() -> None:
    sapo = "A small script now opens my programs in the right order, and my mornings have become calmer for it."
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    html = (
        "<html><head><title>I automated my whole morning with one script</title></head><body><article>"
        "<div class='article-lede-background'><a href='/author/maya-lind/'>Maya Lind</a>"
        "<h1>I automated my whole morning with one script</h1>"
        f"<div class='dek'>{sapo}</div></div><div class='body'>{story}</div></article></body></html>"
    )
    text = extract_article(html).text
    assert text.startswith("I automated my whole morning with one script")
    assert text.index(sapo) < text.index(_STORY[0])


# An information page whose body is a row of full-width boxes of one kind, each holding a part of the text, with
# boxes of another kind between them that hold a small table (a "show table" button over it), under a header
# section whose lead sits in another row than the headline. The engine's own candidate is the short lead box, so
# it falls back to scoring boxes one by one and keeps the longest text box alone: the parts before that box, the
# tables and the parts after it were lost, and the lead in the header's other row too.
_INTRO = (
    "Wie viel Sauerstoff braucht ein Teich, und wie kommt er hinein? Gerade im Sommer fragen sich viele Besitzer "
    "eines Gartenteichs, warum ihre Fische plötzlich an der Oberfläche stehen. Wir geben Ihnen einen Überblick "
    "über die Ursachen, die wichtigsten Messwerte und die einfachen Mittel, mit denen Sie gegensteuern können."
)
_BEFORE = [
    "Ein Gartenteich ist mehr als ein Becken voll Wasser: Er lebt von dem, was im Wasser gelöst ist.",
]
_PARTS = [
    "Kaltes Wasser nimmt mehr Sauerstoff auf als warmes, und genau davon leben die Fische in unserem Teich.",
    "Im Sommer sinkt der Sauerstoff deshalb oft gefährlich ab, vor allem in den frühen Morgenstunden, wenn die "
    "Pflanzen die ganze Nacht über selbst Sauerstoff verbraucht haben und noch keine Sonne auf das Wasser fällt.",
    "Ein Springbrunnen oder ein kleiner Bachlauf bringt dann frischen Sauerstoff ins Wasser, und schon nach "
    "wenigen Tagen sieht man die Fische wieder ruhig am Grund stehen statt an der Oberfläche nach Luft zu schnappen.",
    "Auch die Zahl der Fische spielt eine Rolle: Wer zu viele hält, verbraucht mehr Sauerstoff, als der Teich "
    "selbst an heißen Tagen nachliefern kann, und muss dann mit Verlusten rechnen.",
    "Messen lässt sich der Sauerstoff mit einem einfachen Tropftest aus dem Zoohandel, am besten früh am Morgen, "
    "wenn der Wert am tiefsten ist, und noch einmal am späten Nachmittag, wenn die Pflanzen den ganzen Tag lang "
    "Sauerstoff gebildet haben.",
    "Liegt der Wert am Morgen unter fünf Milligramm pro Liter, sollte man handeln, bevor die Fische Schaden nehmen.",
    "In anderen Eigenschaften unterscheiden sich die beiden Teicharten deutlich voneinander:",
]
_AFTER = [
    "Dennoch lassen sich beide Teicharten miteinander verbinden, wenn ein Bachlauf das Wasser bewegt.",
    "Eine kleine Pumpe reicht dafür aus, und sie braucht im Jahr kaum mehr Strom als eine Lampe im Flur.",
]


def _text_box(paragraphs: list[str], heading: str = "") -> str:
    inner = (f"<h2>{heading}</h2>" if heading else "") + "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<div class='container-fluid text-block'><div class='container topic'><div class='row'><div class='col-md-12'>"
        f"</div></div><div class='row'><div class='col-md-8 offset-md-1'>{inner}</div></div></div></div>"
    )


def _table_box(head: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    def row(cells: tuple[str, ...], tag: str) -> str:
        return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"

    thead = f"<thead>{row(head, 'th')}</thead>" if head else ""
    return (
        "<div class='container-fluid table-block'><div class='container'><div class='row'><div class='col-md-10'>"
        "<button class='show-table'>Tabelle <span>anzeigen</span></button><div class='scroll'><table>"
        f"{thead}<tbody>{''.join(row(r, 'td') for r in rows)}</tbody></table></div></div></div></div></div>"
    )


def _pond_page() -> str:
    rows = [("Tiefe", "2,0 m", "1,2 m"), ("Temperatur", "18 °C", "22 °C"), ("Sauerstoff", "9 mg/l", "6 mg/l")]
    return (
        "<html><head><title>Sauerstoff im Gartenteich</title></head><body><nav><a href='/'>Start</a></nav>"
        "<section class='post-head'><div class='hero'><div class='title'><h1>Sauerstoff im Gartenteich</h1></div></div>"
        "<div class='row'><div class='col'><div class='date'><time>24. Oktober 2022</time></div>"
        f"<div class='post-text h3'><p>{_INTRO}</p></div></div></div></section>"
        f"{_text_box(_BEFORE, 'Was ein Teich braucht')}{_table_box((), [('Formel', 'O₂'), ('Löslichkeit', '9 mg/l')])}"
        f"{_text_box(_PARTS)}{_table_box(('', 'Schwimmteich', 'Fischteich'), rows)}"
        f"{_text_box(_AFTER, 'Beide verbinden')}"
        "<div class='container my-5'><div>Verwandte Themen</div><a href='/t/teich'>Teich</a> "
        "<a href='/t/fisch'>Fisch</a></div><footer><p>© Teichverein. Impressum</p></footer></body></html>"
    )


def test_a_body_split_over_boxes_with_table_boxes_between_is_read_whole_in_order() -> None:
    text = extract_article(_pond_page()).text
    order = [
        _INTRO,
        _BEFORE[0],
        "Formel O₂",
        _PARTS[0],
        _PARTS[-1],
        "Tiefe 2,0 m 1,2 m",
        "Sauerstoff 9 mg/l 6 mg/l",
        _AFTER[-1],
    ]
    assert all(p in text for p in order), text
    assert [text.index(p) for p in order] == sorted(text.index(p) for p in order)
    assert "Verwandte Themen" not in text and "Impressum" not in text


# A catalogue page whose body is one long table of records: a first row of column names set in plain cells, then
# one row per item with seven cells (number, owner, first name, a description of the motif that may run to a long
# sentence, technique, size, year). Each row is one item and is heard as one line, however long its description.
_COLUMNS = ("", "Eigner", "Vorname", "Motiv", "Technik", "Maße HxB", "Jahr")
_RECORDS = [
    (
        "1",
        "BERGMANN",
        "Robert",
        "Mann mit Axt einen Baum fällend; Rem.: Käfer, Falke, Fliege und Fische",
        "C3+C5",
        "155 x 96",
        "1911",
    ),
    ("1A", "BERGMANN", "Robert", "Motivgleich mit Nr. 1 / jedoch ohne Rem.", "C3+C5", "119 x 102", "1911"),
    (
        "2",
        "BERGMANN",
        "Sigrid",
        "Schlanke Hände greifen in die Saiten einer großen Harfe, im Hintergrund Wellen",
        "C3",
        "108 x 95",
        "1909",
    ),
    (
        "3",
        "CARLSEN",
        "Anna",
        "Ein Reiter mit einem Banner reicht im Vorbeireiten einer stehenden Figur ein Tuch",
        "C3+C5",
        "98 x 78",
        "1909",
    ),
    (
        "4",
        "CARLSEN",
        "Minna",
        "Lehnstuhl vor Arbeitstisch mit Büchern, Blumenvase, Geige und Schreibzeug",
        "C3",
        "213 x 172",
        "1913",
    ),
    ("4A", "CARLSEN", "Minna", "Motivgleich mit Nr. 4 / jedoch ohne Rem.", "C3", "", "1913"),
]


def _catalogue_page() -> str:
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in [_COLUMNS, *_RECORDS])
    return (
        "<html><head><title>Stella, Guido</title></head><body><nav><a href='/'>Start</a></nav><article>"
        "<h1>Stella, Guido</h1><div class='text-editor'>Werkliste Guido Stella"
        f"<table><tbody>{rows}</tbody></table></div></article><footer><p>© Gesellschaft</p></footer></body></html>"
    )


def test_each_record_of_a_catalogue_table_is_read_as_one_line() -> None:
    text = extract_article(_catalogue_page()).text
    for record in _RECORDS:
        assert " ".join(c for c in record if c) in text.splitlines(), record


def test_a_vietnamese_sapo_opening_with_a_name_that_shares_the_writers_surname_is_read() -> None:
    """Few surnames: the sapo's "Nguyễn Văn B, kỹ sư …" beside a byline "Nguyễn Thị Lan" is the story's lead, not
    the writer's biography (a reviewer's page)."""
    sapo = (
        "Nguyễn Văn B, kỹ sư trẻ tại Hà Nội, vừa được trao giải thưởng sáng tạo quốc gia nhờ phát minh máy lọc "
        "nước giá rẻ cho vùng lũ."
    )
    body = [
        "Sáng 12/5, tại Hà Nội, lễ trao giải thưởng sáng tạo quốc gia đã diễn ra với sự tham dự của nhiều nhà "
        "khoa học và lãnh đạo các bộ ngành liên quan.",
        "Anh B cho biết chiếc máy được thiết kế trong ba năm, sử dụng vật liệu sẵn có ở địa phương để giảm giá "
        "thành xuống dưới một triệu đồng mỗi chiếc.",
        "Theo hội đồng giám khảo, sản phẩm có tính ứng dụng cao và có thể triển khai ngay tại các tỉnh miền Trung "
        "thường xuyên chịu ảnh hưởng của lũ lụt.",
    ]
    html = (
        "<html><body><div class='header-detail'><h1>Ông Nguyễn Văn B nhận giải thưởng lớn</h1>"
        "<div class='meta'><div class='author'><a href='/tac-gia/nguyen-thi-lan'>Nguyễn Thị Lan</a> "
        f"<span>12/05/2024</span></div><div class='sapo'>{sapo}</div></div></div>"
        "<div class='content'>" + "".join(f"<p>{p}</p>" for p in body) + "</div></body></html>"
    )
    text = extract_article(html).text
    assert sapo in text
    assert text.index(sapo) < text.index(body[0])


def test_a_box_of_the_bodys_kind_before_it_with_no_table_between_is_not_read_as_an_earlier_part() -> None:
    # A newsletter box set in the same kind of box as the body, right before it: no table sits between them, so
    # nothing shows it is a part of the text the page split around a table; the listener hears the body alone.
    promo = (
        "Jeden Freitag schicken wir Ihnen die wichtigsten Tipps rund um Garten und Teich kostenlos in Ihr Postfach, "
        "damit Sie keine Neuigkeit aus unserem Verein mehr verpassen."
    )
    html = (
        "<html><head><title>Sauerstoff im Gartenteich</title></head><body><nav><a href='/'>Start</a></nav>"
        "<section class='post-head'><div class='hero'><div class='title'><h1>Sauerstoff im Gartenteich</h1></div>"
        "</div><div class='row'><div class='col'><div class='date'><time>24. Oktober 2022</time></div>"
        f"<div class='post-text h3'><p>{_INTRO}</p></div></div></div></section>"
        f"{_text_box([promo], 'Unser Newsletter')}{_text_box(_PARTS)}{_text_box(_AFTER, 'Beide verbinden')}"
        "<footer><p>© Teichverein. Impressum</p></footer></body></html>"
    )
    text = extract_article(html).text
    assert _PARTS[0] in text and _AFTER[-1] in text
    assert "Postfach" not in text and "Unser Newsletter" not in text


# A government plan's table of tasks: number, a task written as a long clause, the office in charge, the deadline.
# Read cell by cell, the numbers and the deadlines that are only a year ("Năm 2025") are left out as stray
# numbers and dates; read as a table of records, each task is heard with its office and its deadline, in order.
_TASKS = [
    (
        "1",
        "Rà soát, hoàn thiện hệ thống văn bản về chuyển đổi số trong lĩnh vực y tế, bảo đảm đồng bộ với các quy "
        "định của Trung ương và phù hợp với điều kiện thực tế của tỉnh",
        "Sở Y tế",
        "Năm 2025",
    ),
    (
        "2",
        "Xây dựng và đưa vào vận hành kho dữ liệu dùng chung của tỉnh, kết nối với cơ sở dữ liệu quốc gia về dân "
        "cư để phục vụ giải quyết thủ tục hành chính cho người dân và doanh nghiệp",
        "Sở Thông tin và Truyền thông",
        "Quý III năm 2025",
    ),
    (
        "3",
        "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã, ưu tiên các xã vùng sâu, vùng xa và các xã có "
        "đông đồng bào dân tộc thiểu số sinh sống",
        "Sở Nội vụ",
        "Hằng năm",
    ),
    (
        "4",
        "Triển khai thanh toán không dùng tiền mặt tại các bệnh viện, trường học và chợ truyền thống trên địa bàn "
        "tỉnh, gắn với tuyên truyền lợi ích của thanh toán số cho người dân",
        "Ngân hàng Nhà nước chi nhánh tỉnh",
        "Năm 2025 - 2026",
    ),
    (
        "5",
        "Kiểm tra, đánh giá kết quả thực hiện kế hoạch, tổng hợp khó khăn, vướng mắc và đề xuất Ủy ban nhân dân "
        "tỉnh xem xét, giải quyết kịp thời theo thẩm quyền",
        "Sở Kế hoạch và Đầu tư",
        "Tháng 12 hằng năm",
    ),
]


def test_a_plans_table_of_long_tasks_reads_each_task_with_its_office_and_deadline() -> None:
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in _TASKS)
    html = (
        "<html><head><title>Kế hoạch chuyển đổi số năm 2025</title></head><body><div class='content'>"
        "<h1>Kế hoạch chuyển đổi số năm 2025</h1><p>Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện chuyển đổi số "
        "năm 2025 với các nhiệm vụ trọng tâm sau đây, giao cho các sở, ngành chủ trì thực hiện.</p>"
        "<table><tr><th>STT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Thời gian</th></tr>"
        f"{rows}</table><p>Các cơ quan, đơn vị được giao nhiệm vụ có trách nhiệm báo cáo kết quả thực hiện về Sở "
        "Thông tin và Truyền thông trước ngày 15 tháng 12 hằng năm.</p></div></body></html>"
    )
    blocks = [b.text for b in extract_article(html).blocks]
    for row in _TASKS:
        assert " ".join(row) in blocks, row  # the task, its office and its deadline, none left out
    assert [blocks.index(" ".join(r)) for r in _TASKS] == sorted(blocks.index(" ".join(r)) for r in _TASKS)
