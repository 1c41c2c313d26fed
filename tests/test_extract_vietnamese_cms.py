"""Vietnamese portal and news layouts: what a listener hears from each kind of CMS page.

Small synthetic pages modelled on the common software of Vietnamese provinces and newspapers — a SharePoint
portal, a Liferay (VNPT-style) portal, a print view, WordPress, Joomla and a news site with a related box inside
the body and teaser ``<article>`` cards under it. Each must read its title, sapo, body and signature whole, in
order, and none of its toolbars, tags, share bars, rating, related lists, captions or buttons.
"""

from __future__ import annotations

import pytest

from tts_service.extract import extract_article
from tts_service.extract.heuristics import key

BODY = [
    "Sáng 12/3, Ủy ban nhân dân tỉnh tổ chức hội nghị sơ kết công tác cải cách hành chính quý I năm"
    " 2024 với sự tham dự của lãnh đạo các sở, ban, ngành.",
    "Theo báo cáo, trong quý I toàn tỉnh đã tiếp nhận hơn 45.000 hồ sơ thủ tục hành chính, trong đó"
    " 98,5% hồ sơ được giải quyết đúng hạn và trước hạn.",
    "Phát biểu chỉ đạo tại hội nghị, Phó Chủ tịch UBND tỉnh yêu cầu các đơn vị tiếp tục đẩy mạnh"
    " chuyển đổi số, nâng cao chất lượng phục vụ người dân và doanh nghiệp.",
    "Đồng thời, các địa phương cần kiểm tra, rà soát việc niêm yết công khai thủ tục hành chính tại"
    " bộ phận một cửa, xử lý nghiêm cán bộ gây nhũng nhiễu.",
]
SAPO = (
    "Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước trong quý I tăng 3,2 điểm"
    " so với cùng kỳ năm trước."
)
TITLE = "Sơ kết công tác cải cách hành chính quý I năm 2024"
SIDEBAR = """<div class="sidebar"><div class="box"><h3>Tin mới nhất</h3><ul>
<li><a href="/a">Khai mạc Hội chợ thương mại tỉnh năm 2024 tại Quảng trường trung tâm</a></li>
<li><a href="/b">Triển khai kế hoạch phòng chống thiên tai và tìm kiếm cứu nạn năm 2024</a></li>
<li><a href="/c">Hội nghị tổng kết công tác dân vận năm 2023 của khối cơ quan tỉnh</a></li></ul></div>
<div class="box"><h3>Liên kết website</h3><select><option>Chọn liên kết</option><option>Chính phủ</option>
</select></div>
<div class="box"><h3>Thống kê truy cập</h3><p>Đang truy cập: 125</p><p>Tổng lượt truy cập: 12.345.678</p></div>
</div>"""
NAV = """<div id="header"><div class="logo"><a href="/"><img src="logo.png" alt="Cổng thông tin điện tử tỉnh">
</a></div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gt">Giới thiệu</a></li><li>
<a href="/tt">Tin tức - Sự kiện</a></li>
<li><a href="/vb">Văn bản</a></li><li><a href="/dv">Dịch vụ công</a></li><li><a href="/lh">Liên hệ</a></li>
</ul></div>"""
FOOTER = """<div id="footer"><p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH</p>
<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh. Địa chỉ: Số 1 đường Trần Hưng Đạo, thành phố.</p>
<p>Điện thoại: 0234.3822.123 - Email: banbientap@tinh.gov.vn</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử tỉnh" khi phát hành lại thông tin từ website này.</p></div>"""


def ps(xs: list[str]) -> str:
    return "".join(f"<p>{x}</p>" for x in xs)


def page(main: str, title: str = TITLE) -> str:
    """A full portal page: banner and menu, the article column, a sidebar and the footer."""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{title} - Cổng thông tin điện tử tỉnh</title></head><body>{NAV}<div class="container">
