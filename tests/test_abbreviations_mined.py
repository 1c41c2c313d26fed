"""Abbreviations mined from published text: the miner keeps only clearly dominant readings, and the normalizer reads
them where no hand-written or context row does.
"""

from __future__ import annotations

import re
from pathlib import Path

from tools.mine_abbreviations import collect, definitions_in, kept, main
from tts_service.text import normalize, tables
from tts_service.text.rules.abbreviations import _MINED, _SINGLE_ABBR


def heard(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


SAMPLE = {
    "a.txt": "Sáng 3/5, Ban Chỉ đạo (BCĐ) tỉnh họp. Tổ chức Y tế Thế giới (WHO) khuyến cáo. Trường Đại học (ĐH) X.",
    "b.txt": "Huyện ủy giao Ban Chỉ đạo (BCĐ) kiểm tra; International Monetary Fund (IMF) dự báo; Đại hội (ĐH) lần IV.",
    "c.txt": "BCĐ (Ban Chỉ đạo) huyện Phú Vang; Tổ chức Y tế Thế giới (WHO); Sở Y tế tỉnh Quảng Nam (SYT) cho biết.",
    "d.txt": "Uỷ ban Kiểm tra Huyện ủy (UBKTHU) họp; Đại hội (ĐH) Đảng bộ; Đại học (ĐH) Huế; Sở Y tế Hà Nội (SYT).",
    "e.txt": "Ủy ban Kiểm tra Huyện ủy (UBKTHU) và Ủy ban Kiểm tra Huyện ủy (UBKTHU); Sở Y tế (SYT) tỉnh.",
}


def _mined(tmp_path: Path, capsys) -> dict[str, str]:
    for name, text in SAMPLE.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    found = collect((name, text) for name, text in sorted(SAMPLE.items()))
    return {row.key: row.spoken for row in kept(found, min_docs=2)}


def test_the_miner_keeps_a_reading_the_initials_spell_and_most_texts_give(tmp_path, capsys):
    mined = _mined(tmp_path, capsys)
    assert mined["BCĐ"] == "ban chỉ đạo"  # "Ban Chỉ đạo (BCĐ)" twice and "BCĐ (Ban Chỉ đạo)" once
    assert mined["SYT"] == "sở y tế"  # a trailing place ("tỉnh Quảng Nam", "Hà Nội") is not part of the name
    assert mined["UBKTHU"] == "ủy ban kiểm tra huyện ủy"  # "Uỷ" and "Ủy" are one spelling; one document counts once


def test_the_miner_leaves_ambiguous_and_foreign_abbreviations_alone(tmp_path, capsys):
    mined = _mined(tmp_path, capsys)
    assert "ĐH" not in mined  # đại học twice, đại hội twice: no reading dominates
    assert "WHO" not in mined  # a Vietnamese name whose initials do not spell it
    assert "IMF" not in mined  # an English name is not a Vietnamese reading


def test_the_miner_prints_a_table_of_new_rows_only(tmp_path, capsys):
    for name, text in SAMPLE.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    main(["mine", "--no-holdout", "--min-docs", "1", "--dominance", "0.5", f"sample@0={tmp_path}"])
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert all(len(row) == 4 and row[3] == "sample@0" for row in rows)
    assert "BCĐ" not in {row[0] for row in rows}  # abbreviations.tsv already reads it


def test_reverse_definitions_and_skipped_function_words_count():
    pairs, _ = definitions_in(
        "Bộ NN&PTNT (Bộ Nông nghiệp và Phát triển nông thôn); Sở Văn hóa, Thể thao và Du lịch (SVHTTDL)"
    )
    assert ("SVHTTDL", "sở văn hóa thể thao và du lịch") in pairs


def test_the_mined_table_is_well_formed_and_never_overrides_a_hand_written_row():
    rows = tables.rows("abbreviations_mined", 4)
    assert len(rows) >= 20
    for key, spoken, documents, corpus in rows:
        assert int(documents) >= 3 and "@" in corpus
        assert len(key.replace("-", "").replace("&", "")) >= 3
        assert key not in _SINGLE_ABBR
        assert key not in tables.CONTEXT_ABBREVIATIONS and key not in tables.FIELD_ABBREVIATIONS
        assert key not in tables.ABBREVIATIONS_NOT_MINED
        assert _MINED[key] == spoken


def test_an_abbreviation_a_linguist_left_spelled_is_never_mined(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Thanh tra giao thông (TTGT) và Trạm biến áp (TBA)", encoding="utf-8")
    main(["mine", "--no-holdout", "--min-docs", "1", f"sample@0={tmp_path}"])
    assert [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()] == ["TBA"]


def test_a_mined_abbreviation_is_read_as_its_name():
    spoken = heard(normalize("Quỹ BOG còn dư; hồ sơ gồm HSMT và HSDT; đường dây 500 kV nối TBA Phố Nối."))
    assert "quỹ bình ổn giá" in spoken
    assert "hồ sơ mời thầu và hồ sơ dự thầu" in spoken
    assert "trạm biến áp phố nối" in spoken


def test_an_abbreviation_the_text_defines_is_read_so_wherever_it_recurs():
    text = "Tổ công tác liên ngành (TCTLN) đã kiểm tra 12 cơ sở. Sau đó, TCTLN huyện lập biên bản."
    assert "sau đó tổ công tác liên ngành huyện lập biên bản" in heard(normalize(text))


def test_the_texts_own_definition_wins_over_the_mined_table():
    text = "Mỗi thôn lập một tổ bảo an (TBA) gồm năm người; mỗi TBA trực đêm."
    spoken = heard(normalize(text))
    assert "mỗi tổ bảo an trực đêm" in spoken
    assert "trạm biến áp" not in spoken


def test_the_miners_examples_hold():
    import doctest

    from tools import mine_abbreviations

    result = doctest.testmod(mine_abbreviations)
    assert result.attempted >= 10 and not result.failed


def test_abbreviations_mined_from_the_tax_law_army_and_sport_news_of_session_28_are_read():
    assert "người nộp thuế chọn" in heard(normalize("NNT chọn trường hợp thông báo"))
    assert "quân ủy trung ương nhiệm kỳ" in heard(normalize("Ủy ban Kiểm tra QUTƯ nhiệm kỳ 2020-2025 họp"))
    assert "quân lực việt nam cộng hòa đã" in heard(normalize("Sau hiệp định, QLVNCH đã tấn công"))
    assert "các vận động viên và ban huấn luyện đã" in heard(normalize("các VĐV và BHL đã có mặt"))
    assert "hộ và cá nhân kinh doanh nộp" in heard(normalize("hộ và CNKD nộp thuế khoán"))
    assert "bộ tư lệnh thông tin tổ chức" in heard(normalize("BTLTT tổ chức hội thao"))
    assert "ngân hàng công thương chi nhánh" in heard(normalize("NHCT chi nhánh Đống Đa"))
    assert "đội ngân hàng đông á thua" in heard(normalize("Đội NHĐA thua trận"))


def test_state_firm_units_of_airports_and_railways_are_read_as_their_names():
    from tts_service.text import normalize

    assert normalize("Đảng bộ Cảng vụ HKMN họp.") == "Đảng bộ Cảng vụ Hàng không miền Nam họp."
    assert normalize("khu chỉnh bị ĐMTX Sài Gòn") == "khu chỉnh bị đầu máy toa xe Sài Gòn"


def test_an_appraisal_reports_code_is_read_as_its_kind_and_issuer():
    from tts_service.text import normalize

    assert "mười tám trên báo cáo thẩm định sở tư pháp ngày" in normalize("Báo cáo thẩm định số 18/BCTĐ-STP ngày 2/3")


def test_a_youth_unions_code_in_the_partys_style_names_its_union_and_office():
    from tts_service.text import normalize

    said = normalize("Thực hiện Hướng dẫn số 67-HD/TĐTN-TCKT ngày 27/11/2020 của Tỉnh đoàn.")
    assert "hướng dẫn tỉnh đoàn thanh niên tổ chức kiểm tra ngày" in said
    assert "quyết định tài chính kế toán" in normalize("Quyết định số 12/QĐ-TCKT của công ty.")  # the state's style


def test_register_shorthand_of_environment_reports_veterinary_codes_and_heritage_councils_is_read_as_names():
    from tts_service.text import normalize

    said = normalize("Các hệ thống XLNT; cấp GPMT, xử lý CTNH và QTMT định kỳ.")
    assert said == (
        "Các hệ thống xử lý nước thải; cấp giấy phép môi trường, xử lý chất thải nguy hại"
        " và quan trắc môi trường định kỳ."
    )
    assert "trên quyết định bộ nông nghiệp thú y" in normalize("Quyết định số 476/QĐ-BNN-TY")
    assert "báo cáo hội đồng di sản văn hóa quốc gia" in normalize("Báo cáo số 25/BC-HĐDSVHQG của Hội đồng.")
    assert normalize("V/V BAN HÀNH KẾ HOẠCH").lower() == "về việc ban hành kế hoạch"
    assert "vỏ nhôm xê nờ xê" in normalize("Máy dùng vỏ nhôm CNC nguyên khối.")
    assert "Lễ hội óc om bóc" in normalize("Lễ hội Ok Om Bok của đồng bào Khmer.")
