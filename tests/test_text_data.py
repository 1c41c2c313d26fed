"""The normalizer's reading data lives in plain files a linguist edits; a bad row is caught, never half-read."""

import unicodedata
from pathlib import Path

import pytest

from tts_service.text import tables

TABLES = {name: value for name, value in vars(tables).items() if name.isupper() and isinstance(value, dict | tuple)}


def test_every_data_file_is_read_by_the_normalizer():
    for path in tables.DATA.glob("*.tsv"):  # each file fills the table of its name (composite tables add to theirs)
        assert path.stem.upper() in TABLES, f"{path.name} is read by no table"


def test_every_written_form_is_nfc_and_has_a_spoken_form():
    for name, table in TABLES.items():
        for key in table:
            assert unicodedata.is_normalized("NFC", key), (name, key)
            if isinstance(table, dict):
                assert table[key], (name, key)


def test_a_malformed_row_names_its_file_and_line(tmp_path: Path):
    (tmp_path / "units.tsv").write_text("# a note\nkm\tki lô mét\nkm2 ki lô mét vuông\n", encoding="utf-8")
    with pytest.raises(tables.DataError, match=r"units\.tsv:3"):
        tables.rows("units", 2, tmp_path)


def test_a_decomposed_row_is_read_as_nfc(tmp_path: Path):
    (tmp_path / "words.tsv").write_text("Hoa\u0300\n", encoding="utf-8")
    assert tables.rows("words", 1, tmp_path) == (("Hoà",),)


def test_a_reading_may_carry_a_note_naming_where_it_was_checked(tmp_path: Path):
    (tmp_path / "abbr.tsv").write_text("NCT\tngười cao tuổi\tvietnam.vn (Hội Người cao tuổi (NCT))\n", encoding="utf-8")
    assert tables.rows("abbr", 2, tmp_path, noted=True) == (("NCT", "người cao tuổi"),)
    with pytest.raises(tables.DataError, match=r"abbr\.tsv:1"):
        tables.rows("abbr", 2, tmp_path)  # a table without notes keeps its exact column count


def test_every_party_organ_part_names_its_kind():
    assert set(tables.PARTY_ORGAN_PARTS) == {"head", "field", "committee"}
