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