<div class="main-col">{main}</div>{SIDEBAR}</div>{FOOTER}</body></html>"""


CASES: dict[str, str] = {}
# 1. SharePoint province portal
CASES["sharepoint"] = page(f"""
<div id="ctl00_PlaceHolderMain_ctl00"><div class="breadcrumb">
<a href="/">Trang chủ</a> &gt; <a href="/tt">Tin tức</a> &gt; <a href="/tt/cchc">Cải cách hành chính</a></div>
<table width="100%"><tr><td class="ms-vb"><span class="date">Thứ ba, 12/03/2024 15:30</span></td>
<td align="right"><a href="#">Xem cỡ chữ</a> <a href="#">A</a> <a href="#">A</a> <a href="#">A</a> |
<a href="javascript:window.print()">In bài</a> | <a href="mailto:">Gửi email</a></td></tr></table>
<div class="ArticleTitle"><h2>{TITLE}</h2></div>
<div class="ArticleSummary"><strong>{SAPO}</strong></div>
<div class="ms-rtestate-field">{ps(BODY[:2])}<p style="text-align:center"><img src="a.jpg"></p>
<p style="text-align:center">
<em>Quang cảnh hội nghị sơ kết công tác cải cách hành chính</em></p>{ps(BODY[2:])}
<p style="text-align:right"><strong>Nguyễn Văn Hùng</strong></p></div>
<div class="rating">Đánh giá bài viết: <span>Rất tốt</span> <span>Tốt</span>
<span>Bình thường</span> (0 lượt đánh giá)</div>
<div>Lượt xem: 1.234</div>
<div class="othernews"><h3>Các tin khác</h3><ul><li>
<a href="/x">Hội nghị giao ban công tác tuyên giáo quý I</a> (10/03/2024)</li>
<li><a href="/y">Tập huấn nghiệp vụ văn thư lưu trữ cho cán bộ cấp xã</a> (08/03/2024)</li><li>
<a href="/z">Thông báo tuyển dụng công chức năm 2024</a> (05/03/2024)</li></ul></div>
<a href="javascript:history.back()">Quay lại</a> <a href="#top">Về đầu trang</a></div>""")

# 2. VNPT/Liferay portal
CASES["liferay"] = page(f"""
<div class="portlet-body"><div class="journal-content-article">
<div class="news-detail"><div class="title-news"><h1>{TITLE}</h1></div>
<div class="tool-bar"><span>Ngày đăng: 12/03/2024 | 15:30</span> <span>Lượt xem: 321</span>
<span class="font-size">Cỡ chữ: <a>A-</a> <a>A</a> <a>A+</a>
</span> <a class="print">In trang</a> <a>Đọc bài viết</a></div>
<div class="audio-player"><span>Nghe đọc bài viết</span><audio controls src="x.mp3"></audio><span>00:00</span></div>
<div class="sapo">{SAPO}</div><div class="news-content">{ps(BODY)}<p style="text-align:right">
<b>Minh Anh - Sở Nội vụ</b></p></div>
<div class="taglib-asset-tags-summary"><span>Từ khóa: </span><a>cải cách hành chính</a><a>chỉ số hài lòng</a></div>
<div class="share"><span>Chia sẻ:</span><a>Facebook</a><a>Zalo</a><a>Twitter</a></div>
<div class="tin-cung-chuyen-muc"><div class="title">Tin cùng chuyên mục</div><ul>
<li><a href="/1">Tỉnh phát động phong trào thi đua yêu nước năm 2024</a><span>(11/03/2024)</span></li>
<li><a href="/2">Hội nghị triển khai nhiệm vụ công tác nội vụ năm 2024</a><span>(09/03/2024)</span></li></ul></div>
</div></div></div>""")

# 3. print view
CASES["print"] = f"""<html><head><title>{TITLE}</title></head><body onload="window.print()">
<div class="print-header"><img src="logo.png"><b>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NAM</b></div><hr>
<div class="print-title">{TITLE}</div><div class="print-date">12/03/2024</div>
<div class="print-sapo">{SAPO}</div><div class="print-body">{ps(BODY)}<p align="right">Thanh Hà</p></div><hr>
<div class="print-footer">Địa chỉ bài viết: https://quangnam.gov.vn/tin-tuc/so-ket-cai-cach-hanh-chinh.html<br>
Bản quyền thuộc Cổng thông tin điện tử tỉnh Quảng Nam</div>
<a href="javascript:window.print()">In trang</a> <a href="javascript:window.close()">Đóng cửa sổ</a></body></html>"""

# 4. WordPress news
CASES["wordpress"] = page(f"""
<article class="post type-post"><header class="entry-header"><div class="cat-links"><a>Thời sự</a></div>
<h1 class="entry-title">{TITLE}</h1><div class="entry-meta">
<span class="posted-on">12/03/2024</span> <span class="byline">Đăng bởi <a>admin</a></span></div></header>
<div class="entry-content"><p><strong>{SAPO}</strong></p>{ps(BODY[:2])}
<figure class="wp-block-image"><img src="a.jpg">
<figcaption>Lãnh đạo tỉnh phát biểu tại hội nghị. Ảnh: Văn Tý</figcaption></figure>
{ps(BODY[2:])}<p><strong>Theo Báo Quảng Nam</strong></p>
<div class="sharedaddy"><h3>Chia sẻ:</h3><ul><li><a>Facebook</a></li><li><a>Twitter</a></li></ul></div>
<div class="jp-relatedposts"><h3>Bài viết liên quan</h3><p><a>Hội nghị tổng kết năm 2023</a></p></div></div>
<footer class="entry-footer"><span class="tags-links">Thẻ: <a>cải cách</a>, <a>hành chính</a></span></footer>
</article>
<nav class="post-navigation"><div class="nav-previous">
<a>Bài trước: Tỉnh tổ chức lễ ra quân huấn luyện năm 2024</a></div></nav>
<div id="comments"><h3>Để lại một bình luận</h3><form><textarea></textarea>
<p>Email của bạn sẽ không được hiển thị công khai.</p><input type=submit value="Phản hồi"></form></div>""")

# 5. Joomla
CASES["joomla"] = page(f"""
<div class="item-page"><div class="page-header"><h2 itemprop="headline">{TITLE}</h2></div>
<dl class="article-info"><dt class="article-info-term">Chi tiết</dt><dd class="createdby">Viết bởi Quản trị viên</dd>
<dd class="category-name">Danh mục: <a>Tin tức</a></dd><dd class="published">Được đăng: 12 Tháng 3 2024</dd>
<dd class="hits">Lượt xem: 345</dd></dl>
<div class="btn-group pull-right"><a class="btn">In</a><a class="btn">Email</a></div>
<div itemprop="articleBody"><p><em>{SAPO}</em></p>{ps(BODY)}<p style="text-align: right;">
<strong>Phòng Văn hóa - Thông tin</strong></p></div>
<ul class="pager pagenav"><li class="previous"><a>&lt; Trước</a></li><li class="next"><a>Tiếp theo &gt;</a>
</li></ul></div>
<div class="moduletable"><h3>Tin cùng chuyên mục</h3><ul class="relateditems"><li>
<a>Thông báo lịch tiếp công dân tháng 3 năm 2024</a></li><li>
<a>Kế hoạch tổ chức ngày hội đại đoàn kết toàn dân tộc</a></li></ul></div>""")

# 6. News site (dantri-like) with "Tin liên quan" inside body, table caption, author and source
CASES["news"] = page(f"""
<div class="article"><ul class="breadcrumbs"><li><a>Xã hội</a></li><li><a>Chính trị</a></li></ul>
<h1 class="title-detail">{TITLE}</h1><div class="author-time">Thứ ba, 12/03/2024 - 15:30</div>
<div class="social"><a>Chia sẻ</a><a>Lưu</a><a>Bình luận 12</a></div>
<h2 class="sapo">{SAPO}</h2>
<div class="content-detail">{ps(BODY[:1])}
<div class="relate-news"><b>Tin liên quan</b><ul><li><a>Đề xuất tăng lương cơ sở từ 1/7</a></li><li>
<a>Sắp xếp đơn vị hành chính cấp xã giai đoạn mới</a></li></ul></div>
{ps(BODY[1:3])}
<table class="tplCaption" align="center"><tr><td><img src="b.jpg"></td></tr><tr><td>
<p class="Image">Người dân làm thủ tục tại Trung tâm phục vụ hành chính công tỉnh (Ảnh: Minh Quang).</p></td>
</tr></table>
{ps(BODY[3:])}<p class="author"><strong>Hoài Thu</strong></p><p class="source">Theo Vietnamplus</p></div>
<div class="tags"><h4>Tags:</h4><a>cải cách hành chính</a><a>dịch vụ công</a></div>
<div class="box-comment"><h3>Ý kiến bạn đọc (3)</h3><p>Hãy là người đầu tiên bình luận</p></div>
<div class="readmore"><h3>Tin cùng chuyên mục</h3><article><h3>
<a>Kiến nghị sửa đổi Luật Đất đai sau một năm thi hành</a></h3>
<p>Nhiều đại biểu cho rằng cần sớm có hướng dẫn chi tiết để tháo gỡ vướng mắc trong thực tiễn.</p></article>
<article><h3><a>Quốc hội sẽ xem xét dự án luật về thủ đô trong kỳ họp tới</a></h3>
<p>Dự án luật được Chính phủ trình lần thứ hai sau khi tiếp thu ý kiến đại biểu.</p></article></div></div>""")

# 7. An older CMS: a related-links table floated in the body, an author code and a source line closing it
CASES["floated_related_table"] = page(
    f"""<div class="detail"><h1>{TITLE}</h1><p class="sapo"><b>{SAPO}</b></p>
