"""A rule that looks for a rare shape first runs a fast "hint" and skips its full pattern when the hint finds
nothing (``rules/__init__.py``): a hint that missed a shape its pattern reads would silently drop that reading.
So every hint must find something wherever its pattern matches, on any text."""

import re
from importlib import import_module
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# the modules, not the rules of the same name that ``tts_service.text.rules`` exports
_MODULES = [
    import_module(f"tts_service.text.rules.{name}")
    for name in ("abbreviations", "characters", "clocks", "codes", "dates", "marks", "numbers", "phones", "punctuation",
                 "ranges", "roman", "units", "web")
]
(abbreviations, characters, clocks, codes, dates, marks, numbers, phones, punctuation, ranges, roman, units, web) = (
    _MODULES
)

_SPACE_BEFORE_MARK = re.compile(r" +(?=[.,;:?!…])")  # the pass of punctuation() its hint guards

#: (pattern, hints): wherever the pattern matches, one of the hints does.
PAIRS = {
    "roman glued keyword": (roman._GLUED_KEYWORD_RE, [roman._GLUED_NUMERAL_RE]),
    "page cited as tr": (numbers._PAGE_RE, [numbers._PAGE_HINT_RE]),
    "glued time word": (dates._GLUED_TIME_WORD_RE, [dates._LETTER_DIGIT_RE]),
    "short weekday": (dates._SHORT_WEEKDAY_RE, [dates._SHORT_WEEKDAY_HINT_RE]),
    "year first": (dates._YEAR_FIRST_RE, [dates._YEAR_FIRST_HINT_RE]),
    "date glued before": (dates._GLUED_BEFORE_RE, [dates._SMALL_LETTER_DIGIT_RE]),
    "clock glued before": (dates._GLUED_CLOCK_BEFORE_RE, [dates._SMALL_LETTER_DIGIT_RE]),
    "spaced dash date": (dates._SPACED_DASH_DATE_RE, list(dates._SPACED_DASH_YEAR_HINTS)),
    "spaced year date": (dates._SPACED_YEAR_DATE_RE, [dates._SPACED_YEAR_DATE_HINT_RE]),
    "rough count": (dates._ROUGH_COUNT_RE, [dates._COMMA_LIST_HINT_RE]),
    "glued days": (dates._GLUED_DAYS_RE, [dates._DIGIT_COMMA_DIGIT_RE]),
    "glued dates": (dates._GLUED_DATES_RE, [dates._DIGIT_COMMA_DIGIT_RE]),
    "glued named days": (dates._GLUED_NAMED_RE, [dates._DIGIT_COMMA_DIGIT_RE]),
    "dot clock span": (dates._DOT_CLOCK_SPAN_RE, [dates._DOT_CLOCK_SPAN_HINT_RE]),
    "dot day span": (dates._DOT_DAY_SPAN_RE, [dates._DOT_DAY_SPAN_HINT_RE]),
    "dot date": (dates._DOT_DATE_RE, [dates._DOT_DATE_HINT_RE]),
    "unit symbol after its name": (units._SYMBOL_AFTER_NAME_RE, [units._SYMBOL_IN_COMMAS_RE]),
    "inch mark": (units._INCH_MARK_RE, [units._INCH_MARK_HINT_RE]),
    "pipe size": (units._PIPE_SIZE_RE, [units._PIPE_SIZE_HINT_RE]),
    "laboratory unit alone": (units._LAB_UNIT_ALONE_RE, [units._LAB_UNIT_ALONE_HINT_RE]),
    "span over span": (ranges._SPAN_OVER_SPAN_RE, [ranges._SPAN_OVER_SPAN_HINT_RE]),
    "lost superscript": (units._LOST_SUPERSCRIPT_RE, [units._LOST_SUPERSCRIPT_HINT_RE]),
    "multiplier": (units._MULTIPLIER_RE, [units._X_BY_DIGIT_RE]),
    "times before": (units._TIMES_BEFORE_RE, [units._X_BY_DIGIT_RE]),
    "times": (units._TIMES_RE, [units._X_BY_DIGIT_RE]),
    "unit times": (units._UNIT_TIMES_RE, [units._X_BY_DIGIT_RE]),
    "millions shorthand": (units._MILLIONS_SHORTHAND_RE, [units._MILLIONS_HINT_RE]),
    "informal minutes": (units._INFORMAL_MINUTES_RE, [units._MINUTES_HINT_RE]),
    "number suffix": (units._NUMBER_SUFFIX_RE, [units._SUFFIX_HINT_RE]),
    "minus": (units._MINUS_RE, [units._MINUS_HINT_RE]),
    "prefix currency": (units._PREFIX_CURRENCY_RE, [units._PREFIX_CURRENCY_HINT_RE]),
    "processor model": (units._MODEL_RE, [units._MODEL_HINT_RE]),
    "superscript power": (characters._SUPERSCRIPT_POWER_RE, [characters._SUPERSCRIPT_HINT_RE]),
    "mixed case code": (abbreviations._MIXED_CASE_RE, [abbreviations._CAPITAL_DIGIT_RE]),
    "place": (abbreviations._PLACE_RE, [abbreviations._ROAD_CODE_HINT_RE, abbreviations._UNIT_DOT_HINT_RE]),
    "name initials": (abbreviations._NAME_INITIALS_RE, [abbreviations._NAME_INITIALS_HINT_RE]),
    "clock with a minute mark": (marks._MARKED_CLOCK_RE, [marks._MARKED_CLOCK_HINT_RE]),
    "surname": (abbreviations._SURNAME_RE, [abbreviations._SURNAME_HINT_RE]),
    "title before name": (abbreviations._TITLE_BEFORE_NAME_RE, [abbreviations._TITLE_BEFORE_NAME_HINT_RE]),
    "spaced pair": (abbreviations._SPACED_PAIR_RE, [abbreviations._SPACED_PAIR_HINT_RE]),
    "dashed code": (abbreviations._DASHED_CODE_RE, [abbreviations._DASH_DIGIT_RE]),
    "roman dash mark": (marks._ROMAN_DASH_MARK_RE, [marks._ROMAN_DASH_HINT_RE]),
    "letter dot mark": (marks._LETTER_DOT_MARK_RE, [marks._LETTER_DOT_HINT_RE]),
    "spaced code": (codes._SPACED_CODE_RE, [codes._SPACED_CODE_HINT_RE]),
    "spaced part": (codes._SPACED_PART_RE, [codes._SPACED_PART_HINT_RE]),
    "document code": (codes._CODE_RE, [codes._CODE_HINT_RE]),
    "oil grade": (codes._OIL_GRADE_RE, [codes._OIL_GRADE_HINT_RE]),
    "lottery draw": (phones._DRAW_RE, [phones._DRAW_HINT_RE]),
    "phone": (phones._PHONE_RE, [phones._PHONE_HINT_RE]),
    "range": (ranges._RANGE_RE, [ranges._RANGE_DASH_RE]),
    "rating point": (numbers._RATING_POINT_RE, [numbers._RATING_HINT_RE]),
    "decimal": (numbers._DECIMAL_RE, [numbers._DIGIT_COMMA_DIGIT_RE]),
    "dotted number": (numbers._DOTTED_RE, [numbers._DIGIT_DOT_DIGIT_RE]),
    "code point": (numbers._CODE_POINT_RE, [numbers._DIGIT_DOT_DIGIT_RE]),
    "glued words": (characters._GLUED_WORDS_RE, [characters._SMALL_THEN_CAPITAL_RE]),
    "space before a mark": (_SPACE_BEFORE_MARK, [punctuation._SPACE_BEFORE_MARK_RE]),
    "dash date": (dates._DASH_DATE_RE, [dates._DIGIT_DASH_DIGIT_RE]),
    "month and year": (dates._MONTH_YEAR_RE, [dates._DIGIT_SLASH_DIGIT_RE]),
    "day and month": (dates._DAY_MONTH_RE, [dates._DIGIT_SLASH_DIGIT_RE]),
    "glued years": (ranges._GLUED_YEARS_RE, [ranges._GLUED_YEARS_HINT_RE]),
    "hour": (clocks._HOUR_RE, [clocks._HOUR_HINT_RE]),
    "clock glued to its date": (clocks._CLOCK_SLASH_DATE_RE, [clocks._CLOCK_LETTER_RE]),
    "glued counter": (numbers._GLUED_COUNTER_RE, [numbers._DIGIT_COMMA_DIGIT_RE]),
    "glued place name": (web._CAMEL_RE, [web._SMALL_THEN_CAPITAL_RE]),
    "stamped date": (dates._STAMPED_DATE_RE, [dates._STAMPED_DATE_HINT_RE]),
    "ion charge": (punctuation._ION_CHARGE_RE, [punctuation._ION_CHARGE_HINT_RE]),
    "bare power unit": (units._BARE_POWER_UNIT_RE, [units._BARE_POWER_UNIT_HINT_RE]),
    "standard number": (codes._STANDARD_RE, [codes._STANDARD_HINT_RE]),
    "bare plate": (codes._BARE_PLATE_RE, [codes._BARE_PLATE_HINT_RE]),
    "small letter number": (numbers._SMALL_LETTER_NUMBER_RE, [numbers._SMALL_LETTER_NUMBER_HINT_RE]),
    "capitalised unit": (units._CASED_UNIT_RE, [units._CASED_UNIT_HINT_RE]),
    "weekday span": (dates._WEEKDAY_SPAN_RE, [dates._WEEKDAY_SPAN_HINT_RE]),
    "flight number": (numbers._FLIGHT_RE, [numbers._FLIGHT_HINT_RE]),
    "span of one counted word": (ranges._SAME_WORD_SPAN_RE, [ranges._SAME_WORD_SPAN_HINT_RE]),
    "generation": (units._GENERATION_RE, [units._GENERATION_HINT_RE]),
    "short month and year": (dates._SHORT_MONTH_YEAR_RE, [dates._SHORT_MONTH_HINT_RE]),
    "span of a level named twice": (ranges._NAMED_TWICE_SPAN_RE, [ranges._NAMED_TWICE_HINT_RE]),
    "code in small letters": (codes._SMALL_CODE_RE, [codes._SMALL_CODE_HINT_RE]),
    "airline flight": (numbers._AIRLINE_FLIGHT_RE, [numbers._AIRLINE_HINT_RE]),
    "span of dotted months": (dates._DOTTED_MONTH_SPAN_RE, [dates._DOTTED_MONTH_SPAN_HINT_RE]),
    "boeing without its maker": (numbers._BARE_BOEING_RE, [numbers._BARE_BOEING_HINT_RE]),
    "numbers side by side": (numbers._SIDE_BY_SIDE_RE, [numbers._SIDE_BY_SIDE_HINT_RE]),
    "minus before a score": (units._SCORE_MINUS_RE, [units._MINUS_HINT_RE]),
    "medical specialties dash": (punctuation._SPECIALTY_DASH_RE, [punctuation._SPECIALTY_DASH_SPOT_RE]),
    "address under a country": (web._URL_RE, [web._TLD_RE, web._COUNTRY_TLD_RE, re.compile(r"://|www\.")]),
}


