"""Classes of numbers, dates, times and codes fixed in session 36, each as small made-up examples of a shape that
recurs across pages (not sentences of any eval set).

Each case is (written, what the listener hears somewhere in it); punctuation and case are not compared.
"""

from __future__ import annotations

import pytest

from tests.test_normalize_classes import check


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Ngày 30/4, 1/5 đội tuyển diễu hành qua phố.", "ngày ba mươi tháng tư, một tháng năm đội tuyển"),
        ("Các ngày 2/9, 3/9 xã tổ chức hội thi.", "hai tháng chín, ba tháng chín xã"),
        ("Trước 1/9 dự án phải hoàn thành.", "trước ngày một tháng chín dự án"),
        ("Sau 15/10 trường tổ chức khai giảng.", "sau ngày mười lăm tháng mười trường"),
        # still counts: units out of a total after a date that is not the day before
        ("Tính đến ngày 28-7, 10/10 đơn vị đã nộp.", "mười trên mười đơn vị"),
        ("Với 6/9 đơn vị cấp huyện đạt chuẩn.", "sáu trên chín đơn vị"),
    ],
)
def test_a_day_after_a_date_or_before_after_stays_a_date_before_a_counted_noun(written, expected):
    check(written, expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("giá lúa IR 50404 tăng 200 đồng", "lúa i rờ năm không bốn không bốn tăng"),
        ("giống lúa IR 50404, OM 5451 và OM 4218 được giá", "ô mờ năm bốn năm một và ô mờ bốn hai một tám"),
        ("Giống lúa OM5451 cho năng suất cao", "ô mờ năm bốn năm một"),
        ("Giống lúa ST 25 đạt giải", "ét tê hai mươi lăm"),
        ("Công văn 5451 của tỉnh", "năm nghìn bốn trăm năm mươi mốt"),
    ],
)
def test_a_rice_variety_code_of_four_or_five_digits_is_read_digit_by_digit(written, expected):
    check(written, expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Bệnh viện Gia An 115 tiếp nhận bệnh nhân", "gia an một một năm tiếp nhận"),
        ("Trung tâm Cấp cứu 115 Hà Nội điều xe", "cấp cứu một một năm hà nội"),
        ("Bệnh viện Nhân dân 115 tổ chức lễ", "nhân dân một một năm tổ chức"),
        ("Bệnh viện tiếp nhận 115 ca mắc", "tiếp nhận một trăm mười lăm ca"),
        ("Bệnh viện Bạch Mai có 115 bác sĩ", "có một trăm mười lăm bác sĩ"),
    ],
)
def test_an_emergency_line_in_a_hospital_or_centre_name_is_said_digit_by_digit(written, expected):
    check(written, expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (
            "Sản lượng cả nước vụ 2015/16 đạt 1,6 triệu tấn",
            "vụ hai nghìn không trăm mười lăm đến hai nghìn không trăm mười sáu đạt",
        ),
        (
            "xuất khẩu niên vụ 2023/24 tăng",
            "niên vụ hai nghìn không trăm hai mươi ba đến hai nghìn không trăm hai mươi tư",
        ),
        ("năm học 1999/00", "một nghìn chín trăm chín mươi chín đến hai nghìn"),
        ("Premier League 2021/22 khởi tranh", "hai nghìn không trăm hai mươi mốt trên hai mươi hai"),
    ],
)
def test_a_crop_or_school_year_written_short_is_two_whole_years(written, expected):
    check(written, expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("theo Nghị quyết số 30c/NQ-CP ngày 08 tháng 11", "số ba mươi xê trên nghị quyết chính phủ ngày tám"),
        ("Quyết định số 12a/QĐ-UBND của tỉnh", "số mười hai a trên quyết định ủy ban nhân dân của"),
        ("Hướng dẫn 05b-HD/TU của Tỉnh ủy", "năm bê hướng dẫn tỉnh ủy"),
    ],
)
def test_a_document_number_with_a_letter_after_it_keeps_its_code(written, expected):
    check(written, expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("tuổi trẻ trường Cao đẳng Hàng hải I nói riêng", "cao đẳng hàng hải một nói riêng"),
        ("hai trường: Trường Trung cấp địa chất I và trường Trung cấp địa chất II;", "địa chất một và trường"),
        ("tên gọi Trường Công nhân kỹ thuật lâm nghiệp I Trung ương", "lâm nghiệp một trung ương"),
        ("Công ty Xây dựng I trúng thầu", "xây dựng một trúng thầu"),
        ("Trường hợp I cần lưu ý", "trường hợp i cần"),
        ("Theo ông Nguyễn Văn A, tôi nghĩ I là chữ cái", "nghĩ i là"),
    ],
)
def test_a_one_closing_a_school_or_firm_name_is_a_number(written, expected):
    check(written, expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Ngày đăng: 02:08:55 - 09/12/2022", "năm mươi lăm giây chín tháng mười hai"),
        ("Cập nhật 10:30:05 - 09/12/2022", "năm giây ngày chín tháng mười hai"),
        ("Ca trực từ 07:00:00 - 17:00:00", "bảy giờ đến mười bảy giờ"),
    ],
)
def test_a_clock_with_seconds_then_a_date_is_a_stamp_not_a_span(written, expected):
    check(written, expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("tham gia vào thứ 2,3 quanh mốc", "vào thứ hai, ba quanh"),
        ("Lớp học vào Thứ 2,4,6 hằng tuần", "thứ hai, tư, sáu hằng tuần"),
        ("mỗi thứ 2,5 kg", "hai phẩy năm"),
    ],
)
def test_weekdays_listed_with_bare_commas_are_weekdays_not_a_decimal(written, expected):
    check(written, expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("mỗi suất quà trị giá từ 300.000 đến 1000.000 đồng", "đến một triệu đồng"),
        ("giá vé 1500.000 VNĐ một người", "một triệu năm trăm nghìn đồng"),
        ("hỗ trợ 12000.000đ cho mỗi hộ", "mười hai triệu đồng"),
        ("chiều dài 1000.500 mét", "một nghìn chấm năm trăm"),
    ],
)
def test_an_amount_with_its_first_thousands_dot_left_out_is_one_number(written, expected):
    check(written, expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Đăng lúc 12/05/2016 04:00:00 PM", "bốn giờ chiều"),
        ("cập nhật lúc 10:30:00 sáng nay", "mười giờ ba mươi phút sáng nay"),
        ("lúc 10:30:05 sáng", "mười giờ ba mươi phút năm giây sáng"),
        ("pin dung lượng 70 Wh và sạc 65W", "bảy mươi oát giờ"),
    ],
)
def test_a_stamp_says_no_zero_seconds_and_watt_hours_are_said(written, expected):
    check(written, expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("111 - Tổng đài điện thoại quốc gia bảo vệ trẻ em", "một một một"),
        ("Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 hoạt động 24 giờ", "trẻ em một một một hoạt động"),
        ("Bộ đã chính thức cấp số dịch vụ 111 cho tổng đài", "số dịch vụ một một một cho"),
        ("Tổng đài đã tiếp nhận 115 cuộc gọi trong ngày", "tiếp nhận một trăm mười lăm cuộc gọi"),
        ("Đường dây nóng có 113 trường hợp phản ánh", "có một trăm mười ba trường hợp"),
    ],
)
def test_a_short_hotline_named_in_a_sentence_about_hotlines_is_said_digit_by_digit(written, expected):
    check(written, expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("đại biểu Quốc hội khóa XIVcùng một số đại biểu", "khóa mười bốn cùng một số"),
        ("Đại hội lần thứ XIIIthành công tốt đẹp", "lần thứ mười ba thành công"),
        ("tham gia khóa học IVan", "ivan"),
    ],
)
def test_a_roman_numeral_glued_to_the_next_word_after_its_keyword_is_read(written, expected):
    check(written, expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (
            "Kết thúc tuần giao dịch thứ 27/2025, chỉ số tăng",
            "tuần giao dịch thứ hai mươi bảy năm hai nghìn không trăm hai mươi lăm",
        ),
        ("Trong tuần thứ 1/2024 giá giảm", "tuần thứ nhất năm hai nghìn không trăm hai mươi tư"),
        ("xếp thứ 27/2025 thí sinh", "thứ hai mươi bảy trên hai nghìn"),
    ],
)
def test_a_numbered_week_of_a_year_after_thu_is_that_week_of_the_year(written, expected):
    check(written, expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("tùy chọn bộ nhớ lưu trữ 128/256GB", "một trăm hai mươi tám hoặc hai trăm năm mươi sáu gi ga bai"),
        (
            "phiên bản 256/512/1024 GB",
            "hai trăm năm mươi sáu hoặc năm trăm mười hai hoặc một nghìn không trăm hai mươi tư",
        ),
        ("các mẫu iPhone 12/13/14/15 Pro", "mười hai, mười ba, mười bốn, mười lăm pro"),
        ("giá 120/250 GB dữ liệu", "một trăm hai mươi trên hai trăm năm mươi"),
    ],
)
def test_choices_sharing_one_unit_or_a_run_of_model_numbers_are_alternatives(written, expected):
    check(written, expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("góp phần vào chiến thắng quan trọng 30-4 năm 1975", "chiến thắng quan trọng ngày ba mươi tháng tư"),
        ("ý nghĩa của chiến thắng vĩ đại 30-4", "vĩ đại ngày ba mươi tháng tư"),
        ("giành chiến thắng quan trọng 3-1 trước Thái Lan", "quan trọng ba một"),
        ("Vụ mùa 10-2025 được mùa", "tháng mười năm hai nghìn không trăm hai mươi lăm"),
    ],
)
def test_a_victory_day_after_an_epithet_and_a_month_of_the_main_crop_are_dates(written, expected):
    check(written, expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("dầu hộp số 75w90 cho xe tải", "bảy mươi lăm vê kép chín mươi"),
        ("nhớt cầu 85W140 và 80W-90", "tám mươi lăm vê kép một trăm bốn mươi và tám mươi vê kép chín mươi"),
        ("mã 75w12 trên hộp", "bảy mươi lăm w mười hai"),
    ],
)
def test_a_gear_oil_grade_is_a_winter_and_a_summer_grade(written, expected):
    check(written, expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (
            "Quyết định số 12/QĐ-UBND ngày /10/2016 của UBND tỉnh",
            "ngày tháng mười năm hai nghìn không trăm mười sáu của",
        ),
        ("ban hành ngày …/10/2016", "ngày tháng mười năm hai nghìn không trăm mười sáu"),
        ("ký ngày  /  /2016 tại", "ngày năm hai nghìn không trăm mười sáu tại"),
    ],
)
def test_a_template_date_with_its_day_left_blank_is_read_as_the_month_and_year(written, expected):
    check(written, expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("tháng 10/1954 đ/c Đặng Văn Phước được cử về", "tháng mười năm một nghìn chín trăm năm mươi tư đồng chí Đặng"),
        ("từ 3/1975 Đ/c Lê được giao", "tháng ba năm một nghìn chín trăm bảy mươi lăm đồng chí Lê"),
        ("Giá 10/2024 đ/kg", "Giá mười trên hai nghìn không trăm hai mươi tư đồng trên ki lô gam"),
    ],
)
def test_a_comrade_after_a_month_and_year_leaves_them_a_date(written, expected):
    check(written, expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("khai thác 250 triệu tấn dầu từ Lô 09-1; thu gom", "từ Lô chín gạch một; thu gom"),
        ("mỏ Sư Tử Trắng thuộc lô 15-1 ngoài khơi", "thuộc lô mười lăm gạch một ngoài khơi"),
        ("các lô 1-5 đã bán", "các lô một đến năm đã bán"),
    ],
)
def test_a_block_or_lot_code_with_a_falling_dash_is_said_with_gach(written, expected):
    check(written, expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Chỉ số Hb dưới 110g/L là thiếu máu.", "dưới một trăm mười gam trên lít là thiếu máu"),
        ("Nồng độ protein 70g/L trong huyết thanh.", "bảy mươi gam trên lít trong"),
        ("Nghị quyết số 30c/NQ-CP", "ba mươi xê trên nghị quyết chính phủ"),
    ],
)
def test_grams_per_litre_glued_to_the_amount_is_a_unit_not_a_document_code(written, expected):
    check(written, expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Theo Nghị định 117, các tổng đài phải lưu trữ dữ liệu.", "Nghị định một trăm mười bảy"),
        ("Thông tư 115 về quản lý đầu số đã có hiệu lực.", "Thông tư một trăm mười lăm"),
        ("Khoản 2 Điều 113 quy định tổng đài phải bảo mật thông tin.", "Điều một trăm mười ba"),
        ("Đường dây nóng hoạt động trên Quốc lộ 1 đoạn km 115.", "đoạn ki lô mét một trăm mười lăm"),
        ("Nhà văn hóa tổ 113 có lắp đặt tổng đài.", "tổ một trăm mười ba"),
        ("Số cuộc gọi đến tổng đài tăng 117% so với cùng kỳ.", "một trăm mười bảy phần trăm"),
        ("Gọi tổng đài 111 để được hỗ trợ.", "tổng đài một một một"),
        ("111 - Tổng đài quốc gia bảo vệ trẻ em", "một một một"),
    ],
)
def test_a_law_article_or_a_place_number_in_a_sentence_about_hotlines_is_a_number(written, expected):
    check(written, expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Bệnh viện Chợ Rẫy 115 ca ghép thận thành công.", "Chợ Rẫy một trăm mười lăm ca ghép"),
        ("Bệnh viện Thanh Nhàn 115 bệnh nhân điều trị nội trú.", "Thanh Nhàn một trăm mười lăm bệnh nhân"),
        ("Bệnh viện Nhân dân 115 tổ chức hội thảo.", "Nhân dân một một năm tổ chức"),
    ],
)
def test_a_hospital_name_then_a_count_is_a_count_not_its_emergency_line(written, expected):
    check(written, expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Sau 5/5 trận toàn thắng, đội tuyển giành vé.", "Sau năm trên năm trận toàn thắng"),
        ("Sau 10/10 đơn vị được kiểm tra, đoàn kết luận.", "Sau mười trên mười đơn vị"),
        ("Trước 1/9 dự án phải hoàn thành.", "Trước ngày một tháng chín dự án"),
    ],
)
def test_a_full_tally_after_sau_or_truoc_is_a_count_not_a_date(written, expected):
    check(written, expected)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("xác định được địa chỉ tổ chức/người dân được nhận bồi thường", "tổ chức, người dân được nhận"),
        ("hỗ trợ doanh nghiệp/hộ gia đình bị ảnh hưởng", "doanh nghiệp, hộ gia đình bị"),
        ("mức lương 5 triệu đồng/người lao động", "năm triệu đồng trên người lao động"),
    ],
)
def test_a_slash_between_people_and_bodies_is_or_not_per(written, expected):
    check(written, expected)