<div class="content">{ps(BODY[:2])}<table align="right" width="250" class="related"><tr><td><b>Tin liên quan:</b>
</td></tr><tr><td><a href="/q">- Hướng dẫn thủ tục cấp đổi giấy phép lái xe trực tuyến</a></td></tr>
<tr><td><a href="/w">- Công bố chỉ số PAR Index năm 2023</a></td></tr></table>
{ps(BODY[2:])}<p align="right"><b>PV</b></p><p><i>Nguồn: baochinhphu.vn</i></p></div></div>"""
)

# 8. Word-pasted body: the caption shares a paragraph with its picture, a credit line under another one
CASES["caption_beside_picture"] = page(
    f"""<article><h1>{TITLE}</h1><div class="sapo">{SAPO}</div><div class="body">{ps(BODY[:2])}
<p style="text-align:center"><img src="x.jpg"><br><em>Các đại biểu tham quan mô hình một cửa điện tử.</em></p>
<p class="MsoNormal"><img src="y.jpg"><br>Ảnh: Nguyễn Hưng</p>{ps(BODY[2:])}
<p style="text-align:right"><strong>Lê Hoa - Trung tâm Truyền thông tỉnh</strong></p></div>
<div class="box-tags">Từ khóa: <a>cải cách</a> <a>một cửa</a></div>
<div class="fb-comments"><h3>Bình luận</h3></div></article>"""
)

# 9–12. A VCCorp-style photo block and in-body link card, a VnExpress-style figure and teaser card in the body,
# an ASP.NET table portal with span fields, and related links written as paragraphs inside the body
CASES["vccorp"] = page(f"""<div class="detail-content"><h1 class="detail-title">{TITLE}</h1>
<div class="detail-time">12/03/2024 10:20</div>
<h2 class="detail-sapo">{SAPO}</h2><div class="detail-cmain">{ps(BODY[:2])}
<div class="VCSortableInPreviewMode" type="Photo"><div><a href="x.jpg"><img src="x.jpg"></a></div>
<div class="PhotoCMS_Caption">
<p data-placeholder="[nhập chú thích]">Quang cảnh hội nghị sơ kết công tác cải cách hành chính - Ảnh: VGP</p>
</div></div>
<div class="VCSortableInPreviewMode link-content-footer" type="link-content-footer">
<a href="/a">Tỉnh công bố chỉ số cải cách hành chính năm 2023</a></div>
{ps(BODY[2:])}<p style="text-align:right"><b>Nhật Nam</b></p></div>
<div class="detail-tags"><a>#cải cách hành chính</a><a>#một cửa</a></div></div>""")
CASES["vnexpress"] = page(f"""<section class="sidebar-1"><div class="header-content">
<span class="date">Thứ ba, 12/3/2024, 10:20 (GMT+7)</span></div>
<h1 class="title-detail">{TITLE}</h1><p class="description">{SAPO}</p>
<article class="fck_detail"><p class="Normal">{BODY[0]}</p><p class="Normal">{BODY[1]}</p>
<figure class="tplCaption"><div class="fig-picture"><img src="a.jpg"></div><figcaption>
<p class="Image">Lãnh đạo tỉnh trao đổi với người dân tại bộ phận một cửa. Ảnh: <em>Ngọc Trường</em></p>
</figcaption></figure>
<p class="Normal">{BODY[2]}</p><div class="box-tinlienquanv2"><article class="item-news">
<h4 class="title-news"><a>Hà Nội rút ngắn thời gian giải quyết thủ tục đất đai</a></h4><p class="description">
<a>Thời gian cấp sổ đỏ lần đầu giảm từ 30 xuống còn 15 ngày làm việc.</a></p></article></div>
<p class="Normal">{BODY[3]}</p><p class="Normal" style="text-align:right;"><strong>Ngọc Trường</strong></p></article>
<div class="footer-content"><div class="tags"><h4 class="item-tag"><a>Cải cách hành chính</a></h4></div>
<div class="social"><a>Facebook</a></div></div></section>""")
CASES["aspnet_table"] = f"""<html><head><title>{TITLE}</title></head><body><table width="990"><tr>
<td colspan="3"><img src="banner.jpg"></td></tr>
<tr><td width="200" valign="top"><table><tr><td class="menu"><a href="/">Trang chủ</a></td></tr><tr>
<td class="menu"><a>Giới thiệu</a></td></tr><tr><td class="menu"><a>Tin tức</a></td></tr></table></td>
<td width="590" valign="top"><span id="ctl00_ContentPlaceHolder1_lblTitle" class="tieude">{TITLE}</span><br>
<span class="ngay">(12/03/2024)</span><br>
<span id="ctl00_ContentPlaceHolder1_lblTomTat" class="tomtat"><b>{SAPO}</b></span><br>
<span id="ctl00_ContentPlaceHolder1_lblNoiDung"><div>{BODY[0]}</div><div>&nbsp;</div><div>{BODY[1]}</div>
<div>{BODY[2]}</div><div>{BODY[3]}</div><div style="text-align:right"><b>BBT</b></div></span>
<br><b>Các tin khác:</b><br><a>» Hội nghị giao ban khối thi đua năm 2024</a> <i>(10/03/2024)</i><br>
<a>» Thông báo lịch tiếp công dân</a> <i>(08/03/2024)</i></td>
<td width="200" valign="top"><table><tr><td><b>Tin nổi bật</b></td></tr><tr><td>
<a>Khánh thành cầu vượt sông Hàn mới</a>
<br>Công trình có tổng vốn đầu tư 500 tỷ đồng, rút ngắn quãng đường di chuyển cho người dân.</td></tr></table>
</td></tr>
<tr><td colspan="3" align="center">Bản quyền thuộc UBND tỉnh. Ghi rõ nguồn khi phát hành lại thông tin từ
website này.</td></tr></table></body></html>"""
CASES["inline_related"] = page(f"""<div class="news-detail"><h1>{TITLE}</h1><div class="sapo">{SAPO}</div>
<div class="content">
<p>{BODY[0]}</p><p><strong>>> <a href="/x">Xem thêm: Hà Nội công bố chỉ số hài lòng năm 2023</a></strong></p>
<p>{BODY[1]}</p>
<p><a href="/y"><strong>Tỉnh triển khai dịch vụ công trực tuyến toàn trình cho 200 thủ tục</strong></a></p>
<p>{BODY[2]}</p><ul class="related-list"><li><a>Tiếp nhận hồ sơ trực tuyến tăng mạnh</a></li><li>
<a>Ứng dụng chữ ký số trong giải quyết thủ tục</a></li></ul><p>{BODY[3]}</p>
<p style="text-align:right"><strong>Thu Trang</strong></p></div></div>""")


