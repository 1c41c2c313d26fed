"""The normalization pipeline: small named rules, each ``str -> str``, applied in the order of :data:`RULES`.

Like gTTS's ``pre_processors``, a caller can list, reorder or replace rules.  Each rule's docstring shows an
input and its output (they run as doctests).  Data lives in :mod:`tables`; the rules only decide *where*.

Every pattern that starts on a digit is anchored with a look-behind, so a run of 100 000 digits is scanned
once, not once per position.

A pattern that opens with a look-behind or a long alternation is tried at every position of the text; when
what it looks for is rare, a small "hint" pattern that opens with a literal or a character class (which the
engine skips to directly) runs first, and the full pattern only when the hint finds something.  A hint must
accept everything its pattern matches: change both together.  ``bench/profile_rules.py`` times each rule.
"""

from __future__ import annotations

from collections.abc import Callable

from .abbreviations import abbreviations, alphanumerics, byline_initials, places
from .calendars import buddhist_years, lunar_dates, month_abbreviations
from .characters import unicode_and_spaces
from .clocks import clock_dates, race_hundredths, short_minute_clocks, times
from .codes import (
    digit_codes,
    document_codes,
    gold_purities,
    lot_codes,
    standard_numbers,
    variety_codes,
    vehicle_plates,
)
from .dates import (
    dash_dates,
    date_shapes,
    dates_full,
    day_month,
    dot_dates,
    glued_day_lists,
    glued_grade_lists,
    month_four,
    month_year,
    quarters,
    rough_counts,
    stamped_dates,
    weekday_spans,
)
from .definitions import defined_abbreviations
from .expressions import fixed_expressions, loanwords, names_in_capitals, next_word_abbreviations, trip_lengths
from .marks import (
    apostrophe_names,
    brackets,
    credit_lines,
    footnote_marks,
    initial_stops,
    list_markers,
    match_minutes,
    point_letter_lists,
    quotes,
)
from .numbers import (
    aircraft_numbers,
    form_letters,
    glued_counters,
    glued_fractions,
    hash_numbers,
    letter_dot_numbers,
    numbers,
    ratios,
    small_letter_numbers,
    spaced_thousands,
    vessel_numbers,
)
from .phones import phone_numbers, trunk_zeros
from .punctuation import (
    arrows,
    capitals_uncovered,
    dashes,
    ion_charges,
    leftover_digits,
    name_number_dashes,
    placeholders,
    punctuation,
    stray_list_dashes,
    symbols,
)
from .ranges import ranges, year_spans
from .roman import ordinals, roman_numerals
from .slashes import letter_pairs, per_capitals, slashes
from .units import (
    at_rates,
    cased_units,
    coordinates,
    degrees_minutes,
    hotel_stars,
    inch_marks,
    lost_degree_signs,
    pipe_sizes,
    spaced_seconds,
    spaced_times,
    units,
    units_after_number_words,
)
from .web import glued_dateline_names, glued_place_names, percent_encoded, urls_and_emails

Rule = Callable[[str], str]

#: The pipeline, in order.  Each item is a named ``str -> str`` function with examples in its docstring.
RULES: tuple[Rule, ...] = (
    unicode_and_spaces,
    arrows,
    ion_charges,
    placeholders,
    glued_counters,
    name_number_dashes,
    stray_list_dashes,
    at_rates,
    cased_units,
    glued_fractions,
    hotel_stars,
    percent_encoded,
    urls_and_emails,
    letter_dot_numbers,
    hash_numbers,
    glued_place_names,
    glued_dateline_names,
    fixed_expressions,
    trip_lengths,
    loanwords,
    credit_lines,
    names_in_capitals,
    lost_degree_signs,
    degrees_minutes,
    coordinates,
    inch_marks,
    pipe_sizes,
    apostrophe_names,
    match_minutes,
    footnote_marks,
    quotes,
    list_markers,
    point_letter_lists,
    initial_stops,
    defined_abbreviations,
    byline_initials,
    trunk_zeros,
    spaced_times,
    spaced_seconds,
    brackets,
    buddhist_years,
    aircraft_numbers,
    form_letters,
    vessel_numbers,
    stamped_dates,
    standard_numbers,
    vehicle_plates,
    digit_codes,
    lot_codes,
    gold_purities,
    document_codes,
    phone_numbers,
    spaced_thousands,
    month_abbreviations,
    lunar_dates,
    date_shapes,
    clock_dates,
    glued_day_lists,
    glued_grade_lists,
    rough_counts,
    dot_dates,
    dash_dates,
    year_spans,
    weekday_spans,
    ranges,
    dates_full,
    short_minute_clocks,
    race_hundredths,
    ratios,
    times,
    quarters,
    month_four,
    month_year,
    day_month,
    roman_numerals,
    ordinals,
    units,
    per_capitals,
    variety_codes,
    letter_pairs,
    next_word_abbreviations,
    places,
    abbreviations,
    alphanumerics,
    slashes,
    small_letter_numbers,
    numbers,
    units_after_number_words,
    symbols,
    dashes,
    leftover_digits,
    punctuation,
    capitals_uncovered,
)
