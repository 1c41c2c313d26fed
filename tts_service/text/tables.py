"""Data the rules read, loaded from the plain files in ``text/data/`` (one ``.tsv`` per table).

A linguist edits a row there, not Python: keys are written as they appear in text (case matters: ``TP`` is an
abbreviation, ``Tp`` a title-cased variant, ``tp`` plain lower case), values are the spoken form. The format is
in ``data/README.md``; a malformed row stops the import with the file and line, so a test run catches it.

>>> ABBREVIATIONS["UBND"], DOCUMENT_KINDS["NĐ"], UNITS["km"]
('Ủy ban nhân dân', 'nghị định', 'ki lô mét')
>>> CONTEXT_ABBREVIATIONS["CT"]
(('xê tê', ('chụp', 'máy', 'phim', 'chụp cắt lớp')), ('chấn thương', ('ngoại',)))
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("data")


class DataError(ValueError):
    """A data file has a row the loader cannot read; the message names the file and the line."""


@cache
def rows(name: str, columns: int, folder: Path = DATA, noted: bool = False) -> tuple[tuple[str, ...], ...]:
    """The rows of ``<folder>/<name>.tsv``, NFC, each of exactly ``columns`` tab-separated cells.

    Blank lines and lines starting with ``# `` are notes for the reader, not data. With ``noted``, a row may
    carry one more cell, a note for the reader (where the reading was checked); it is dropped here.
    """
    path = folder / f"{name}.tsv"
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line == "#" or line.startswith("# "):
            continue
        cells = tuple(unicodedata.normalize("NFC", c) for c in line.split("\t"))
        if noted and len(cells) == columns + 1:
            cells = cells[:columns] if cells[-1] else cells
        if len(cells) != columns or any(not c or c != c.strip() for c in cells):
            raise DataError(f"{path.name}:{number}: expected {columns} non-empty tab-separated cells, got {line!r}")
        out.append(cells)
    return tuple(out)


def words(name: str) -> tuple[str, ...]:
    """A list of words or phrases, one a line, in file order."""
    return tuple(cells[0] for cells in rows(name, 1))


def readings(name: str) -> dict[str, str]:
    """Written form → spoken form, in file order; a key written twice is an error (which row would win?).

    A third cell, when present, is the row's source note (where the expansion was checked).
    """
    table: dict[str, str] = {}
    for key, spoken in rows(name, 2, noted=True):
        if key in table:
            raise DataError(f"{name}.tsv: {key!r} is listed twice")
        table[key] = spoken
    return table


def _grouped(name: str) -> dict[str, tuple[str, ...]]:
    """Key → every second cell of its rows, in file order (a key takes one row per value)."""
    table: dict[str, tuple[str, ...]] = {}
    for key, value in rows(name, 2):
        table[key] = (*table.get(key, ()), value)
    return table


def _field_readings(name: str) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Key → each of its readings with the words of the field that select it, in file order."""
    table: dict[str, dict[str, tuple[str, ...]]] = {}
    for key, spoken, word in rows(name, 3):
        readings = table.setdefault(key, {})
        readings[spoken] = (*readings.get(spoken, ()), word)
    return {key: tuple(readings.items()) for key, readings in table.items()}


def _parts(name: str) -> dict[str, dict[str, str]]:
    """Kind of part → (as written → as spoken), from rows of three cells."""
    table: dict[str, dict[str, str]] = {}
    for kind, key, spoken in rows(name, 3):
        table.setdefault(kind, {})[key] = spoken
    return table


# Letters as announcers spell an unknown abbreviation; abbreviations, titles and document codes.
LETTER_NAMES = readings("letter_names")
ACRONYM_WORDS = readings("acronym_words")
ABBREVIATIONS = readings("abbreviations")
if twice := ABBREVIATIONS.keys() & ACRONYM_WORDS.keys():
    raise DataError(f"abbreviations.tsv and acronym_words.tsv both list {sorted(twice)}")