def _read(html: str) -> tuple[str, list[str]]:
    article = extract_article(html)
    return article.title, [b.text for b in article.blocks]


UI = (
    "Xem cỡ chữ", "In bài", "Gửi email", "Đánh giá bài viết", "Lượt xem", "Các tin khác", "Quay lại",
    "Về đầu trang", "Ngày đăng", "Đọc bài viết", "Nghe đọc", "Từ khóa", "Chia sẻ", "Tin cùng chuyên mục",
    "Thẻ:", "Bài trước", "Để lại một bình luận", "Viết bởi", "Lượt xem", "Tiếp theo", "Tin liên quan",
    "Tags", "Ý kiến bạn đọc", "Quang cảnh hội nghị", "Lãnh đạo tỉnh phát biểu", "Người dân làm thủ tục",
    "Đóng cửa sổ", "In trang", "Địa chỉ bài viết", "Tin mới nhất", "Thống kê truy cập", "Kiến nghị sửa đổi",
    "Hội nghị giao ban", "Đề xuất tăng lương", "Bình luận", "Chi tiết", "Danh mục",
    "Hướng dẫn thủ tục", "Các đại biểu tham quan", "Ảnh:", "Hà Nội", "Tỉnh công bố", "Khánh thành", "Tỉnh triển khai",
    "Tiếp nhận hồ sơ",
)  # fmt: skip


