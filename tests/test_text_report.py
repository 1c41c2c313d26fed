"""The quality report is a clean list of leads: it names what the normalizer only guessed at, never what it reads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tts_service.text import normalize, report_unknown
from tts_service.text.rules.common import spell

GOV = [Path(__file__).parent / "data" / f"normalize_gov{n}.tsv" for n in (1, 2, 3, 4, 5)]


def sentences(path: Path) -> list[str]:
    return [line.split("\t")[2] for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.strip()]


@pytest.mark.parametrize(
    "written",
    [
        "Xăng RON95-III và E5 RON92-II.",
        "Khu công nghiệp Sông Lô II mở rộng; Nghị quyết Trung ương 4 (khóa XI, XII).",
        "II. NHIỆM VỤ VÀ GIẢI PHÁP",
        "Báo động II-III trên sông Hương.",
        "Vùng dân tộc và miền núi (MN); các xã MN.",
        "Quyết định số 06-QĐ/BDVHU của Ban Dân vận Huyện ủy.",
        "Đồn BP Dào San; Hội PN xã; lúa HT.",
        "Ông Ết-xtê-ban La-xô và Rô-đri-ghết.",
        "Siêu bão NORU đổ bộ; Ủy viên Ban TVTU dự.",
        "Số tiền là 1.234.567.890 đồng.",
        "Đoàn dự SEA Games 31.",
        "Ðến cuối năm.",
        "Đồng chí CTUBMTTQVN xã; PCTHĐND huyện.",
        "Đối với KSV, KTV khi tiến hành kiểm sát.",
        "Nền KTTT định hướng XHCN.",
    ],
)
def test_what_the_normalizer_reads_is_not_a_lead(written):
    assert report_unknown(written) == []


def test_what_the_normalizer_only_spells_is_a_lead():
    found = report_unknown("Hợp tác với Viện (IPBO) và Cục (NRO); mã XYZ. KTTT là gì?")
    assert [u.token for u in found] == ["IPBO", "NRO", "XYZ", "KTTT"]  # ICAP is now said as a word (i cáp)


@pytest.mark.parametrize("path", GOV, ids=lambda p: p.stem)
def test_every_abbreviation_the_report_lists_is_spelled_by_the_normalizer(path):
    """On the government sets, a listed abbreviation is one the listener hears letter by letter."""
    for text in sentences(path):
        spoken = " ".join(re.sub(r"[^\w]+", " ", normalize(text).lower()).split())
        for u in report_unknown(text):
            if u.kind == "abbreviation":
                assert spell(u.token) in spoken, (u.token, text)