ABBREVIATIONS.update(ACRONYM_WORDS)
TITLES = readings("titles")
SHARED_KIND_CODES = _grouped("shared_kind_codes")
DOCUMENT_KINDS = readings("document_kinds")
ISSUERS = readings("issuers")
PARTY_OFFICES = readings("party_offices")
COURT_CODES = readings("court_codes")
CONTEXT_ABBREVIATIONS = _field_readings("context_abbreviations")
FIELD_ABBREVIATIONS = _field_readings("field_abbreviations")
PROVINCE_LETTERS = _field_readings("province_letters")
PROVINCE_LETTERS_NOT_NEAR = _grouped("province_letters_not_near")
NEXT_WORD_ABBREVIATIONS = _field_readings("next_word_abbreviations")
NEXT_WORD_NOT_AFTER = _grouped("next_word_not_after")
NAME_TITLE_ABBREVIATIONS = readings("name_title_abbreviations")
TITLES_BEFORE_FULL_NAMES = readings("titles_before_full_names")
NAME_TITLE_FIELDS = _field_readings("name_title_fields")
NAME_TITLE_NOT_NAMES = words("name_title_not_names")
PLACE_NAME_ABBREVIATIONS = readings("place_name_abbreviations")
PLACE_NAME_NOT_NAMES = words("place_name_not_names")
SIGNATURE_PREFIXES = readings("signature_prefixes")
ORGAN_SCOPES = readings("organ_scopes")
GLUED_TITLES = readings("glued_titles")
CLERGY_TITLES = readings("clergy_titles")
MEDICAL_DEGREES = _parts("medical_degrees")
CHEMICAL_ELEMENTS = readings("chemical_elements")
DATELINE_TAGS = readings("dateline_tags")
CLERGY_CONTEXT_WORDS = words("clergy_context_words")
ONE_CAPITAL_WORDS = words("one_capital_words")
SURNAME_ABBREVIATIONS = readings("surname_abbreviations")
SURNAMES = words("surnames")
TITLES_BEFORE_SURNAMES = readings("titles_before_surnames")
SPELLED_WITH_NUMBER = words("spelled_with_number")
ROOM_CODE_WORDS = words("room_code_words")
LOT_CODE_WORDS = words("lot_code_words")
CROP_WORDS = words("crop_words")
ENGLISH_WORDS = words("english_words")
ENGLISH_WORDS_READ_VIETNAMESE = words("english_words_read_vietnamese")
BRAND_WORDS = words("brand_words")
GLUED_WORD_READINGS = readings("glued_word_readings")
SYLLABLES = words("syllables")
CREDIT_LINES = readings("credit_lines")
PHOTO_CREDITS = readings("photo_credits")
DEPUTY_TITLE_WORDS = words("deputy_title_words")
FIRM_NAME_LETTERS = words("firm_name_letters")
FIRM_TYPE_WORDS = words("firm_type_words")
REPUBLIC_COUNTRIES = words("republic_countries")
LEARNED_SOCIETY_SUBJECTS = words("learned_society_subjects")
SOCIETY_FIELD_ABBREVIATIONS = readings("society_field_abbreviations")
PARTY_ORGAN_PARTS = _parts("party_organ_parts")
# Mined from published text (tools/mine_abbreviations.py; cells 3 and 4 are its count and corpus): read only where no
# table above does; and the keys a linguist left spelled for their two readings, which are never mined.
ABBREVIATIONS_MINED = {key: spoken for key, spoken, _documents, _corpus in rows("abbreviations_mined", 4)}
ABBREVIATIONS_NOT_MINED = words("abbreviations_not_mined")
TICKER_WORDS = words("ticker_words")
GRADE_LABELS = words("grade_labels")
GRADE_CODES = words("grade_codes")

# Units, currencies, symbols, loanwords and expressions whose digits are not what they seem.
UNITS = readings("units")
UNITS_ANY_CASE = words("units_any_case")
PER_UNIT_READINGS = readings("per_unit_readings")
ROOM_AFTER_WORDS = words("room_after_words")
PREFIX_CURRENCY = readings("prefix_currency")
SYMBOL_WORDS = readings("symbol_words")
UNIT_WRITTEN_NAMES = readings("unit_written_names")
LOANWORDS = readings("loanwords")
STORM_WORDS = words("storm_words")
CREDIT_LABELS = words("credit_labels")
PLATE_WORDS = words("plate_words")
LOTTERY_WORDS = words("lottery_words")
FORM_NUMBER_WORDS = words("form_number_words")
MODEL_MAKER_WORDS = words("model_maker_words")
FIXED_EXPRESSIONS = readings("fixed_expressions")
DAY_PERIODS = readings("day_periods")
CLOCK_LEAD_WORDS = words("clock_lead_words")