@pytest.mark.parametrize("layout", sorted(CASES))
def test_a_vietnamese_cms_page_reads_its_title_sapo_body_and_signature_whole_and_in_order(layout: str) -> None:
    title, blocks = _read(CASES[layout])
    assert title == TITLE
    assert blocks[0] == SAPO
    body = [b for b in blocks if b in BODY]
    assert body == BODY


@pytest.mark.parametrize("layout", sorted(CASES))
def test_a_vietnamese_cms_page_reads_none_of_its_toolbars_boxes_captions_or_buttons(layout: str) -> None:
    _, blocks = _read(CASES[layout])
    extra = [b for b in blocks if b not in BODY and b != SAPO]
    assert len(extra) <= 2, extra  # the signature and a source line at most
    for b in extra:
        assert not any(key(ui) in key(b) for ui in UI), b


def test_teaser_cards_after_the_body_handed_back_first_by_the_engine_do_not_hide_the_body() -> None:
    _, blocks = _read(CASES["news"])
    assert blocks[1:5] == BODY
    assert blocks[-1] == "Theo Vietnamplus"


def test_a_print_view_whose_boxes_are_named_for_printing_reads_the_article_not_its_buttons() -> None:
    _, blocks = _read(CASES["print"])
    assert blocks == [SAPO, *BODY, "Thanh Hà"]