def _unhinted(text: str) -> list[str]:
    """Names of the pairs whose pattern matches ``text`` while none of its hints does."""
    return [
        name
        for name, (pattern, hints) in PAIRS.items()
        if pattern.search(text) and not any(h.search(text) for h in hints)
    ]


def _eval_inputs() -> list[str]:
    rows = []
    for path in sorted((Path(__file__).parent / "data").glob("normalize_*.tsv")):
        rows += [r.split("\t")[2] for r in path.read_text(encoding="utf-8").splitlines()[1:] if r.strip()]
    return rows


def test_every_shape_a_rule_reads_in_the_eval_sets_is_found_by_its_hint() -> None:
    inputs = _eval_inputs()
    assert len(inputs) > 1000
    missed = {text: names for text in inputs if (names := _unhinted(text))}
    assert not missed


@pytest.mark.parametrize("name", list(PAIRS))
def test_each_hint_finds_the_shapes_in_its_rule_examples(name: str) -> None:
    """The docstring examples of each rules module hold the shapes the rules were written for."""
    pattern, hints = PAIRS[name]
    texts = [
        line
        for module in _MODULES
        for fn in vars(module).values()
        if callable(fn) and getattr(fn, "__doc__", None)
        for line in fn.__doc__.splitlines()
    ]
    found = [t for t in texts if pattern.search(t)]
    assert all(any(h.search(t) for h in hints) for t in found)


# Register-like text, with the characters every hint and pattern turns on.
_PIECES = st.sampled_from(
    [*"0123456789", *" .,;:/-–—x×XIVCNTPQHđăâa\t", "Ng", "Th", "Ô ", "tháng", "năm", "ngày", "lúc", "khóa", "quý",
     "mét vuông", "m2", "km", "tỷ", "USD", "$", "tr", "p", "s", "th", "o", "%o", "KT", "XH", "QĐ", "UBND", "CT",
     "Phòng", "Nguyễn", "Lê", "Hà", "Nội", "khoảng", "19", "20", "+84", "0", "1900", "lần", "Tháng", "T2", "CN",
     "BV", "NO", "TCVN", "K", "v", "(", ")", "\n"]
)


@given(st.lists(_PIECES, max_size=24).map("".join))
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_hint_finds_something_wherever_its_pattern_matches(text: str) -> None:
    assert _unhinted(text) == []