# Keywords: the words around a number that decide how it is read.
ROMAN_CARDINAL_KEYWORDS = words("roman_cardinal_keywords")
ROMAN_ORDINAL_KEYWORDS = words("roman_ordinal_keywords")
ROMAN_RANK_KEYWORDS = words("roman_rank_keywords")
TIME_OF_DAY_WORDS = words("time_of_day_words")
DATE_CONTEXT_WORDS = (*TIME_OF_DAY_WORDS, *words("date_context_words"))
DASH_DATE_CONTEXT_WORDS = (*TIME_OF_DAY_WORDS, *words("dash_date_context_words"))
DASH_DATE_NOT_WORDS = words("dash_date_not_words")
SPAN_COUNT_NOUNS = words("span_count_nouns")
DASH_MONTH_YEAR_CONTEXT_WORDS = words("dash_month_year_context_words")
MONTH_YEAR_BOUND_WORDS = words("month_year_bound_words")
SPAN_LEAD_WORDS = words("span_lead_words")
GOLD_PURITY_WORDS = words("gold_purity_words")
AIRLINE_CODES = words("airline_codes")
FLIGHT_CONTEXT_WORDS = words("flight_context_words")
RANGE_COUNTER_WORDS = words("range_counter_words")
DONG_COMPOUND_WORDS = words("dong_compound_words")
QUANTITY_CONTEXT_WORDS = words("quantity_context_words")
QUANTITY_NOT_WORDS = words("quantity_not_words")
DATE_BEFORE_COUNT_WORDS = words("date_before_count_words")
STEEL_GRADES = words("steel_grades")
GRADE_WORDS = words("grade_words")
LEVEL_CODES = words("level_codes")
YEAR_STEMS_BRANCHES = readings("year_stems_branches")
SEASON_WORDS = words("season_words")
DASH_PAIR_WORDS = words("dash_pair_words")
SAYING_WORDS = words("saying_words")
PROTEIN_DEGREE_WORDS = words("protein_degree_words")
SCREEN_SIZE_WORDS = words("screen_size_words")
RACE_DISTANCE_WORDS = words("race_distance_words")
LAB_UNITS = words("lab_units")
PIPE_WORDS = words("pipe_words")
FLIGHT_LEAD_WORDS = words("flight_lead_words")
STANDARD_LABELS = words("standard_labels")
PLATE_CONTEXT_WORDS = words("plate_context_words")
TENNIS_WORDS = words("tennis_words")
YEAR_SPAN_WORDS = words("year_span_words")
SHORT_YEAR_SPAN_WORDS = words("short_year_span_words")
RATIO_WORDS = words("ratio_words")
LETTER_RATIOS = words("letter_ratios")
PROCESSOR_WORDS = words("processor_words")
MULTIPLIER_WORDS = words("multiplier_words")
PER_TIME_WORDS = words("per_time_words")
PER_WORDS = (*PER_TIME_WORDS, *words("per_words"))
SLASH_ALTERNATIVES = words("slash_alternatives")
WHOLE_UNITS = words("whole_units")
AMENDMENT_WORDS = words("amendment_words")
HOLIDAY_DATE_WORDS = words("holiday_date_words")
NUMBER_WORD_UNITS = words("number_word_units")
UNIT_NUMBER_WORDS = words("unit_number_words")
HOUSEHOLD_WORDS = words("household_words")
HEADCOUNT_WORDS = words("headcount_words")
TALLY_PAIRS = readings("tally_pairs")
FRACTION_NOUNS = words("fraction_nouns")
FRACTION_CONTEXT_WORDS = words("fraction_context_words")
SHARE_WORDS = words("share_words")
NUMBERED_PART_WORDS = words("numbered_part_words")
APPROX_FRACTION_WORDS = words("approx_fraction_words")
RANK_CONTEXT_WORDS = words("rank_context_words")
SCORE_LEAD_WORDS = words("score_lead_words")
LEADING_SCORE_WORDS = words("leading_score_words")
SCORE_CONTEXT_WORDS = (*words("score_context_words"), *SCORE_LEAD_WORDS)
SCORE_MARGIN_VERBS = words("score_margin_verbs")
SCORE_WORD_COMPOUNDS = words("score_word_compounds")
TEAM_RESULT_VERBS = words("team_result_verbs")
TEAM_SIDE_WORDS = words("team_side_words")
VICTORY_MANNER_WORDS = words("victory_manner_words")
LETTER_GRADE_WORDS = words("letter_grade_words")
GIAI_COMPOUND_WORDS = words("giai_compound_words")
CLOCK_G_SURE_LEAD_WORDS = words("clock_g_sure_lead_words")
VALUE_BEFORE_VAO_WORDS = words("value_before_vao_words")
EVENT_EDITION_WORDS = words("event_edition_words")
EDITION_NOT_AFTER = words("edition_not_after")
VICTORY_EPITHETS = words("victory_epithets")
SCORE_COUNTED_WORDS = words("score_counted_words")
HEIGHT_CONTEXT_WORDS = words("height_context_words")
UNIT_LEAD_WORDS = words("unit_lead_words")
PERSON_WORDS = words("person_words")
DOCUMENT_WORDS = words("document_words")
INITIAL_NOT_AFTER = words("initial_not_after")
PERIOD_WORDS = words("period_words")
EVERY_WORDS = words("every_words")
NGAY_NOT_ADDED_AFTER = words("ngay_not_added_after")
SPACED_THOUSANDS_NOT_AFTER = words("spaced_thousands_not_after")
ROUND_WORDS = words("round_words")
NATIONAL_DAYS = words("national_days")
VICTORY_DAYS = words("victory_days")
VICTORY_LEAD_WORDS = words("victory_lead_words")
VICTORY_MATCH_WORDS = words("victory_match_words")
VICTORY_SCORE_CUES = words("victory_score_cues")
VICTORY_SPORT_WORDS = words("victory_sport_words")
FALLING_DATE_WORDS = words("falling_date_words")
AFTER_DATE_WORDS = words("after_date_words")
EVENT_DATE_WORDS = words("event_date_words")
CLASS_WORDS = words("class_words")
COMMA_LIST_WORDS = words("comma_list_words")
ROUGH_COUNT_NOUNS = words("rough_count_nouns")
ROUGH_COUNT_TIME_NOUNS = words("rough_count_time_nouns")
ROUGH_COUNT_NOT_AFTER = words("rough_count_not_after")
ROMAN_INSTITUTION_WORDS = words("roman_institution_words")
MEDICAL_SPECIALTY_WORDS = words("medical_specialty_words")
CLOCK_G_FOLLOWERS = words("clock_g_followers")
CLOCK_G_LEAD_WORDS = words("clock_g_lead_words")
SECONDS_LEAD_WORDS = words("seconds_lead_words")
SCORE_MINUS_WORDS = words("score_minus_words")
RANK_TITLE_WORDS = words("rank_title_words")
MEDAL_WORDS = words("medal_words")
VESSEL_WORDS = words("vessel_words")
POLICE_DEPARTMENT_CODES = words("police_department_codes")
DIGIT_CODE_LABELS = readings("digit_code_labels")
PLACE_WORDS_IN_CAPITALS = words("place_words_in_capitals")
SCALE_WORDS = words("scale_words")
WHOLE_COUNT_NOUNS = words("whole_count_nouns")
OUT_OF_NOUNS = (*words("out_of_nouns"), *WHOLE_COUNT_NOUNS)
ORDINAL_WORDS = words("ordinal_words")

# Phones and addresses.
PHONE_CONTEXT_WORDS = words("phone_context_words")
PHONE_HINT_WORDS = words("phone_hint_words")
SERVICE_LINE_WORDS = words("service_line_words")
HOTLINE_SENTENCE_WORDS = words("hotline_sentence_words")
COUNTED_ID_LABELS = words("counted_id_labels")
PHONE_LABELS = readings("phone_labels")
ADDRESS_UNITS = readings("address_units")
LETTER_DOT_NUMBERS = readings("letter_dot_numbers")
ADDRESS_CONTEXT_WORDS = words("address_context_words")
NUMBER_PREFIXES = readings("number_prefixes")
ADDRESS_LEAD_WORDS = words("address_lead_words")
ADDRESS_UNIT_NOT_BEFORE = words("address_unit_not_before")
AMOUNT_WORDS = words("amount_words")
CURRENCY_WORDS = words("currency_words")
WEB_DOMAINS = words("web_domains")
WEB_COUNTRY_DOMAINS = words("web_country_domains")
WEB_DOMAIN_READINGS = readings("web_domain_readings")
WEB_NAMES = readings("web_names")
WEB_WORDS = readings("web_words")