@pytest.mark.parametrize("mark", ["\u2063", "\u200e", "\u202a", "\u2066", "\u180e", "\u200b", "\ufeff"])
def test_characters_that_print_nothing_are_not_read_into_the_words(mark: str) -> None:
    body = "".join(f"<p>{s.replace(' ', mark + ' ', 3)}{mark}</p>" for s in BODY)
    _, blocks = _read(f"<article><h1>{TITLE}</h1>{body}</article>")
    assert blocks == BODY


DISHES = [
    ("Bún bò Huế", "Nước dùng ninh từ xương bò và sả, thêm chút mắm ruốc tạo nên hương vị đậm đà khó quên."),
    ("Cơm hến", "Món ăn dân dã gồm cơm nguội, hến xào, rau sống và tóp mỡ, ăn kèm nước hến nóng hổi."),
    ("Bánh bèo", "Những chén bánh nhỏ xinh rắc tôm chấy, ăn cùng nước mắm ngọt là món quà chiều quen thuộc."),
]


def test_numbered_headings_that_link_to_their_own_pages_are_read_over_their_text_in_a_list_article() -> None:
    items = "".join(
        f"<h2><a href='/mon-{n}'>{n}. {name}</a></h2><p>{text}</p>" for n, (name, text) in enumerate(DISHES, 1)
    )
    most_read = "".join(f"<h3><a href='/hot-{n}'>{n}. Tin đọc nhiều số {n} trong tuần</a></h3>" for n in (1, 2, 3))
    html = page(
        "<article><h1>Ba món ngon xứ Huế nên thử</h1>"
        "<p>Ẩm thực Huế nổi tiếng với những món ăn tinh tế, đậm đà hương vị miền Trung.</p>"
        f"{items}<p>Chúc bạn có những trải nghiệm ẩm thực thú vị khi đến Huế.</p></article>"
        f"<div class='most-read'>{most_read}</div>",
        title="Ba món ngon xứ Huế nên thử",
    )
    _, blocks = _read(html)
    for n, (name, text) in enumerate(DISHES, 1):
        assert f"{n}. {name}" in blocks
        assert blocks.index(f"{n}. {name}") + 1 == blocks.index(text)
    assert not any("Tin đọc nhiều" in b for b in blocks), blocks


def test_a_headline_shorter_than_the_portal_name_beside_it_in_the_page_title_is_the_title() -> None:
    headline = "Ba món ngon xứ Huế nên thử"
    html = (
        f"<html><head><title>{headline} - Cổng thông tin điện tử tỉnh Thừa Thiên Huế</title></head><body>{NAV}"
        f"<div class='main-col'><h1>{headline}</h1>{ps(BODY)}</div>"
        "<div id='footer'><p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THỪA THIÊN HUẾ</p></div></body></html>"
    )
    title, blocks = _read(html)
    assert title == headline
    assert blocks == BODY


@pytest.mark.parametrize(
    "heading",
    [
        "Ý kiến bình luận", "Tin khác cùng chuyên mục", "Các tin bài khác", "Tin cùng danh mục",
        "Bài viết cùng danh mục", "Các tin đã đưa ngày:", "Văn bản liên quan", "Tin cùng sự kiện", "Đọc nhiều",
    ],
)  # fmt: skip
def test_the_body_ends_at_the_heading_of_a_box_of_other_news_in_any_of_its_usual_wordings(heading: str) -> None:
    teasers = (
        "<p>Sáng nay, đoàn công tác của tỉnh đã kiểm tra tiến độ thi công các công trình trọng điểm.</p>"
        "<p>Nhiều hộ dân vùng lũ đã được hỗ trợ kinh phí sửa chữa nhà ở trước mùa mưa bão năm nay.</p>"
    )
    html = (
        f"<html><head><title>{TITLE}</title></head><body>{NAV}<div class='detail'><h1>{TITLE}</h1>"
        f"<p>Người đăng: admin</p>{ps(BODY)}<p><b>Hoài Thu</b></p><h3>{heading}</h3>{teasers}</div>{FOOTER}"
        "</body></html>"
    )
    _, blocks = _read(html)
    assert blocks == [*BODY, "Hoài Thu"]


def _titled(head: str, top: str, headline: str) -> str:
    return (
        f"<html><head>{head}</head><body>{top}{NAV}<div class='main-col'>{headline}"
        f"<div class='content'>{ps(BODY)}</div></div>{FOOTER}</body></html>"
    )


@pytest.mark.parametrize(
    "html",
    [
        _titled(f"<title>{TITLE}</title>", "", f"<h1 class='cat-title'>Tin tức - Sự kiện</h1><h2>{TITLE}</h2>"),
        _titled(
            f"<title>{TITLE} | UBND tỉnh</title>",
            "<div id='top'><h1>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NAM</h1></div>",
            f"<div class='title'>{TITLE}</div>",
        ),
        _titled("<title>Chi tiết tin tức</title>", "", f"<div class='tieude'><b>{TITLE}</b></div>"),
    ],
    ids=["h1-names-the-section", "h1-names-the-portal", "title-names-the-kind-of-page"],
)
def test_the_headline_is_found_when_the_h1_or_the_page_title_names_something_else(html: str) -> None:
    title, blocks = _read(html)
    assert title == TITLE
    assert blocks == BODY


# --- photo stories: the captions are the article ---

CAPS = [
    "Từ sáng sớm, hàng nghìn người dân đã đổ về quảng trường để xem lễ diễu hành mừng ngày hội.",
    "Các đoàn nghệ thuật quần chúng biểu diễn những tiết mục đặc sắc mang đậm bản sắc dân tộc.",
    "Nhiều du khách nước ngoài thích thú ghi lại khoảnh khắc rực rỡ của lễ hội đường phố.",
    "Màn trình diễn pháo hoa kéo dài mười lăm phút khép lại đêm hội trong tiếng reo hò của khán giả.",
    "Lực lượng chức năng được bố trí dọc các tuyến phố để bảo đảm an ninh trật tự cho người dân.",
]
ST = "Ngày hội đường phố rực rỡ sắc màu"
SS = "Tối 30/4, lễ hội đường phố đã diễn ra sôi động tại trung tâm thành phố."
#: One photo and its line, as each kind of CMS writes it; ``{i}`` is the photo's number, ``{c}`` its line.
PHOTO_MARKUP = {
    "p_em": '<p style="text-align:center"><img src="{i}.jpg"></p><p style="text-align:center"><em>{c}</em></p>',
    "figcaption": '<figure class="image"><img src="{i}.jpg"><figcaption>{c}</figcaption></figure>',
    "table": (
        '<table class="image center"><tbody><tr><td><img src="{i}.jpg"></td></tr>'
        '<tr><td class="image_desc">{c}</td></tr></tbody></table>'
    ),
    "h2": '<p><img src="{i}.jpg"></p><h2 style="text-align:center">{c}</h2>',
    "msonormal": '<p class="MsoNormal" align="center"><img src="{i}.jpg"><br><i>{c}</i></p>',
    "vccorp": (
        '<div class="VCSortableInPreviewMode" type="Photo"><div><img src="{i}.jpg"></div>'
        '<div class="PhotoCMS_Caption"><p>{c}</p></div></div>'
    ),
}


def _story(photo: str) -> str:
    photos = "".join(photo.format(i=i, c=c) for i, c in enumerate(CAPS))
    return page(
        f'<div class="detail"><h1>{ST}</h1><div class="sapo">{SS}</div><div class="content">{photos}'
        '<p style="text-align:right"><b>Ảnh: Quốc Việt</b></p></div></div>',
        title=ST,
    )


@pytest.mark.parametrize("markup", sorted(PHOTO_MARKUP))
def test_a_vietnamese_photo_story_reads_its_sapo_once_and_every_caption_in_order_but_not_the_credit(
    markup: str,
) -> None:
    title, blocks = _read(_story(PHOTO_MARKUP[markup]))
    assert title == ST
    assert blocks == [SS, *CAPS]


AFTER_BODY = {
    "comment-form-notice": (
        "<div class='feedback'><table><tr><td>Họ và tên:</td><td><input></td></tr><tr><td>Nội dung:</td>"
        "<td><textarea></textarea></td></tr></table><p>Ý kiến của bạn sẽ được biên tập trước khi đăng. Xin vui "
        "lòng gõ tiếng Việt có dấu.</p></div>"
    ),
    "copyright-line": "<p>Bản quyền thuộc về Cổng thông tin điện tử tỉnh. Ghi rõ nguồn khi trích dẫn.</p>",
    "page-links": "<div class='paging'>Trang: <a>1</a> <a>2</a> <a>Sau »</a></div>",
}


@pytest.mark.parametrize("after", sorted(AFTER_BODY))
def test_a_comment_form_notice_a_copyright_line_or_page_links_under_the_body_are_not_read(after: str) -> None:
    html = page(f"<div class='detail'><h1>{TITLE}</h1>{ps(BODY)}<p><b>Minh Hà</b></p>{AFTER_BODY[after]}</div>")
    _, blocks = _read(html)
    assert blocks == [*BODY, "Minh Hà"]


def test_a_related_headline_linked_at_the_end_of_a_named_sapo_is_not_read_with_it() -> None:
    sapo = f"<div class='sapo'>{SAPO} <a href='/x'>>> Hà Nội công bố chỉ số hài lòng năm 2023</a></div>"
    _, blocks = _read(page(f"<div class='detail'><h1>{TITLE}</h1>{sapo}{ps(BODY)}</div>"))
    assert blocks == [SAPO, *BODY]
